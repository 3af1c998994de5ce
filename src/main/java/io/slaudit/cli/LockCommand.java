package io.slaudit.cli;

import io.slaudit.drift.ContractLock;
import io.slaudit.drift.ContractSource;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slaudit lock}: records the contracts as reviewed, for {@code slaudit verify}. */
@Command(
        name = "lock",
        mixinStandardHelpOptions = true,
        description =
                "Writes contracts.lock: per policy and version the SHA-256 of its canonical form and the canonical form itself, so that slaudit verify can name what changed. Formatting, key order and comments do not change the lock. Folders are searched for *.yaml and *.yml files, subfolders included. See docs/diff-and-drift.md.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad usage or a contract that cannot be read"})
final class LockCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Policy files or folders of them (contracts/).")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--lock",
            paramLabel = "FILE",
            description = "The lock file to write (default: contracts.lock in the working directory).")
    String lock = "contracts.lock";

    @Override
    public Integer call() {
        List<Path> files = PolicyFiles.expand(paths, true, "");
        PolicyFiles.requireDistinct(files, "");
        Outputs outputs =
                Outputs.of("--lock", lock, List.of(new Outputs.Document("lock", "contracts.lock", false)), files);
        Path lockFile = Path.of(lock);
        Path folder = Files.isDirectory(lockFile)
                ? lockFile
                : lockFile.toAbsolutePath().getParent();
        List<ContractSource> contracts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                contracts.add(ContractSource.read(f));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        List<String> roots =
                paths.stream().map(p -> ContractLock.relative(folder, p)).toList();
        ContractLock locked = ContractLock.of(roots, contracts, files, folder);
        List<Path> written;
        try (Outputs.Writing w = outputs.begin(spec.commandLine().getOut())) {
            try (OutputStream o = w.open(new Outputs.Document("lock", "contracts.lock", false))) {
                locked.write(o);
            }
            written = w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : written) {
            spec.commandLine()
                    .getErr()
                    .println("slaudit: wrote " + p + " (" + locked.entries().size()
                            + (locked.entries().size() == 1 ? " policy)" : " policies)"));
        }
        return ExitCode.OK.code();
    }
}
