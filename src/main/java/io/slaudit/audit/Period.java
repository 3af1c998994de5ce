package io.slaudit.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates whose tickets an audit judges, both ends included, as local dates of the contract's
 * default calendar. Written {@code 2025-Q1}, {@code 2025-03}, {@code 2025} or {@code
 * 2025-01-01..2025-03-31}.
 */
public record Period(LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Period parse(String text) {
        String t = text.trim();
        try {
            Matcher m = QUARTER.matcher(t);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int quarter = Integer.parseInt(m.group(2));
                LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
                return new Period(from, from.plusMonths(3).minusDays(1));
            }
            m = RANGE.matcher(t);
            if (m.matches()) {
                return new Period(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
            m = MONTH.matcher(t);
            if (m.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new Period(month.atDay(1), month.atEndOfMonth());
            }
            m = YEAR.matcher(t);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a period: " + e.getMessage());
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a period; write 2025-Q1, 2025-03, 2025 or" + " 2025-01-01..2025-03-31");
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
