package io.slaudit.tickets;

import io.slaudit.calendar.EpochDays;
import io.slaudit.calendar.TimeText;
import io.slaudit.calendar.ZoneTime;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Reads the timestamps of ticket exports into epoch seconds. The forms every export may use are
 * read by hand, without allocation, because an audit reads several per row: ISO-8601 with or
 * without offset ({@code 2025-03-07T16:20:00+01:00}, {@code 2025-03-07 16:20}), the same with a
 * numeric offset or {@code UTC} after a space ({@code 2025-03-07 16:20:00 +0100}), and German
 * Excel's {@code 07.03.2025 16:20}. A profile adds its own patterns (Jira's {@code 07/Mar/25
 * 4:20 PM}), tried after those.
 *
 * <p>Local times are read in the given zone; a time skipped by a DST gap moves forward by the
 * gap, a repeated one takes the earlier offset (as {@code java.time} does). Fractions of a second
 * are dropped.
 *
 * <p>Not thread-safe (it caches the zone offset of the last local time).
 */
public final class TimestampParser {

    private final ZoneId zone;
    private final List<DateTimeFormatter> extra;

    private final ZoneTime localTime;
    private long localTimes;

    public TimestampParser(ZoneId zone, List<DateTimeFormatter> extraFormats) {
        this.zone = zone;
        this.localTime = new ZoneTime(zone);
        this.extra = List.copyOf(extraFormats);
    }

    public ZoneId zone() {
        return zone;
    }

    /** How many times without an offset were read, so in the zone: whether the zone mattered. */
    public long localTimes() {
        return localTimes;
    }

    /** Why a field's text was not read: it is none of the timestamps this parser accepts. */
    public Reason unreadable(String field, String text) {
        java.util.Optional<TimeText.ImpossibleTime> impossible = TimeText.impossible(text);
        if (impossible.isPresent()) {
            String key = switch (impossible.get().kind()) {
                case NO_SUCH_MONTH -> "value.no-such-month";
                case NO_SUCH_DAY -> "value.no-such-day";
                case MIDNIGHT_AT_24 -> "value.midnight-at-24";
                case LEAP_SECOND -> "value.leap-second";
                case NO_SUCH_TIME -> "value.no-such-time";
            };
            return Reason.of(
                    key,
                    field,
                    text.trim(),
                    impossible.get().detail(),
                    impossible.get().days());
        }
        return Reason.of(
                extra.isEmpty() ? "value.not-a-timestamp" : "value.not-a-timestamp-of-profile", field, text.trim());
    }

    /**
     * Epoch seconds of a timestamp.
     *
     * @throws IllegalArgumentException saying what the text is and which forms are accepted
     */
    public long parse(String text) {
        String t = text.trim();
        long fast = fast(t);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        for (DateTimeFormatter f : extra) {
            try {
                TemporalAccessor a = f.parse(t);
                if (a.isSupported(ChronoField.OFFSET_SECONDS)) {
                    return LocalDateTime.from(a)
                            .toEpochSecond(ZoneOffset.ofTotalSeconds(a.get(ChronoField.OFFSET_SECONDS)));
                }
                return local(LocalDateTime.from(a).toEpochSecond(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                // try the next pattern
            }
        }
        java.util.Optional<TimeText.ImpossibleTime> impossible = TimeText.impossible(t);
        if (impossible.isPresent()) {
            throw new IllegalArgumentException("'" + t + "' " + impossible.get().english());
        }
        throw new IllegalArgumentException("'" + text + "' is not a timestamp this export uses"
                + " (ISO-8601 like 2025-03-07T16:20:00+01:00 or 2025-03-07 16:20, or 07.03.2025 16:20"
                + (extra.isEmpty() ? "" : ", or the export's own format") + ")");
    }

    /** Epoch seconds of a local date-time read in the zone. */
    public long local(long localEpochSecond) {
        localTimes++;
        return localTime.instant(localEpochSecond);
    }

    /** The hand-read forms; {@code Long.MIN_VALUE} when the text is none of them. */
    private long fast(String s) {
        int n = s.length();
        if (n < 16) {
            return Long.MIN_VALUE;
        }
        int year;
        int month;
        int day;
        int i;
        if (s.charAt(4) == '-' && s.charAt(7) == '-') {
            year = digits(s, 0, 4);
            month = digits(s, 5, 2);
            day = digits(s, 8, 2);
            i = 10;
        } else if (s.charAt(2) == '.' && s.charAt(5) == '.') {
            day = digits(s, 0, 2);
            month = digits(s, 3, 2);
            year = digits(s, 6, 4);
            i = 10;
        } else {
            return Long.MIN_VALUE;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || i >= n) {
            return Long.MIN_VALUE;
        }
        char sep = s.charAt(i);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return Long.MIN_VALUE;
        }
        i++;
        if (i + 5 > n || s.charAt(i + 2) != ':') {
            return Long.MIN_VALUE;
        }
        int hour = digits(s, i, 2);
        int minute = digits(s, i + 3, 2);
        int second = 0;
        i += 5;
        if (i < n && s.charAt(i) == ':') {
            if (i + 3 > n) {
                return Long.MIN_VALUE;
            }
            second = digits(s, i + 1, 2);
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                i++;
                int start = i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                if (i == start) {
                    return Long.MIN_VALUE;
                }
            }
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        long epochDay = EpochDays.of(year, month, day);
        if (epochDay == Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        long localSeconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second;
        if (i == n) {
            return local(localSeconds);
        }
        if (s.charAt(i) == ' ') {
            i++;
        }
        if (i == n) {
            return Long.MIN_VALUE;
        }
        char c = s.charAt(i);
        if ((c == 'Z' || c == 'z') && i + 1 == n) {
            return localSeconds;
        }
        if (s.regionMatches(true, i, "UTC", 0, 3) && i + 3 == n) {
            return localSeconds;
        }
        if (c == '+' || c == '-') {
            int sign = c == '+' ? 1 : -1;
            int oh;
            int om;
            if (i + 6 == n && s.charAt(i + 3) == ':') {
                oh = digits(s, i + 1, 2);
                om = digits(s, i + 4, 2);
            } else if (i + 5 == n) {
                oh = digits(s, i + 1, 2);
                om = digits(s, i + 3, 2);
            } else if (i + 3 == n) {
                oh = digits(s, i + 1, 2);
                om = 0;
            } else {
                return Long.MIN_VALUE;
            }
            if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                return Long.MIN_VALUE;
            }
            return localSeconds - sign * (oh * 3600L + om * 60L);
        }
        return Long.MIN_VALUE;
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
