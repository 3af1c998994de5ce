package io.slaudit.drift;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.HolidayRule;
import io.slaudit.calendar.HoursException;
import io.slaudit.compare.TimeToDeadline;
import io.slaudit.input.SourceMark;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlNode;
import io.slaudit.policy.Ambiguity;
import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.CanonicalForm;
import io.slaudit.policy.CanonicalYaml;
import io.slaudit.policy.Channel;
import io.slaudit.policy.Clause;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.ReadingChoice;
import io.slaudit.policy.Region;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetChoice;
import io.slaudit.policy.Tier;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The semantic difference between two versions of one contract: every change to what it promises,
 * classified tightened, loosened or neutral, with its effect in the contract's own units and the
 * line of the changed value in the new version. Formatting (key order, comments, quoting, anchors)
 * is no change: the two versions are compared as policies, never as text.
 *
 * <p>Targets are compared as promises to kinds of tickets (each metric, priority, and where the
 * contract distinguishes them tier, channel and region), the way an audit selects them, so that
 * splitting a target in two with the same times is no change and narrowing one is. Calendar changes
 * are measured in open hours in a year and in how the worst-case wall-clock time to the deadline of
 * each target on that calendar moves (the compare stage's exact engine). Whatever the rules here do
 * not classify (texts, prices the audit does not use) is reported as neutral, named by its path, so
 * nothing that changed the canonical form goes unreported.
 */
public final class PolicyDiff {

    private final Policy o;
    private final Policy n;
    private final ContractLines lines;
    private final WorstCases worst;
    private final List<Change> out = new ArrayList<>();

    private PolicyDiff(ContractSource old, ContractSource now, int year) {
        this.o = requireComparable(old.policy());
        this.n = requireComparable(now.policy());
        this.lines = now.lines();
        this.worst = new WorstCases(year);
    }

    /** The changes from {@code old} to {@code now}, the year's arrivals timing the worst cases. */
    public static List<Change> between(ContractSource old, ContractSource now, int year) {
        return new PolicyDiff(old, now, year).run();
    }

    private List<Change> run() {
        identity();
        calendars();
        defaultCalendar();
        generic("regions", Set.of());
        businessDay();
        channels();
        generic("priorities", Set.of());
        targets();
        pauseOn();
        generic("priority-change", Set.of());
        tiers();
        clauses("covers", Classification.TIGHTENED, o.text().covers(), n.text().covers());
        clauses(
                "exclusions",
                Classification.LOOSENED,
                o.text().exclusions(),
                n.text().exclusions());
        for (String section : List.of("packages", "phone-support", "hotline", "pricing", "statements", "assumptions")) {
            generic(section, Set.of());
        }
        ambiguities();
        if (out.isEmpty()) {
            String a = CanonicalForm.of(o);
            String b = CanonicalForm.of(n);
            if (!a.equals(b)) {
                out.add(Change.of(
                                Classification.NEUTRAL,
                                "canonical-form",
                                "canonical form",
                                "the canonical form changed where no rule of slaudit classifies it",
                                Optional.of(SourceMark.file(lines.at().source())))
                        .withDetails(TextLines.changed(a, b, 10)));
            }
        }
        return List.copyOf(out);
    }

    private Optional<SourceMark> at(Object... path) {
        return Optional.of(lines.at(path));
    }

    // ---------------------------------------------------------------- identity

    private void identity() {
        for (String key : List.of(
                "policy", "vendor", "product", "version", "source", "effective-from", "effective-to", "currency")) {
            generic(key, Set.of());
        }
    }

    // ---------------------------------------------------------------- calendars

    private void calendars() {
        Set<String> names = new LinkedHashSet<>(n.calendars().keySet());
        names.addAll(o.calendars().keySet());
        for (String name : names) {
            BusinessCalendar before = o.calendars().get(name);
            BusinessCalendar after = n.calendars().get(name);
            String subject = "calendar '" + name + "'";
            if (before == null) {
                out.add(Change.of(
                        Classification.NEUTRAL, "calendar-added", subject, subject + " added", at("calendars", name)));
                continue;
            }
            if (after == null) {
                out.add(Change.of(
                        Classification.NEUTRAL, "calendar-removed", subject, subject + " removed", at("calendars")));
                continue;
            }
            if (before.equals(after)) {
                continue;
            }
            // one aspect after the other, each measured against the calendar with the ones before it
            BusinessCalendar c = before;
            if (!c.zone().equals(after.zone())) {
                BusinessCalendar next = new BusinessCalendar(after.zone(), c.hours(), c.holidays(), c.exceptions());
                aspect(
                        name,
                        c,
                        next,
                        "calendar-zone",
                        subject + " zone " + c.zone().getId() + " -> "
                                + after.zone().getId(),
                        at("calendars", name, "zone"));
                c = next;
            }
            if (!c.hours().equals(after.hours())) {
                BusinessCalendar next = new BusinessCalendar(c.zone(), after.hours(), c.holidays(), c.exceptions());
                List<DayOfWeek> changed = new ArrayList<>();
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (!c.hours().on(d).equals(after.hours().on(d))) {
                        changed.add(d);
                    }
                }
                aspect(
                        name,
                        c,
                        next,
                        "calendar-hours",
                        subject + " hours " + Weekdays.changes(c.hours(), after.hours()),
                        Optional.of(Weekdays.keyFor(lines, changed.get(0), "calendars", name, "hours")));
                c = next;
            }
            if (!c.holidays().equals(after.holidays())) {
                BusinessCalendar next = new BusinessCalendar(c.zone(), c.hours(), after.holidays(), c.exceptions());
                List<HolidayRule> added = new ArrayList<>(after.holidays());
                added.removeAll(c.holidays());
                List<HolidayRule> removed = new ArrayList<>(c.holidays());
                removed.removeAll(after.holidays());
                List<String> parts = new ArrayList<>();
                if (!added.isEmpty()) {
                    parts.add(String.join(
                                    ", ",
                                    added.stream().map(PolicyDiff::holiday).toList()) + " added");
                }
                if (!removed.isEmpty()) {
                    parts.add(String.join(
                                    ", ",
                                    removed.stream().map(PolicyDiff::holiday).toList()) + " removed");
                }
                if (parts.isEmpty()) {
                    parts.add("holidays reordered");
                }
                Optional<SourceMark> where = added.isEmpty()
                        ? at("calendars", name, "holidays")
                        : at("calendars", name, "holidays", after.holidays().indexOf(added.get(0)));
                aspect(name, c, next, "calendar-holidays", subject + ": " + String.join("; ", parts), where);
                c = next;
            }
            if (!c.exceptions().equals(after.exceptions())) {
                BusinessCalendar next = new BusinessCalendar(c.zone(), c.hours(), c.holidays(), after.exceptions());
                List<String> parts = new ArrayList<>();
                int firstChanged = -1;
                for (int i = 0; i < after.exceptions().size(); i++) {
                    HoursException e = after.exceptions().get(i);
                    Optional<HoursException> was = c.exceptionOn(e.date());
                    if (was.isEmpty() || !was.get().equals(e)) {
                        parts.add(e.date() + " "
                                + was.map(w -> w.hours().toString()).orElse("regular hours") + " -> " + e.hours());
                        firstChanged = firstChanged < 0 ? i : firstChanged;
                    }
                }
                for (HoursException e : c.exceptions()) {
                    if (after.exceptionOn(e.date()).isEmpty()) {
                        parts.add(e.date() + " " + e.hours() + " -> regular hours");
                    }
                }
                Optional<SourceMark> where = firstChanged >= 0
                        ? at("calendars", name, "exceptions", firstChanged)
                        : at("calendars", name, "exceptions");
                aspect(
                        name,
                        c,
                        next,
                        "calendar-exceptions",
                        subject + " exceptions " + String.join("; ", parts),
                        where);
            }
        }
    }

    static String holiday(HolidayRule rule) {
        if (rule instanceof HolidayRule.Regional r) {
            return "holidays of " + r.region();
        }
        if (rule instanceof HolidayRule.OnDate d) {
            return d.date() + d.name().map(x -> " (" + x + ")").orElse("");
        }
        HolidayRule.Period p = (HolidayRule.Period) rule;
        return p.from() + ".." + p.to() + p.name().map(x -> " (" + x + ")").orElse("");
    }

    /**
     * One change of a calendar: classified by the open hours it takes away or adds in the year and by
     * how the worst case of every target counting on it moves; any promise made worse loosens.
     */
    private void aspect(
            String name,
            BusinessCalendar before,
            BusinessCalendar after,
            String code,
            String text,
            Optional<SourceMark> where) {
        List<Classification> aspects = new ArrayList<>();
        long a = worst.openSeconds(before);
        long b = worst.openSeconds(after);
        Optional<String> effect = Optional.empty();
        if (b != a) {
            aspects.add(b < a ? Classification.LOOSENED : Classification.TIGHTENED);
            effect = Optional.of(Lengths.hours(Math.abs(b - a)) + " open a year " + (b < a ? "fewer" : "more") + " ("
                    + worst.year() + ": " + Lengths.hours(a) + " -> " + Lengths.hours(b) + ")");
        }
        List<String> details = new ArrayList<>();
        for (Map.Entry<Target, List<String>> e : affected(name).entrySet()) {
            Target t = e.getKey();
            BusinessDayRule rule = n.businessDayUnder(n.defaultReading());
            Optional<TimeToDeadline.Figures> fa = worst.of(t, before, rule);
            Optional<TimeToDeadline.Figures> fb = worst.of(t, after, rule);
            String who = String.join(", ", e.getValue()) + " (" + t.within().orElseThrow() + ")";
            if (fa.isPresent() && fb.isPresent()) {
                long d = fb.get().worstSeconds() - fa.get().worstSeconds();
                if (d != 0) {
                    aspects.add(d > 0 ? Classification.LOOSENED : Classification.TIGHTENED);
                }
                details.add(who + ": worst case " + Lengths.wallClock(fa.get().worstSeconds()) + " -> "
                        + Lengths.wallClock(fb.get().worstSeconds())
                        + (d == 0
                                ? " (unchanged)"
                                : " (request " + Lengths.arrival(fb.get().worstArrival(), after.zone()) + ")"));
            } else {
                details.add(who + ": worst case " + WorstCases.describe(fa, before) + " -> "
                        + WorstCases.describe(fb, after));
            }
        }
        Change c = new Change(
                Classification.combine(aspects), code, "calendar '" + name + "'", text, effect, details, where, false);
        out.add(c);
    }

    /** The timed targets of the new version that count on a calendar, each with the kinds of ticket it serves. */
    private Map<Target, List<String>> affected(String calendar) {
        Map<Target, List<String>> byTarget = new LinkedHashMap<>();
        for (Map.Entry<Cell, Promise> e : cells(n, n.defaultReading(), axes()).entrySet()) {
            Promise p = e.getValue();
            if (p.calendarName().equals(calendar) && p.target().within().isPresent()) {
                String who = e.getKey().subject();
                List<String> list = byTarget.computeIfAbsent(p.target(), k -> new ArrayList<>());
                if (!list.contains(who)) {
                    list.add(who);
                }
            }
        }
        return byTarget;
    }

    private void defaultCalendar() {
        if (!o.defaultCalendar().equals(n.defaultCalendar())) {
            out.add(Change.of(
                    Classification.NEUTRAL,
                    "default-calendar",
                    "default calendar",
                    "default calendar '" + o.defaultCalendar() + "' -> '" + n.defaultCalendar() + "'",
                    at("default-calendar")));
        }
    }

    // ---------------------------------------------------------------- business days

    private void businessDay() {
        BusinessDayRule a = o.businessDayUnder(o.defaultReading());
        BusinessDayRule b = n.businessDayUnder(n.defaultReading());
        if (a.equals(b)) {
            return;
        }
        List<Classification> aspects = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Map<Target, List<String>> byTarget = new LinkedHashMap<>();
        Map<Target, BusinessCalendar> calendarOf = new LinkedHashMap<>();
        for (Map.Entry<Cell, Promise> e : cells(n, n.defaultReading(), axes()).entrySet()) {
            Promise p = e.getValue();
            if (p.target().within().map(t -> t.isBusinessDays()).orElse(false)) {
                byTarget.computeIfAbsent(p.target(), k -> new ArrayList<>())
                        .add(e.getKey().subject());
                calendarOf.put(p.target(), p.calendar());
            }
        }
        for (Map.Entry<Target, List<String>> e : byTarget.entrySet()) {
            BusinessCalendar cal = calendarOf.get(e.getKey());
            Optional<TimeToDeadline.Figures> fa = worst.of(e.getKey(), cal, a);
            Optional<TimeToDeadline.Figures> fb = worst.of(e.getKey(), cal, b);
            if (fa.isPresent() && fb.isPresent()) {
                long d = fb.get().worstSeconds() - fa.get().worstSeconds();
                if (d != 0) {
                    aspects.add(d > 0 ? Classification.LOOSENED : Classification.TIGHTENED);
                }
                details.add(String.join(", ", distinct(e.getValue())) + " ("
                        + e.getKey().within().orElseThrow() + "): worst case "
                        + Lengths.wallClock(fa.get().worstSeconds()) + " -> "
                        + Lengths.wallClock(fb.get().worstSeconds()));
            }
        }
        Optional<SourceMark> where =
                lines.node("business-day").isPresent() ? at("business-day") : readingSettingBusinessDays();
        out.add(new Change(
                Classification.combine(aspects),
                "business-day",
                "business days",
                "business days read as " + b + " (was " + a + ")",
                Optional.empty(),
                details,
                where,
                false));
    }

    private Optional<SourceMark> readingSettingBusinessDays() {
        for (Map.Entry<String, Ambiguity> e : n.ambiguities().entrySet()) {
            Ambiguity.Reading r = e.getValue().readings().get(e.getValue().defaultReading());
            if (r != null && r.businessDay().isPresent()) {
                return at("ambiguities", e.getKey(), "default");
            }
        }
        return at();
    }

    private static List<String> distinct(List<String> items) {
        return List.copyOf(new LinkedHashSet<>(items));
    }

    // ---------------------------------------------------------------- channels

    private void channels() {
        boolean hadList = !o.channels().isEmpty();
        boolean hasList = !n.channels().isEmpty();
        if (hadList && !hasList) {
            out.add(Change.of(
                    Classification.TIGHTENED,
                    "channels",
                    "channels",
                    "channels no longer listed: every channel is covered",
                    at()));
            return;
        }
        if (!hadList && hasList) {
            List<String> notCovered = n.channels().values().stream()
                    .filter(c -> !c.covered())
                    .map(Channel::key)
                    .toList();
            out.add(Change.of(
                    Classification.LOOSENED,
                    "channels",
                    "channels",
                    "channels now listed (" + String.join(", ", n.channels().keySet()) + "): tickets on other channels"
                            + (notCovered.isEmpty() ? "" : " and on " + String.join(", ", notCovered))
                            + " are excluded",
                    at("channels")));
            return;
        }
        Set<String> keys = new LinkedHashSet<>(n.channels().keySet());
        keys.addAll(o.channels().keySet());
        for (String k : keys) {
            Channel a = o.channels().get(k);
            Channel b = n.channels().get(k);
            String subject = "channel " + k;
            if (a == null) {
                out.add(Change.of(
                        b.covered() ? Classification.TIGHTENED : Classification.NEUTRAL,
                        "channel-added",
                        subject,
                        subject + " added"
                                + (b.covered() ? " (covered)" : " (not covered, as an unlisted channel was)"),
                        at("channels", k)));
                continue;
            }
            if (b == null) {
                out.add(Change.of(
                        a.covered() ? Classification.LOOSENED : Classification.NEUTRAL,
                        "channel-removed",
                        subject,
                        subject + " no longer listed" + (a.covered() ? ": its tickets are excluded" : ""),
                        at("channels")));
                continue;
            }
            if (a.covered() != b.covered()) {
                out.add(Change.of(
                        b.covered() ? Classification.TIGHTENED : Classification.LOOSENED,
                        "channel-covered",
                        subject,
                        subject + (b.covered() ? " now covered" : " no longer covered"),
                        at("channels", k, "covered")));
            }
            if (!a.excludedRoles().equals(b.excludedRoles())) {
                List<String> added = new ArrayList<>(b.excludedRoles());
                added.removeAll(a.excludedRoles());
                List<String> removed = new ArrayList<>(a.excludedRoles());
                removed.removeAll(b.excludedRoles());
                Classification c = !added.isEmpty()
                        ? Classification.LOOSENED
                        : removed.isEmpty() ? Classification.NEUTRAL : Classification.TIGHTENED;
                out.add(Change.of(
                        c,
                        "channel-roles",
                        subject,
                        subject + " excluded roles " + a.excludedRoles() + " -> " + b.excludedRoles(),
                        at("channels", k, "excluded-roles")));
            }
            if (!a.calendar().equals(b.calendar())) {
                Optional<BusinessCalendar> ca = a.calendar().map(o.calendars()::get);
                Optional<BusinessCalendar> cb = b.calendar().map(n.calendars()::get);
                Change c = Change.of(
                        Classification.NEUTRAL,
                        "channel-calendar",
                        subject,
                        subject + " hours "
                                + a.calendar().map(x -> "'" + x + "'").orElse("not stated") + " -> "
                                + b.calendar().map(x -> "'" + x + "'").orElse("not stated"),
                        at("channels", k, "calendar"));
                if (ca.isPresent() && cb.isPresent()) {
                    long ha = worst.openSeconds(ca.get());
                    long hb = worst.openSeconds(cb.get());
                    if (ha != hb) {
                        c = new Change(
                                hb < ha ? Classification.LOOSENED : Classification.TIGHTENED,
                                c.code(),
                                c.subject(),
                                c.text(),
                                Optional.of(Lengths.hours(Math.abs(hb - ha)) + " open a year "
                                        + (hb < ha ? "fewer" : "more")),
                                List.of(),
                                c.at(),
                                false);
                    }
                }
                out.add(c);
            }
        }
        generic("channels", Set.of("covered", "excluded-roles", "calendar"));
    }

    // ---------------------------------------------------------------- targets

    /** A kind of ticket: metric, priority and, where the contract tells them apart, tier, channel and region. */
    record Cell(
            Metric metric, String priority, Optional<String> tier, Optional<String> channel, Optional<String> region) {
        String variant() {
            List<String> parts = new ArrayList<>();
            tier.ifPresent(t -> parts.add("tier " + t));
            channel.ifPresent(c -> parts.add("channel " + c));
            region.ifPresent(r -> parts.add("region " + r));
            return String.join(", ", parts);
        }

        String subject() {
            return priority + " " + words(metric);
        }
    }

    static String words(Metric m) {
        return m.key().replace('-', ' ');
    }

    /** The values each axis takes in either version. */
    record Axes(List<Optional<String>> tiers, List<Optional<String>> channels, List<Optional<String>> regions) {}

    private Axes axes() {
        List<Target> all = new ArrayList<>(o.targets());
        all.addAll(n.targets());
        List<Optional<String>> tiers = List.of(Optional.empty());
        if (all.stream().anyMatch(t -> !t.tiers().isEmpty())) {
            Set<String> keys = new LinkedHashSet<>(n.commercial().tiers().keySet());
            keys.addAll(o.commercial().tiers().keySet());
            tiers = new ArrayList<>();
            if (o.commercial().defaultTier().isEmpty()
                    || n.commercial().defaultTier().isEmpty()) {
                tiers.add(Optional.empty());
            }
            for (String k : keys) {
                tiers.add(Optional.of(k));
            }
        }
        List<Optional<String>> channels = List.of(Optional.empty());
        if (all.stream().anyMatch(t -> !t.channels().isEmpty())) {
            channels = new ArrayList<>();
            channels.add(Optional.empty());
            Set<String> named = new LinkedHashSet<>();
            all.forEach(t -> named.addAll(t.channels()));
            for (String c : named) {
                channels.add(Optional.of(c));
            }
        }
        List<Optional<String>> regions = List.of(Optional.empty());
        boolean byRegion = all.stream().anyMatch(t -> !t.regions().isEmpty())
                || o.regions().values().stream().anyMatch(r -> !r.calendar().equals(o.defaultCalendar()))
                || n.regions().values().stream().anyMatch(r -> !r.calendar().equals(n.defaultCalendar()));
        if (byRegion) {
            regions = new ArrayList<>();
            regions.add(Optional.empty());
            Set<String> keys = new LinkedHashSet<>(n.regions().keySet());
            keys.addAll(o.regions().keySet());
            for (String r : keys) {
                regions.add(Optional.of(r));
            }
        }
        return new Axes(tiers, channels, regions);
    }

    /**
     * The policy, if its promises can be compared: hours the contract leaves to another document
     * cannot be, so this says which, rather than failing on them later.
     *
     * @throws io.slaudit.input.InputException naming each calendar still open
     */
    static Policy requireComparable(Policy p) {
        p.requireStated("comparing what the contract promises (diff, verify, drift)", false, false);
        return p;
    }

    /** What each kind of ticket is promised under a reading, of a policy {@link #requireComparable}. */
    static Map<Cell, Promise> cells(Policy p, ReadingChoice reading, Axes axes) {
        Map<Cell, Promise> out = new LinkedHashMap<>();
        Set<Metric> metrics = new LinkedHashSet<>();
        p.targets().forEach(t -> metrics.add(t.metric()));
        BusinessDayRule rule = p.businessDayUnder(reading);
        for (Metric m : metrics) {
            for (String priority : p.priorities().keySet()) {
                List<Target> candidates = TargetChoice.candidates(p, reading, m, priority);
                for (Optional<String> tier : axes.tiers()) {
                    Optional<String> effectiveTier = tier.isPresent()
                            ? tier
                            : p.commercial().defaultTier().map(Tier::key);
                    for (Optional<String> channel : axes.channels()) {
                        for (Optional<String> region : axes.regions()) {
                            Optional<Target> t = TargetChoice.select(candidates, effectiveTier, channel, region);
                            if (t.isEmpty()) {
                                continue;
                            }
                            String cal = t.get()
                                    .calendar()
                                    .or(() -> region.map(p.regions()::get).map(Region::calendar))
                                    .orElse(p.defaultCalendar());
                            out.put(
                                    new Cell(m, priority, tier, channel, region),
                                    new Promise(
                                            t.get(),
                                            indexOf(p, t.get()),
                                            cal,
                                            p.calendars().get(cal),
                                            rule));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int indexOf(Policy p, Target t) {
        for (int i = 0; i < p.targets().size(); i++) {
            if (p.targets().get(i) == t) {
                return i;
            }
        }
        return -1;
    }

    private void targets() {
        Axes axes = axes();
        Set<Target> involved = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        compareCells(cells(o, o.defaultReading(), axes), cells(n, n.defaultReading(), axes), "", null, involved);
        // targets that hold only under another reading of an ambiguous clause
        for (Map.Entry<String, Ambiguity> e : n.ambiguities().entrySet()) {
            Ambiguity before = o.ambiguities().get(e.getKey());
            if (before == null) {
                continue;
            }
            for (String reading : e.getValue().readings().keySet()) {
                if (reading.equals(n.defaultReading().readingOf(e.getKey()))
                        || !before.readings().containsKey(reading)) {
                    continue;
                }
                compareCells(
                        cells(o, o.defaultReading().with(e.getKey(), reading), axes),
                        cells(n, n.defaultReading().with(e.getKey(), reading), axes),
                        " under reading " + e.getKey() + "=" + reading,
                        e.getKey(),
                        involved);
            }
        }
        targetTexts(involved);
    }

    /**
     * Compares what each kind of ticket is promised, and reports the changes once for all the kinds
     * that share them ({@code urgent first response (tier level-2, tier level-3)}).
     *
     * @param onlyWhen under another reading, only the targets that hold for it are reported
     */
    private void compareCells(
            Map<Cell, Promise> before,
            Map<Cell, Promise> after,
            String reading,
            String onlyWhen,
            Set<Target> involved) {
        Set<Cell> cells = new LinkedHashSet<>(after.keySet());
        cells.addAll(before.keySet());
        record Group(Change change, List<Cell> cells) {}
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Integer> variantsOf = new LinkedHashMap<>();
        for (Cell cell : cells) {
            variantsOf.merge(cell.metric() + " " + cell.priority(), 1, Integer::sum);
        }
        for (Cell cell : cells) {
            Promise a = before.get(cell);
            Promise b = after.get(cell);
            if (onlyWhen != null
                    && (a == null || !a.target().when().containsKey(onlyWhen))
                    && (b == null || !b.target().when().containsKey(onlyWhen))) {
                continue;
            }
            String subject = cell.subject();
            Change change;
            if (a == null) {
                change = Change.of(
                        b.guaranteedTime() ? Classification.TIGHTENED : Classification.NEUTRAL,
                        "target-added",
                        subject,
                        subject + reading + " no target -> " + b.written(),
                        at("targets", b.index()));
                involved.add(b.target());
            } else if (b == null) {
                change = Change.of(
                        a.guaranteedTime() ? Classification.LOOSENED : Classification.NEUTRAL,
                        "target-removed",
                        subject,
                        subject + reading + " " + a.written() + " -> no target",
                        at("targets"));
                involved.add(a.target());
            } else {
                // a new reading of business days is reported once, for every target it moves
                Promise a1 = new Promise(a.target(), a.index(), a.calendarName(), a.calendar(), b.rule());
                boolean alike = a.calendarName().equals(b.calendarName())
                        || a.calendar().equals(b.calendar());
                Promise.Verdict v = Promise.compare(a1, b, alike, worst);
                if (!v.changed()) {
                    continue;
                }
                involved.add(a.target());
                involved.add(b.target());
                change = new Change(
                        v.classification(),
                        v.field().equals("within") ? "target-time" : "target-" + v.field(),
                        subject,
                        subject + reading + " " + v.what(),
                        v.effect(),
                        v.details(),
                        at("targets", b.index(), v.field()),
                        false);
            }
            String key = cell.metric() + "|" + cell.priority() + "|" + change.text() + "|" + change.effect() + "|"
                    + change.classification();
            groups.computeIfAbsent(key, k -> new Group(null, new ArrayList<>()));
            Group g = groups.get(key);
            if (g.change() == null) {
                groups.put(key, new Group(change, g.cells()));
                g = groups.get(key);
            }
            g.cells().add(cell);
        }
        for (Group g : groups.values()) {
            Change c = g.change();
            Cell first = g.cells().get(0);
            int all = variantsOf.get(first.metric() + " " + first.priority());
            List<String> variants = g.cells().stream()
                    .map(Cell::variant)
                    .filter(v -> !v.isEmpty())
                    .distinct()
                    .toList();
            if (g.cells().size() < all && !variants.isEmpty()) {
                boolean base = g.cells().stream().anyMatch(x -> x.variant().isEmpty());
                String list = String.join("; ", variants) + (base ? "; other tickets" : "");
                String subject = c.subject() + " (" + list + ")";
                String text = subject + c.text().substring(c.subject().length());
                c = new Change(c.classification(), c.code(), subject, text, c.effect(), c.details(), c.at(), false);
            }
            out.add(c);
        }
    }

    /** Targets matched by what they apply to whose texts changed, and targets added or removed without effect. */
    private void targetTexts(Set<Target> involved) {
        Map<List<Object>, Integer> before = new LinkedHashMap<>();
        for (int i = 0; i < o.targets().size(); i++) {
            before.putIfAbsent(identity(o.targets().get(i)), i);
        }
        Set<List<Object>> matched = new java.util.HashSet<>();
        for (int i = 0; i < n.targets().size(); i++) {
            Target b = n.targets().get(i);
            List<Object> id = identity(b);
            Integer j = before.get(id);
            String subject = "target " + (i + 1) + " (" + b.metric() + " for " + b.priorities() + ")";
            if (j == null) {
                if (!involved.contains(b)) {
                    out.add(Change.of(
                            Classification.NEUTRAL,
                            "target-added",
                            subject,
                            subject + " added; no kind of ticket is promised more or less",
                            at("targets", i)));
                }
                continue;
            }
            matched.add(id);
            Target a = o.targets().get(j);
            List<String> fields = new ArrayList<>();
            if (!a.calendar().equals(b.calendar())) {
                fields.add("calendar " + a.calendar().orElse("(default)") + " -> "
                        + b.calendar().orElse("(default)"));
            }
            if (!a.note().equals(b.note())) {
                fields.add("note");
            }
            if (!a.source().equals(b.source())) {
                fields.add("source");
            }
            if (!fields.isEmpty()
                    && !(involved.contains(b) && fields.stream().allMatch(f -> f.startsWith("calendar")))) {
                String field =
                        !a.note().equals(b.note()) ? "note" : !a.source().equals(b.source()) ? "source" : "calendar";
                out.add(Change.of(
                        Classification.NEUTRAL,
                        "target-text",
                        subject,
                        subject + ": " + String.join(", ", fields) + " changed",
                        at("targets", i, field)));
            }
        }
        for (int i = 0; i < o.targets().size(); i++) {
            Target a = o.targets().get(i);
            if (!matched.contains(identity(a)) && !involved.contains(a)) {
                String subject = "target (" + a.metric() + " for " + a.priorities() + ")";
                out.add(Change.of(
                        Classification.NEUTRAL,
                        "target-removed",
                        subject,
                        subject + " removed; no kind of ticket is promised more or less",
                        at("targets")));
            }
        }
    }

    private static List<Object> identity(Target t) {
        return Arrays.asList(
                t.metric(), t.priorities(), t.tiers(), t.channels(), t.regions(), new java.util.TreeMap<>(t.when()));
    }

    // ---------------------------------------------------------------- pauses, tiers, clauses

    private void pauseOn() {
        List<String> added = new ArrayList<>(n.pauseOn());
        added.removeAll(o.pauseOn());
        List<String> removed = new ArrayList<>(o.pauseOn());
        removed.removeAll(n.pauseOn());
        for (String s : added) {
            out.add(Change.of(
                    Classification.LOOSENED,
                    "pause-on",
                    "pauses",
                    "the clock now stops in state '" + s + "'",
                    at("pause-on")));
        }
        for (String s : removed) {
            out.add(Change.of(
                    Classification.TIGHTENED,
                    "pause-on",
                    "pauses",
                    "the clock no longer stops in state '" + s + "'",
                    at("pause-on")));
        }
    }

    private void tiers() {
        Map<String, Tier> a = o.commercial().tiers();
        Map<String, Tier> b = n.commercial().tiers();
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        String cur = n.commercial().currency();
        for (String k : keys) {
            Tier x = a.get(k);
            Tier y = b.get(k);
            String subject = "tier " + k;
            if (x == null) {
                out.add(Change.of(Classification.NEUTRAL, "tier-added", subject, subject + " added", at("tiers", k)));
                continue;
            }
            if (y == null) {
                out.add(Change.of(Classification.NEUTRAL, "tier-removed", subject, subject + " removed", at("tiers")));
                continue;
            }
            money(
                    subject + " monthly fee",
                    x.monthlyFee(),
                    y.monthlyFee(),
                    cur,
                    "tier-fee",
                    at("tiers", k, "monthly-fee"));
            if (x.phone().isPresent() && y.phone().isPresent()) {
                int ia = x.phone().get().includedMinutesPerMonth();
                int ib = y.phone().get().includedMinutesPerMonth();
                if (ia != ib) {
                    out.add(Change.of(
                                    ib < ia ? Classification.LOOSENED : Classification.TIGHTENED,
                                    "tier-minutes",
                                    subject,
                                    subject + " included phone minutes " + ia + " -> " + ib,
                                    at("tiers", k, "phone", "included-minutes"))
                            .withEffect(
                                    (ib < ia
                                            ? "" + (ia - ib) + " minutes a month fewer"
                                            : "" + (ib - ia) + " minutes a month more")));
                }
                money(
                        subject + " price per phone minute",
                        x.phone().get().pricePerMinute(),
                        y.phone().get().pricePerMinute(),
                        cur,
                        "tier-price",
                        at("tiers", k, "phone", "price-per-minute"));
            } else if (x.phone().isPresent() != y.phone().isPresent()) {
                out.add(Change.of(
                        Classification.NEUTRAL,
                        "tier-phone",
                        subject,
                        subject
                                + (y.phone().isPresent()
                                        ? " now includes phone support terms"
                                        : " no longer states phone support terms"),
                        at("tiers", k, "phone")));
            }
        }
        generic("tiers", Set.of("monthly-fee", "phone"));
    }

    private void money(
            String subject, BigDecimal a, BigDecimal b, String currency, String code, Optional<SourceMark> where) {
        int sign = b.compareTo(a);
        if (sign == 0) {
            return;
        }
        out.add(Change.of(
                        sign > 0 ? Classification.LOOSENED : Classification.TIGHTENED,
                        code,
                        subject,
                        subject + " " + a.toPlainString() + " -> " + b.toPlainString() + " " + currency,
                        where)
                .withEffect(
                        (sign > 0 ? "costs " : "saves ") + b.subtract(a).abs().toPlainString() + " " + currency));
    }

    /** Clauses by their text: an added cover tightens, an added exclusion loosens, and the other way round. */
    private void clauses(String section, Classification whenAdded, List<Clause> before, List<Clause> after) {
        Set<String> a = new LinkedHashSet<>();
        before.forEach(c -> a.add(c.text()));
        Set<String> b = new LinkedHashSet<>();
        after.forEach(c -> b.add(c.text()));
        Classification whenRemoved =
                whenAdded == Classification.TIGHTENED ? Classification.LOOSENED : Classification.TIGHTENED;
        String what = section.equals("covers") ? "covered" : "excluded";
        int i = 0;
        for (Clause c : after) {
            if (!a.contains(c.text())) {
                out.add(Change.of(
                        whenAdded, section, section, "now " + what + ": " + shorten(c.text()), at(section, i)));
            }
            i++;
        }
        for (Clause c : before) {
            if (!b.contains(c.text())) {
                out.add(Change.of(
                        whenRemoved, section, section, "no longer " + what + ": " + shorten(c.text()), at(section)));
            }
        }
        // topic and source texts of the same clauses
        List<Clause> keptBefore =
                before.stream().filter(c -> b.contains(c.text())).toList();
        List<Clause> keptAfter =
                after.stream().filter(c -> a.contains(c.text())).toList();
        if (!keptBefore.equals(keptAfter)) {
            out.add(Change.of(
                    Classification.NEUTRAL,
                    section,
                    section,
                    section + ": the sources, topics or order of clauses changed",
                    at(section)));
        }
    }

    static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").trim();
        return t.length() <= 100 ? t : t.substring(0, 99) + "…";
    }

    // ---------------------------------------------------------------- ambiguities

    private void ambiguities() {
        Set<String> keys = new LinkedHashSet<>(n.ambiguities().keySet());
        keys.addAll(o.ambiguities().keySet());
        for (String k : keys) {
            Ambiguity a = o.ambiguities().get(k);
            Ambiguity b = n.ambiguities().get(k);
            String subject = "ambiguity '" + k + "'";
            if (a == null) {
                out.add(Change.of(
                        Classification.NEUTRAL,
                        "ambiguity-added",
                        subject,
                        subject + " recorded: " + shorten(b.question()) + " (decided by '" + b.defaultReading() + "')",
                        at("ambiguities", k)));
                continue;
            }
            if (b == null) {
                out.add(Change.of(
                        Classification.NEUTRAL,
                        "ambiguity-removed",
                        subject,
                        subject + " no longer recorded",
                        at("ambiguities")));
                continue;
            }
            for (String r : b.readings().keySet()) {
                if (!a.readings().containsKey(r)) {
                    out.add(Change.of(
                            Classification.NEUTRAL,
                            "reading-added",
                            subject,
                            subject + ": new reading '" + r + "': "
                                    + shorten(b.readings().get(r).meaning()),
                            at("ambiguities", k, "readings", r)));
                }
            }
            for (String r : a.readings().keySet()) {
                if (!b.readings().containsKey(r)) {
                    out.add(Change.of(
                            Classification.NEUTRAL,
                            "reading-removed",
                            subject,
                            subject + ": reading '" + r + "' removed",
                            at("ambiguities", k, "readings")));
                }
            }
            if (!a.defaultReading().equals(b.defaultReading())) {
                out.add(Change.of(
                        Classification.NEUTRAL,
                        "reading-default",
                        subject,
                        subject + " now decided by reading '" + b.defaultReading() + "' (was '" + a.defaultReading()
                                + "')",
                        at("ambiguities", k, "default")));
            }
        }
        generic("ambiguities", Set.of("default"));
    }

    // ---------------------------------------------------------------- what no rule classifies

    private YamlNode canonicalOld;
    private YamlNode canonicalNew;

    /**
     * A section of the canonical form compared value by value; each difference that no rule above
     * classifies is a neutral change, the section's changes reported together.
     *
     * @param skip keys whose values the rules above compare, at any depth
     */
    private void generic(String section, Set<String> skip) {
        if (canonicalOld == null) {
            canonicalOld = YamlDocuments.parse("canonical", CanonicalYaml.of(o));
            canonicalNew = YamlDocuments.parse("canonical", CanonicalYaml.of(n));
        }
        Optional<YamlNode> a = ((YamlNode.Mapping) canonicalOld).get(section);
        Optional<YamlNode> b = ((YamlNode.Mapping) canonicalNew).get(section);
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        List<TreeDiff.Leaf> leaves = new ArrayList<>();
        List<Object> root = new ArrayList<>(List.of(section));
        Predicate<List<Object>> skipped = path -> path.stream().anyMatch(skip::contains)
                || (topLevelsHandled(section)
                        && path.size() == 2
                        && (a.isEmpty() || b.isEmpty() || !has(a.get(), path.get(1)) || !has(b.get(), path.get(1))))
                // a reading added or removed is reported by ambiguities() with its meaning
                || (section.equals("ambiguities")
                        && path.size() == 4
                        && path.get(2).equals("readings")
                        && (!present(a, path) || !present(b, path)));
        TreeDiff.leaves(a, b, root, leaves, skipped);
        if (leaves.isEmpty()) {
            return;
        }
        List<String> details = leaves.stream().map(TreeDiff.Leaf::describe).toList();
        Object[] first = leaves.get(0).path().toArray();
        String text = leaves.size() == 1 ? details.get(0) : section + " changed (" + leaves.size() + " values)";
        out.add(new Change(
                Classification.NEUTRAL,
                section,
                section,
                text,
                Optional.empty(),
                leaves.size() == 1 ? List.of() : details.subList(0, Math.min(details.size(), 20)),
                Optional.of(lines.at(first)),
                false));
    }

    /** Sections whose entries' coming and going the rules above report. */
    private static boolean topLevelsHandled(String section) {
        return section.equals("channels") || section.equals("tiers") || section.equals("ambiguities");
    }

    /** Whether a section's tree holds the path (its first step, the section, left out). */
    private static boolean present(Optional<YamlNode> section, List<Object> path) {
        if (section.isEmpty()) {
            return false;
        }
        YamlNode node = section.get();
        for (Object step : path.subList(1, path.size())) {
            if (!(node instanceof YamlNode.Mapping m)
                    || !(step instanceof String k)
                    || m.get(k).isEmpty()) {
                return false;
            }
            node = m.get(k).get();
        }
        return true;
    }

    private static boolean has(YamlNode node, Object key) {
        return node instanceof YamlNode.Mapping m
                && key instanceof String k
                && m.entries().containsKey(k);
    }
}
