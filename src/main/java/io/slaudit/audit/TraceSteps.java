package io.slaudit.audit;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.ClockStretch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The timeline of one result, from the request to the instant judged: the time before a
 * restarting priority change, the calendar's closed time before a clock-time target's clock starts
 * at the next opening, then the ticket's pauses, and between them the calendar's own stretches
 * ({@link BusinessClock#stretches}) for business time or one running stretch for clock time. These
 * are the terms the audit adds up ({@link Pauses#elapsed}), so the steps count exactly its elapsed
 * time.
 */
final class TraceSteps {

    /** The steps of a result and the step the due instant ends, if the timeline reaches it. */
    record Timeline(List<TraceStep> steps, OptionalInt dueStep) {}

    private final BusinessClock clock;
    private final Locale locale;
    private final List<TraceStep> out = new ArrayList<>();

    private TraceSteps(BusinessClock clock, Locale locale) {
        this.clock = clock;
        this.locale = locale;
    }

    /**
     * @param business whether the target counts business time on {@code clock} (else every second)
     * @param start where the target counts from: the request, or the priority change under restart
     * @param clockStart where its clock starts: {@code start}, or the next opening for a clock-time
     *     target that starts there
     * @param end the instant judged: the answer, or as-of
     */
    static Timeline of(
            BusinessClock clock,
            boolean business,
            Pauses pauses,
            long created,
            long start,
            long clockStart,
            long end,
            OptionalLong due,
            Locale locale) {
        TraceSteps t = new TraceSteps(clock, locale);
        t.walk(business, pauses, created, start, clockStart, end);
        return t.splitAt(due);
    }

    private void walk(boolean business, Pauses pauses, long created, long start, long clockStart, long end) {
        if (end <= created) {
            return;
        }
        long cursor = created;
        long restart = Math.min(start, end);
        if (restart > cursor) {
            out.add(TraceStep.of(cursor, restart, 0, TraceStep.Why.BEFORE_RESTART));
            cursor = restart;
        }
        long begin = Math.min(clockStart, end);
        if (begin > cursor) {
            // before the next opening: closed by definition, nothing counts
            for (ClockStretch s : clock.stretches(cursor, begin, locale)) {
                out.add(step(s, false));
            }
            cursor = begin;
        }
        for (int i = 0; i < pauses.count() && cursor < end; i++) {
            long from = Math.max(cursor, pauses.start(i));
            long to = Math.min(end, pauses.end(i));
            if (to <= from) {
                continue;
            }
            running(business, cursor, from);
            String state = pauses.state(i);
            out.add(new TraceStep(
                    from,
                    to,
                    0,
                    TraceStep.Why.PAUSED,
                    Optional.empty(),
                    Optional.empty(),
                    state.isEmpty() ? Optional.empty() : Optional.of(state),
                    Optional.empty()));
            cursor = to;
        }
        running(business, cursor, end);
    }

    private void running(boolean business, long from, long to) {
        if (to <= from) {
            return;
        }
        if (!business) {
            out.add(TraceStep.of(from, to, to - from, TraceStep.Why.OPEN));
            return;
        }
        for (ClockStretch s : clock.stretches(from, to, locale)) {
            out.add(step(s, true));
        }
    }

    private static TraceStep step(ClockStretch s, boolean counting) {
        TraceStep.Why why = switch (s.kind()) {
            case OPEN -> TraceStep.Why.OPEN;
            case CLOSED -> TraceStep.Why.CLOSED;
            case HOLIDAY -> TraceStep.Why.HOLIDAY;
            case EXCEPTION -> TraceStep.Why.EXCEPTION;
        };
        return new TraceStep(
                s.from(),
                s.to(),
                counting ? s.openSeconds() : 0,
                why,
                s.name(),
                s.source(),
                Optional.empty(),
                s.kind() == ClockStretch.Kind.EXCEPTION ? Optional.of(s.hours()) : Optional.empty());
    }

    /** Cuts the step the due instant falls in, so that a step ends where the clock reached the target. */
    private Timeline splitAt(OptionalLong due) {
        if (due.isEmpty()) {
            return new Timeline(out, OptionalInt.empty());
        }
        long d = due.getAsLong();
        for (int i = 0; i < out.size(); i++) {
            TraceStep s = out.get(i);
            if (s.to() == d) {
                return new Timeline(out, OptionalInt.of(i));
            }
            if (s.from() < d && d < s.to()) {
                out.set(i, s.over(s.from(), d));
                out.add(i + 1, s.over(d, s.to()));
                return new Timeline(out, OptionalInt.of(i));
            }
        }
        return new Timeline(out, OptionalInt.empty());
    }
}
