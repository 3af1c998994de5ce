package io.slaudit.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The text forms of instants and durations that users type and tools print.
 *
 * <p>Instants are ISO-8601 with an offset ({@code 2025-03-07T16:20:00+01:00}, {@code ...Z}) or
 * local ({@code 2025-03-07T16:20}, {@code 2025-03-07 16:20}, seconds optional), local ones read in
 * a zone. A local time that the zone skips (spring forward) is moved forward by the gap; one it
 * repeats (autumn) takes the earlier offset, as {@link java.time.ZonedDateTime#ofLocal} does.
 * Printed instants always carry seconds and a numeric offset ({@code +00:00}, never {@code Z}).
 */
public final class TimeText {

    private static final DateTimeFormatter INPUT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM:ss", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private static final DateTimeFormatter OUTPUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private TimeText() {}

    /**
     * Parses an instant; local forms are read in {@code zone}.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static Instant parseInstant(String text, ZoneId zone) {
        String t = text.trim();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            TemporalAccessor parsed = INPUT.parse(t);
            LocalDateTime local = LocalDateTime.of(
                    java.time.LocalDate.from(parsed),
                    java.time.LocalTime.of(
                            parsed.get(ChronoField.HOUR_OF_DAY),
                            parsed.get(ChronoField.MINUTE_OF_HOUR),
                            parsed.isSupported(ChronoField.SECOND_OF_MINUTE)
                                    ? parsed.get(ChronoField.SECOND_OF_MINUTE)
                                    : 0,
                            parsed.isSupported(ChronoField.NANO_OF_SECOND)
                                    ? parsed.get(ChronoField.NANO_OF_SECOND)
                                    : 0));
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.of(
                                local, java.time.ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                        .toInstant();
            }
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date and time; write ISO-8601 such as"
                    + " 2025-03-07T16:20:00+01:00, or a local time such as 2025-03-07 16:20");
        }
    }

    /**
     * Parses an ISO-8601 duration ({@code PT4H}, {@code PT14400S}, {@code P1DT2H}; a day is 24 hours).
     *
     * @throws IllegalArgumentException for anything else, negative durations and fractions of a second
     */
    public static Duration parseDuration(String text) {
        Duration d;
        try {
            d = Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration; write ISO-8601 such as PT4H," + " PT30M or PT14400S");
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative; a duration must be zero or more");
        }
        if (d.getNano() != 0) {
            throw new IllegalArgumentException("'" + text + "' has fractions of a second; durations are whole seconds");
        }
        return d;
    }

    /** {@code 2025-03-12T12:00:00+01:00}: the instant in {@code zone}, with seconds and a numeric offset. */
    public static String format(Instant instant, ZoneId zone) {
        return OUTPUT.format(instant.atZone(zone));
    }
}
