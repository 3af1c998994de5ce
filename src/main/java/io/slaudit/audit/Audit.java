package io.slaudit.audit;

import io.slaudit.Tool;
import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.EpochDays;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.input.SourceMark;
import io.slaudit.policy.Guarantee;
import io.slaudit.policy.HandlingOrderRule;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyExplainer;
import io.slaudit.policy.ReadingChoice;
import io.slaudit.tickets.EventLog;
import io.slaudit.tickets.ParsedRow;
import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import io.slaudit.tickets.TicketEvent;
import io.slaudit.tickets.TicketField;
import io.slaudit.tickets.TicketReader;
import io.slaudit.tickets.TicketRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs an audit: streams the ticket export once, classifies every row (rejected, out of period,
 * excluded, audited), judges each ticket under the contract version in force when it was created,
 * and totals the verdicts. Memory does not grow with the number of tickets beyond 16 bytes an id
 * (for duplicate detection); per-ticket verdicts go to a spool on disk when renderers need them.
 */
public final class Audit {

    /** Breaches listed in the summary, worst first. */
    static final int WORST = 20;
    /** Rejected rows and event problems held in the summary; the spool keeps all. */
    static final int SAMPLE = 200;
    /** Changed verdicts listed per reading; more are counted. */
    static final int CHANGES = 1000;
    /** Overtaken tickets listed (the longest extra waits); all are counted. */
    static final int OVERTAKEN = 1000;

    private Audit() {}

    /** One version of the contract, ready to judge: its dates as epoch days, its judge. */
    private record Version(Policy policy, long fromDay, long toDay, TicketJudge judge, List<String> readingNames) {}

    /**
     * @throws InputException for unusable input, or for the first bad row under {@code strict}
     */
    public static AuditReport run(AuditRequest request, Progress progress) {
        return run(request, progress, Traced.NONE);
    }

    /** An audit that also keeps the evidence for the tickets {@code traced} names. */
    static AuditReport run(AuditRequest request, Progress progress, Traced traced) {
        ContractVersions contract = request.contract();
        ZoneId zone = contract.zone();

        EventLog events = request.events()
                .map(p -> EventLog.read(p, request.ticketsZone().orElse(zone)))
                .orElse(EventLog.empty());
        if (request.strict() && !events.rejected().isEmpty()) {
            throw strictFailure(
                    request.events().orElseThrow(), events.rejected().get(0));
        }

        Optional<VerdictSpool> spool = request.keepTickets() ? Optional.of(VerdictSpool.create()) : Optional.empty();
        try (TicketReader reader = TicketReader.open(
                request.tickets(),
                new TicketReader.Options(request.profile(), request.ticketsZone(), zone, request.sheet()))) {
            Set<Metric> measurable = EnumSet.noneOf(Metric.class);
            List<Reason> notes = new ArrayList<>();
            if (reader.has(TicketField.FIRST_RESPONSE)) {
                measurable.add(Metric.FIRST_RESPONSE);
            } else {
                notes.add(Reason.of(
                        "note.first-response-unmeasured", reader.profile().name()));
            }
            if (reader.has(TicketField.RESOLVED)) {
                measurable.add(Metric.RESOLUTION);
            } else {
                notes.add(Reason.of("note.resolution-unmeasured"));
            }
            List<Version> versions = versions(contract, request, measurable);
            Version first = versions.get(0);

            Totals totals = new Totals(contract, request.asOf());
            boolean ordered = measurable.contains(Metric.FIRST_RESPONSE)
                    && versions.stream().anyMatch(v -> v.policy().handlingOrder() == HandlingOrderRule.ARRIVAL);
            Optional<HandlingOrder> order =
                    ordered ? Optional.of(new HandlingOrder(zone, OVERTAKEN)) : Optional.empty();
            if (!measurable.contains(Metric.FIRST_RESPONSE)
                    && versions.stream().anyMatch(v -> v.policy().handlingOrder() == HandlingOrderRule.ARRIVAL)) {
                notes.add(Reason.of("note.order-unchecked"));
            }
            for (Version v : versions) {
                for (int r = 1; r < v.readingNames().size(); r++) {
                    totals.diff(v, r);
                }
            }
            IdRegistry ids = new IdRegistry(Math.max(0, reader.table().size()) / 128);
            long periodFrom = request.period().map(p -> p.from().toEpochDay()).orElse(Long.MIN_VALUE);
            long periodTo = request.period().map(p -> p.to().toEpochDay()).orElse(Long.MAX_VALUE);
            List<RejectedRow> eventProblems = new ArrayList<>();
            long counter = 0;
            RowPipeline rows = new RowPipeline(reader, zone);
            try (rows) {
                while (rows.hasNext()) {
                    ParsedRow row = rows.next();
                    totals.rowsRead++;
                    if ((++counter & 0x3ff) == 0) {
                        progress.update(
                                reader.table().bytesRead(), reader.table().size());
                    }
                    if (row instanceof RejectedRow r) {
                        traced.notJudged(r.line(), r.id(), r.reason());
                        reject(r, totals, spool, request);
                        continue;
                    }
                    TicketRecord t = (TicketRecord) row;
                    long earlier = ids.putIfAbsent(rows.fingerprint(), t.line());
                    if (earlier >= 0) {
                        reject(
                                new RejectedRow(t.line(), t.id(), Reason.of("row.duplicate-id", t.id(), earlier)),
                                totals,
                                spool,
                                request);
                        continue;
                    }
                    long day = rows.createdDay();
                    if (day < periodFrom || day > periodTo) {
                        totals.outOfPeriod++;
                        continue;
                    }
                    // Not raised yet at the audit's instant: outside the audit like a row outside
                    // the period, but listed, since it says the export is newer than --as-of.
                    if (t.created() > request.asOf()) {
                        traced.notJudged(
                                t.line(),
                                t.id(),
                                Reason.of(
                                        "ticket.created-after-as-of",
                                        TicketJudge.format(t.created(), zone),
                                        TicketJudge.format(request.asOf(), zone)));
                        totals.outOfPeriod++;
                        totals.afterAsOf++;
                        if (totals.afterAsOfSample.size() < SAMPLE) {
                            totals.afterAsOfSample.add(new RejectedRow(
                                    t.line(),
                                    t.id(),
                                    Reason.of(
                                            "ticket.created-after-as-of",
                                            TicketJudge.format(t.created(), zone),
                                            TicketJudge.format(request.asOf(), zone))));
                        }
                        continue;
                    }
                    Version version = null;
                    for (Version v : versions) {
                        if (day >= v.fromDay() && day <= v.toDay()) {
                            version = v;
                            break;
                        }
                    }
                    if (version == null) {
                        TicketVerdict v = new TicketVerdict(
                                t,
                                t.priority(),
                                Optional.empty(),
                                "none",
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(Reason.of("ticket.no-contract-version", LocalDate.ofEpochDay(day))),
                                zone,
                                List.of(),
                                List.of());
                        totals.add(v, day);
                        spool.ifPresent(s -> s.add(v));
                        if (traced.wants(t.id())) {
                            traced.traced(new TicketTrace(
                                    v, "", versions.get(0).policy().priorityChange(), List.of(), List.of()));
                        }
                        continue;
                    }
                    List<TicketEvent> ticketEvents = events.of(t.id());
                    TicketJudge.Outcome outcome = version.judge().judge(t, ticketEvents, request.asOf(), eventProblems);
                    if (outcome instanceof TicketJudge.Rejected r) {
                        traced.notJudged(t.line(), t.id(), r.reason());
                        reject(new RejectedRow(t.line(), t.id(), r.reason()), totals, spool, request);
                        continue;
                    }
                    TicketJudge.Judged judged = (TicketJudge.Judged) outcome;
                    totals.add(judged.verdict(), day);
                    if (order.isPresent()
                            && version.policy().handlingOrder() == HandlingOrderRule.ARRIVAL
                            && !judged.verdict().isExcluded()
                            && judged.answered().isPresent()) {
                        long answered = judged.answered().getAsLong();
                        order.get()
                                .add(
                                        judged.answeredPriority(),
                                        t.created(),
                                        answered,
                                        !answeredBy(t, request.asOf()),
                                        t.id());
                    }
                    List<OtherReading> others = totals.compare(judged, version);
                    TicketVerdict verdict = others.isEmpty()
                            ? judged.verdict()
                            : judged.verdict().withOtherReadings(others);
                    spool.ifPresent(s -> s.add(verdict));
                    if (traced.wants(t.id())) {
                        traced.traced(version.judge().trace(judged, verdict, request.asOf(), traced.locale));
                    }
                }
            }
            progress.finish();
            for (String id : events.ticketIds()) {
                if (!ids.contains(id)) {
                    for (TicketEvent e : events.of(id)) {
                        eventProblems.add(new RejectedRow(e.line(), id, Reason.of("event.unknown-ticket")));
                    }
                }
            }
            List<RejectedRow> allEventProblems = new ArrayList<>(events.rejected());
            allEventProblems.addAll(eventProblems);
            allEventProblems.sort(Comparator.comparingLong(RejectedRow::line));
            if (request.strict() && !allEventProblems.isEmpty()) {
                throw strictFailure(request.events().orElseThrow(), allEventProblems.get(0));
            }
            spool.ifPresent(VerdictSpool::finish);

            Policy policy = first.policy();
            AuditHeader header = new AuditHeader(
                    policy.id(),
                    policy.identity().vendor(),
                    policy.identity().product(),
                    contract.versionNames(),
                    request.period(),
                    request.asOf(),
                    request.asOfGiven(),
                    zone,
                    first.judge().readings().get(0).toString(),
                    reader.profile().name(),
                    reader.detected(),
                    new AuditHeader.TicketSource(reader.table().layout(), reader.zone(), reader.localTimes() > 0),
                    Tool.version(),
                    evidence(request, reader),
                    contract.all());
            List<AuditSummary.StateUse> unusedStates = unusedStates(events, versions);
            notes.addAll(packageNotes(versions));
            AuditSummary summary = totals.summary(
                    events.rows(),
                    allEventProblems,
                    calendars(versions),
                    notes,
                    unusedStates,
                    order.map(HandlingOrder::result));
            if (summary.nothingJudged()) {
                List<Reason> withWhy = new ArrayList<>(summary.notes());
                withWhy.add(0, Reason.of(AuditSummary.NOTHING_JUDGED, summary.nothingJudgedReason()));
                summary = summary.withNotes(withWhy);
            }
            if (!summary.counts().reconciles()) {
                throw new IllegalStateException("row counts do not reconcile: " + summary.counts());
            }
            return new AuditReport(header, summary, spool);
        } catch (RuntimeException e) {
            spool.ifPresent(VerdictSpool::close);
            throw e;
        }
    }

    /** Whether a ticket was answered (a first reply or its solution) by the instant. */
    private static boolean answeredBy(TicketRecord t, long instant) {
        return (t.firstResponse().isPresent() && t.firstResponse().getAsLong() <= instant)
                || (t.resolved().isPresent() && t.resolved().getAsLong() <= instant);
    }

    /** Examples kept of each state no rule names. */
    static final int STATE_EXAMPLES = 5;

    /**
     * The event states that no version of the contract names in {@code pause-on}: each lets the
     * clock run, as any state the contract does not name does; a mistyped pause state ('pendng')
     * would so run the clock unnoticed. Counted with their first events, most frequent first.
     */
    private static List<AuditSummary.StateUse> unusedStates(EventLog events, List<Version> versions) {
        Set<String> named = new java.util.HashSet<>();
        for (Version v : versions) {
            v.policy().pauseOn().forEach(p -> named.add(p.trim().toLowerCase(Locale.ROOT)));
        }
        final class Use {
            String spelling;
            long firstLine = Long.MAX_VALUE;
            long events;
            final List<AuditSummary.StateEvent> examples = new ArrayList<>();
        }
        Map<String, Use> uses = new HashMap<>();
        for (String id : events.ticketIds()) {
            for (TicketEvent e : events.of(id)) {
                if (e.state().isEmpty()) {
                    continue;
                }
                String state = e.state().get().trim();
                String key = state.toLowerCase(Locale.ROOT);
                if (named.contains(key)) {
                    continue;
                }
                Use use = uses.computeIfAbsent(key, k -> new Use());
                use.events++;
                if (e.line() < use.firstLine) {
                    // shown as the file first spells it, whatever order the ids come in
                    use.firstLine = e.line();
                    use.spelling = state;
                }
                use.examples.add(new AuditSummary.StateEvent(e.line(), id));
                if (use.examples.size() > 4 * STATE_EXAMPLES) {
                    keepFirst(use.examples);
                }
            }
        }
        List<AuditSummary.StateUse> out = new ArrayList<>();
        for (Use use : uses.values()) {
            keepFirst(use.examples);
            out.add(new AuditSummary.StateUse(use.spelling, use.events, use.examples));
        }
        out.sort(Comparator.comparingLong(AuditSummary.StateUse::events)
                .reversed()
                .thenComparing(AuditSummary.StateUse::state));
        return out;
    }

    private static void keepFirst(List<AuditSummary.StateEvent> examples) {
        examples.sort(Comparator.comparingLong(AuditSummary.StateEvent::line));
        if (examples.size() > STATE_EXAMPLES) {
            examples.subList(STATE_EXAMPLES, examples.size()).clear();
        }
    }

    /** Every input's hash; the export's from the bytes the audit parsed. */
    private static List<InputFile> evidence(AuditRequest request, TicketReader reader) {
        List<InputFile> inputs = new ArrayList<>();
        for (Path p : request.contract().files()) {
            inputs.add(InputFile.of("policy", p));
        }
        // the hash first: it reads what is left of a pipe, whose size is known only then
        String sha256 = reader.table().sha256();
        inputs.add(new InputFile(
                "tickets", request.tickets().toString(), sha256, reader.table().size()));
        request.events().ifPresent(p -> inputs.add(InputFile.of("events", p)));
        request.mapping().ifPresent(p -> inputs.add(InputFile.of("mapping", p)));
        // what was supplied for what the contract leaves open, by the option that gave it
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Policy p : request.contract().all()) {
            for (io.slaudit.policy.FilledValue f : p.filled()) {
                if (!f.supplied()) {
                    continue;
                }
                String role = f.by() == io.slaudit.policy.FilledValue.By.ASSUME
                        ? f.by().word()
                        : f.by().word() + " " + f.key();
                String path = f.by() == io.slaudit.policy.FilledValue.By.ASSUME
                        ? f.file().orElseThrow()
                        : f.value();
                if (seen.add(role + "\u0000" + path)) {
                    inputs.add(new InputFile(
                            role,
                            path,
                            f.sha256().orElseThrow(),
                            f.file().map(x -> fileSize(Path.of(x))).orElse((long)
                                    f.value().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)));
                }
            }
        }
        return inputs;
    }

    private static long fileSize(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static List<Version> versions(ContractVersions contract, AuditRequest request, Set<Metric> measurable) {
        List<Version> out = new ArrayList<>();
        boolean several = contract.all().size() > 1;
        for (Policy p : contract.all()) {
            ReadingChoice chosen;
            try {
                chosen = request.reading().map(r -> p.reading(r, several)).orElse(p.defaultReading());
            } catch (IllegalArgumentException e) {
                throw new InputException(
                        InputException.Kind.INVALID,
                        List.of(new Problem(SourceMark.file("--reading"), e.getMessage())));
            }
            List<ReadingChoice> readings = new ArrayList<>();
            readings.add(chosen);
            readings.addAll(p.otherReadings(chosen));
            List<String> names = readings.stream().map(ReadingChoice::toString).toList();
            out.add(new Version(
                    p,
                    p.identity().effectiveFrom().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
                    p.identity().effectiveTo().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE),
                    new TicketJudge(p, measurable, readings, request.names()),
                    names));
        }
        return out;
    }

    private static InputException strictFailure(Path file, RejectedRow row) {
        return InputException.invalid(
                SourceMark.line(file.toString(), row.line()), row.reason() + " (--strict: a bad row is fatal)");
    }

    private static void reject(RejectedRow r, Totals totals, Optional<VerdictSpool> spool, AuditRequest request) {
        if (request.strict()) {
            throw strictFailure(request.tickets(), r);
        }
        totals.rejected++;
        if (totals.rejectedSample.size() < SAMPLE) {
            totals.rejectedSample.add(r);
        }
        spool.ifPresent(s -> s.add(r));
    }

    /**
     * Tickets whose tier column named a package rather than a tier were judged under the tier the
     * package includes: the reader is told, with the count, since the export's word is not the
     * contract's tier.
     */
    private static List<Reason> packageNotes(List<Version> versions) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Version> firstIn = new LinkedHashMap<>();
        for (Version v : versions) {
            v.judge().ticketsByPackage().forEach((key, n) -> {
                counts.computeIfAbsent(key, k -> new long[1])[0] += n;
                firstIn.putIfAbsent(key, v);
            });
        }
        List<Reason> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            io.slaudit.policy.CommercialTerms c = firstIn.get(key).policy().commercial();
            io.slaudit.policy.SupportPackage p = c.packages().get(key);
            io.slaudit.policy.Tier tier = c.tierOf(p).orElseThrow();
            out.add(
                    p.includesTiers().size() > 1
                            ? Reason.of(
                                    "note.package-tiers",
                                    n[0],
                                    key,
                                    p.label(),
                                    tier.key(),
                                    tier.label(),
                                    String.join(", ", p.includesTiers()))
                            : Reason.of("note.package-tier", n[0], key, p.label(), tier.key(), tier.label()));
        });
        return out;
    }

    private static List<AuditSummary.CalendarUse> calendars(List<Version> versions) {
        PolicyExplainer explainer = new PolicyExplainer(Locale.ENGLISH, PublicHolidays.library());
        Map<String, AuditSummary.CalendarUse> out = new LinkedHashMap<>();
        for (Version v : versions) {
            for (Map.Entry<String, int[]> used : v.judge().yearsUsed().entrySet()) {
                BusinessCalendar c = v.policy().calendars().get(used.getKey());
                List<Integer> years = new ArrayList<>();
                for (int y = used.getValue()[0]; y <= used.getValue()[1]; y++) {
                    years.add(y);
                }
                AuditSummary.CalendarUse earlier = out.get(used.getKey());
                if (earlier != null) {
                    years.addAll(earlier.years());
                    years = years.stream().distinct().sorted().toList();
                }
                List<String> regions =
                        c.regions().stream().map(Object::toString).toList();
                out.put(
                        used.getKey(),
                        new AuditSummary.CalendarUse(
                                used.getKey(),
                                c.zone().getId(),
                                explainer.calendar(c),
                                regions,
                                regions.isEmpty()
                                        ? "the contract's own dates"
                                        : PublicHolidays.library().source(),
                                years));
            }
        }
        return List.copyOf(out.values());
    }

    /** Running totals of one audit, in mutable counters: [status ordinal]. */
    private static final class Totals {
        final ContractVersions contract;
        /** Lateness of an open breach runs to as-of. */
        final long asOf;

        long rowsRead;
        long audited;
        long excluded;
        long outOfPeriod;
        /** Rows created after as-of; counted in {@link #outOfPeriod} too. */
        long afterAsOf;

        final List<RejectedRow> afterAsOfSample = new ArrayList<>();
        long rejected;
        final List<RejectedRow> rejectedSample = new ArrayList<>();
        final Map<TargetKey, long[]> compliance = new LinkedHashMap<>();
        /** Results resting on no assumption, by status ordinal. */
        final long[] grounded = new long[Status.values().length];
        /**
         * Results by the list of assumptions they rest on: a contract has few such lists (one per
         * target and scope), so this costs a look-up a result, not a pass over its ids.
         */
        final Map<List<String>, long[]> byAssumptions = new HashMap<>();
        /** The last list looked up and its counter: the judge shares one list per target and scope. */
        private List<String> lastAssumptions = List.of();

        private long[] lastAssumptionCount = new long[1];
        /** By (year * 12 + month - 1): [metric ordinal][status ordinal]. */
        final Map<Long, long[][]> months = new TreeMap<>();

        final PriorityQueue<AuditSummary.BreachRow> worst = new PriorityQueue<>(BY_LATENESS);
        final Map<Reason, Long> exclusions = new HashMap<>();
        final Map<String, DiffBuilder> readings = new LinkedHashMap<>();
        /** Timed best-effort aims under the audit's reading: [within, missed, open]. */
        final Map<TargetKey, long[]> aims = new LinkedHashMap<>();

        /** A target as the summary groups it. */
        record TargetKey(Metric metric, String priority, String target) {}

        static final Comparator<AuditSummary.BreachRow> BY_LATENESS = Comparator.comparingLong(
                        AuditSummary.BreachRow::lateBySeconds)
                .thenComparingLong(AuditSummary.BreachRow::lateByClockSeconds)
                .thenComparing(AuditSummary.BreachRow::id, Comparator.reverseOrder());

        Totals(ContractVersions contract, long asOf) {
            this.contract = contract;
            this.asOf = asOf;
        }

        void add(TicketVerdict v, long createdDay) {
            if (v.isExcluded()) {
                excluded++;
                exclusions.merge(v.exclusion().get(), 1L, Long::sum);
            } else {
                audited++;
            }
            if (v.results().isEmpty()) {
                return;
            }
            long[][] month = months.computeIfAbsent(
                    EpochDays.yearMonth(createdDay), k -> new long[Metric.values().length][Status.values().length]);
            for (MetricResult r : v.results()) {
                compliance
                        .computeIfAbsent(
                                new TargetKey(r.metric(), r.priority(), r.target()),
                                k -> new long[Status.values().length])[
                        r.status().ordinal()]++;
                month[r.metric().ordinal()][r.status().ordinal()]++;
                if (!r.restsOnAssumptions()) {
                    grounded[r.status().ordinal()]++;
                } else {
                    List<String> a = r.assumptions();
                    if (a != lastAssumptions) {
                        lastAssumptions = a;
                        lastAssumptionCount = byAssumptions.computeIfAbsent(a, k -> new long[1]);
                    }
                    lastAssumptionCount[0]++;
                }
                if (r.guarantee() == Guarantee.BEST_EFFORT && r.targetSeconds().isPresent()) {
                    Optional<Boolean> aim = r.aimMet(asOf);
                    aims.computeIfAbsent(new TargetKey(r.metric(), r.priority(), r.target()), k -> new long[3])[
                            aim.isEmpty() ? 2 : aim.get() ? 0 : 1]++;
                }
                if (r.status().isBreach() && r.due().isPresent()) {
                    long late = r.lateBySeconds().orElse(0);
                    long lateClock = r.lateByClockSeconds(asOf).orElse(0);
                    AuditSummary.BreachRow least = worst.peek();
                    if (worst.size() < WORST
                            || least == null
                            || late > least.lateBySeconds()
                            || (late == least.lateBySeconds() && lateClock > least.lateByClockSeconds())) {
                        worst.add(new AuditSummary.BreachRow(
                                v.ticket().id(),
                                r.priority(),
                                r.metric(),
                                r.target(),
                                v.ticket().created(),
                                r.due().getAsLong(),
                                r.at(),
                                late,
                                lateClock,
                                r.businessTime(),
                                r.zone()));
                        if (worst.size() > WORST) {
                            worst.poll();
                        }
                    }
                }
            }
        }

        /** Tallies the verdicts that other readings change, and returns them for the ticket's outputs. */
        List<OtherReading> compare(TicketJudge.Judged judged, Version version) {
            List<MetricResult> base = judged.verdict().results();
            List<TicketJudge.Other> others = judged.others();
            List<Metric> metrics = TicketJudge.audited();
            List<OtherReading> changed = null;
            for (int i = 0; i < others.size(); i++) {
                TicketJudge.Other under = others.get(i);
                Status[] other = under.status();
                DiffBuilder diff = null;
                for (int m = 0; m < metrics.size(); m++) {
                    Metric metric = metrics.get(m);
                    if (under.aim()[m] != TicketJudge.AIM_NONE) {
                        aimUnder(version, i + 1, metric, under, m);
                    }
                    Status mine = null;
                    for (MetricResult b : base) {
                        if (b.metric() == metric) {
                            mine = b.status();
                        }
                    }
                    if (mine != other[m]) {
                        if (diff == null) {
                            diff = diff(version, i + 1);
                        }
                        if (changed == null) {
                            changed = new ArrayList<>(2);
                        }
                        changed.add(new OtherReading(
                                version.readingNames().get(i + 1), metric, Optional.ofNullable(other[m])));
                        diff.add(
                                judged.verdict().ticket().id(),
                                metric,
                                mine == null ? "no target" : mine.key(),
                                other[m] == null ? "no target" : other[m].key());
                    }
                }
            }
            return changed == null ? List.of() : changed;
        }

        /** Counts a timed best-effort aim under another reading. */
        private void aimUnder(Version version, int reading, Metric metric, TicketJudge.Other under, int m) {
            byte aim = under.aim()[m];
            diff(version, reading)
                    .aims
                    .computeIfAbsent(new TargetKey(metric, under.priority()[m], under.target()[m]), k -> new long[3])[
                    aim == TicketJudge.AIM_MET ? 0 : aim == TicketJudge.AIM_MISSED ? 1 : 2]++;
        }

        /** The diff of a reading, made when the reading first changes a verdict (or at the end). */
        private DiffBuilder diff(Version version, int reading) {
            String name = version.readingNames().get(reading);
            return readings.computeIfAbsent(
                    name,
                    n -> new DiffBuilder(
                            meaning(version.policy(), version.judge().readings().get(reading))));
        }

        private static String meaning(Policy policy, ReadingChoice choice) {
            ReadingChoice defaults = policy.defaultReading();
            return choice.choices().entrySet().stream()
                    .filter(c -> !c.getValue().equals(defaults.readingOf(c.getKey())))
                    .map(c -> policy.ambiguities()
                            .get(c.getKey())
                            .readings()
                            .get(c.getValue())
                            .meaning())
                    .collect(Collectors.joining("; "));
        }

        AuditSummary summary(
                long eventRows,
                List<RejectedRow> eventProblems,
                List<AuditSummary.CalendarUse> calendars,
                List<Reason> notes,
                List<AuditSummary.StateUse> unusedStates,
                Optional<AuditSummary.Order> order) {
            List<AuditSummary.MonthRow> monthRows = new ArrayList<>();
            months.forEach((m, byMetric) -> {
                YearMonth month = YearMonth.of((int) (m / 12), (int) (m % 12) + 1);
                for (Metric metric : Metric.values()) {
                    AuditSummary.Tally t = tally(byMetric[metric.ordinal()]);
                    if (t.total() > 0) {
                        monthRows.add(new AuditSummary.MonthRow(month, metric, t));
                    }
                }
            });
            List<AuditSummary.BreachRow> breaches = new ArrayList<>(worst);
            breaches.sort(BY_LATENESS.reversed());
            List<AuditSummary.ReadingDiff> diffs = new ArrayList<>();
            readings.forEach((name, d) -> diffs.add(new AuditSummary.ReadingDiff(
                    name, d.meaning, d.changed, d.changes, d.changed > d.changes.size(), aimRows(d.aims))));
            List<AuditSummary.ComplianceRow> rows = new ArrayList<>();
            compliance.forEach((k, counts) -> rows.add(new AuditSummary.ComplianceRow(
                    k.metric(),
                    k.priority(),
                    AuditHeader.priorityLabel(contract.all(), k.priority()),
                    k.target(),
                    tally(counts))));
            rows.sort(Comparator.comparing(
                            (AuditSummary.ComplianceRow r) -> r.metric().ordinal())
                    .thenComparing(r -> priorityOrder(r.priority()))
                    .thenComparing(AuditSummary.ComplianceRow::target));
            return new AuditSummary(
                    new AuditSummary.Counts(rowsRead, audited, excluded, outOfPeriod, afterAsOf, rejected, eventRows),
                    rows,
                    monthRows,
                    breaches,
                    diffs,
                    exclusions,
                    rejectedSample,
                    eventProblems.size() > SAMPLE ? eventProblems.subList(0, SAMPLE) : eventProblems,
                    eventProblems.size(),
                    calendars,
                    notes,
                    afterAsOfSample,
                    unusedStates,
                    tally(grounded),
                    aimRows(aims),
                    order,
                    assumptionUses());
        }

        private List<AuditSummary.AssumptionUse> assumptionUses() {
            Map<String, Long> counts = new HashMap<>();
            byAssumptions.forEach((ids, n) -> {
                for (String id : new java.util.HashSet<>(ids)) {
                    counts.merge(id, n[0], Long::sum);
                }
            });
            // each assumption of the contract's versions once, in their order, the unused too
            Map<String, AuditSummary.AssumptionUse> out = new LinkedHashMap<>();
            for (Policy p : contract.all()) {
                p.text()
                        .assumptions()
                        .forEach(a -> out.putIfAbsent(
                                a.id(), new AuditSummary.AssumptionUse(a, counts.getOrDefault(a.id(), 0L))));
            }
            return List.copyOf(out.values());
        }

        private List<AuditSummary.AimRow> aimRows(Map<TargetKey, long[]> counts) {
            List<AuditSummary.AimRow> out = new ArrayList<>();
            counts.forEach((k, c) -> out.add(new AuditSummary.AimRow(
                    k.metric(),
                    k.priority(),
                    AuditHeader.priorityLabel(contract.all(), k.priority()),
                    k.target(),
                    c[0],
                    c[1],
                    c[2])));
            out.sort(Comparator.comparing((AuditSummary.AimRow r) -> r.metric().ordinal())
                    .thenComparing(r -> priorityOrder(r.priority()))
                    .thenComparing(AuditSummary.AimRow::target));
            return out;
        }

        private static AuditSummary.Tally tally(long[] c) {
            return new AuditSummary.Tally(
                    c[Status.MET.ordinal()],
                    c[Status.BREACHED.ordinal()],
                    c[Status.OPEN.ordinal()],
                    c[Status.OPEN_BREACHED.ordinal()],
                    c[Status.BEST_EFFORT.ordinal()],
                    c[Status.EXCLUDED.ordinal()]);
        }

        private int priorityOrder(String priority) {
            int i = 0;
            for (String key : contract.first().priorities().keySet()) {
                if (key.equals(priority)) {
                    return i;
                }
                i++;
            }
            return i;
        }
    }

    /** Collects the changes of one reading. */
    private static final class DiffBuilder {
        final String meaning;
        long changed;
        final List<AuditSummary.Change> changes = new ArrayList<>();
        /** Timed best-effort aims under the reading: [within, missed, open]. */
        final Map<Totals.TargetKey, long[]> aims = new LinkedHashMap<>();

        DiffBuilder(String meaning) {
            this.meaning = meaning;
        }

        void add(String id, Metric metric, String from, String to) {
            changed++;
            if (changes.size() < CHANGES) {
                changes.add(new AuditSummary.Change(id, metric, from, to));
            }
        }
    }
}
