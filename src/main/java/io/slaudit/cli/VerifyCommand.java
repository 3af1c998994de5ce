package io.slaudit.cli;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.drift.ChangeReport;
import io.slaudit.drift.ContractDiff;
import io.slaudit.drift.ContractLock;
import io.slaudit.drift.ContractSource;
import io.slaudit.drift.FailOn;
import io.slaudit.drift.PolicyChanges;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.report.ChangeRenderers;
import io.slaudit.report.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slaudit verify}: whether the contracts are still the ones locked, and if not, what changed. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description =
                "Checks the contracts against contracts.lock: a policy whose canonical form no longer matches its lock entry is named with every semantic change since, classified as slaudit diff does; a policy not in the lock, or locked but gone, is named too. Formatting, key order and comments keep the lock valid. Without PATH, checks the files and folders the lock was written for. See docs/diff-and-drift.md.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every contract matches its lock",
            "1:a contract does not match its lock (a change that fails under --fail-on, default: any)",
            "2:bad usage, a damaged lock or a contract that cannot be read"
        })
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Policy files or folders (default: the lock's).")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--lock",
            paramLabel = "FILE",
            description = "The lock file (default: contracts.lock in the working directory).")
    Path lock = Path.of("contracts.lock");

    @Option(
            names = "--fail-on",
            paramLabel = "loosened|any|none",
            description = "Which changes exit 1: any (default), loosened ones only, or none.")
    String failOn;

    @Option(
            names = "--format",
            paramLabel = "FORMATS",
            description = "text (default), json, junit, markdown, github; several separated by commas with --out DIR.")
    String formats;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            description = "A file (one format), a directory (several), or - for stdout. Never one of the inputs.")
    String out;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "The year whose arrivals time the worst cases and open hours (default: the current year).")
    Integer year;

    @Override
    public Integer call() {
        FailOn rule = ContractSides.failOn(failOn, FailOn.ANY);
        List<Renderer<ChangeReport>> renderers = Formats.choose(formats, ChangeRenderers.forChanges(), "text");
        int y = year == null ? Year.now().getValue() : year;
        if (y < BusinessClock.FIRST_YEAR || y >= BusinessClock.LAST_YEAR) {
            throw new UsageException("--year: " + y + " is not a year slaudit computes (" + BusinessClock.FIRST_YEAR
                    + "-" + (BusinessClock.LAST_YEAR - 1) + ")");
        }
        ContractLock locked = ContractLock.read(lock);
        // the lock's paths are relative to its folder, which is named as the lock was
        Path folder = lock.getParent() == null ? Path.of("") : lock.getParent();
        List<Path> given = paths;
        if (given.isEmpty()) {
            if (locked.roots().isEmpty()) {
                throw new UsageException(lock + " names no files or folders; name the contracts to verify");
            }
            given = locked.roots().stream()
                    .map(folder::resolve)
                    .map(Path::normalize)
                    .toList();
            List<Path> missing = given.stream().filter(p -> !Files.exists(p)).toList();
            if (!missing.isEmpty()) {
                throw new UsageException(lock + " was written for " + missing.get(0) + ", which does not exist;"
                        + " name the contracts to verify");
            }
        }
        List<Path> files = PolicyFiles.expand(given, true, "");
        List<Path> inputs = new ArrayList<>(files);
        inputs.add(lock);
        Outputs outputs = Outputs.of("--out", out, Formats.documents(renderers), inputs);
        List<ContractSource> current = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                current.add(ContractSource.read(f));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        List<ContractSource> before = locked.contracts(lock.toString());
        List<PolicyChanges> policies = ContractDiff.between(before, current, false, y);
        List<String> notes = new ArrayList<>(DiffCommand.notes(policies, y));
        ChangeReport report =
                new ChangeReport(ChangeReport.Kind.VERIFY, lock.toString(), label(given), rule, policies, notes);
        Formats.write(
                report,
                renderers,
                outputs,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return report.fails() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private static String label(List<Path> given) {
        return String.join(", ", given.stream().map(Path::toString).toList());
    }
}
