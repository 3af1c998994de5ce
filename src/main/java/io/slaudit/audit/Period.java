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
        Matcher m = QUARTER.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int quarter = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return new Period(from, from.plusMonths(3).minusDays(1));
        }
        m = RANGE.matcher(t);
        if (m.matches()) {
            return new Period(date(m.group(1), text), date(m.group(2), text));
        }
        m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not a period: there is no month " + m.group(2) + " (months are 01 to 12)");
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new Period(ym.atDay(1), ym.atEndOfMonth());
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a period; write 2025-Q1, 2025-03, 2025 or" + " 2025-01-01..2025-03-31");
    }

    /** A date of a range, or a message that says which part of it does not exist. */
    private static LocalDate date(String date, String text) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeException e) {
            int month = Integer.parseInt(date.substring(5, 7));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("'" + text + "' is not a period: " + date + " has no month "
                        + date.substring(5, 7) + " (months are 01 to 12)");
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(date.substring(0, 4)), month);
            throw new IllegalArgumentException("'" + text + "' is not a period: there is no " + date + " (" + ym
                    + " has " + ym.lengthOfMonth() + " days)");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
