package io.slaudit.cli;

import io.slaudit.input.FileErrors;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.io.output.CloseShieldWriter;
import org.apache.commons.io.output.WriterOutputStream;

/**
 * Where a command's documents go, decided before any input is read: the terminal, one file, or a
 * directory with a file per format.
 *
 * <p>Nothing a command writes may destroy what it reads or what it writes into: a target that is
 * one of the command's inputs (the same file, by any path or link) is refused; a regular file is
 * replaced atomically (the document goes to a temporary file beside it and is renamed over it only
 * once every document of the run is complete, so a failure leaves the old file, never half a new
 * one); a symbolic link is followed, so its target is written and the link stays; pipes, devices
 * and {@code -} (stdout) are written through and never replaced by a file.
 */
final class Outputs {

    /** One document a command writes: its format, its file name in a directory, whether it is bytes. */
    record Document(String format, String fileName, boolean binary) {}

    /** Where one document goes. */
    sealed interface Target permits Stdout, Replace, WriteThrough {}

    /** The command's standard output. */
    record Stdout() implements Target {}

    /**
     * A regular file, existing or not, written through a temporary file renamed over it. {@code
     * given} is the path as the user wrote it; {@code file} the real file, links followed.
     */
    record Replace(Path given, Path file) implements Target {}

    /** A pipe or a device: opened and written, never replaced. */
    record WriteThrough(Path given) implements Target {}

    private final Map<Document, Target> targets;

    private Outputs(Map<Document, Target> targets) {
        this.targets = targets;
    }

    /**
     * The targets of {@code --out} for documents in several formats: without it, or as {@code -},
     * stdout (one document, not binary); a directory (several documents, an existing directory, or
     * a path ending in a slash) gets each document under its file name; anything else is the file.
     *
     * @param inputs every file the command reads: none may be a target
     * @throws UsageException when the documents cannot go there
     */
    static Outputs of(String option, String out, List<Document> documents, Collection<Path> inputs) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a command writes at least one document");
        }
        Map<Document, Target> targets = new LinkedHashMap<>();
        if (out == null || out.equals("-")) {
            if (documents.size() > 1) {
                throw new UsageException("several formats need " + option + " DIR");
            }
            Document only = documents.get(0);
            refuseBinaryOnStdout(option, only);
            targets.put(only, new Stdout());
            return new Outputs(targets);
        }
        Path path = path(option, out);
        boolean directory = documents.size() > 1 || out.endsWith("/") || Files.isDirectory(path);
        if (directory && Files.exists(path) && !Files.isDirectory(path)) {
            throw new UsageException(option + ": " + out + " is a file, not a directory"
                    + (documents.size() > 1 ? " (several formats are written into a directory)" : ""));
        }
        for (Document d : documents) {
            Path file = directory ? path.resolve(d.fileName()) : path;
            targets.put(d, target(option, file, inputs));
        }
        return new Outputs(targets);
    }

    /**
     * The target of an option naming one file ({@code --events FILE}); {@code null} or {@code -} is
     * stdout.
     */
    static Target file(String option, String out, Document document, Collection<Path> inputs) {
        if (out == null || out.equals("-")) {
            refuseBinaryOnStdout(option, document);
            return new Stdout();
        }
        Path path = path(option, out);
        if (out.endsWith("/") || Files.isDirectory(path)) {
            throw new UsageException(option + ": " + out + " is a directory; name a file");
        }
        return target(option, path, inputs);
    }

    /** Documents whose targets were planned one by one with {@link #file}. */
    static Outputs of(Map<Document, Target> targets) {
        long stdout = targets.values().stream().filter(t -> t instanceof Stdout).count();
        if (stdout > 1) {
            throw new UsageException("only one document can go to stdout; name files for the others");
        }
        return new Outputs(new LinkedHashMap<>(targets));
    }

    Target target(Document document) {
        Target t = targets.get(document);
        if (t == null) {
            throw new IllegalArgumentException("no target planned for " + document);
        }
        return t;
    }

    /** Starts writing the documents; {@link Writing#commit()} puts them in place. */
    Writing begin(PrintWriter stdout) {
        return new Writing(stdout);
    }

    private static void refuseBinaryOnStdout(String option, Document d) {
        if (d.binary()) {
            throw new UsageException("--format " + d.format() + " needs " + option + " FILE: a "
                    + d.format().toUpperCase(java.util.Locale.ROOT) + " is not written to the terminal");
        }
    }

    private static Path path(String option, String out) {
        if (out.isBlank()) {
            throw new UsageException(option + " needs a path; it was empty");
        }
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": '" + out + "' is not a path: " + e.getReason());
        }
    }

    private static Target target(String option, Path file, Collection<Path> inputs) {
        for (Path input : inputs) {
            if (isSameFile(file, input)) {
                throw new UsageException(option + ": " + file + " is "
                        + (file.equals(input) ? "an input" : "the same file as the input " + input)
                        + " of this command; writing it would destroy what is read. Name another file.");
            }
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(option + ": " + file + " is a directory");
        }
        if (Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                return new WriteThrough(file);
            }
            try {
                return new Replace(file, file.toRealPath());
            } catch (IOException e) {
                throw new UsageException(option + ": cannot resolve " + file + ": " + FileErrors.reason(e));
            }
        }
        return new Replace(file, danglingLinkTarget(file));
    }

    /** Where a path that does not exist will be created: through a dangling link, its target. */
    private static Path danglingLinkTarget(Path file) {
        Path at = file;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
            try {
                Path link = Files.readSymbolicLink(at);
                Path parent = at.toAbsolutePath().getParent();
                at = parent == null ? link : parent.resolve(link);
            } catch (IOException e) {
                return file;
            }
        }
        return at;
    }

    private static boolean isSameFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * One run's writing: documents for regular files go to temporary files that {@link #commit()}
     * renames into place; closing without a commit removes them.
     */
    final class Writing implements AutoCloseable {
        private final PrintWriter stdout;
        private final Map<Replace, Path> temporaries = new LinkedHashMap<>();
        private boolean committed;

        private Writing(PrintWriter stdout) {
            this.stdout = stdout;
        }

        /** A buffered stream for one document; close it when the document is complete. */
        OutputStream open(Document document) {
            Target t = target(document);
            try {
                if (t instanceof Stdout) {
                    OutputStream decoded = WriterOutputStream.builder()
                            .setWriter(CloseShieldWriter.wrap(stdout))
                            .setCharset(StandardCharsets.UTF_8)
                            .setBufferSize(1 << 13)
                            .get();
                    return new BufferedOutputStream(decoded, 1 << 16) {
                        @Override
                        public void close() throws IOException {
                            super.close();
                            stdout.flush();
                        }
                    };
                }
                if (t instanceof WriteThrough w) {
                    return buffered(w.given(), Files.newOutputStream(w.given()));
                }
                Replace r = (Replace) t;
                Path dir = r.file().toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path temp = createTemporary(dir);
                temporaries.put(r, temp);
                return buffered(r.given(), Files.newOutputStream(temp));
            } catch (IOException e) {
                throw new UsageException("cannot write " + name(t) + ": " + FileErrors.reason(e));
            }
        }

        /** Renames every temporary file over its target; returns the paths written, as given. */
        List<Path> commit() {
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Replace, Path> e : temporaries.entrySet()) {
                Path target = e.getKey().file();
                try {
                    keepPermissions(target, e.getValue());
                    try {
                        Files.move(
                                e.getValue(),
                                target,
                                StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException notAtomic) {
                        Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException failure) {
                    throw new UsageException("cannot write " + e.getKey().given() + ": " + FileErrors.reason(failure));
                }
                written.add(e.getKey().given());
            }
            for (Target t : targets.values()) {
                if (t instanceof WriteThrough w) {
                    written.add(w.given());
                }
            }
            temporaries.clear();
            committed = true;
            return written;
        }

        @Override
        public void close() {
            if (committed) {
                return;
            }
            for (Path temp : temporaries.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a temporary file we cannot remove is left behind; the command fails anyway
                }
            }
        }

        private String name(Target t) {
            if (t instanceof Replace r) {
                return r.given().toString();
            }
            if (t instanceof WriteThrough w) {
                return w.given().toString();
            }
            return "stdout";
        }
    }

    private static Path createTemporary(Path dir) throws IOException {
        while (true) {
            try {
                return Files.createFile(dir.resolve(".slaudit-" + UUID.randomUUID() + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** A replaced file keeps its permission bits: the new document is the same file to its readers. */
    private static void keepPermissions(Path target, Path temp) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(temp, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stay
        }
    }

    /** A file's stream through one buffer, whose write errors name the file and say what failed. */
    private static OutputStream buffered(Path file, OutputStream raw) {
        return new BufferedOutputStream(new NamedErrors(file, raw), 1 << 16);
    }

    /** Turns a write error ("No space left on device") into a message naming the file. */
    private static final class NamedErrors extends FilterOutputStream {
        private final Path file;

        NamedErrors(Path file, OutputStream out) {
            super(out);
            this.file = file;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new UsageException("cannot write " + file + ": " + FileErrors.reason(e));
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UsageException("cannot write " + file + ": " + FileErrors.reason(e));
            }
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
            } finally {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UsageException("cannot write " + file + ": " + FileErrors.reason(e));
                }
            }
        }
    }
}
