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
            throw new IllegalArgumentException(impossible(text)
                    .map(why -> "'" + text.trim() + "' " + why.english())
                    .orElse("'" + text + "' is not a date and time; write ISO-8601 such as"
                            + " 2025-03-07T16:20:00+01:00, or a local time such as 2025-03-07 16:20"));
        }
    }

    private static final java.util.regex.Pattern ISO_SHAPE = java.util.regex.Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2}))?([.,]\\d+)?(\\s?(Z|z|UTC|[+-]\\d{2}(:?\\d{2})?))?");
    private static final java.util.regex.Pattern GERMAN_SHAPE =
            java.util.regex.Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4}) (\\d{2}):(\\d{2})(?::(\\d{2}))?");

    /** Why a text shaped like a timestamp names no real date or time. */
    public enum Impossible {
        /** A month outside 1 to 12; the detail is the month. */
        NO_SUCH_MONTH,
        /** A day the month does not have; the detail is the month, e.g. 2025-02, with its days. */
        NO_SUCH_DAY,
        /** 24:00, which ISO-8601 allows for the end of a day and slaudit does not. */
        MIDNIGHT_AT_24,
        /** A leap second, :60. */
        LEAP_SECOND,
        /** Hours past 23 or minutes or seconds past 59. */
        NO_SUCH_TIME;

        /** The English sentence after the quoted text; {@code detail} as {@link #impossible} gave it. */
        public String english(String detail, int days) {
            return switch (this) {
                case NO_SUCH_MONTH -> "is no date: there is no month " + detail + " (months are 1 to 12)";
                case NO_SUCH_DAY -> "is no date: " + detail + " has days 1 to " + days;
                case MIDNIGHT_AT_24 ->
                    "is no time of day: a day runs from 00:00 to 23:59:59; write 00:00 of the"
                            + " next day for midnight at its end";
                case LEAP_SECOND -> "is no time slaudit reads: a leap second (:60) is not counted; write :59";
                case NO_SUCH_TIME -> "is no time of day: hours run from 00 to 23, minutes and seconds from 00 to 59";
            };
        }
    }

    /** What is impossible about a text, and the detail its sentence names (the month and its days). */
    public record ImpossibleTime(Impossible kind, String detail, int days) {
        public String english() {
            return kind.english(detail, days);
        }
    }

    /**
     * What is wrong with a text that has the shape of a timestamp but names no real date or time
     * (2025-02-29, 24:00, 23:59:60), or empty when it is no timestamp at all. People write 24:00 for
     * midnight and some tools write leap seconds; both deserve better than "not a timestamp".
     */
    public static java.util.Optional<ImpossibleTime> impossible(String text) {
        String t = text.trim();
        int year;
        int month;
        int day;
        java.util.regex.Matcher m = ISO_SHAPE.matcher(t);
        java.util.regex.Matcher g = GERMAN_SHAPE.matcher(t);
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else if (g.matches()) {
            m = g;
            day = Integer.parseInt(g.group(1));
            month = Integer.parseInt(g.group(2));
            year = Integer.parseInt(g.group(3));
        } else {
            return java.util.Optional.empty();
        }
        if (month < 1 || month > 12) {
            return java.util.Optional.of(new ImpossibleTime(Impossible.NO_SUCH_MONTH, Integer.toString(month), 0));
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            return java.util.Optional.of(new ImpossibleTime(Impossible.NO_SUCH_DAY, ym.toString(), ym.lengthOfMonth()));
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour == 24 && minute == 0 && second == 0) {
            return java.util.Optional.of(new ImpossibleTime(Impossible.MIDNIGHT_AT_24, "", 0));
        }
        if (second == 60 && hour <= 23 && minute <= 59) {
            return java.util.Optional.of(new ImpossibleTime(Impossible.LEAP_SECOND, "", 0));
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return java.util.Optional.of(new ImpossibleTime(Impossible.NO_SUCH_TIME, "", 0));
        }
        return java.util.Optional.empty();
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
