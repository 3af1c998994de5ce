package io.slaudit.policy;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.HolidayRegion;
import io.slaudit.calendar.HolidayRule;
import io.slaudit.calendar.HoursException;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.WeeklyHours;
import io.slaudit.input.Problems;
import io.slaudit.input.YamlFields;
import io.slaudit.input.YamlNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a calendar (spec section 1) from YAML, standing alone or under a policy's {@code
 * calendars:}. Every problem is added to the shared {@link Problems} with its position; a calendar
 * is returned only when it has none.
 */
public final class CalendarReader {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final PublicHolidays publicHolidays;

    public CalendarReader(PublicHolidays publicHolidays) {
        this.publicHolidays = publicHolidays;
    }

    public Optional<BusinessCalendar> read(YamlNode node, String what, Problems problems) {
        Optional<YamlFields> maybe = YamlFields.of(node, what, problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = maybe.get();
        int before = problems.size();

        Optional<ZoneId> zone = fields.requiredText("zone").flatMap(text -> zone(text, fields, problems));
        Optional<YamlNode.Entry> hoursEntry = fields.optionalEntry("hours");
        WeeklyHours hours =
                hoursEntry.map(e -> weeklyHours(e.value(), problems)).orElse(new WeeklyHours(Map.of()));
        if (hoursEntry.isEmpty()) {
            problems.add(fields.mark(), what + " lacks the required key 'hours'");
        }
        List<HolidayRule> holidays =
                fields.optional("holidays").map(n -> holidays(n, problems)).orElse(List.of());
        List<HoursException> exceptions =
                fields.optional("exceptions").map(n -> exceptions(n, problems)).orElse(List.of());
        fields.rejectUnknown();

        if (hoursEntry.isPresent() && hours.isNeverOpen() && problems.size() == before) {
            problems.add(hoursEntry.get().key().mark(), "the calendar is never open: no weekday has open hours");
        }
        if (problems.size() > before || zone.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BusinessCalendar(zone.get(), hours, holidays, exceptions));
        } catch (IllegalArgumentException e) {
            problems.add(fields.mark(), e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String text, YamlFields fields, Problems problems) {
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            problems.add(
                    fields.optional("zone").orElseThrow().mark(),
                    "unknown time zone '" + text + "'; use an IANA zone id such as Europe/Berlin or America/New_York");
            return Optional.empty();
        }
    }

    private WeeklyHours weeklyHours(YamlNode node, Problems problems) {
        Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
        Optional<YamlFields> maybe = YamlFields.of(node, "hours", problems);
        if (maybe.isEmpty()) {
            return new WeeklyHours(days);
        }
        for (YamlNode.Entry entry : maybe.get().mapping().entries().values()) {
            Optional<List<DayOfWeek>> weekdays = weekdays(entry.key(), problems);
            Optional<DayHours> dayHours =
                    dayHours(entry.value(), "hours for '" + entry.key().name() + "'", problems);
            if (weekdays.isPresent() && dayHours.isPresent()) {
                // A later key overrides an earlier one for the same weekday (spec section 1).
                for (DayOfWeek d : weekdays.get()) {
                    days.put(d, dayHours.get());
                }
            }
        }
        return new WeeklyHours(days);
    }

    private static Optional<List<DayOfWeek>> weekdays(YamlNode.Key key, Problems problems) {
        String name = key.name().trim().toLowerCase(Locale.ROOT);
        String[] parts = name.split("-", -1);
        if (parts.length <= 2) {
            int first = DAYS.indexOf(parts[0].trim());
            int last = parts.length == 2 ? DAYS.indexOf(parts[1].trim()) : first;
            if (first >= 0 && last >= 0) {
                List<DayOfWeek> out = new ArrayList<>();
                // A range that wraps (fri-mon) runs through the weekend.
                for (int i = first; ; i = (i + 1) % 7) {
                    out.add(DayOfWeek.of(i + 1));
                    if (i == last) {
                        break;
                    }
                }
                return Optional.of(out);
            }
        }
        problems.add(
                key.mark(),
                "'" + key.name() + "' is not a weekday or a range of weekdays; use mon, tue, wed, thu, fri, sat, sun"
                        + " or a range such as mon-fri");
        return Optional.empty();
    }

    /** A window string, a list of them, or {@code closed}. */
    static Optional<DayHours> dayHours(YamlNode node, String what, Problems problems) {
        List<YamlNode> items = YamlFields.items(node, what, problems, true);
        List<String> texts = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : items) {
            Optional<String> text = YamlFields.text(item, what, problems);
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            // "09:00-12:30, 13:30-16:00" in one string is a common way to write a split day.
            for (String part : text.get().split(",")) {
                texts.add(part.trim());
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        if (texts.isEmpty()) {
            return Optional.of(DayHours.CLOSED);
        }
        try {
            return Optional.of(DayHours.parse(texts));
        } catch (IllegalArgumentException e) {
            problems.add(node.mark(), what + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private List<HolidayRule> holidays(YamlNode node, Problems problems) {
        List<HolidayRule> out = new ArrayList<>();
        for (YamlNode item : YamlFields.items(node, "holidays", problems, false)) {
            Optional<YamlFields> maybe = YamlFields.of(item, "a holiday entry", problems);
            if (maybe.isEmpty()) {
                continue;
            }
            YamlFields f = maybe.get();
            boolean region = f.has("region");
            boolean date = f.has("date");
            boolean period = f.has("from") || f.has("to");
            int kinds = (region ? 1 : 0) + (date ? 1 : 0) + (period ? 1 : 0);
            if (kinds != 1) {
                problems.add(
                        f.mark(),
                        kinds == 0
                                ? "a holiday entry needs 'region', 'date', or 'from' and 'to'"
                                : "a holiday entry is either a region, a date, or a from/to period, not several");
                continue;
            }
            if (region) {
                f.requiredText("region")
                        .flatMap(text -> region(text, f, problems))
                        .map(HolidayRule.Regional::new)
                        .ifPresent(out::add);
            } else if (date) {
                Optional<LocalDate> d = f.requiredText("date")
                        .flatMap(t -> date(t, f.optional("date").orElseThrow(), problems));
                Optional<String> name = f.optionalText("name");
                d.ifPresent(value -> out.add(new HolidayRule.OnDate(value, name)));
            } else {
                Optional<LocalDate> from = f.requiredText("from")
                        .flatMap(t -> date(t, f.optional("from").orElseThrow(), problems));
                Optional<LocalDate> to = f.requiredText("to")
                        .flatMap(t -> date(t, f.optional("to").orElseThrow(), problems));
                Optional<String> name = f.optionalText("name");
                if (from.isPresent() && to.isPresent()) {
                    if (to.get().isBefore(from.get())) {
                        problems.add(
                                f.optional("to").orElseThrow().mark(),
                                "the period ends (" + to.get() + ") before it starts (" + from.get() + ")");
                    } else {
                        out.add(new HolidayRule.Period(from.get(), to.get(), name));
                    }
                }
            }
            f.rejectUnknown();
        }
        return out;
    }

    private Optional<HolidayRegion> region(String text, YamlFields f, Problems problems) {
        YamlNode at = f.optional("region").orElseThrow();
        HolidayRegion region;
        try {
            region = HolidayRegion.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(at.mark(), e.getMessage());
            return Optional.empty();
        }
        Optional<String> problem = publicHolidays.problemWith(region);
        if (problem.isPresent()) {
            problems.add(at.mark(), problem.get());
            return Optional.empty();
        }
        return Optional.of(region);
    }

    private static List<HoursException> exceptions(YamlNode node, Problems problems) {
        List<HoursException> out = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (YamlNode item : YamlFields.items(node, "exceptions", problems, false)) {
            Optional<YamlFields> maybe = YamlFields.of(item, "an exception", problems);
            if (maybe.isEmpty()) {
                continue;
            }
            YamlFields f = maybe.get();
            Optional<LocalDate> date = f.requiredText("date")
                    .flatMap(t -> date(t, f.optional("date").orElseThrow(), problems));
            Optional<DayHours> hours =
                    f.required("hours").flatMap(n -> dayHours(n, "hours of the exception", problems));
            Optional<String> name = f.optionalText("name");
            f.rejectUnknown();
            if (date.isPresent()) {
                Integer earlier = seen.putIfAbsent(date.get(), f.mark().line());
                if (earlier != null) {
                    problems.add(
                            f.mark(),
                            "a second exception for " + date.get() + " (the first is at line " + earlier + ")");
                    continue;
                }
            }
            if (date.isPresent() && hours.isPresent()) {
                out.add(new HoursException(date.get(), hours.get(), name));
            }
        }
        return out;
    }

    static Optional<LocalDate> date(String text, YamlNode at, Problems problems) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            problems.add(at.mark(), "'" + text + "' is not a date; write YYYY-MM-DD, e.g. 2025-12-24");
            return Optional.empty();
        }
    }
}
