package io.slaudit.compare;

import io.slaudit.Tool;
import io.slaudit.audit.InputFile;
import io.slaudit.billing.Scenario;
import io.slaudit.billing.ScenarioQuote;
import io.slaudit.billing.Scenarios;
import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.CalendarRangeException;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.ZoneTime;
import io.slaudit.compare.Comparison.CalendarCoverage;
import io.slaudit.compare.Comparison.Coverage;
import io.slaudit.compare.Comparison.PolicyComparison;
import io.slaudit.compare.Comparison.ReadingRow;
import io.slaudit.compare.Comparison.TargetRow;
import io.slaudit.compare.Comparison.Timing;
import io.slaudit.compare.Comparison.Variant;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.input.SourceMark;
import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.DueTime;
import io.slaudit.policy.Guarantee;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyExplainer;
import io.slaudit.policy.ReadingChoice;
import io.slaudit.policy.Region;
import io.slaudit.policy.Severity;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetChoice;
import io.slaudit.policy.TargetTime;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares contracts: works out each one's coverage, its severities' targets and their timing over
 * the year (the audit's own rules, through {@link DueTime} and {@link TargetChoice}), under every
 * reading, and replays a ticket export under each when asked. Problems that make a figure
 * impossible (a year outside the holiday data, a calendar closed for more than a year) are errors
 * naming the policy and target, never a silent gap.
 */
public final class Compare {

    private static final long DAY = 86_400;

    /** A calendar closed longer than this gives requests no deadline worth stating. */
    static final long LONGEST_CLOSURE = 366 * DAY;

    private Compare() {}

    /**
     * @throws InputException for a year, policy or map that cannot be compared (every problem found)
     */
    public static Comparison run(CompareRequest request) {
        Map<Policy, SeverityClasses> classes = request.severities().classesOf(request.policies());
        int year = request.year();
        checkYear(request);
        List<PolicyComparison> compared = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < request.policies().size(); i++) {
            Policy p = request.policies().get(i);
            String file = request.files().get(i).toString();
            try {
                compared.add(new OnePolicy(p, file, year, classes.get(p)).compare());
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        List<InputFile> inputs = new ArrayList<>();
        for (Path f : request.files()) {
            inputs.add(InputFile.of("policy", f));
        }
        request.severities().file().ifPresent(f -> inputs.add(InputFile.of("severity-map", f)));
        request.scenario().flatMap(CostScenario::file).ifPresent(f -> inputs.add(InputFile.of("scenario", f)));
        Optional<CostComparison> cost = request.scenario().map(s -> cost(compared, classes, s));
        Optional<TicketComparison> tickets =
                request.replay().map(r -> TicketReplay.run(request.policies(), request.files(), classes, r, request));
        return new Comparison(
                year,
                compared,
                tickets,
                cost,
                inputs,
                Tool.version(),
                PublicHolidays.library().source());
    }

    /**
     * The scenario priced under each contract by the billing engine, the default readings and each
     * other; a contract without tiers states no prices and is shown as such.
     */
    private static CostComparison cost(
            List<PolicyComparison> compared, Map<Policy, SeverityClasses> classes, CostScenario scenario) {
        List<CostComparison.PolicyCost> out = new ArrayList<>();
        for (PolicyComparison pc : compared) {
            Policy p = pc.policy();
            SeverityClasses c = classes.get(p);
            Scenario month = scenario.forPolicy(c);
            Optional<ScenarioQuote> quote = Optional.empty();
            ScenarioQuote.Verdict unpriced = ScenarioQuote.Verdict.NOT_ASKED;
            if (CostScenario.priced(p)) {
                quote = Optional.of(Scenarios.quote(p, month));
            } else if (month.requirement().isPresent()) {
                unpriced = Scenarios.requirement(
                        p,
                        p.defaultReading(),
                        Optional.empty(),
                        month.requirement().get());
            }
            out.add(new CostComparison.PolicyCost(
                    p.id(), pc.name(), p.commercial().currency(), quote, unpriced, scenario.requiredClass(c)));
        }
        return new CostComparison(scenario, out);
    }

    private static void checkYear(CompareRequest request) {
        int year = request.year();
        List<Problem> problems = new ArrayList<>();
        if (year < BusinessClock.FIRST_YEAR || year >= BusinessClock.LAST_YEAR) {
            throw InputException.invalid(
                    SourceMark.file("--year"),
                    year + " is outside the years slaudit computes calendars for (" + BusinessClock.FIRST_YEAR + " to "
                            + (BusinessClock.LAST_YEAR - 1) + ")");
        }
        if (year >= PublicHolidays.FIRST_TRUSTED_YEAR && year <= PublicHolidays.LAST_TRUSTED_YEAR) {
            return;
        }
        for (int i = 0; i < request.policies().size(); i++) {
            Policy p = request.policies().get(i);
            for (Map.Entry<String, BusinessCalendar> c : p.calendars().entrySet()) {
                if (!c.getValue().regions().isEmpty()) {
                    problems.add(new Problem(
                            SourceMark.file(request.files().get(i).toString()),
                            "--year " + year + ": calendar '" + c.getKey() + "' of policy '" + p.id()
                                    + "' closes on the public holidays of "
                                    + c.getValue().regions().stream()
                                            .map(Object::toString)
                                            .collect(Collectors.joining(", "))
                                    + ", and slaudit trusts the holiday data ("
                                    + PublicHolidays.library().source()
                                    + ") for " + PublicHolidays.FIRST_TRUSTED_YEAR + " to "
                                    + PublicHolidays.LAST_TRUSTED_YEAR + " only"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputException.Kind.INVALID, problems);
        }
    }

    /** The work for one policy: its clocks and the timings already computed. */
    private static final class OnePolicy {
        final Policy policy;
        final String file;
        final int year;
        final SeverityClasses classes;
        final Map<String, BusinessClock> clocks = new LinkedHashMap<>();
        final Map<TimingKey, Optional<Timing>> timings = new HashMap<>();
        final ReadingChoice defaults;
        final List<ReadingChoice> others;

        /** One computation: a target (by identity) on a calendar, business days read by a rule. */
        record TimingKey(Target target, String calendar, Optional<BusinessDayRule> rule) {
            @Override
            public boolean equals(Object o) {
                return o instanceof TimingKey k
                        && k.target == target
                        && k.calendar.equals(calendar)
                        && k.rule.equals(rule);
            }

            @Override
            public int hashCode() {
                return Objects.hash(System.identityHashCode(target), calendar, rule);
            }
        }

        OnePolicy(Policy policy, String file, int year, SeverityClasses classes) {
            this.policy = policy;
            this.file = file;
            this.year = year;
            this.classes = classes;
            this.defaults = policy.defaultReading();
            this.others = policy.otherReadings(defaults);
            policy.calendars().forEach((name, c) -> clocks.put(name, BusinessClock.of(c, PublicHolidays.library())));
        }

        PolicyComparison compare() {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            boolean inForce =
                    policy.identity().effectiveFrom().map(f -> !f.isAfter(last)).orElse(true)
                            && policy.identity()
                                    .effectiveTo()
                                    .map(t -> !t.isBefore(first))
                                    .orElse(true);
            List<TargetRow> rows = new ArrayList<>();
            for (Severity s : Severity.values()) {
                Optional<String> cls = classes.classFor(s);
                if (cls.isPresent()) {
                    rows.addAll(rowsOf(Optional.of(s), cls.get()));
                }
            }
            for (String cls : classes.unmappedClasses()) {
                rows.addAll(rowsOf(Optional.empty(), cls));
            }
            return new PolicyComparison(policy, file, inForce, coverage(), classes, rows);
        }

        Coverage coverage() {
            PolicyExplainer explainer = new PolicyExplainer(Locale.ENGLISH, PublicHolidays.library());
            List<CalendarCoverage> calendars = new ArrayList<>();
            policy.calendars().forEach((name, c) -> {
                BusinessClock clock = clocks.get(name);
                long from = yearStart(clock, year);
                long to = yearStart(clock, year + 1);
                calendars.add(new CalendarCoverage(
                        name,
                        c.zone(),
                        explainer.calendar(c),
                        c.hours().wallClockSecondsPerWeek(),
                        clock.elapsedSeconds(from, to),
                        c.closedDaysIn(year, PublicHolidays.library(), Locale.ENGLISH)
                                .size(),
                        c.regions().stream().map(Object::toString).toList()));
            });
            CalendarCoverage main = calendars.stream()
                    .filter(c -> c.name().equals(policy.defaultCalendar()))
                    .findFirst()
                    .orElseThrow();
            return new Coverage(
                    policy.defaultCalendar(), main.openSecondsPerWeek(), main.openSecondsInYear(), calendars);
        }

        /** The metrics a class gets rows for: first response and resolution always, others where a target sets them. */
        List<Metric> metricsOf(String cls) {
            List<Metric> out = new ArrayList<>(List.of(Metric.FIRST_RESPONSE, Metric.RESOLUTION));
            for (Metric m : Metric.values()) {
                if (!out.contains(m)
                        && policy.targets().stream()
                                .anyMatch(t -> t.metric() == m && t.priorities().matches(cls))) {
                    out.add(m);
                }
            }
            return out;
        }

        List<TargetRow> rowsOf(Optional<Severity> severity, String cls) {
            List<TargetRow> out = new ArrayList<>();
            for (Metric metric : metricsOf(cls)) {
                for (Variant v : variants()) {
                    out.add(row(severity, cls, metric, v));
                }
            }
            return out;
        }

        /**
         * The kinds of ticket whose targets differ: each tier where targets name tiers (a ticket
         * without one has the default tier), each channel targets name, each region where targets
         * name regions or regions count on other calendars.
         */
        List<Variant> variants() {
            List<Optional<String>> tiers = List.of(Optional.empty());
            if (policy.targets().stream().anyMatch(t -> !t.tiers().isEmpty())) {
                tiers = new ArrayList<>();
                for (String k : policy.commercial().tiers().keySet()) {
                    tiers.add(Optional.of(k));
                }
                if (policy.commercial().defaultTier().isEmpty()) {
                    tiers.add(0, Optional.empty());
                }
            }
            List<Optional<String>> channels = List.of(Optional.empty());
            if (policy.targets().stream().anyMatch(t -> !t.channels().isEmpty())) {
                channels = new ArrayList<>();
                channels.add(Optional.empty());
                for (String k : policy.channels().keySet()) {
                    if (policy.channels().get(k).covered()
                            && policy.targets().stream()
                                    .anyMatch(t -> t.channels().contains(k))) {
                        channels.add(Optional.of(k));
                    }
                }
            }
            List<Optional<String>> regions = List.of(Optional.empty());
            boolean targetsNameRegions =
                    policy.targets().stream().anyMatch(t -> !t.regions().isEmpty());
            if (targetsNameRegions
                    || policy.regions().values().stream()
                            .anyMatch(r -> !r.calendar().equals(policy.defaultCalendar()))) {
                regions = new ArrayList<>();
                // a ticket without a region counts on the default calendar: a row of its own unless a
                // region is the same thing
                boolean noneIsARegion = !targetsNameRegions
                        && policy.regions().values().stream()
                                .anyMatch(r -> r.calendar().equals(policy.defaultCalendar()));
                if (!noneIsARegion) {
                    regions.add(Optional.empty());
                }
                for (Region r : policy.regions().values()) {
                    regions.add(Optional.of(r.key()));
                }
            }
            List<Variant> out = new ArrayList<>();
            for (Optional<String> t : tiers) {
                for (Optional<String> c : channels) {
                    for (Optional<String> r : regions) {
                        out.add(new Variant(t, c, r));
                    }
                }
            }
            return out;
        }

        /** The tier a ticket of the variant has: its own, else the contract's default. */
        Optional<String> tierOf(Variant v) {
            return v.tier().or(() -> policy.commercial().defaultTier().map(io.slaudit.policy.Tier::key));
        }

        TargetRow row(Optional<Severity> severity, String cls, Metric metric, Variant v) {
            Optional<Target> target = select(defaults, metric, cls, v);
            Optional<String> calendar = target.map(t -> calendarOf(t, v));
            Optional<Timing> timing = target.flatMap(t -> timing(t, calendarOf(t, v), defaults));
            List<ReadingRow> readings = new ArrayList<>();
            for (ReadingChoice r : others) {
                Optional<Target> other = select(r, metric, cls, v);
                boolean sameTarget =
                        other.isPresent() == target.isPresent() && (other.isEmpty() || other.get() == target.get());
                boolean sameRule = target.flatMap(Target::within)
                                .map(TargetTime::isBusinessDays)
                                .orElse(false)
                        ? policy.businessDayUnder(r).equals(policy.businessDayUnder(defaults))
                        : true;
                if (sameTarget && sameRule) {
                    continue;
                }
                readings.add(new ReadingRow(
                        changed(r),
                        meaning(r),
                        other,
                        other.map(t -> calendarOf(t, v)),
                        other.flatMap(t -> timing(t, calendarOf(t, v), r))));
            }
            return new TargetRow(
                    severity, cls, metric, v, target, target.map(t -> indexOf(t) + 1), calendar, timing, readings);
        }

        int indexOf(Target t) {
            for (int i = 0; i < policy.targets().size(); i++) {
                if (policy.targets().get(i) == t) {
                    return i;
                }
            }
            return -1;
        }

        Optional<Target> select(ReadingChoice reading, Metric metric, String cls, Variant v) {
            return TargetChoice.select(
                    TargetChoice.candidates(policy, reading, metric, cls), tierOf(v), v.channel(), v.region());
        }

        /** The calendar a target counts on: its own, else the region's, else the default. */
        String calendarOf(Target t, Variant v) {
            return t.calendar()
                    .or(() -> v.region().map(r -> policy.regions().get(r).calendar()))
                    .orElse(policy.defaultCalendar());
        }

        /** The reading as {@code ambiguity=reading}, only the ambiguities that differ from the defaults. */
        String changed(ReadingChoice r) {
            return r.choices().entrySet().stream()
                    .filter(c -> !c.getValue().equals(defaults.readingOf(c.getKey())))
                    .map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining(","));
        }

        String meaning(ReadingChoice r) {
            return r.choices().entrySet().stream()
                    .filter(c -> !c.getValue().equals(defaults.readingOf(c.getKey())))
                    .map(c -> policy.ambiguities()
                            .get(c.getKey())
                            .readings()
                            .get(c.getValue())
                            .meaning())
                    .collect(Collectors.joining("; "));
        }

        Optional<Timing> timing(Target target, String calendar, ReadingChoice reading) {
            if (target.within().isEmpty()) {
                return Optional.empty();
            }
            TargetTime time = target.within().get();
            BusinessDayRule rule = policy.businessDayUnder(reading);
            TimingKey key =
                    new TimingKey(target, calendar, time.isBusinessDays() ? Optional.of(rule) : Optional.empty());
            Optional<Timing> known = timings.get(key);
            if (known != null) {
                return known;
            }
            Optional<Timing> computed = compute(target, calendar, rule);
            timings.put(key, computed);
            return computed;
        }

        private Optional<Timing> compute(Target target, String calendar, BusinessDayRule rule) {
            BusinessClock clock = clocks.get(calendar);
            TargetTime time = target.within().orElseThrow();
            long from = yearStart(clock, year);
            long to = yearStart(clock, year + 1);
            String what = "target " + (indexOf(target) + 1) + " (" + target.metric() + " for " + target.priorities()
                    + ", " + time + ")";
            checkReopens(clock, calendar, from, to, what);
            TimeToDeadline.Rule r = TimeToDeadline.Rule.of(clock, new ZoneTime(clock.zone()), target, rule);
            TimeToDeadline figures;
            try {
                figures = TimeToDeadline.over(r, from, to);
            } catch (CalendarRangeException e) {
                throw InputException.invalid(
                        SourceMark.file(file), what + " on calendar '" + calendar + "': " + e.getMessage());
            }
            BusinessCalendar definition = policy.calendars().get(calendar);
            if (!definition.regions().isEmpty()) {
                long trustedUntil = yearStart(clock, PublicHolidays.LAST_TRUSTED_YEAR + 1);
                if (figures.lastDue() >= trustedUntil) {
                    int dueYear = java.time.Instant.ofEpochSecond(figures.lastDue())
                            .atZone(clock.zone())
                            .getYear();
                    throw InputException.invalid(
                            SourceMark.file(file),
                            what + ": requests raised in " + year + " are due as late as " + dueYear
                                    + ", and calendar '" + calendar + "' takes its holidays from "
                                    + PublicHolidays.library().source() + ", which slaudit trusts for "
                                    + PublicHolidays.FIRST_TRUSTED_YEAR + " to " + PublicHolidays.LAST_TRUSTED_YEAR
                                    + " only" + (dueYear == year + 1 ? "; compare an earlier year" : ""));
                }
            }
            if (figures.all().isEmpty()) {
                return Optional.empty();
            }
            double share = target.guarantee() == Guarantee.BEST_EFFORT
                    ? 0
                    : (double) figures.all().get().arrivals() / (to - from);
            return Optional.of(new Timing(figures.all().get(), figures.inHours(), clock.zone(), share));
        }

        /**
         * A calendar closed for more than a year from some instant of the year would leave its
         * requests without a deadline worth the name (and its computation running to the last year
         * the clock knows): refused, naming the target.
         */
        private void checkReopens(BusinessClock clock, String calendar, long from, long to, String what) {
            long horizon = to + LONGEST_CLOSURE;
            long[] spans;
            try {
                spans = clock.openSpans(from, horizon);
            } catch (CalendarRangeException e) {
                throw InputException.invalid(
                        SourceMark.file(file), what + " on calendar '" + calendar + "': " + e.getMessage());
            }
            long closedSince = from;
            for (int i = 0; i <= spans.length; i += 2) {
                long opens = i < spans.length ? spans[i] : horizon;
                if (opens - closedSince > LONGEST_CLOSURE && closedSince < to) {
                    throw InputException.invalid(
                            SourceMark.file(file),
                            what + " counts on calendar '" + calendar + "', which never reopens within a year of "
                                    + io.slaudit.calendar.TimeText.format(
                                            java.time.Instant.ofEpochSecond(closedSince), clock.zone())
                                    + ": requests raised then have no deadline to compare");
                }
                if (i < spans.length) {
                    closedSince = Math.max(closedSince, spans[i + 1]);
                }
            }
        }
    }

    static long yearStart(BusinessClock clock, int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(clock.zone()).toEpochSecond();
    }
}
