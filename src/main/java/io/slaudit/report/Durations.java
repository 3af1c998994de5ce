package io.slaudit.report;

import java.util.List;
import java.util.Locale;

/**
 * Durations for people: {@code 1 h 20 min}, {@code 3 d 4 h}, {@code 45 s}. Business time is never
 * shown in days, since a business day is not 24 hours: {@code 98 h} of business time reads right,
 * {@code 4 d 2 h} does not.
 */
public final class Durations {

    private Durations() {}

    /** A span of business time: hours and minutes, never days. */
    public static String business(long seconds) {
        long s = Math.abs(seconds);
        String sign = seconds < 0 ? "-" : "";
        long hours = s / 3600;
        long minutes = s / 60 % 60;
        if (hours > 0) {
            return sign + hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        return minutes > 0 ? sign + minutes + " min" : sign + s + " s";
    }

    /** A span of business time (hours) or of clock time (days). */
    public static String of(long seconds, boolean businessTime) {
        return businessTime ? business(seconds) : human(seconds);
    }

    /** A span of clock time: days, hours, minutes. */
    public static String human(long seconds) {
        return human(seconds, "d");
    }

    /** A span of clock time, days written with the given unit ({@code T} for German Tage). */
    public static String human(long seconds, String dayUnit) {
        long s = Math.abs(seconds);
        String sign = seconds < 0 ? "-" : "";
        long days = s / 86_400;
        long hours = s / 3600 % 24;
        long minutes = s / 60 % 60;
        if (days > 0) {
            return sign + days + " " + dayUnit + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return sign + hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        if (minutes > 0) {
            return sign + minutes + " min";
        }
        return sign + s + " s";
    }

    /**
     * A span of clock time to the second, every part that is not zero: {@code 4 d 20 h}, {@code 5 d
     * 19 h 30 min}, {@code 45 s}, days written with the given unit.
     */
    public static String exact(long seconds, String dayUnit) {
        long s = Math.abs(seconds);
        String sign = seconds < 0 ? "-" : "";
        List<String> parts = new java.util.ArrayList<>();
        if (s >= 86_400) {
            parts.add(s / 86_400 + " " + dayUnit);
        }
        if (s / 3600 % 24 > 0) {
            parts.add(s / 3600 % 24 + " h");
        }
        if (s / 60 % 60 > 0) {
            parts.add(s / 60 % 60 + " min");
        }
        if (s % 60 > 0 || parts.isEmpty()) {
            parts.add(s % 60 + " s");
        }
        return sign + String.join(" ", parts);
    }

    /** {@code 98.5 %}, one decimal; {@code n/a} when nothing was judged. */
    public static String percent(java.util.OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f %%", value.getAsDouble()) : "n/a";
    }
}
