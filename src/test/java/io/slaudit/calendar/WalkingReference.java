package io.slaudit.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A plain reference for the clock: it walks the time line from one possible change to the next (a
 * window boundary or midnight in local time, or an offset transition) and asks at each step whether
 * the wall clock shows an open time. Slow, obviously right, and sharing nothing with the engine's
 * precomputed intervals.
 */
final class WalkingReference {

    private final BusinessClock definitions;
    private final ZoneRules rules;

    WalkingReference(BusinessClock clock) {
        // Only hoursOn (the calendar's definition of a date's hours) is taken from the engine.
        this.definitions = clock;
        this.rules = clock.zone().getRules();
    }

    private LocalDateTime local(long t) {
        ZoneOffset offset = rules.getOffset(Instant.ofEpochSecond(t));
        return LocalDateTime.ofEpochSecond(t, 0, offset);
    }

    boolean isOpen(long t) {
        LocalDateTime l = local(t);
        return definitions.hoursOn(l.toLocalDate()).contains(l.toLocalTime().toSecondOfDay());
    }

    /** The next instant after t at which openness may change. */
    long nextChange(long t) {
        LocalDateTime l = local(t);
        LocalDate date = l.toLocalDate();
        int now = l.toLocalTime().toSecondOfDay();
        int next = OpenWindow.DAY_SECONDS;
        for (OpenWindow w : definitions.hoursOn(date).windows()) {
            if (w.startSecond() > now) {
                next = Math.min(next, w.startSecond());
            }
            if (w.endSecond() > now) {
                next = Math.min(next, w.endSecond());
            }
        }
        long candidate = t + (next - now);
        ZoneOffsetTransition transition = rules.nextTransition(Instant.ofEpochSecond(t));
        if (transition != null && transition.toEpochSecond() > t) {
            candidate = Math.min(candidate, transition.toEpochSecond());
        }
        return candidate;
    }

    long elapsed(long a, long b) {
        long sum = 0;
        for (long t = a; t < b; ) {
            long n = Math.min(nextChange(t), b);
            if (isOpen(t)) {
                sum += n - t;
            }
            t = n;
        }
        return sum;
    }

    long deadline(long start, long duration) {
        if (duration == 0) {
            return start;
        }
        long remaining = duration;
        for (long t = start; ; ) {
            long n = nextChange(t);
            if (isOpen(t)) {
                if (n - t >= remaining) {
                    return t + remaining;
                }
                remaining -= n - t;
            }
            t = n;
        }
    }
}
