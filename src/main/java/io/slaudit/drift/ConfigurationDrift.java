package io.slaudit.drift;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.ClosedDay;
import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.HolidayRule;
import io.slaudit.calendar.OpenWindow;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.WeeklyHours;
import io.slaudit.compare.TimeToDeadline;
import io.slaudit.drift.SystemConfiguration.Closure;
import io.slaudit.drift.SystemConfiguration.SystemCalendar;
import io.slaudit.drift.SystemConfiguration.SystemTarget;
import io.slaudit.input.SourceMark;
import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.Priority;
import io.slaudit.policy.PrioritySelector;
import io.slaudit.policy.ReadingChoice;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetTime;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a ticketing system's SLA settings differ from the contract they are meant to enforce: every
 * timed target the contract promises, looked up by metric and priority in the system, compared as
 * the diff compares two versions of a contract (a plain difference where both count business or
 * clock time, else the worst-case wall-clock time to the deadline over the year); every calendar the
 * system counts business hours on, compared with the contract's by zone, weekly hours and the closed
 * days of the year. "Looser" means the system gives the team more time than the contract does, so
 * that the contract can be breached before the system raises an alarm.
 *
 * <p>A contract target the system does not track is reported as missing; a guaranteed one counts as
 * looser (it fails a CI job by default), a best-effort aim is reported without failing it. Targets
 * the system tracks that the contract does not promise are reported as neutral.
 */
public final class ConfigurationDrift {

    /** What to compare: the contract, the system, the contract's tier, and the year whose days count. */
    public record Request(ContractSource contract, SystemConfiguration system, Optional<String> tier, int year) {
        public Request {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(tier, "tier");
        }
    }

    private final Policy policy;
    private final ContractLines lines;
    private final SystemConfiguration system;
    private final WorstCases worst;
    private final int year;
    private final List<Change> out = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private ConfigurationDrift(Request r) {
        this.policy = PolicyDiff.requireComparable(r.contract().policy());
        this.lines = r.contract().lines();
        this.system = r.system();
        this.year = r.year();
        this.worst = new WorstCases(r.year());
    }

    /** The report of {@code slaudit drift}: the differences found, classified, and how they were found. */
    public static ChangeReport report(Request r, FailOn failOn) {
        ConfigurationDrift d = new ConfigurationDrift(r);
        List<Change> changes = d.run(r.tier());
        ContractSource c = r.contract();
        PolicyChanges.Side contract = c.side();
        PolicyChanges.Side sys = new PolicyChanges.Side(
                r.system().system() + ": " + String.join(", ", r.system().files()),
                r.system().files().isEmpty()
                        ? r.system().system()
                        : r.system().files().get(0),
                Optional.empty(),
                Optional.empty());
        PolicyChanges pc = new PolicyChanges(
                c.policy().id(),
                changes.isEmpty() ? PolicyChanges.Status.UNCHANGED : PolicyChanges.Status.CHANGED,
                Optional.of(contract),
                Optional.of(sys),
                changes);
        List<String> notes = new ArrayList<>(r.system().notes());
        notes.addAll(d.notes);
        return new ChangeReport(ChangeReport.Kind.DRIFT, c.source(), sys.source(), failOn, List.of(pc), notes);
    }

    /** The differences alone, for tests and other callers. */
    public static List<Change> between(Request r) {
        return new ConfigurationDrift(r).run(r.tier());
    }

    private List<Change> run(Optional<String> tier) {
        ReadingChoice reading = policy.defaultReading();
        BusinessDayRule rule = policy.businessDayUnder(reading);
        PolicyDiff.Axes axes = new PolicyDiff.Axes(List.of(tier), List.of(Optional.empty()), List.of(Optional.empty()));
        Map<PolicyDiff.Cell, Promise> cells = PolicyDiff.cells(policy, reading, axes);
        Map<String, List<String>> byContractPriority = systemPriorities();
        Set<SystemTarget> used = new LinkedHashSet<>();
        // which contract calendar each system calendar is measured against, for the calendar checks
        // (a system calendar may stand for several contract calendars: each pair is compared)
        Map<CalendarPair, Set<Target>> calendarTargets = new LinkedHashMap<>();
        for (Map.Entry<PolicyDiff.Cell, Promise> e : cells.entrySet()) {
            PolicyDiff.Cell cell = e.getKey();
            Promise contract = e.getValue();
            if (contract.target().within().isEmpty()) {
                continue; // a best-effort aim without a time: nothing a system can be configured with
            }
            String subject = cell.subject();
            SourceMark at = lines.at("targets", contract.index());
            List<String> sysPriorities = byContractPriority.getOrDefault(cell.priority(), List.of());
            if (sysPriorities.isEmpty()) {
                out.add(missing(
                        contract,
                        subject,
                        subject + ": " + contract.written() + " in the contract; no " + system.system()
                                + " priority is priority '" + cell.priority() + "' (" + system.system()
                                + " priorities: "
                                + String.join(", ", system.priorities()) + ")",
                        at));
                continue;
            }
            for (String sp : sysPriorities) {
                String who = sysPriorities.size() > 1 || !sp.equalsIgnoreCase(cell.priority())
                        ? subject + " (" + system.system() + " priority " + sp + ")"
                        : subject;
                Optional<SystemTarget> found = best(cell.metric(), sp);
                if (found.isEmpty()) {
                    out.add(missing(
                            contract,
                            who,
                            who + ": " + contract.written() + " in the contract; " + system.system() + " tracks no "
                                    + metricWords(cell.metric()) + " for priority " + sp,
                            at));
                    continue;
                }
                SystemTarget s = found.get();
                used.add(s);
                s.calendar().ifPresent(c -> {
                    calendarTargets
                            .computeIfAbsent(new CalendarPair(c, contract.calendarName()), k -> new LinkedHashSet<>())
                            .add(contract.target());
                });
                compareTarget(contract, s, who, at, rule);
            }
        }
        for (SystemTarget s : system.targets()) {
            if (!used.contains(s) && isBest(s)) {
                out.add(Change.of(
                        Classification.NEUTRAL,
                        "system-extra",
                        s.priority() + " " + PolicyDiff.words(s.metric()),
                        system.system() + " tracks " + s.systemMetric() + " for priority " + s.priority() + " ("
                                + written(s) + "); the contract promises no " + PolicyDiff.words(s.metric())
                                + " time for it",
                        Optional.of(s.at())));
            }
        }
        calendarTargets.forEach((pair, targets) -> compareCalendar(
                pair.contract(), policy.calendars().get(pair.contract()), pair.system(), targets, rule));
        return List.copyOf(out);
    }

    /** A system calendar and a contract calendar that targets of both count on. */
    private record CalendarPair(SystemCalendar system, String contract) {}

    // ---------------------------------------------------------------- priorities and targets

    /** The system's priorities by the contract priority each names (key, label, alias, or the catch-all). */
    private Map<String, List<String>> systemPriorities() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String sp : system.priorities()) {
            Optional<Priority> p = policy.priorityNamed(sp);
            if (p.isEmpty() || p.get().catchesAll()) {
                // Zammad writes "3 high": its name after the sort number
                String bare = sp.replaceFirst("^\\d+\\s+", "");
                Optional<Priority> q = policy.priorityNamed(bare);
                if (q.isPresent() && (p.isEmpty() || !q.get().catchesAll())) {
                    p = q;
                }
            }
            p.ifPresent(
                    x -> out.computeIfAbsent(x.key(), k -> new ArrayList<>()).add(sp));
        }
        return out;
    }

    private Optional<SystemTarget> best(Metric m, String priority) {
        SystemTarget best = null;
        for (SystemTarget s : system.targets()) {
            if (s.metric() == m
                    && s.priority().equals(priority)
                    && (best == null || s.preference() < best.preference())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean isBest(SystemTarget s) {
        return best(s.metric(), s.priority()).map(b -> b == s).orElse(false);
    }

    private Change missing(Promise contract, String subject, String text, SourceMark at) {
        Classification c = contract.guaranteedTime() ? Classification.LOOSENED : Classification.NEUTRAL;
        return Change.of(c, "target-missing", subject, text, Optional.of(at)).asMissing();
    }

    private void compareTarget(Promise contract, SystemTarget s, String subject, SourceMark at, BusinessDayRule rule) {
        Target c = contract.target();
        TargetTime time = systemTime(s);
        // The system cannot say "best effort" or "only for requests raised in hours": the contract's
        // guarantee and clock rules are carried over, so that only times and calendars are compared.
        Target sys = new Target(
                c.metric(),
                PrioritySelector.ANY,
                Optional.of(time),
                Optional.empty(),
                Optional.empty(),
                c.guarantee(),
                c.clock(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                Optional.empty(),
                Optional.empty());
        BusinessCalendar cal =
                s.calendar().map(x -> calendarOf(x, contract.calendar())).orElse(contract.calendar());
        String calName =
                s.calendar().map(x -> system.system() + " '" + x.name() + "'").orElse(contract.calendarName());
        Promise p = new Promise(sys, -1, calName, cal, rule);
        Promise.Verdict v = Promise.compare(contract, p, true, worst);
        List<String> details = new ArrayList<>();
        details.add(system.system() + ": " + s.systemMetric() + " for priority " + s.priority() + ", target "
                + s.minutes().stripTrailingZeros().toPlainString() + " min, business_hours " + s.businessHours()
                + " (" + s.at() + ")");
        s.clockNote().ifPresent(n -> details.add(system.system() + "'s " + s.systemMetric() + " " + n));
        if (c.clock().onlyIfRaisedInHours() || c.clock().startsAtNextOpening()) {
            details.add("the contract's clock rule (" + clockWords(c) + ") has no " + system.system()
                    + " setting; only the times are compared");
        }
        for (String d : v.details()) {
            details.add(d.replace("worst case before: ", "worst case under the contract: ")
                    .replace("worst case now: ", "worst case in " + system.system() + ": "));
        }
        if (!v.changed()) {
            return;
        }
        String text = subject + ": contract " + contract.written() + ", " + system.system() + " " + time;
        out.add(new Change(
                v.classification(), "target-time", subject, text, v.effect(), details, Optional.of(at), false));
    }

    private static String clockWords(Target t) {
        List<String> parts = new ArrayList<>();
        if (t.clock().onlyIfRaisedInHours()) {
            parts.add("only for requests raised in hours");
        }
        if (t.clock().startsAtNextOpening()) {
            parts.add("starts at the next opening");
        }
        return String.join(", ", parts);
    }

    /** The system's minutes in the largest unit that writes them exactly: 480 business minutes is 8 business hours. */
    static TargetTime systemTime(SystemTarget s) {
        BigDecimal m = s.minutes();
        boolean business = s.businessHours();
        if (m.remainder(BigDecimal.valueOf(60)).signum() == 0) {
            return new TargetTime(m.divide(BigDecimal.valueOf(60)), TargetTime.Unit.HOURS, business);
        }
        return new TargetTime(m, TargetTime.Unit.MINUTES, business);
    }

    private static String written(SystemTarget s) {
        return systemTime(s).toString();
    }

    private static String metricWords(Metric m) {
        return PolicyDiff.words(m) + " target";
    }

    // ---------------------------------------------------------------- calendars

    /**
     * The system calendar as slaudit's: its zone and hours, and its closed days; without them (not
     * given), the contract's holidays, so that unknown holidays do not count as a difference.
     */
    static BusinessCalendar calendarOf(SystemCalendar s, BusinessCalendar contract) {
        List<HolidayRule> holidays = s.closures()
                .map(list -> list.stream()
                        .map(c -> c.from().equals(c.to())
                                ? (HolidayRule) new HolidayRule.OnDate(c.from(), Optional.of(c.name()))
                                : new HolidayRule.Period(c.from(), c.to(), Optional.of(c.name())))
                        .toList())
                .orElse(contract.holidays());
        return new BusinessCalendar(s.zone(), s.hours(), holidays, List.of());
    }

    private void compareCalendar(
            String name, BusinessCalendar contract, SystemCalendar s, Set<Target> targets, BusinessDayRule rule) {
        String subject = "calendar '" + name + "'";
        String sys = system.system() + " '" + s.name() + "'";
        if (!contract.zone().getRules().equals(s.zone().getRules())) {
            BusinessCalendar next =
                    new BusinessCalendar(s.zone(), contract.hours(), contract.holidays(), contract.exceptions());
            aspect(
                    contract,
                    next,
                    targets,
                    rule,
                    "calendar-zone",
                    subject,
                    subject + " zone: contract " + contract.zone().getId() + ", " + sys + " " + s.zoneAsWritten()
                            + (s.zoneAsWritten().equals(s.zone().getId())
                                    ? ""
                                    : " (" + s.zone().getId() + ")"),
                    lines.at("calendars", name, "zone"),
                    List.of(system.system() + ": " + s.zoneAt()));
        }
        WeeklyHours a = merged(contract.hours());
        WeeklyHours b = merged(s.hours());
        if (!a.equals(b)) {
            BusinessCalendar from =
                    new BusinessCalendar(s.zone(), contract.hours(), contract.holidays(), contract.exceptions());
            BusinessCalendar next =
                    new BusinessCalendar(s.zone(), s.hours(), contract.holidays(), contract.exceptions());
            DayOfWeek first = DayOfWeek.MONDAY;
            for (DayOfWeek d : DayOfWeek.values()) {
                if (!a.on(d).equals(b.on(d))) {
                    first = d;
                    break;
                }
            }
            aspect(
                    from,
                    next,
                    targets,
                    rule,
                    "calendar-hours",
                    subject,
                    subject + " hours: contract -> " + sys + ": " + Weekdays.changes(a, b),
                    Weekdays.keyFor(lines, first, "calendars", name, "hours"),
                    List.of(
                            "contract: " + Weekdays.of(a),
                            system.system() + ": " + Weekdays.of(b) + " (" + s.hoursAt() + ")"));
        }
        if (s.closures().isEmpty()) {
            notes.add(
                    subject + ": " + sys + "'s holidays were not given; the contract's closed days are assumed for it");
            return;
        }
        holidays(name, contract, s, subject, sys);
    }

    /** The closed days of the year on each side; only days the contract's hours would otherwise open count. */
    private void holidays(String name, BusinessCalendar contract, SystemCalendar s, String subject, String sys) {
        Map<LocalDate, String> closedByContract = new TreeMap<>();
        try {
            for (ClosedDay d : contract.closedDaysIn(year, PublicHolidays.library(), Locale.ENGLISH)) {
                closedByContract.put(d.date(), d.name());
            }
        } catch (IllegalArgumentException e) {
            notes.add(subject + ": its holidays in " + year + " could not be listed: " + e.getMessage());
            return;
        }
        Map<LocalDate, Closure> closedBySystem = new TreeMap<>();
        for (Closure c : s.closures().orElseThrow()) {
            for (LocalDate d = c.from(); !d.isAfter(c.to()); d = d.plusDays(1)) {
                if (d.getYear() == year) {
                    closedBySystem.putIfAbsent(d, c);
                }
            }
        }
        BusinessClock open = BusinessClock.of(
                new BusinessCalendar(contract.zone(), contract.hours(), List.of(), contract.exceptions()),
                PublicHolidays.library());
        List<String> systemOpen = new ArrayList<>();
        long systemOpenSeconds = 0;
        for (Map.Entry<LocalDate, String> e : closedByContract.entrySet()) {
            long secs = open.openSecondsOn(e.getKey());
            if (!closedBySystem.containsKey(e.getKey()) && secs > 0) {
                systemOpen.add(e.getKey() + " " + e.getValue());
                systemOpenSeconds += secs;
            }
        }
        List<String> systemClosed = new ArrayList<>();
        long systemClosedSeconds = 0;
        Closure firstExtra = null;
        for (Map.Entry<LocalDate, Closure> e : closedBySystem.entrySet()) {
            long secs = open.openSecondsOn(e.getKey());
            if (!closedByContract.containsKey(e.getKey()) && secs > 0) {
                systemClosed.add(e.getKey() + " " + e.getValue().name());
                systemClosedSeconds += secs;
                firstExtra = firstExtra == null ? e.getValue() : firstExtra;
            }
        }
        SourceMark holidaysLine = lines.at("calendars", name, "holidays");
        if (lines.node("calendars", name, "holidays").isEmpty()) {
            holidaysLine = lines.at("calendars", name);
        }
        if (!systemOpen.isEmpty()) {
            out.add(new Change(
                    Classification.TIGHTENED,
                    "calendar-holidays",
                    subject,
                    subject + " holidays: " + sys + " is open on " + systemOpen.size()
                            + " of the contract's closed days in " + year,
                    Optional.of(Lengths.hours(systemOpenSeconds) + " open a year more"),
                    systemOpen,
                    Optional.of(holidaysLine),
                    false));
        }
        if (!systemClosed.isEmpty()) {
            List<String> details = new ArrayList<>(systemClosed);
            details.add(system.system() + ": " + firstExtra.at());
            out.add(new Change(
                    Classification.LOOSENED,
                    "calendar-holidays",
                    subject,
                    subject + " holidays: " + sys + " is closed on " + systemClosed.size()
                            + (systemClosed.size() == 1 ? " day" : " days") + " in " + year
                            + " that the contract keeps open",
                    Optional.of(Lengths.hours(systemClosedSeconds) + " open a year fewer"),
                    details,
                    Optional.of(holidaysLine),
                    false));
        }
        s.closures().orElseThrow().stream()
                .filter(c -> c.to().getYear() >= year && c.from().getYear() <= year)
                .findAny()
                .ifPresentOrElse(c -> {}, () -> notes.add(sys + " has no holidays in " + year + " at all"));
    }

    /**
     * One difference of calendars, classified as the diff classifies a calendar change: by the open
     * hours of the year and by how the worst case of each target counting on it moves.
     */
    private void aspect(
            BusinessCalendar before,
            BusinessCalendar after,
            Set<Target> targets,
            BusinessDayRule rule,
            String code,
            String subject,
            String text,
            SourceMark where,
            List<String> extra) {
        List<Classification> aspects = new ArrayList<>();
        long a = worst.openSeconds(before);
        long b = worst.openSeconds(after);
        Optional<String> effect = Optional.empty();
        if (b != a) {
            aspects.add(b < a ? Classification.LOOSENED : Classification.TIGHTENED);
            effect = Optional.of(Lengths.hours(Math.abs(b - a)) + " open a year " + (b < a ? "fewer" : "more") + " ("
                    + year + ": " + Lengths.hours(a) + " -> " + Lengths.hours(b) + ")");
        }
        List<String> details = new ArrayList<>(extra);
        for (Target t : targets) {
            Optional<TimeToDeadline.Figures> fa = worst.of(t, before, rule);
            Optional<TimeToDeadline.Figures> fb = worst.of(t, after, rule);
            String who = t.metric() + " " + t.priorities() + " (" + t.within().orElseThrow() + ")";
            if (fa.isPresent() && fb.isPresent()) {
                long d = fb.get().worstSeconds() - fa.get().worstSeconds();
                if (d != 0) {
                    aspects.add(d > 0 ? Classification.LOOSENED : Classification.TIGHTENED);
                }
                details.add(who + ": worst case " + Lengths.wallClock(fa.get().worstSeconds()) + " -> "
                        + Lengths.wallClock(fb.get().worstSeconds()) + (d == 0 ? " (unchanged)" : ""));
            }
        }
        Classification c = Classification.combine(aspects);
        out.add(new Change(c, code, subject, text, effect, details, Optional.of(where), false));
    }

    /** Weekly hours with touching windows joined: 09:00-12:00 and 12:00-17:00 are 09:00-17:00. */
    static WeeklyHours merged(WeeklyHours h) {
        Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            List<OpenWindow> joined = new ArrayList<>();
            for (OpenWindow w : h.on(d).windows()) {
                if (!joined.isEmpty() && joined.get(joined.size() - 1).endSecond() == w.startSecond()) {
                    OpenWindow last = joined.remove(joined.size() - 1);
                    joined.add(new OpenWindow(last.startSecond(), w.endSecond()));
                } else {
                    joined.add(w);
                }
            }
            days.put(d, new DayHours(joined));
        }
        return new WeeklyHours(days);
    }
}
