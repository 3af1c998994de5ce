package io.slaudit.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Conversions between instants and local wall-clock time in one zone, in epoch seconds and days,
 * without allocating: the offset found last is kept with the stretch of time it holds for, and
 * most questions fall into it. For code that asks once or more per ticket of a large export.
 *
 * <p>Local times that a DST gap skips move forward by the gap; repeated ones take the earlier
 * offset, as {@link java.time.ZonedDateTime#ofLocal} does. Not thread-safe: one per thread.
 */
public final class ZoneTime {

    private final ZoneId zone;
    private final ZoneRules rules;

    /** Instants in [instantFrom, instantUntil) have offset instantOffset. */
    private long instantFrom = 1;

    private long instantUntil = 0;
    private long instantOffset;

    /** Local seconds in [localFrom, localUntil) map to instants with localOffset, unambiguously. */
    private long localFrom = 1;

    private long localUntil = 0;
    private long localOffset;

    public ZoneTime(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone's offset at an instant, in seconds. */
    public long offsetAt(long epochSecond) {
        if (epochSecond < instantFrom || epochSecond >= instantUntil) {
            findOffset(epochSecond);
        }
        return instantOffset;
    }

    // The look-ups in the zone rules stay out of the methods above and below: they run a few times
    // a year of instants, and inlined into every caller they made the per-ticket code the JIT
    // compiles several times larger.
    private void findOffset(long epochSecond) {
        Instant at = Instant.ofEpochSecond(epochSecond);
        instantOffset = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(epochSecond + 1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        instantFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        instantUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    }

    /** Local wall-clock time of an instant, counted like epoch seconds of a UTC date-time. */
    public long local(long epochSecond) {
        return epochSecond + offsetAt(epochSecond);
    }

    /** The local date of an instant, as days since 1970-01-01. */
    public long epochDay(long epochSecond) {
        return Math.floorDiv(local(epochSecond), 86_400);
    }

    /** The instant of a local wall-clock time (counted like epoch seconds of a UTC date-time). */
    public long instant(long localEpochSecond) {
        if (localEpochSecond >= localFrom && localEpochSecond < localUntil) {
            return localEpochSecond - localOffset;
        }
        return findInstant(localEpochSecond);
    }

    private long findInstant(long localEpochSecond) {
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(localEpochSecond, 0, ZoneOffset.UTC);
        long instant = ldt.atZone(zone).toEpochSecond();
        long offset = rules.getOffset(Instant.ofEpochSecond(instant)).getTotalSeconds();
        ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(instant + 1));
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(instant));
        // Conservative: away from any gap or overlap the offset alone decides.
        localFrom = previous == null
                ? Long.MIN_VALUE
                : previous.toEpochSecond()
                        + Math.max(
                                previous.getOffsetBefore().getTotalSeconds(),
                                previous.getOffsetAfter().getTotalSeconds());
        localUntil = next == null
                ? Long.MAX_VALUE
                : next.toEpochSecond()
                        + Math.min(
                                next.getOffsetBefore().getTotalSeconds(),
                                next.getOffsetAfter().getTotalSeconds());
        localOffset = offset;
        return instant;
    }
}
