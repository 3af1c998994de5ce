package io.slaudit.drift;

import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.TargetTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a target allows, in a form two versions can be compared by: clock seconds, business
 * seconds, or business days read by a rule (comparable with each other only under the same rule,
 * and with business hours only where the rule makes a business day a number of hours). The
 * differences are written in the contract's own units.
 */
final class Lengths {

    private Lengths() {}

    /** What a length counts. */
    enum Kind {
        CLOCK,
        BUSINESS,
        BUSINESS_DAYS
    }

    /** A target's time: seconds for clock and business time, days for business days. */
    record Length(Kind kind, BigDecimal amount, Optional<BusinessDayRule> rule) {}

    static Length of(TargetTime time, BusinessDayRule rule) {
        if (time.isBusinessDays()) {
            if (rule.kind() == BusinessDayRule.Kind.HOURS) {
                long day = rule.dayLength().orElseThrow().getSeconds();
                return new Length(Kind.BUSINESS, time.amount().multiply(BigDecimal.valueOf(day)), Optional.empty());
            }
            return new Length(Kind.BUSINESS_DAYS, time.amount(), Optional.of(rule));
        }
        BigDecimal seconds = BigDecimal.valueOf(time.duration().getSeconds());
        return new Length(time.business() ? Kind.BUSINESS : Kind.CLOCK, seconds, Optional.empty());
    }

    /** Whether two lengths count the same thing, so that their difference is a plain number. */
    static boolean comparable(Length a, Length b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return a.kind() != Kind.BUSINESS_DAYS || a.rule().equals(b.rule());
    }

    /** The difference {@code b - a} of comparable lengths in their own unit: {@code 4 business hours}. */
    static String difference(Length a, Length b) {
        BigDecimal d = b.amount().subtract(a.amount()).abs();
        return switch (a.kind()) {
            case BUSINESS_DAYS -> days(d);
            case BUSINESS -> span(d, true);
            case CLOCK -> span(d, false);
        };
    }

    private static String days(BigDecimal d) {
        String n = d.stripTrailingZeros().toPlainString();
        return n + " business " + (d.compareTo(BigDecimal.ONE) == 0 ? "day" : "days");
    }

    /** Seconds in the largest unit that writes them exactly: days (clock time only), hours, minutes. */
    static String span(BigDecimal seconds, boolean business) {
        String prefix = business ? "business " : "";
        long s = seconds.longValue();
        if (!business && s > 0 && s % 86_400 == 0) {
            return count(s / 86_400, prefix, "day");
        }
        if (s > 0 && s % 3600 == 0) {
            return count(s / 3600, prefix, "hour");
        }
        if (s % 60 == 0) {
            return count(s / 60, prefix, "minute");
        }
        return count(s, prefix, "second");
    }

    private static String count(long n, String prefix, String unit) {
        return n + " " + prefix + unit + (n == 1 ? "" : "s");
    }

    /** {@code 4 -> 8 business hours} when both are in one unit, else both in full. */
    static String change(TargetTime a, TargetTime b) {
        if (a.unit() == b.unit() && a.business() == b.business()) {
            String bText = b.toString();
            return a.amount().toPlainString() + " -> " + bText;
        }
        return a + " -> " + b;
    }

    /** A wall-clock span to the second: {@code 4 d 20 h}, {@code 5 d 19 h 30 min}, {@code 45 s}. */
    static String wallClock(long seconds) {
        long s = Math.abs(seconds);
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (s >= 86_400) {
            parts.add(s / 86_400 + " d");
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
        return (seconds < 0 ? "-" : "") + String.join(" ", parts);
    }

    /** Open hours for people: {@code 80 h}, {@code 7 h 30 min}. */
    static String hours(long seconds) {
        long s = Math.abs(seconds);
        long h = s / 3600;
        long m = s / 60 % 60;
        if (h > 0) {
            return String.format(Locale.ROOT, "%,d h", h) + (m > 0 ? " " + m + " min" : "");
        }
        return m > 0 ? m + " min" : s + " s";
    }

    private static final DateTimeFormatter ARRIVAL =
            DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

    /** An arrival instant in a calendar's zone: {@code Thu 2026-04-02 14:00:01}. */
    static String arrival(long epochSecond, ZoneId zone) {
        return ARRIVAL.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }
}
