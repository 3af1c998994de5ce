package io.slaudit.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of wall-clock time within one day during which the contractual clock runs, written
 * {@code "09:30-12:30"}. The window is half-open, {@code [start, end)}, counted in seconds of the
 * day; its end may be {@code 24:00}, the end of the day, and it never crosses midnight (write two
 * windows on two days instead).
 *
 * <p>Immutable value; validated at construction.
 */
public record OpenWindow(int startSecond, int endSecond) implements Comparable<OpenWindow> {

    public static final int DAY_SECONDS = 86_400;

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");

    public OpenWindow {
        if (startSecond < 0 || startSecond >= DAY_SECONDS) {
            throw new IllegalArgumentException("a window must start between 00:00 and 23:59");
        }
        if (endSecond <= 0 || endSecond > DAY_SECONDS) {
            throw new IllegalArgumentException("a window must end between 00:01 and 24:00");
        }
        if (endSecond == startSecond) {
            throw new IllegalArgumentException("window " + clock(startSecond) + "-" + clock(endSecond)
                    + " is empty: it ends when it starts; leave a closed day out, or write 00:00-24:00 for"
                    + " the whole day");
        }
        if (endSecond < startSecond) {
            throw new IllegalArgumentException("window " + clock(startSecond) + "-" + clock(endSecond)
                    + " ends before it starts; a window cannot cross midnight,"
                    + " write it as two windows on two days");
        }
    }

    /**
     * Parses {@code "HH:MM-HH:MM"}; {@code 24:00} is allowed as an end only.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static OpenWindow parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a window; write it as HH:MM-HH:MM, e.g. 09:00-17:00");
        }
        int start = timeOfDay(m.group(1), m.group(2), false, text);
        int end = timeOfDay(m.group(3), m.group(4), true, text);
        return new OpenWindow(start, end);
    }

    private static int timeOfDay(String hours, String minutes, boolean endOfWindow, String text) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        boolean midnightEnd = endOfWindow && h == 24 && m == 0;
        if (!midnightEnd && (h > 23 || m > 59)) {
            throw new IllegalArgumentException("'" + hours + ":" + minutes + "' in '" + text.trim()
                    + "' is not a time of day (00:00 to 23:59, and 24:00 as an end)");
        }
        return h * 3600 + m * 60;
    }

    public long seconds() {
        return endSecond - startSecond;
    }

    public boolean overlaps(OpenWindow other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    @Override
    public int compareTo(OpenWindow other) {
        return startSecond != other.startSecond
                ? Integer.compare(startSecond, other.startSecond)
                : Integer.compare(endSecond, other.endSecond);
    }

    /** {@code HH:MM} (or {@code HH:MM:SS} when seconds are set) for a second of the day. */
    public static String clock(int secondOfDay) {
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int s = secondOfDay % 60;
        return s == 0
                ? String.format(java.util.Locale.ROOT, "%02d:%02d", h, m)
                : String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", h, m, s);
    }

    @Override
    public String toString() {
        return clock(startSecond) + "-" + clock(endSecond);
    }
}
