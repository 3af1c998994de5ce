package io.slaudit.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One step of a ticket's timeline in {@code slaudit trace}: a stretch of real time, in epoch
 * seconds {@code [from, to)}, that the target's clock treated alike throughout, with the seconds
 * it counted and why. The steps of a result cover the time from the request to the instant judged
 * without gap or overlap, and their counted seconds add up to the result's elapsed time.
 *
 * <p>{@code name} is a holiday's or an exception's name, {@code source} the holiday rule that
 * closes the date ({@code DE-BY}, {@code date}, {@code period 2025-12-27..2025-12-31}), {@code
 * state} the ticket state that paused the clock, {@code hours} an exception date's hours.
 */
public record TraceStep(
        long from,
        long to,
        long countedSeconds,
        Why why,
        Optional<String> name,
        Optional<String> source,
        Optional<String> state,
        Optional<String> hours) {

    /** Why the clock ran or stood still in a step; the keys are fixed (JSON {@code why}). */
    public enum Why {
        /** The clock ran: open hours, or every second of a clock-time target. */
        OPEN("open"),
        /** Outside the calendar's weekly hours. */
        CLOSED("closed"),
        /** A date a holiday closes. */
        HOLIDAY("holiday"),
        /** The ticket was in a state that stops the clock. */
        PAUSED("paused"),
        /** A date with hours of its own (a half day, or closed by an exception). */
        EXCEPTION("exception"),
        /** Before a priority change that restarted the clock ({@code priority-change: restart}). */
        BEFORE_RESTART("before-restart");

        private final String key;

        Why(String key) {
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

    public TraceStep {
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(hours, "hours");
        if (to <= from) {
            throw new IllegalArgumentException("a step ends after it starts: " + from + ".." + to);
        }
        if (countedSeconds < 0 || countedSeconds > to - from) {
            throw new IllegalArgumentException("a step counts at most its own seconds: " + countedSeconds);
        }
    }

    static TraceStep of(long from, long to, long counted, Why why) {
        return new TraceStep(
                from, to, counted, why, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same step over a part of its time: counted seconds scale with it (all or none). */
    TraceStep over(long newFrom, long newTo) {
        long counted = countedSeconds == 0 ? 0 : newTo - newFrom;
        return new TraceStep(newFrom, newTo, counted, why, name, source, state, hours);
    }
}
