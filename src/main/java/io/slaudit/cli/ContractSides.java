package io.slaudit.cli;

import io.slaudit.drift.ContractSource;
import io.slaudit.drift.FailOn;
import io.slaudit.drift.GitRevision;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.input.SourceMark;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One side of a comparison of contracts as the user names it: a file, a folder (its {@code *.yaml}
 * files, subfolders included), or a git revision of either ({@code HEAD~1:contracts/x.yaml},
 * {@code origin/main:contracts}). A path that exists is a path; anything else of the form {@code
 * REV:path} is a revision.
 */
record ContractSides(String given, List<ContractSource> contracts, boolean single, List<Path> files) {

    static ContractSides read(String given, Path repository) {
        Optional<Path> path = existing(given);
        if (path.isPresent()) {
            Path p = path.get();
            boolean folder = Files.isDirectory(p);
            List<Path> files = folder ? PolicyFiles.expand(List.of(p), true, "") : List.of(p);
            List<ContractSource> out = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (Path f : files) {
                try {
                    out.add(ContractSource.read(f));
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(InputException.Kind.INVALID, problems);
            }
            return new ContractSides(given, out, !folder, files);
        }
        Optional<GitRevision> revision = GitRevision.parse(repository, given);
        if (revision.isEmpty()) {
            throw InputException.unreadable(
                    SourceMark.file(given), "no such file or folder, and not a git revision (REV:path)");
        }
        List<ContractSource> out = revision.get().contracts();
        boolean single = out.size() == 1 && (given.endsWith(".yaml") || given.endsWith(".yml"));
        return new ContractSides(given, out, single, List.of());
    }

    private static Optional<Path> existing(String given) {
        try {
            Path p = Path.of(given);
            return Files.exists(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    static FailOn failOn(String given, FailOn fallback) {
        if (given == null) {
            return fallback;
        }
        return FailOn.parse(given)
                .orElseThrow(() -> new UsageException("--fail-on: '" + given + "' is none of loosened, any, none"));
    }
}
