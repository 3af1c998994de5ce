package io.slaudit.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * A value an audit took for something the contract leaves open, and from whom: given on the
 * command line ({@code --set}), in an overlay file ({@code --assume FILE}), or the contract's own
 * placeholder (an assumption). A file's SHA-256 makes the value repeatable evidence.
 */
public record FilledValue(
        PolicyRef key,
        String value,
        By by,
        Optional<String> file,
        Optional<String> sha256,
        Optional<String> assumption,
        Optional<String> source) {

    /** Who gave the value. */
    public enum By {
        SET("--set"),
        ASSUME("--assume"),
        PLACEHOLDER("placeholder");

        private final String word;

        By(String word) {
            this.word = word;
        }

        /** The option's name, or {@code placeholder}. */
        public String word() {
            return word;
        }
    }

    public FilledValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(assumption, "assumption");
        Objects.requireNonNull(source, "source");
        if (by == By.PLACEHOLDER && assumption.isEmpty()) {
            throw new IllegalArgumentException("a placeholder is used as the assumption it is");
        }
    }

    /** Whether a user gave the value, rather than the contract's placeholder. */
    public boolean supplied() {
        return by != By.PLACEHOLDER;
    }

    /** "--set calendar.support=hours.yaml (sha256 ab12...)", for evidence lines. */
    public String describe() {
        StringBuilder b = new StringBuilder(key.toString()).append(" = ").append(value);
        b.append(" (")
                .append(
                        by == By.PLACEHOLDER
                                ? "the contract's placeholder, assumption " + assumption.get()
                                : by.word());
        file.filter(f -> by == By.ASSUME).ifPresent(f -> b.append(' ').append(f));
        sha256.ifPresent(h -> b.append(", sha256 ").append(h));
        b.append(')');
        return b.toString();
    }
}
