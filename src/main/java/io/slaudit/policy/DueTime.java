package io.slaudit.policy;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.ZoneTime;
import java.util.function.LongUnaryOperator;

/**
 * When a target is due for a request whose clock never stops, and whether the target guarantees
 * its time for that request at all: the audit's own rules (docs/audit-semantics.md), open to the
 * stages that ask the question for instants rather than tickets (the worst case of a contract over
 * a year of arrivals in {@code compare}). A ticket without pauses is judged by exactly these
 * rules, so a figure computed here is the due time the audit gives that ticket.
 */
public final class DueTime {

    private DueTime() {}

    /**
     * The due instant of a timed target whose clock starts at {@code start} (the request, or the
     * priority change under {@code restart}) and is never paused: business time on the calendar,
     * business days by {@code rule}, clock time from the start or, with {@code start:
     * next-opening}, from the calendar's next opening.
     *
     * @param local the calendar's zone; not thread-safe, so one per caller
     * @throws IllegalArgumentException for a target without a time
     * @throws io.slaudit.calendar.CalendarRangeException when the due time lies beyond the years the
     *     clock computes (the calendar does not open again)
     */
    public static long withoutPauses(
            BusinessClock clock, ZoneTime local, Target target, long start, BusinessDayRule rule) {
        TargetTime time = target.within().orElseThrow(() -> new IllegalArgumentException("the target has no time"));
        return due(
                clock,
                local,
                target,
                time,
                time.isBusinessDays() ? 0 : time.duration().getSeconds(),
                start,
                rule);
    }

    /**
     * {@link #withoutPauses} for many requests under one target: the same rules, the target's
     * length worked out once.
     *
     * @param local the calendar's zone, for this function only (not thread-safe)
     */
    public static LongUnaryOperator forRequests(
            BusinessClock clock, ZoneTime local, Target target, BusinessDayRule rule) {
        TargetTime time = target.within().orElseThrow(() -> new IllegalArgumentException("the target has no time"));
        long seconds = time.isBusinessDays() ? 0 : time.duration().getSeconds();
        return start -> due(clock, local, target, time, seconds, start, rule);
    }

    private static long due(
            BusinessClock clock,
            ZoneTime local,
            Target target,
            TargetTime time,
            long seconds,
            long start,
            BusinessDayRule rule) {
        long s = !time.business() && target.clock().startsAtNextOpening() ? clock.nextOpeningSecond(start) : start;
        if (time.isBusinessDays()) {
            return BusinessDays.due(clock, local, s, time.amount(), rule);
        }
        return time.business() ? clock.deadlineSecond(s, seconds) : Math.addExact(s, seconds);
    }

    /** Where the target's clock starts for a request at {@code start}: there, or at the next opening. */
    public static long clockStart(BusinessClock clock, Target target, long start) {
        TargetTime time = target.within().orElseThrow();
        return !time.business() && target.clock().startsAtNextOpening() ? clock.nextOpeningSecond(start) : start;
    }

    /**
     * When {@code days} business days from {@code start} run out under {@code rule}; for the
     * audit, which counts a paused clock's business days itself.
     */
    public static long afterBusinessDays(
            BusinessClock clock, ZoneTime local, long start, java.math.BigDecimal days, BusinessDayRule rule) {
        return BusinessDays.due(clock, local, start, days, rule);
    }

    /**
     * Whether the target promises its time for a request raised at {@code created}: not for a
     * best-effort target, and under {@code only-if-raised-in-hours} only for requests raised while
     * the calendar is open.
     */
    public static boolean guaranteedFor(Target target, BusinessClock clock, long created) {
        return target.guarantee() == Guarantee.GUARANTEED
                && (!target.clock().onlyIfRaisedInHours() || clock.isOpenAt(created));
    }
}
