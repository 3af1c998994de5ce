package io.slaudit.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cuts a span of time into the {@link ClockStretch}es of one calendar: the open stretches come from
 * the compiled clock (so they are exactly the time {@link BusinessClock#elapsedSeconds} counts, DST
 * included), and every instant of the span is classified by its local date: a date with an
 * exception, a date a holiday closes, or an ordinary date. Stretches that continue one another for
 * the same reason are joined (a weekend is one closed stretch from Friday's close to Monday's
 * opening).
 */
final class Stretches {

    private final BusinessClock clock;
    private final Locale locale;
    private final ZoneTime local;
    private final Map<Integer, Map<LocalDate, ClosedDay>> closedByYear = new HashMap<>();

    private Stretches(BusinessClock clock, Locale locale) {
        this.clock = clock;
        this.locale = locale;
        this.local = new ZoneTime(clock.zone());
    }

    static List<ClockStretch> of(BusinessClock clock, long from, long to, Locale locale) {
        return new Stretches(clock, locale).cut(from, to);
    }

    private List<ClockStretch> cut(long from, long to) {
        List<ClockStretch> out = new ArrayList<>();
        if (to <= from) {
            return out;
        }
        long[] open = clock.openSpans(from, to);
        int i = 0;
        long cursor = from;
        long day = local.epochDay(from);
        while (cursor < to) {
            long dayEnd = Math.min(to, clock.startOfDay(day + 1));
            DateKind date = classify(LocalDate.ofEpochDay(day));
            while (i < open.length && open[i + 1] <= cursor) {
                i += 2;
            }
            int j = i;
            while (cursor < dayEnd) {
                long openFrom = j < open.length ? Math.max(cursor, open[j]) : dayEnd;
                if (openFrom >= dayEnd) {
                    add(out, date.closed(cursor, dayEnd));
                    cursor = dayEnd;
                    break;
                }
                if (openFrom > cursor) {
                    add(out, date.closed(cursor, openFrom));
                }
                long openTo = Math.min(dayEnd, open[j + 1]);
                add(out, date.open(openFrom, openTo));
                cursor = openTo;
                if (openTo == open[j + 1]) {
                    j += 2;
                }
            }
            day++;
        }
        return out;
    }

    private static void add(List<ClockStretch> out, ClockStretch s) {
        if (!out.isEmpty() && out.get(out.size() - 1).continuedBy(s)) {
            ClockStretch last = out.remove(out.size() - 1);
            out.add(last.over(last.from(), s.to()));
        } else {
            out.add(s);
        }
    }

    /** Why a local date's instants are open or closed. */
    private record DateKind(
            ClockStretch.Kind closedKind, Optional<String> name, Optional<String> source, String hours) {
        ClockStretch closed(long from, long to) {
            return new ClockStretch(from, to, closedKind, false, name, source, hours);
        }

        ClockStretch open(long from, long to) {
            boolean exception = closedKind == ClockStretch.Kind.EXCEPTION;
            return new ClockStretch(
                    from,
                    to,
                    exception ? ClockStretch.Kind.EXCEPTION : ClockStretch.Kind.OPEN,
                    true,
                    exception ? name : Optional.empty(),
                    Optional.empty(),
                    exception ? hours : "");
        }
    }

    private static final DateKind ORDINARY =
            new DateKind(ClockStretch.Kind.CLOSED, Optional.empty(), Optional.empty(), "");

    /** The precedence of the calendar: an exception decides a date, else a holiday closes it. */
    private DateKind classify(LocalDate date) {
        Optional<HoursException> exception = clock.calendar().exceptionOn(date);
        if (exception.isPresent()) {
            HoursException e = exception.get();
            return new DateKind(
                    ClockStretch.Kind.EXCEPTION,
                    e.name(),
                    Optional.empty(),
                    e.hours().toString());
        }
        ClosedDay closed = closedDays(date.getYear()).get(date);
        if (closed != null) {
            return new DateKind(
                    ClockStretch.Kind.HOLIDAY, Optional.of(closed.name()), Optional.of(closed.source()), "closed");
        }
        return ORDINARY;
    }

    private Map<LocalDate, ClosedDay> closedDays(int year) {
        return closedByYear.computeIfAbsent(year, y -> {
            Map<LocalDate, ClosedDay> byDate = new HashMap<>();
            for (ClosedDay d : clock.calendar().closedDaysIn(y, clock.publicHolidays(), locale)) {
                byDate.put(d.date(), d);
            }
            return byDate;
        });
    }
}
