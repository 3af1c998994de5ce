package io.slaudit.billing;

import java.util.Locale;
import java.util.Optional;

/** The number a customer called: the regular support line or the emergency hotline. */
public enum PhoneLine {
    SUPPORT("support"),
    HOTLINE("hotline");

    private final String key;

    PhoneLine(String key) {
        this.key = key;
    }

    /** The word of the calls file's {@code line} column. */
    public String key() {
        return key;
    }

    /** The line a {@code line} cell names, case-insensitively. */
    public static Optional<PhoneLine> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (PhoneLine l : values()) {
            if (l.key.equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
