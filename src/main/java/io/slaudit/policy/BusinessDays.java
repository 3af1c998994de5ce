package io.slaudit.policy;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.ZoneTime;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When "N business days" from a start run out, by the contract's business-day rule (see {@link
 * BusinessDayRule}). The start is the calendar's next opening after the request; a business day is
 * a date with open time. Fractions ({@code 1.5}) take the whole days by the rule, then the fraction
 * of a business day's open time: the day the whole days end on (same-time), or the next business
 * day (end-of-day). In epoch seconds and days, for speed.
 */
final class BusinessDays {

    private static final long DAY = 86_400;

    private BusinessDays() {}

    static long due(BusinessClock clock, ZoneTime local, long start, BigDecimal days, BusinessDayRule rule) {
        if (rule.kind() == BusinessDayRule.Kind.HOURS) {
            long seconds = days.multiply(
                            BigDecimal.valueOf(rule.dayLength().orElseThrow().getSeconds()))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            return clock.deadlineSecond(start, seconds);
        }
        long s = clock.nextOpeningSecond(start);
        int whole = days.intValue();
        // TargetTime strips trailing zeros: a positive scale means a fraction.
        boolean fractional = days.scale() > 0;
        long firstDay = local.epochDay(s);
        long day = clock.businessDayAfter(firstDay, whole);
        long base;
        long fractionDay;
        if (whole == 0) {
            base = s;
            fractionDay = firstDay;
        } else if (rule.kind() == BusinessDayRule.Kind.SAME_TIME) {
            long wallSecondOfDay = local.local(s) - firstDay * DAY;
            long sameTime = local.instant(day * DAY + wallSecondOfDay);
            long dayStart = clock.startOfDay(day);
            long open = clock.elapsedSeconds(dayStart, sameTime);
            base = open == 0 ? clock.nextOpeningSecond(dayStart) : clock.deadlineSecond(dayStart, open);
            fractionDay = day;
        } else {
            base = clock.deadlineSecond(clock.startOfDay(day), clock.openSecondsOnDay(day));
            fractionDay = clock.businessDayAfter(day, 1);
        }
        if (!fractional) {
            return base;
        }
        BigDecimal fraction = days.subtract(BigDecimal.valueOf(whole));
        long fractionSeconds = fraction.multiply(BigDecimal.valueOf(clock.openSecondsOnDay(fractionDay)))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return clock.deadlineSecond(base, fractionSeconds);
    }
}
