package io.slaudit.drift;

import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.WeeklyHours;
import io.slaudit.input.SourceMark;
import io.slaudit.input.YamlNode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Weekly hours as a contract writes them: {@code mon-fri 10:00-18:00}, and which key of a file sets a day. */
final class Weekdays {

    static final String[] KEYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private Weekdays() {}

    /**
     * The days whose hours differ, runs of days with the same change joined: {@code fri 10:00-18:00
     * -> 10:00-16:00; sat closed -> 10:00-14:00}.
     */
    static String changes(WeeklyHours a, WeeklyHours b) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < 7) {
            DayHours x = a.on(days[i]);
            DayHours y = b.on(days[i]);
            if (x.equals(y)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < 7 && a.on(days[j + 1]).equals(x) && b.on(days[j + 1]).equals(y)) {
                j++;
            }
            parts.add(range(i, j) + " " + x + " -> " + y);
            i = j + 1;
        }
        return String.join("; ", parts);
    }

    /** Every day with its hours, runs of equal days joined: {@code mon-fri 10:00-18:00}, closed days left out. */
    static String of(WeeklyHours h) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < 7) {
            DayHours x = h.on(days[i]);
            int j = i;
            while (j + 1 < 7 && h.on(days[j + 1]).equals(x)) {
                j++;
            }
            if (!x.isClosed()) {
                parts.add(range(i, j) + " " + x);
            }
            i = j + 1;
        }
        return parts.isEmpty() ? "closed" : String.join("; ", parts);
    }

    static String range(int from, int to) {
        return from == to ? KEYS[from] : KEYS[from] + "-" + KEYS[to];
    }

    /**
     * The key of an {@code hours:} mapping that sets a weekday (the last one, since a later key
     * overrides an earlier one), else the mapping's own key.
     */
    static SourceMark keyFor(ContractLines lines, DayOfWeek day, Object... hoursPath) {
        Optional<YamlNode> hours = lines.node(hoursPath);
        SourceMark found = lines.at(hoursPath);
        if (hours.isPresent() && hours.get() instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                if (covers(e.key().name(), day)) {
                    found = e.key().mark();
                }
            }
        }
        return found;
    }

    static boolean covers(String key, DayOfWeek day) {
        String[] parts = key.trim().toLowerCase(java.util.Locale.ROOT).split("\\s*-\\s*");
        int from = index(parts[0]);
        int to = parts.length > 1 ? index(parts[1]) : from;
        int d = day.getValue() - 1;
        return from >= 0 && to >= 0 && d >= from && d <= to;
    }

    private static int index(String key) {
        for (int i = 0; i < 7; i++) {
            if (KEYS[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
