package io.slaudit.drift.zendesk;

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
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Zendesk's SLA settings as its REST API returns them: the SLA policies ({@code GET
 * /api/v2/slas/policies}, {@code sla_policies} with {@code policy_metrics} of metric, priority,
 * target in minutes and {@code business_hours}), a business-hours schedule ({@code GET
 * /api/v2/business_hours/schedules}: a Rails {@code time_zone} name and {@code intervals} in minutes
 * from Sunday 00:00) and, optionally, its holidays ({@code GET
 * /api/v2/business_hours/schedules/{id}/holidays}: {@code name}, {@code start_date}, {@code
 * end_date}). The formats are those of Zendesk's developer documentation; see docs/drift.md.
 */
public final class ZendeskConfiguration {

    /** Zendesk's priorities (the ticket field's values), lowest first. */
    public static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");

    private static final int WEEK_MINUTES = 7 * 1440;

    /** What a Zendesk metric measures in the contract's terms, and how its clock differs. */
    private record MetricMeaning(Metric metric, int preference, Optional<String> note) {}

    private static final Map<String, MetricMeaning> METRICS = Map.of(
            "first_reply_time", new MetricMeaning(Metric.FIRST_RESPONSE, 0, Optional.empty()),
            "next_reply_time", new MetricMeaning(Metric.NEXT_RESPONSE, 0, Optional.empty()),
            "periodic_update_time", new MetricMeaning(Metric.UPDATE, 0, Optional.empty()),
            "pausable_update_time",
                    new MetricMeaning(Metric.UPDATE, 1, Optional.of("pauses while the ticket is pending")),
            "total_resolution_time", new MetricMeaning(Metric.RESOLUTION, 0, Optional.empty()),
            "requester_wait_time",
                    new MetricMeaning(
                            Metric.RESOLUTION,
                            1,
                            Optional.of(
                                    "counts only the time in New, Open and On-hold (it pauses while the ticket is pending)")),
            "agent_work_time",
                    new MetricMeaning(
                            Metric.RESOLUTION,
                            2,
                            Optional.of(
                                    "counts only the time in New and Open (it pauses while the ticket is pending or on hold)")));

    /** Which of several SLA policies and schedules to read, by title/name or id. */
    public record Choice(Optional<String> slaPolicy, Optional<String> schedule) {}

    private ZendeskConfiguration() {}

    /**
     * Reads the files.
     *
     * @param holidays the holidays of the chosen schedule; empty when not given
     * @throws InputException unreadable or not shaped as Zendesk's API returns it, at the value's line
     */
    public static SystemConfiguration read(Path slas, Path schedules, Optional<Path> holidays, Choice choice) {
        List<String> notes = new ArrayList<>();
        Value.Object policy = policy(JsonDocument.read(slas), slas.toString(), choice.slaPolicy(), notes);
        Value.Object schedule = schedule(JsonDocument.read(schedules), schedules.toString(), choice.schedule(), notes);
        Optional<List<Closure>> closures = Optional.empty();
        Optional<SourceMark> closuresAt = Optional.empty();
        if (holidays.isPresent()) {
            Value h = JsonDocument.read(holidays.get());
            closures = Optional.of(holidays(h, holidays.get().toString()));
            closuresAt = Optional.of(h.mark());
        }
        SystemCalendar calendar = calendar(schedule, closures, closuresAt);
        List<SystemTarget> targets = targets(policy, calendar);
        List<String> files = new ArrayList<>(List.of(slas.toString(), schedules.toString()));
        holidays.ifPresent(p -> files.add(p.toString()));
        return new SystemConfiguration("Zendesk", files, PRIORITIES, targets, notes);
    }

    // ---------------------------------------------------------------- SLA policies

    private static Value.Object policy(Value root, String file, Optional<String> wanted, List<String> notes) {
        Value.Object top = JsonFields.object(root, "the response of GET /api/v2/slas/policies");
        List<Value.Object> all = new ArrayList<>();
        if (top.get("sla_policies").isPresent()) {
            for (Value v : JsonFields.array(top.get("sla_policies").get(), "'sla_policies'")
                    .items()) {
                all.add(JsonFields.object(v, "an SLA policy"));
            }
        } else if (top.get("sla_policy").isPresent()) {
            all.add(JsonFields.object(top.get("sla_policy").get(), "an SLA policy"));
        } else {
            throw JsonFields.invalid(
                    top,
                    "is not Zendesk's SLA policies: expected the response of GET /api/v2/slas/policies,"
                            + " an object with 'sla_policies' (or 'sla_policy'), found keys "
                            + top.members().keySet());
        }
        if (all.isEmpty()) {
            throw JsonFields.invalid(top, "'sla_policies' is empty: Zendesk has no SLA policy, so it tracks no target");
        }
        Value.Object chosen;
        if (wanted.isPresent()) {
            chosen = all.stream()
                    .filter(p -> wanted.get().equals(title(p)) || wanted.get().equals(id(p)))
                    .findFirst()
                    .orElseThrow(() -> InputException.invalid(
                            SourceMark.file(file),
                            "has no SLA policy titled or numbered '" + wanted.get() + "'; its policies: "
                                    + titles(all)));
        } else if (all.size() == 1) {
            chosen = all.get(0);
        } else {
            throw InputException.invalid(
                    SourceMark.file(file),
                    "holds " + all.size() + " SLA policies (" + titles(all)
                            + "); name the one that enforces the contract with --sla-policy");
        }
        notes.add("Zendesk SLA policy '" + title(chosen) + "'"
                + (id(chosen).isEmpty() ? "" : " (id " + id(chosen) + ")") + filter(chosen));
        return chosen;
    }

    private static String title(Value.Object p) {
        return JsonFields.text(JsonFields.required(p, "title", "an SLA policy"), "title");
    }

    private static String id(Value.Object p) {
        return JsonFields.optional(p, "id")
                .map(v -> v instanceof Value.Number n ? n.number().toPlainString() : JsonFields.text(v, "id"))
                .orElse("");
    }

    private static String titles(List<Value.Object> all) {
        return String.join(", ", all.stream().map(p -> "'" + title(p) + "'").toList());
    }

    /** The policy's filter in words, so a reader sees which tickets it applies to. */
    private static String filter(Value.Object p) {
        Optional<Value> f = JsonFields.optional(p, "filter");
        if (f.isEmpty()) {
            return "";
        }
        Value.Object filter = JsonFields.object(f.get(), "'filter'");
        List<String> all = conditions(filter, "all");
        List<String> any = conditions(filter, "any");
        List<String> parts = new ArrayList<>();
        if (!all.isEmpty()) {
            parts.add(String.join(" and ", all));
        }
        if (!any.isEmpty()) {
            parts.add("any of: " + String.join(", ", any));
        }
        return parts.isEmpty()
                ? ", applying to every ticket"
                : ", applying to tickets where " + String.join("; ", parts);
    }

    private static List<String> conditions(Value.Object filter, String key) {
        List<String> out = new ArrayList<>();
        Optional<Value> v = JsonFields.optional(filter, key);
        if (v.isEmpty()) {
            return out;
        }
        for (Value c : JsonFields.array(v.get(), "'" + key + "'").items()) {
            Value.Object o = JsonFields.object(c, "a condition");
            String field = JsonFields.optional(o, "field")
                    .map(x -> JsonFields.describe(x).replace("'", ""))
                    .orElse("?");
            String op = JsonFields.optional(o, "operator")
                    .map(x -> JsonFields.describe(x).replace("'", ""))
                    .orElse("?");
            String value = JsonFields.optional(o, "value")
                    .map(ZendeskConfiguration::plain)
                    .orElse("");
            out.add(field + " " + op + " " + value);
        }
        return out;
    }

    private static String plain(Value v) {
        if (v instanceof Value.Array a) {
            return String.join(
                    ", ", a.items().stream().map(ZendeskConfiguration::plain).toList());
        }
        return JsonFields.describe(v).replace("'", "");
    }

    private static List<SystemTarget> targets(Value.Object policy, SystemCalendar calendar) {
        Value metrics = JsonFields.required(policy, "policy_metrics", "SLA policy '" + title(policy) + "'");
        List<SystemTarget> out = new ArrayList<>();
        Map<String, SourceMark> seen = new HashMap<>();
        for (Value v : JsonFields.array(metrics, "'policy_metrics'").items()) {
            Value.Object m = JsonFields.object(v, "a policy metric");
            Value priorityV = JsonFields.required(m, "priority", "a policy metric");
            String priority = JsonFields.text(priorityV, "priority");
            if (!PRIORITIES.contains(priority)) {
                throw JsonFields.invalid(
                        priorityV,
                        "priority '" + priority + "' is not a Zendesk priority (" + String.join(", ", PRIORITIES)
                                + ")");
            }
            Value metricV = JsonFields.required(m, "metric", "a policy metric");
            String metric = JsonFields.text(metricV, "metric");
            MetricMeaning meaning = METRICS.get(metric);
            if (meaning == null) {
                throw JsonFields.invalid(
                        metricV,
                        "metric '" + metric + "' is not one of Zendesk's SLA metrics ("
                                + String.join(", ", new java.util.TreeSet<>(METRICS.keySet())) + ")");
            }
            BigDecimal minutes = minutes(m);
            Value bh = JsonFields.required(m, "business_hours", "a policy metric");
            boolean business = JsonFields.bool(bh, "business_hours");
            SourceMark was = seen.put(metric + "|" + priority, m.mark());
            if (was != null) {
                throw JsonFields.invalid(
                        m,
                        "a second " + metric + " for priority " + priority + " (the first is at line " + was.line()
                                + ")");
            }
            out.add(new SystemTarget(
                    meaning.metric(),
                    metric,
                    priority,
                    minutes,
                    business ? Optional.of(calendar) : Optional.empty(),
                    meaning.preference(),
                    meaning.note(),
                    m.mark()));
        }
        return out;
    }

    /** {@code target} in minutes; {@code target_in_seconds} where only it is given, and the two must agree. */
    private static BigDecimal minutes(Value.Object m) {
        long max = io.slaudit.policy.TargetTime.MAX_MINUTES;
        Optional<Value> t = JsonFields.optional(m, "target");
        Optional<Value> s = JsonFields.optional(m, "target_in_seconds");
        if (t.isEmpty() && s.isEmpty()) {
            throw JsonFields.invalid(m, "a policy metric has no 'target'");
        }
        Optional<Long> minutes = t.map(v -> JsonFields.whole(v, "target", 1, max));
        Optional<Long> seconds = s.map(v -> JsonFields.whole(v, "target_in_seconds", 1, max * 60));
        if (minutes.isPresent() && seconds.isPresent() && minutes.get() * 60 != seconds.get()) {
            throw JsonFields.invalid(
                    s.get(),
                    "'target_in_seconds' " + seconds.get() + " is not 'target' " + minutes.get() + " minutes ("
                            + minutes.get() * 60 + " s)");
        }
        if (minutes.isPresent()) {
            return BigDecimal.valueOf(minutes.get());
        }
        try {
            // 90 s is 1.5 minutes; 100 s is no decimal number of minutes, so no target slaudit can state
            return BigDecimal.valueOf(seconds.get())
                    .divide(BigDecimal.valueOf(60), 6, RoundingMode.UNNECESSARY)
                    .stripTrailingZeros();
        } catch (ArithmeticException e) {
            throw JsonFields.invalid(
                    s.get(),
                    "'target_in_seconds' " + seconds.get() + " is no exact number of minutes (" + seconds.get()
                            + " / 60 does not end)");
        }
    }

    // ---------------------------------------------------------------- schedules

    private static Value.Object schedule(Value root, String file, Optional<String> wanted, List<String> notes) {
        Value.Object top = JsonFields.object(root, "the response of GET /api/v2/business_hours/schedules");
        List<Value.Object> all = new ArrayList<>();
        if (top.get("schedules").isPresent()) {
            for (Value v :
                    JsonFields.array(top.get("schedules").get(), "'schedules'").items()) {
                all.add(JsonFields.object(v, "a schedule"));
            }
        } else if (top.get("schedule").isPresent()) {
            all.add(JsonFields.object(top.get("schedule").get(), "a schedule"));
        } else {
            throw JsonFields.invalid(
                    top,
                    "is not Zendesk's schedules: expected the response of GET /api/v2/business_hours/schedules,"
                            + " an object with 'schedules' (or 'schedule'), found keys "
                            + top.members().keySet());
        }
        if (all.isEmpty()) {
            throw JsonFields.invalid(top, "'schedules' is empty: Zendesk has no business hours to count on");
        }
        Value.Object chosen;
        if (wanted.isPresent()) {
            chosen = all.stream()
                    .filter(s -> wanted.get().equals(name(s)) || wanted.get().equals(id(s)))
                    .findFirst()
                    .orElseThrow(() -> InputException.invalid(
                            SourceMark.file(file),
                            "has no schedule named or numbered '" + wanted.get() + "'; its schedules: " + names(all)));
        } else if (all.size() == 1) {
            chosen = all.get(0);
        } else {
            throw InputException.invalid(
                    SourceMark.file(file),
                    "holds " + all.size() + " schedules (" + names(all)
                            + "); name the one the SLA policy's tickets count on with --schedule");
        }
        notes.add("Zendesk schedule '" + name(chosen) + "'" + (id(chosen).isEmpty() ? "" : " (id " + id(chosen) + ")"));
        return chosen;
    }

    private static String name(Value.Object s) {
        return JsonFields.text(JsonFields.required(s, "name", "a schedule"), "name");
    }

    private static String names(List<Value.Object> all) {
        return String.join(", ", all.stream().map(s -> "'" + name(s) + "'").toList());
    }

    private static SystemCalendar calendar(
            Value.Object s, Optional<List<Closure>> closures, Optional<SourceMark> closuresAt) {
        Value zoneV = JsonFields.required(s, "time_zone", "schedule '" + name(s) + "'");
        String zoneText = JsonFields.text(zoneV, "time_zone");
        ZoneId zone = RailsTimeZones.zone(zoneText)
                .orElseThrow(() -> JsonFields.invalid(
                        zoneV,
                        "time_zone '" + zoneText + "' is neither a Rails time zone name"
                                + " (such as 'Berlin' or 'Eastern Time (US & Canada)') nor an IANA zone"));
        Value intervalsV = JsonFields.required(s, "intervals", "schedule '" + name(s) + "'");
        WeeklyHours hours = hours(JsonFields.array(intervalsV, "'intervals'"));
        return new SystemCalendar(
                name(s), zone, zoneText, hours, closures, s.mark(), zoneV.mark(), intervalsV.mark(), closuresAt);
    }

    /**
     * The intervals as weekly hours. Each counts minutes from Sunday 00:00 (Monday 09:00 is 1 440 +
     * 540 = 1 980), 0 to 10 080, and stays within one calendar day (it may end at the next midnight).
     */
    static WeeklyHours hours(Value.Array intervals) {
        Map<DayOfWeek, List<OpenWindow>> days = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<Value>> where = new EnumMap<>(DayOfWeek.class);
        for (Value v : intervals.items()) {
            Value.Object o = JsonFields.object(v, "an interval");
            long start = JsonFields.whole(
                    JsonFields.required(o, "start_time", "an interval"), "start_time", 0, WEEK_MINUTES);
            long end = JsonFields.whole(JsonFields.required(o, "end_time", "an interval"), "end_time", 0, WEEK_MINUTES);
            if (end <= start) {
                throw JsonFields.invalid(o, "the interval ends (" + end + ") before or when it starts (" + start + ")");
            }
            long day = start / 1440;
            if (end > (day + 1) * 1440) {
                throw JsonFields.invalid(
                        o,
                        "the interval " + start + "-" + end + " spans calendar days (" + minuteText(start) + " to "
                                + minuteText(end) + "); Zendesk's intervals end at midnight at the latest");
            }
            DayOfWeek d = DayOfWeek.SUNDAY.plus(day);
            days.computeIfAbsent(d, k -> new ArrayList<>())
                    .add(new OpenWindow((int) (start - day * 1440) * 60, (int) (end - day * 1440) * 60));
            where.computeIfAbsent(d, k -> new ArrayList<>()).add(o);
        }
        Map<DayOfWeek, DayHours> hours = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, List<OpenWindow>> e : days.entrySet()) {
            try {
                hours.put(e.getKey(), new DayHours(e.getValue()));
            } catch (IllegalArgumentException x) {
                throw JsonFields.invalid(
                        where.get(e.getKey()).get(0),
                        "intervals on " + e.getKey().toString().toLowerCase(java.util.Locale.ROOT) + ": "
                                + x.getMessage());
            }
        }
        WeeklyHours w = new WeeklyHours(hours);
        if (w.isNeverOpen()) {
            throw JsonFields.invalid(
                    intervals, "the schedule has no intervals: Zendesk would count no business hours at all");
        }
        return w;
    }

    /** {@code Mon 09:00} for a minute of the week. */
    static String minuteText(long minuteOfWeek) {
        long day = Math.min(minuteOfWeek / 1440, 6);
        long m = minuteOfWeek - day * 1440;
        String name =
                DayOfWeek.SUNDAY.plus(day).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        return name + " " + OpenWindow.clock((int) m * 60);
    }

    // ---------------------------------------------------------------- holidays

    private static List<Closure> holidays(Value root, String file) {
        Value.Object top =
                JsonFields.object(root, "the response of GET /api/v2/business_hours/schedules/{id}/holidays");
        List<Value> items;
        if (top.get("holidays").isPresent()) {
            items = JsonFields.array(top.get("holidays").get(), "'holidays'").items();
        } else if (top.get("holiday").isPresent()) {
            items = List.of(top.get("holiday").get());
        } else {
            throw JsonFields.invalid(
                    top,
                    "is not a Zendesk schedule's holidays: expected the response of"
                            + " GET /api/v2/business_hours/schedules/{id}/holidays, an object with 'holidays', found keys "
                            + top.members().keySet());
        }
        List<Closure> out = new ArrayList<>();
        for (Value v : items) {
            Value.Object h = JsonFields.object(v, "a holiday");
            String name = JsonFields.optional(h, "name")
                    .map(x -> JsonFields.text(x, "name"))
                    .orElse("holiday");
            LocalDate from = date(JsonFields.required(h, "start_date", "a holiday"), "start_date");
            LocalDate to = date(JsonFields.required(h, "end_date", "a holiday"), "end_date");
            if (to.isBefore(from)) {
                throw JsonFields.invalid(h, "holiday '" + name + "' ends (" + to + ") before it starts (" + from + ")");
            }
            out.add(new Closure(from, to, name, h.mark()));
        }
        return out;
    }

    private static LocalDate date(Value v, String key) {
        String t = JsonFields.text(v, key);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeException e) {
            throw JsonFields.invalid(v, "'" + key + "' " + JsonFields.describe(v) + " is not a date (YYYY-MM-DD)");
        }
    }
}
