package io.slaudit.policy.lint;

import io.slaudit.input.SourceMark;
import java.util.Objects;

/**
 * Something a contract's author would want to know before a customer finds it: valid, but likely
 * not what was meant. {@code rule} is the stable id a contract names to accept it ({@code lint:
 * ignore:}).
 */
public record LintWarning(String rule, SourceMark at, String message) {

    public LintWarning {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return at + ": " + message + " [" + rule + "]";
    }
}
