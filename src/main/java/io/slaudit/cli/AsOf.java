package io.slaudit.cli;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.TimeText;
import io.slaudit.tickets.TimestampParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The instant an audit judges open tickets at (--as-of), in every form the ticket columns accept
 * (ISO-8601 with or without an offset, a numeric offset or UTC after a space, German Excel's
 * 07.03.2025 16:20), and within the years slaudit computes calendars for.
 */
final class AsOf {

    private AsOf() {}

    static long parse(String option, String text, ZoneId zone) {
        long second;
        try {
            second = TimeText.parseInstant(text, zone).getEpochSecond();
        } catch (IllegalArgumentException iso) {
            try {
                second = new TimestampParser(zone, List.of()).parse(text);
            } catch (IllegalArgumentException other) {
                throw new UsageException(option + ": "
                        + TimeText.impossible(text)
                                .map(why -> "'" + text.trim() + "' " + why.english())
                                .orElse("'" + text + "' is not a date and time; write ISO-8601 such as"
                                        + " 2025-04-01T00:00:00+02:00, a local time such as 2025-04-01 00:00, or"
                                        + " 01.04.2025 00:00"));
            }
        }
        int year;
        try {
            year = LocalDate.ofInstant(Instant.ofEpochSecond(second), zone).getYear();
        } catch (java.time.DateTimeException e) {
            year = second < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        if (year < BusinessClock.FIRST_YEAR || year > BusinessClock.LAST_YEAR) {
            throw new UsageException(option + ": '" + text.trim() + "' lies outside the years slaudit computes"
                    + " calendars for (" + BusinessClock.FIRST_YEAR + " to " + BusinessClock.LAST_YEAR + ")");
        }
        return second;
    }
}
