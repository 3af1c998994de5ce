package io.slaudit.drift;

import io.slaudit.input.InputException;
import io.slaudit.input.SourceMark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contract file or a folder of contracts as a git revision holds it: {@code
 * HEAD~1:contracts/x.yaml}, {@code origin/main:contracts}. Read with the {@code git} command in
 * the repository, so a CI job diffs a pull request against its base without a second checkout. The
 * path is git's: from the repository's top, or from the working directory when it starts with
 * {@code ./}.
 *
 * @param repository the directory git runs in (its repository is the one found from there)
 * @param revision what git names a commit by: {@code HEAD~1}, {@code origin/main}, a hash
 * @param path the file or folder in that commit; empty for the commit's whole tree
 */
public record GitRevision(Path repository, String revision, String path) {

    private static final Pattern SPEC = Pattern.compile("([^:\\s]+):(.*)");
    private static final long TIMEOUT_SECONDS = 60;

    public GitRevision {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(path, "path");
        // git would read a leading dash as an option (--output=...), never as a revision
        if (revision.isEmpty() || revision.startsWith("-")) {
            throw new IllegalArgumentException("not a git revision: '" + revision + "'");
        }
    }

    /** {@code REV:path} as a revision, or empty when the text is not of that form. */
    public static java.util.Optional<GitRevision> parse(Path repository, String text) {
        Matcher m = SPEC.matcher(text);
        if (!m.matches() || m.group(1).startsWith("-")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new GitRevision(repository, m.group(1), m.group(2)));
    }

    /** {@code HEAD~1:contracts/x.yaml}, as the user wrote it. */
    public String spec() {
        return revision + ":" + path;
    }

    /** The path a CI annotation names: the path in the commit, without git's {@code ./}. */
    String fileName(String inTree) {
        String p = inTree.startsWith("./") ? inTree.substring(2) : inTree;
        return p;
    }

    /**
     * The contracts the revision holds: the file itself, or every {@code *.yaml} and {@code *.yml}
     * under the folder, sorted by path.
     *
     * @throws InputException unreadable: no git, no such revision or path, no contracts in the folder;
     *     or a contract that cannot be read, every problem of every file at once
     */
    public List<ContractSource> contracts() {
        String type = text(run("cat-file", "-t", spec())).trim();
        List<String> files = new ArrayList<>();
        if (type.equals("blob")) {
            files.add(path);
        } else if (type.equals("tree")) {
            String prefix = path.isEmpty() || path.endsWith("/") ? path : path + "/";
            for (String name :
                    text(run("ls-tree", "-r", "--name-only", "-z", spec())).split("\0")) {
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    files.add(prefix + name);
                }
            }
            if (files.isEmpty()) {
                throw InputException.unreadable(SourceMark.file(spec()), "no *.yaml files in " + spec());
            }
            files.sort(null);
        } else {
            throw InputException.unreadable(SourceMark.file(spec()), "is a git " + type + ", not a file or a folder");
        }
        List<ContractSource> out = new ArrayList<>();
        List<io.slaudit.input.Problem> problems = new ArrayList<>();
        for (String f : files) {
            String spec = revision + ":" + f;
            try {
                out.add(ContractSource.of(spec, fileName(f), run("cat-file", "blob", spec)));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        return out;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Runs git and returns its standard output; its complaint becomes the message of an unreadable input. */
    private byte[] run(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(repository.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .start();
        } catch (IOException e) {
            throw InputException.unreadable(
                    SourceMark.file(spec()), "cannot run git to read the revision: " + e.getMessage());
        }
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        byte[] out = drain(process.getInputStream());
        int code;
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw InputException.unreadable(
                        SourceMark.file(spec()), "git did not answer within " + TIMEOUT_SECONDS + " s");
            }
            code = process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw InputException.unreadable(SourceMark.file(spec()), "interrupted while reading it with git");
        }
        if (code != 0) {
            String message = text(err.join()).strip();
            int nl = message.indexOf('\n');
            message = nl < 0 ? message : message.substring(0, nl);
            throw InputException.unreadable(
                    SourceMark.file(spec()),
                    "git cannot read it" + (message.isEmpty() ? " (exit " + code + ")" : ": " + message));
        }
        return out;
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
