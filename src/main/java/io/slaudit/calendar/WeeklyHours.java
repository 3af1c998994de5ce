package io.slaudit.calendar;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The regular opening hours of each weekday. A weekday that is not given is closed.
 *
 * <p>Immutable value.
 */
public record WeeklyHours(Map<DayOfWeek, DayHours> days) {

    public WeeklyHours {
        EnumMap<DayOfWeek, DayHours> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            all.put(d, DayHours.CLOSED);
        }
        all.putAll(days);
        days = Collections.unmodifiableMap(all);
    }

    public DayHours on(DayOfWeek day) {
        return days.get(day);
    }

    /** Wall-clock open seconds in a regular week. */
    public long wallClockSecondsPerWeek() {
        long sum = 0;
        for (DayHours h : days.values()) {
            sum += h.wallClockSeconds();
        }
        return sum;
    }

    public boolean isNeverOpen() {
        return wallClockSecondsPerWeek() == 0;
    }
}
