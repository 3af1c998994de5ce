package io.slaudit.drift;

import io.slaudit.input.InputException;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlNode;
import io.slaudit.policy.CanonicalForm;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One version of a contract as read for a comparison: the policy, the YAML tree it was read from
 * (for the lines of its values), where it came from ({@code contracts/x.yaml}, {@code
 * HEAD~1:contracts/x.yaml}, a lock entry) and the file a CI annotation names.
 */
public record ContractSource(String source, String file, Policy policy, ContractLines lines) {

    public ContractSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(lines, "lines");
    }

    /**
     * Reads a policy file from disk.
     *
     * @throws InputException unreadable or invalid, every problem at its line
     */
    public static ContractSource read(Path path) {
        String name = path.toString();
        return of(name, name, YamlDocuments.read(path));
    }

    /** A policy from the bytes of a file, read as {@link YamlDocuments#read} reads one. */
    public static ContractSource of(String source, String file, byte[] bytes) {
        return of(source, file, YamlDocuments.parse(source, bytes));
    }

    /** A policy from YAML text. */
    public static ContractSource parse(String source, String file, String text) {
        return of(source, file, YamlDocuments.parse(source, text));
    }

    /** A policy from its YAML tree, parsed once for the policy and for the lines of its changes. */
    private static ContractSource of(String source, String file, YamlNode root) {
        return new ContractSource(source, file, PolicyReader.read(source, root), new ContractLines(root, file));
    }

    public String canonical() {
        return CanonicalForm.of(policy);
    }

    /** The SHA-256 of the canonical form (UTF-8), in lower-case hex: formatting does not change it. */
    public String sha256() {
        return sha256(canonical());
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public PolicyChanges.Side side() {
        return new PolicyChanges.Side(source, file, policy.identity().version(), java.util.Optional.of(sha256()));
    }
}
