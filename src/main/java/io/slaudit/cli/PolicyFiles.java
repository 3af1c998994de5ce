package io.slaudit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The policy files a command was given: files as named, folders as the YAML files in them, sorted. */
final class PolicyFiles {

    private PolicyFiles() {}

    /**
     * @param recursive whether folders are searched with their subfolders ({@code validate
     *     contracts/}) or only their own files (the versions of one contract for {@code audit})
     * @param what how the message names the argument when nothing is found
     */
    static List<Path> expand(List<Path> given, boolean recursive, String what) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = recursive ? Files.walk(p) : Files.list(p)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> f.toString().endsWith(".yaml")
                                    || f.toString().endsWith(".yml"))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            throw new UsageException(what + "no *.yaml files in " + given);
        }
        return out;
    }

    /**
     * Refuses a file given twice (by its real path: also through a link or a folder): an audit
     * would read it as two versions of the contract that overlap everywhere.
     */
    static void requireDistinct(List<Path> files, String what) {
        java.util.Map<Path, Path> seen = new java.util.HashMap<>();
        for (Path f : files) {
            Path real;
            try {
                real = f.toRealPath();
            } catch (IOException e) {
                real = f.toAbsolutePath().normalize();
            }
            Path earlier = seen.putIfAbsent(real, f);
            if (earlier != null) {
                throw new UsageException(what + f + " is given twice"
                        + (earlier.equals(f) ? "" : " (also as " + earlier + ")") + "; name each version once");
            }
        }
    }
}
