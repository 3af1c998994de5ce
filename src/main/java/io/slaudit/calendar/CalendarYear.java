package io.slaudit.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One year of a calendar laid out for a person to check by eye: the dates it is closed, the dates
 * with other hours, and the real open time per month.
 */
public record CalendarYear(
        int year, List<ClosedDay> closedDays, List<HoursException> exceptions, List<MonthOpenTime> months) {

    public CalendarYear {
        closedDays = List.copyOf(closedDays);
        exceptions = List.copyOf(exceptions);
        months = List.copyOf(months);
    }

    /** Open days and real open seconds of one month. */
    public record MonthOpenTime(YearMonth month, int openDays, long openSeconds) {
        public MonthOpenTime {
            Objects.requireNonNull(month, "month");
        }
    }

    public static CalendarYear of(BusinessClock clock, int year, PublicHolidays publicHolidays, Locale locale) {
        BusinessCalendar calendar = clock.calendar();
        List<ClosedDay> closed = calendar.closedDaysIn(year, publicHolidays, locale);
        List<HoursException> exceptions = calendar.exceptions().stream()
                .filter(e -> e.date().getYear() == year)
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .toList();
        List<MonthOpenTime> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            int days = 0;
            long seconds = 0;
            for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                long open = clock.openSecondsOn(d);
                if (open > 0) {
                    days++;
                    seconds += open;
                }
            }
            months.add(new MonthOpenTime(month, days, seconds));
        }
        return new CalendarYear(year, closed, exceptions, months);
    }

    public int openDays() {
        return months.stream().mapToInt(MonthOpenTime::openDays).sum();
    }

    public long openSeconds() {
        return months.stream().mapToLong(MonthOpenTime::openSeconds).sum();
    }
}
