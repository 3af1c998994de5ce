package io.slaudit.drift;

import java.util.Locale;
import java.util.Optional;

/**
 * Which changes fail a CI job ({@code --fail-on}): loosening ones (the default), any change at all,
 * or none. A contract target the ticketing system does not track at all counts as loosened.
 */
public enum FailOn {
    LOOSENED("loosened"),
    ANY("any"),
    NONE("none");

    private final String key;

    FailOn(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** {@code loosened}, {@code any} or {@code none}; {@code looser} is read as {@code loosened}. */
    public static Optional<FailOn> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("looser")) {
            return Optional.of(LOOSENED);
        }
        for (FailOn f : values()) {
            if (f.key.equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether a change of this classification fails the job. */
    public boolean fails(Classification c) {
        return switch (this) {
            case LOOSENED -> c == Classification.LOOSENED;
            case ANY -> true;
            case NONE -> false;
        };
    }

    @Override
    public String toString() {
        return key;
    }
}
