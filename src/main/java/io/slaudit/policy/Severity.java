package io.slaudit.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A normalised severity: the common scale onto which every contract's own priority classes
 * (Dringend, schwerwiegend, a support level's guarantee ...) are mapped so that contracts can be
 * compared class by class. A contract states its classes' severities with {@code severity:} on a
 * priority; a comparison may override them.
 */
public enum Severity {
    CRITICAL("critical"),
    HIGH("high"),
    NORMAL("normal"),
    LOW("low");

    private final String key;

    Severity(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Severity> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.key.equals(t)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Severity::key).toList());
    }

    @Override
    public String toString() {
        return key;
    }
}
