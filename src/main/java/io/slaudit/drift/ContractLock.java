package io.slaudit.drift;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slaudit.input.FileErrors;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.input.SourceMark;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code contracts.lock}: the contracts as they were reviewed, one entry per policy with its
 * version, the SHA-256 of its canonical form, and the canonical form itself. The hash is what a
 * reviewer sees change in a pull request; the canonical form is what {@code slaudit verify} diffs
 * the current contract against, so that it names the semantic change without a git history.
 * Formatting never changes an entry, since the canonical form has none. Paths are relative to the
 * lock file's folder, with {@code /}.
 *
 * @param roots the files and folders that were locked, which {@code verify} checks by default
 */
public record ContractLock(List<String> roots, List<Entry> entries) {

    /** The lock format's version; a lock of another is refused, not guessed at. */
    public static final int FORMAT = 1;

    /** One policy as locked. */
    public record Entry(String policy, Optional<String> version, String file, String sha256, String canonical) {
        public Entry {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(canonical, "canonical");
        }
    }

    public ContractLock {
        roots = List.copyOf(roots);
        entries = List.copyOf(entries);
    }

    /**
     * The lock of a set of contracts, sorted by policy and version.
     *
     * @param folder the lock file's folder: every path is written relative to it
     * @throws InputException when two files hold the same policy in the same version
     */
    public static ContractLock of(List<String> roots, List<ContractSource> contracts, List<Path> files, Path folder) {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < contracts.size(); i++) {
            ContractSource c = contracts.get(i);
            String canonical = c.canonical();
            Entry e = new Entry(
                    c.policy().identity().id(),
                    c.policy().identity().version(),
                    relative(folder, files.get(i)),
                    ContractSource.sha256(canonical),
                    canonical);
            for (Entry x : entries) {
                if (x.policy().equals(e.policy()) && x.version().equals(e.version())) {
                    problems.add(new Problem(
                            c.lines().at(e.version().isPresent() ? "version" : "policy"),
                            "policy '" + e.policy() + "'"
                                    + e.version().map(v -> " version " + v).orElse("") + " is also in " + x.file()
                                    + "; a lock holds each version once"));
                }
            }
            entries.add(e);
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        entries.sort(Comparator.comparing(Entry::policy)
                .thenComparing(e -> e.version().orElse(""))
                .thenComparing(Entry::file));
        return new ContractLock(roots, entries);
    }

    /** A path as the lock writes it: relative to its folder where it can be, with {@code /}. */
    public static String relative(Path folder, Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path d = folder.toAbsolutePath().normalize();
        Path p = f.startsWith(d) || f.getRoot() != null && f.getRoot().equals(d.getRoot()) ? d.relativize(f) : f;
        String s = p.toString().replace(java.io.File.separatorChar, '/');
        return s.isEmpty() ? "." : s;
    }

    /** The lock as the file holds it: JSON, stable for the same contracts whatever their formatting. */
    public void write(OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("lock", FORMAT);
            g.writeStringField("about", "written by slaudit lock; slaudit verify checks the contracts against it");
            g.writeArrayFieldStart("roots");
            for (String r : roots) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("policies");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("policy", e.policy());
                g.writeStringField("version", e.version().orElse(null));
                g.writeStringField("file", e.file());
                g.writeStringField("sha256", e.sha256());
                g.writeStringField("canonical", e.canonical());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    /**
     * Reads a lock file and checks each entry's hash against its canonical form, so that a lock
     * edited by hand (or damaged) is refused rather than trusted.
     *
     * @throws InputException unreadable: no such file, not JSON, not a lock, a hash that does not
     *     match
     */
    public static ContractLock read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.unreadable(SourceMark.file(name), "no such file (write it with slaudit lock)");
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(name), "cannot read the file: " + FileErrors.reason(e));
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw InputException.unreadable(SourceMark.line(name, line), "not a lock file: not valid JSON");
        }
        if (!(root instanceof ObjectNode o) || !o.path("policies").isArray()) {
            throw InputException.unreadable(SourceMark.file(name), "not a lock file: no 'policies' list");
        }
        if (o.path("lock").asInt(-1) != FORMAT) {
            throw InputException.unreadable(
                    SourceMark.file(name),
                    "a lock of format " + o.path("lock").asText("?") + "; this slaudit reads format " + FORMAT
                            + " (write it again with slaudit lock)");
        }
        List<String> roots = new ArrayList<>();
        for (JsonNode r : o.path("roots")) {
            if (!r.isTextual()) {
                throw InputException.unreadable(
                        SourceMark.file(name), "not a lock file: 'roots' holds a non-text value");
            }
            roots.add(r.asText());
        }
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode p : o.path("policies")) {
            i++;
            String what = "policy entry " + i;
            String policy = text(p, "policy", name, what);
            String file1 = text(p, "file", name, what);
            String sha = text(p, "sha256", name, what);
            String canonical = text(p, "canonical", name, what);
            Optional<String> version =
                    p.path("version").isTextual() ? Optional.of(p.get("version").asText()) : Optional.empty();
            if (!ContractSource.sha256(canonical).equals(sha)) {
                throw InputException.unreadable(
                        SourceMark.file(name),
                        "the sha256 of policy '" + policy + "' does not match its canonical form: the lock was edited"
                                + " or damaged (write it again with slaudit lock after a review)");
            }
            entries.add(new Entry(policy, version, file1, sha, canonical));
        }
        return new ContractLock(roots, entries);
    }

    private static String text(JsonNode entry, String key, String file, String what) {
        JsonNode v = entry.path(key);
        if (!v.isTextual()) {
            throw InputException.unreadable(
                    SourceMark.file(file), "not a lock file: " + what + " has no '" + key + "'");
        }
        return v.asText();
    }

    /**
     * The locked contracts, read back from their canonical forms (the lock names them in messages).
     *
     * @throws InputException when a canonical form is no longer a valid policy (a lock of another
     *     slaudit)
     */
    public List<ContractSource> contracts(String lockName) {
        List<ContractSource> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(ContractSource.parse(lockName + " (" + e.policy() + ")", e.file(), e.canonical()));
        }
        return out;
    }
}
