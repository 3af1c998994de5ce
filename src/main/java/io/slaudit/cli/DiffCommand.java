package io.slaudit.cli;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.drift.ChangeReport;
import io.slaudit.drift.ContractDiff;
import io.slaudit.drift.FailOn;
import io.slaudit.drift.PolicyChanges;
import io.slaudit.report.ChangeRenderers;
import io.slaudit.report.Renderer;
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

/** {@code slaudit diff}: what a change to a contract does to its promises, for a reviewer or a CI job. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description =
                "Compares two versions of a contract by what they promise, never as text: every change is tightened, loosened or neutral, with its effect in the contract's units, and where a change is not a plain number (hours or holidays moved) how the worst-case wall-clock time to each deadline moves. OLD and NEW are files, folders (every policy matched by its id) or git revisions (HEAD~1:contracts/x.yaml, origin/main:contracts). Formatting, key order and comments are no change. See docs/diff-and-drift.md.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no change that fails under --fail-on",
            "1:a change that fails under --fail-on (default: a loosened one)",
            "2:bad usage or a version that cannot be read"
        })
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version: a file, a folder or REV:path.")
    String old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version: a file, a folder or REV:path.")
    String now;

    @Option(
            names = "--fail-on",
            paramLabel = "loosened|any|none",
            description = "Which changes exit 1: loosened ones (default), any change, or none.")
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

    @Option(
            names = "--repo",
            paramLabel = "DIR",
            description = "The directory git reads revisions in (default: the working directory).")
    Path repo;

    @Override
    public Integer call() {
        FailOn rule = ContractSides.failOn(failOn, FailOn.LOOSENED);
        List<Renderer<ChangeReport>> renderers = Formats.choose(formats, ChangeRenderers.forChanges(), "text");
        int y = year == null ? Year.now().getValue() : year;
        if (y < BusinessClock.FIRST_YEAR || y >= BusinessClock.LAST_YEAR) {
            throw new UsageException("--year: " + y + " is not a year slaudit computes (" + BusinessClock.FIRST_YEAR
                    + "-" + (BusinessClock.LAST_YEAR - 1) + ")");
        }
        Path repository = repo == null ? Path.of("").toAbsolutePath() : repo;
        // both sides are read before any output is opened: an unreadable one leaves --out as it was
        ContractSides a = ContractSides.read(old, repository);
        ContractSides b = ContractSides.read(now, repository);
        List<Path> inputs = new ArrayList<>(a.files());
        inputs.addAll(b.files());
        Outputs outputs = Outputs.of("--out", out, Formats.documents(renderers), inputs);
        List<PolicyChanges> policies = ContractDiff.between(a.contracts(), b.contracts(), a.single() && b.single(), y);
        ChangeReport report = new ChangeReport(ChangeReport.Kind.DIFF, old, now, rule, policies, notes(policies, y));
        Formats.write(
                report,
                renderers,
                outputs,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return report.fails() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    static List<String> notes(List<PolicyChanges> policies, int year) {
        boolean timed = policies.stream()
                .flatMap(p -> p.changes().stream())
                .anyMatch(c -> !c.details().isEmpty()
                        || c.effect()
                                .map(e -> e.contains("a year") || e.contains("worst case"))
                                .orElse(false));
        return timed ? List.of("worst cases and open hours are timed over the arrivals of " + year) : List.of();
    }
}
