package io.slaudit.drift;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.CalendarRangeException;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.ZoneTime;
import io.slaudit.compare.TimeToDeadline;
import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.Target;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The worst-case wall-clock time from a request to its deadline over a year of arrivals, by the
 * compare stage's exact engine ({@link TimeToDeadline}), for a target on a calendar under a reading
 * of business days; and the open time of a calendar in the year. Both are remembered, since a diff
 * asks for the same figures of several changes.
 */
final class WorstCases {

    private final int year;
    private final Map<BusinessCalendar, BusinessClock> clocks = new HashMap<>();
    private final Map<Key, Optional<TimeToDeadline.Figures>> figures = new HashMap<>();

    private record Key(Target target, BusinessCalendar calendar, BusinessDayRule rule) {}

    WorstCases(int year) {
        this.year = year;
    }

    int year() {
        return year;
    }

    BusinessClock clock(BusinessCalendar calendar) {
        return clocks.computeIfAbsent(calendar, c -> BusinessClock.of(c, PublicHolidays.library()));
    }

    long yearStart(BusinessCalendar calendar) {
        return LocalDate.of(year, 1, 1).atStartOfDay(calendar.zone()).toEpochSecond();
    }

    long yearEnd(BusinessCalendar calendar) {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(calendar.zone()).toEpochSecond();
    }

    /** Open seconds of the calendar in the year (real time: DST days count what they hold). */
    long openSeconds(BusinessCalendar calendar) {
        return clock(calendar).elapsedSeconds(yearStart(calendar), yearEnd(calendar));
    }

    /**
     * Over every arrival second of the year; empty for a target without a time, when the target
     * promises a time for no arrival, or when a deadline falls beyond the years the clock computes.
     */
    Optional<TimeToDeadline.Figures> of(Target target, BusinessCalendar calendar, BusinessDayRule rule) {
        if (target.within().isEmpty()) {
            return Optional.empty();
        }
        BusinessDayRule r = target.within().get().isBusinessDays() ? rule : BusinessDayRule.SAME_TIME;
        Key key = new Key(target, calendar, r);
        Optional<TimeToDeadline.Figures> known = figures.get(key);
        if (known != null) {
            return known;
        }
        Optional<TimeToDeadline.Figures> computed;
        try {
            BusinessClock clock = clock(calendar);
            TimeToDeadline.Rule rule1 = TimeToDeadline.Rule.of(clock, new ZoneTime(calendar.zone()), target, r);
            computed = TimeToDeadline.over(rule1, yearStart(calendar), yearEnd(calendar))
                    .all();
        } catch (CalendarRangeException e) {
            computed = Optional.empty();
        }
        figures.put(key, computed);
        return computed;
    }

    /** {@code 4 d 20 h (for a request on Thu 2026-04-02 14:00:01)}, or a word on why there is none. */
    static String describe(Optional<TimeToDeadline.Figures> f, BusinessCalendar calendar) {
        return f.map(x -> Lengths.wallClock(x.worstSeconds()) + " (request "
                        + Lengths.arrival(x.worstArrival(), calendar.zone()) + ")")
                .orElse("none (no deadline within the years slaudit computes)");
    }
}
