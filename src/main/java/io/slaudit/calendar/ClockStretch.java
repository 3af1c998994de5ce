package io.slaudit.calendar;

import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time that one calendar treats alike throughout, in epoch seconds {@code [from, to)}:
 * its clock runs all through it or not at all, for one reason. {@link BusinessClock#stretches}
 * cuts a span into them, which is how a verdict's business time is shown second by second.
 *
 * <p>{@code name} is a holiday's name or an exception's name; {@code source} says which holiday
 * rule closes the date (a region such as {@code DE-BY}, {@code date}, or {@code period
 * 2025-12-27..2025-12-31}, joined with {@code ;} when several do); {@code hours} the hours of an
 * exception's date ({@code 09:00-12:00}, or {@code closed}).
 */
public record ClockStretch(
        long from, long to, Kind kind, boolean open, Optional<String> name, Optional<String> source, String hours) {

    /** Why the clock runs or stands still in a stretch. */
    public enum Kind {
        /** Inside the weekly hours: the clock runs. */
        OPEN("open"),
        /** Outside the weekly hours (nights, weekends, lunch). */
        CLOSED("closed"),
        /** A date a holiday rule closes. */
        HOLIDAY("holiday"),
        /** A date with hours of its own: open or closed as they say. */
        EXCEPTION("exception");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        @Override
        public String toString() {
            return key;
        }
    }

    public ClockStretch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hours, "hours");
        if (to <= from) {
            throw new IllegalArgumentException("a stretch ends after it starts: " + from + ".." + to);
        }
        if (open != (kind == Kind.OPEN || (kind == Kind.EXCEPTION && open))) {
            throw new IllegalArgumentException(kind + " stretches are " + (open ? "never" : "always") + " open");
        }
    }

    /** The seconds of the stretch that count as business time: all of them, or none. */
    public long openSeconds() {
        return open ? to - from : 0;
    }

    /** The same stretch over other instants. */
    public ClockStretch over(long newFrom, long newTo) {
        return new ClockStretch(newFrom, newTo, kind, open, name, source, hours);
    }

    /** Whether {@code next} continues this stretch: it starts where this ends, for the same reason. */
    boolean continuedBy(ClockStretch next) {
        return next.from == to
                && next.kind == kind
                && next.open == open
                && next.name.equals(name)
                && next.source.equals(source)
                && next.hours.equals(hours);
    }
}
