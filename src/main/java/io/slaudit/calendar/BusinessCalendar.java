package io.slaudit.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * When a contract's clock runs: weekly hours in one time zone, closed on holidays, with per-date
 * exceptions. This is the definition as written in a contract; {@link BusinessClock} is the
 * compiled form that answers questions about time.
 *
 * <p>Rules, in order of precedence for a date: an exception for that date decides its hours; else
 * a holiday closes it; else the weekly hours of its weekday apply. Dates are local dates in the
 * calendar's zone.
 *
 * <p>Immutable value; a calendar that is never open in a regular week is rejected at construction,
 * since every deadline on it would be endless.
 */
public record BusinessCalendar(
        ZoneId zone, WeeklyHours hours, List<HolidayRule> holidays, List<HoursException> exceptions) {

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(hours, "hours");
        holidays = List.copyOf(holidays);
        exceptions = List.copyOf(exceptions);
        if (hours.isNeverOpen()) {
            throw new IllegalArgumentException("the calendar is never open: no weekday has open hours");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (HoursException e : exceptions) {
            if (!seen.add(e.date())) {
                throw new IllegalArgumentException("two exceptions for " + e.date());
            }
        }
    }

    /** The regional holiday sources of this calendar. */
    public List<HolidayRegion> regions() {
        List<HolidayRegion> out = new ArrayList<>();
        for (HolidayRule rule : holidays) {
            if (rule instanceof HolidayRule.Regional r) {
                out.add(r.region());
            }
        }
        return out;
    }

    public Optional<HoursException> exceptionOn(LocalDate date) {
        for (HoursException e : exceptions) {
            if (e.date().equals(date)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Every date of {@code year} that a holiday rule closes, one entry per date, names joined when
     * several rules close the same date. Dates an exception reopens are left out.
     */
    public List<ClosedDay> closedDaysIn(int year, PublicHolidays publicHolidays, Locale locale) {
        Map<LocalDate, ClosedDay> byDate = new TreeMap<>();
        for (HolidayRule rule : holidays) {
            if (rule instanceof HolidayRule.Regional r) {
                for (PublicHoliday h : publicHolidays.in(r.region(), year, locale)) {
                    merge(byDate, new ClosedDay(h.date(), h.name(), r.region().toString()));
                }
            } else if (rule instanceof HolidayRule.OnDate d) {
                if (d.date().getYear() == year) {
                    merge(byDate, new ClosedDay(d.date(), d.name().orElse("closed"), "date"));
                }
            } else if (rule instanceof HolidayRule.Period p) {
                LocalDate from = p.from().getYear() < year ? LocalDate.of(year, 1, 1) : p.from();
                LocalDate to = p.to().getYear() > year ? LocalDate.of(year, 12, 31) : p.to();
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    merge(byDate, new ClosedDay(d, p.name().orElse("closed"), "period " + p.from() + ".." + p.to()));
                }
            }
        }
        List<ClosedDay> out = new ArrayList<>();
        for (ClosedDay day : byDate.values()) {
            Optional<HoursException> exception = exceptionOn(day.date());
            if (exception.isEmpty()) {
                out.add(day);
            }
        }
        out.sort(Comparator.comparing(ClosedDay::date));
        return out;
    }

    private static void merge(Map<LocalDate, ClosedDay> byDate, ClosedDay day) {
        byDate.merge(
                day.date(),
                day,
                (a, b) -> a.name().equals(b.name()) && a.source().equals(b.source())
                        ? a
                        : new ClosedDay(a.date(), a.name() + "; " + b.name(), a.source() + "; " + b.source()));
    }
}
