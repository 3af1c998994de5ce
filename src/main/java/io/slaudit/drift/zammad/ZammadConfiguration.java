package io.slaudit.drift.zammad;

import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.OpenWindow;
import io.slaudit.calendar.WeeklyHours;
import io.slaudit.drift.SystemConfiguration;
import io.slaudit.drift.SystemConfiguration.Closure;
import io.slaudit.drift.SystemConfiguration.SystemCalendar;
import io.slaudit.drift.SystemConfiguration.SystemTarget;
import io.slaudit.input.InputException;
import io.slaudit.input.JsonDocument;
import io.slaudit.input.JsonDocument.Value;
import io.slaudit.input.JsonFields;
import io.slaudit.input.SourceMark;
import io.slaudit.policy.Metric;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Zammad's SLA settings as its REST API returns them: the SLAs ({@code GET /api/v1/slas}: an array
 * of {@code name}, {@code calendar_id}, {@code first_response_time}, {@code response_time}, {@code
 * update_time}, {@code solution_time} in minutes, and the {@code condition} that selects tickets),
 * the calendars ({@code GET /api/v1/calendars}: {@code timezone}, {@code business_hours} per weekday
 * with {@code active} and {@code timeframes}, {@code public_holidays} by date) and, optionally, the
 * priorities ({@code GET /api/v1/ticket_priorities}; without them Zammad's seeded {@code 1 low},
 * {@code 2 normal}, {@code 3 high}).
 *
 * <p>Which SLA a ticket gets is decided as Zammad's {@code Sla.for_ticket} does: the SLAs in order of
 * name, the first whose condition matches; an SLA without a condition is the fallback. Zammad
 * counts every SLA time in its calendar's business hours.
 */
public final class ZammadConfiguration {

    /** Zammad's seeded priorities (db/seeds/ticket_priorities.rb) by id. */
    private static final Map<Long, String> SEEDED_PRIORITIES =
            new java.util.TreeMap<>(Map.of(1L, "1 low", 2L, "2 normal", 3L, "3 high"));

    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private ZammadConfiguration() {}

    /**
     * Reads the files.
     *
     * @param only the SLAs to consider, by name; empty: all of them
     * @throws InputException unreadable or not shaped as Zammad's API returns it, at the value's line
     */
    public static SystemConfiguration read(Path slas, Path calendars, Optional<Path> priorities, List<String> only) {
        List<String> notes = new ArrayList<>();
        Map<Long, String> priorityNames =
                priorities.map(p -> priorities(JsonDocument.read(p))).orElse(SEEDED_PRIORITIES);
        if (priorities.isEmpty()) {
            notes.add("Zammad priorities: the seeded 1 low, 2 normal, 3 high (give --zammad-priorities for others)");
        }
        Map<Long, SystemCalendar> cals = calendars(JsonDocument.read(calendars));
        Value slaRoot = JsonDocument.read(slas);
        Value.Array list = JsonFields.array(slaRoot, "the response of GET /api/v1/slas");
        List<Sla> all = new ArrayList<>();
        for (Value v : list.items()) {
            all.add(sla(JsonFields.object(v, "an SLA"), priorityNames, cals, slas.toString()));
        }
        if (!only.isEmpty()) {
            for (String name : only) {
                if (all.stream().noneMatch(s -> s.name.equals(name))) {
                    throw InputException.invalid(
                            SourceMark.file(slas.toString()),
                            "has no SLA named '" + name + "'; its SLAs: "
                                    + String.join(
                                            ", ",
                                            all.stream()
                                                    .map(s -> "'" + s.name + "'")
                                                    .toList()));
                }
            }
            all.removeIf(s -> !only.contains(s.name));
        }
        if (all.isEmpty()) {
            throw JsonFields.invalid(list, "holds no SLA: Zammad tracks no target");
        }
        // Sla.for_ticket: order by name, the first conditional SLA that matches, else the last without a condition
        all.sort(Comparator.comparing((Sla s) -> s.name));
        List<SystemTarget> targets = new ArrayList<>();
        for (String priority : priorityNames.values()) {
            Optional<Sla> chosen = all.stream()
                    .filter(s -> s.conditional && s.priorities.contains(priority))
                    .findFirst();
            if (chosen.isEmpty()) {
                chosen = all.stream().filter(s -> !s.conditional).reduce((a, b) -> b);
            }
            chosen.ifPresent(s -> targets.addAll(s.targets(priority)));
            if (chosen.isPresent()) {
                notes.add("Zammad priority " + priority + ": SLA '" + chosen.get().name + "'");
            }
        }
        for (Sla s : all) {
            s.otherConditions.ifPresent(c -> notes.add("Zammad SLA '" + s.name + "' also requires " + c));
        }
        List<String> files = new ArrayList<>(List.of(slas.toString(), calendars.toString()));
        priorities.ifPresent(p -> files.add(p.toString()));
        return new SystemConfiguration(
                "Zammad", files, List.copyOf(new LinkedHashSet<>(priorityNames.values())), targets, notes);
    }

    /** One SLA: its times, the priorities its condition selects, and its calendar. */
    private record Sla(
            String name,
            boolean conditional,
            Set<String> priorities,
            Optional<String> otherConditions,
            SystemCalendar calendar,
            Map<String, Value> times) {

        List<SystemTarget> targets(String priority) {
            List<SystemTarget> out = new ArrayList<>();
            for (Map.Entry<String, Value> e : times.entrySet()) {
                Metric m = switch (e.getKey()) {
                    case "first_response_time" -> Metric.FIRST_RESPONSE;
                    case "response_time" -> Metric.NEXT_RESPONSE;
                    case "update_time" -> Metric.UPDATE;
                    default -> Metric.RESOLUTION;
                };
                long minutes = JsonFields.whole(e.getValue(), e.getKey(), 1, io.slaudit.policy.TargetTime.MAX_MINUTES);
                out.add(new SystemTarget(
                        m,
                        e.getKey(),
                        priority,
                        BigDecimal.valueOf(minutes),
                        Optional.of(calendar),
                        0,
                        Optional.empty(),
                        e.getValue().mark()));
            }
            return out;
        }
    }

    private static Sla sla(
            Value.Object o, Map<Long, String> priorityNames, Map<Long, SystemCalendar> cals, String file) {
        String name = JsonFields.text(JsonFields.required(o, "name", "an SLA"), "name");
        Map<String, Value> times = new LinkedHashMap<>();
        for (String key : List.of("first_response_time", "response_time", "update_time", "solution_time")) {
            Optional<Value> v = JsonFields.optional(o, key);
            // the API writes an unset time as null; a form may send ""
            if (v.isPresent() && !(v.get() instanceof Value.Text t && t.text().isBlank())) {
                JsonFields.whole(v.get(), key, 1, io.slaudit.policy.TargetTime.MAX_MINUTES);
                times.put(key, v.get());
            }
        }
        Value calV = JsonFields.required(o, "calendar_id", "SLA '" + name + "'");
        long calId = JsonFields.whole(calV, "calendar_id", 1, Long.MAX_VALUE / 2);
        SystemCalendar cal = cals.get(calId);
        if (cal == null) {
            throw JsonFields.invalid(
                    calV,
                    "SLA '" + name + "' counts on calendar " + calId + ", which the calendars file does not hold"
                            + " (it holds " + cals.keySet() + ")");
        }
        Set<String> prios = new LinkedHashSet<>(priorityNames.values());
        boolean conditional = false;
        List<String> other = new ArrayList<>();
        Optional<Value> condV = JsonFields.optional(o, "condition");
        if (condV.isPresent()) {
            Value.Object cond = JsonFields.object(condV.get(), "the SLA's 'condition'");
            List<Value.Object> parts = new ArrayList<>();
            if (cond.get("conditions").isPresent()) {
                // the expert form: {"operator": "AND", "conditions": [{"name": ..., "operator": ..., "value": ...}]}
                String op = JsonFields.optional(cond, "operator")
                        .map(v -> JsonFields.text(v, "operator"))
                        .orElse("AND");
                if (!op.equalsIgnoreCase("AND")) {
                    throw JsonFields.invalid(
                            cond,
                            "SLA '" + name + "': a condition joined by " + op
                                    + " is not read; slaudit reads conditions joined by AND");
                }
                for (Value c : JsonFields.array(cond.get("conditions").get(), "'conditions'")
                        .items()) {
                    parts.add(JsonFields.object(c, "a condition"));
                }
            } else {
                for (Value.Member m : cond.members().values()) {
                    Value.Object c = JsonFields.object(m.value(), "the condition on '" + m.key() + "'");
                    Map<String, Value.Member> withName = new LinkedHashMap<>(c.members());
                    withName.put("name", new Value.Member("name", m.keyMark(), new Value.Text(m.key(), m.keyMark())));
                    parts.add(new Value.Object(withName, c.mark()));
                }
            }
            for (Value.Object c : parts) {
                String field = JsonFields.text(JsonFields.required(c, "name", "a condition"), "name");
                String op = JsonFields.optional(c, "operator")
                        .map(v -> JsonFields.text(v, "operator"))
                        .orElse("is");
                List<Value> values = JsonFields.optional(c, "value")
                        .map(v -> v instanceof Value.Array a ? a.items() : List.of(v))
                        .orElse(List.of());
                conditional = true;
                if (field.equals("ticket.priority_id")) {
                    Set<String> named = new LinkedHashSet<>();
                    for (Value v : values) {
                        long id = JsonFields.whole(v, "value", 1, Long.MAX_VALUE / 2);
                        String p = priorityNames.get(id);
                        if (p == null) {
                            throw JsonFields.invalid(
                                    v,
                                    "SLA '" + name + "' names priority " + id
                                            + ", which Zammad's priorities do not hold (" + priorityNames + ")");
                        }
                        named.add(p);
                    }
                    if (op.equals("is")) {
                        prios.retainAll(named);
                    } else if (op.equals("is not")) {
                        prios.removeAll(named);
                    } else {
                        throw JsonFields.invalid(
                                c, "SLA '" + name + "': priority operator '" + op + "' is not read (is, is not)");
                    }
                } else {
                    other.add(field + " " + op + " "
                            + String.join(
                                    ", ",
                                    values.stream().map(JsonFields::describe).toList()));
                }
            }
        }
        return new Sla(
                name,
                conditional,
                prios,
                other.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", other)),
                cal,
                times);
    }

    private static Map<Long, String> priorities(Value root) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Value v : JsonFields.array(root, "the response of GET /api/v1/ticket_priorities")
                .items()) {
            Value.Object o = JsonFields.object(v, "a priority");
            long id = JsonFields.whole(JsonFields.required(o, "id", "a priority"), "id", 1, Long.MAX_VALUE / 2);
            String name = JsonFields.text(JsonFields.required(o, "name", "a priority"), "name");
            boolean active = JsonFields.optional(o, "active")
                    .map(a -> JsonFields.bool(a, "active"))
                    .orElse(true);
            if (active) {
                out.put(id, name);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- calendars

    private static Map<Long, SystemCalendar> calendars(Value root) {
        Map<Long, SystemCalendar> out = new LinkedHashMap<>();
        for (Value v :
                JsonFields.array(root, "the response of GET /api/v1/calendars").items()) {
            Value.Object o = JsonFields.object(v, "a calendar");
            long id = JsonFields.whole(JsonFields.required(o, "id", "a calendar"), "id", 1, Long.MAX_VALUE / 2);
            out.put(id, calendar(o));
        }
        return out;
    }

    static SystemCalendar calendar(Value.Object o) {
        String name = JsonFields.text(JsonFields.required(o, "name", "a calendar"), "name");
        Value zoneV = JsonFields.required(o, "timezone", "calendar '" + name + "'");
        String zoneText = JsonFields.text(zoneV, "timezone");
        ZoneId zone;
        try {
            if (!zoneText.contains("/") && !zoneText.equals("UTC")) {
                throw new DateTimeException(zoneText);
            }
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw JsonFields.invalid(
                    zoneV, "timezone '" + zoneText + "' is not an IANA time zone (such as Europe/Berlin)");
        }
        Value hoursV = JsonFields.required(o, "business_hours", "calendar '" + name + "'");
        WeeklyHours hours = hours(JsonFields.object(hoursV, "'business_hours'"));
        Optional<Value> holidaysV = JsonFields.optional(o, "public_holidays");
        List<Closure> closures = new ArrayList<>();
        if (holidaysV.isPresent()) {
            for (Value.Member m : JsonFields.object(holidaysV.get(), "'public_holidays'")
                    .members()
                    .values()) {
                LocalDate day;
                try {
                    day = LocalDate.parse(m.key());
                } catch (DateTimeException e) {
                    throw InputException.invalid(
                            m.keyMark(), "public holiday '" + m.key() + "' is not a date (YYYY-MM-DD)");
                }
                Value.Object meta = JsonFields.object(m.value(), "the public holiday " + m.key());
                boolean active = JsonFields.optional(meta, "active")
                        .map(a -> JsonFields.bool(a, "active"))
                        .orElse(false);
                boolean removed = JsonFields.optional(meta, "removed")
                        .map(a -> JsonFields.bool(a, "removed"))
                        .orElse(false);
                // Calendar#public_holidays_to_array: only active entries that are not removed close the day
                if (active && !removed) {
                    String summary = JsonFields.optional(meta, "summary")
                            .map(s -> JsonFields.text(s, "summary"))
                            .orElse("holiday");
                    closures.add(new Closure(day, day, summary, m.keyMark()));
                }
            }
        }
        return new SystemCalendar(
                name,
                zone,
                zoneText,
                hours,
                Optional.of(closures),
                o.mark(),
                zoneV.mark(),
                hoursV.mark(),
                Optional.of(holidaysV.map(Value::mark).orElse(o.mark())));
    }

    /**
     * {@code business_hours} as weekly hours: each active weekday's timeframes, {@code [from, to]} in
     * {@code HH:MM}; an end of {@code 23:59} is the end of the day, as Zammad's {@code
     * business_hours_to_hash} reads it.
     */
    static WeeklyHours hours(Value.Object bh) {
        Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
        for (Value.Member m : bh.members().values()) {
            int d = java.util.Arrays.asList(DAYS).indexOf(m.key().toLowerCase(Locale.ROOT));
            if (d < 0) {
                throw InputException.invalid(
                        m.keyMark(), "'" + m.key() + "' is not a weekday of business_hours (mon ... sun)");
            }
            Value.Object day = JsonFields.object(m.value(), "the hours of " + m.key());
            boolean active = JsonFields.optional(day, "active")
                    .map(a -> JsonFields.bool(a, "active"))
                    .orElse(false);
            if (!active) {
                continue;
            }
            List<OpenWindow> windows = new ArrayList<>();
            Optional<Value> frames = JsonFields.optional(day, "timeframes");
            for (Value f :
                    frames.map(x -> JsonFields.array(x, "'timeframes'").items()).orElse(List.of())) {
                List<Value> pair = JsonFields.array(f, "a timeframe [from, to]").items();
                if (pair.size() != 2) {
                    throw JsonFields.invalid(f, "a timeframe is [from, to], found " + pair.size() + " values");
                }
                String from = JsonFields.text(pair.get(0), "from");
                String to = JsonFields.text(pair.get(1), "to");
                try {
                    windows.add(OpenWindow.parse(from + "-" + (to.equals("23:59") ? "24:00" : to)));
                } catch (IllegalArgumentException e) {
                    throw JsonFields.invalid(f, m.key() + ": " + e.getMessage());
                }
            }
            try {
                days.put(DayOfWeek.of(d + 1), new DayHours(windows));
            } catch (IllegalArgumentException e) {
                throw JsonFields.invalid(day, m.key() + ": " + e.getMessage());
            }
        }
        WeeklyHours w = new WeeklyHours(days);
        if (w.isNeverOpen()) {
            throw JsonFields.invalid(bh, "no weekday is active with timeframes: Zammad refuses such a calendar");
        }
        return w;
    }
}
