package io.slaudit.audit;

import io.slaudit.policy.Metric;
import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The totals of an audit: counts that reconcile with the input (rows read = audited + excluded +
 * out of period + rejected), compliance per metric and priority and per month, the worst breaches,
 * the readings that change verdicts, the calendars used and where their holidays came from.
 *
 * <p>Compliance counts guaranteed results only: met / (met + breached + open-breached). Open
 * tickets not yet due, best-effort and excluded results are shown but not counted.
 */
public record AuditSummary(
        Counts counts,
        List<ComplianceRow> compliance,
        List<MonthRow> months,
        List<BreachRow> worstBreaches,
        List<ReadingDiff> readings,
        Map<Reason, Long> exclusions,
        List<RejectedRow> rejectedSample,
        List<RejectedRow> eventProblems,
        long eventProblemCount,
        List<CalendarUse> calendars,
        List<Reason> notes,
        List<RejectedRow> afterAsOfSample,
        List<StateUse> unusedStates,
        Tally withoutAssumptions,
        List<AimRow> aims,
        Optional<Order> order,
        List<AssumptionUse> assumptionUses) {

    public AuditSummary {
        Objects.requireNonNull(counts, "counts");
        compliance = List.copyOf(compliance);
        months = List.copyOf(months);
        worstBreaches = List.copyOf(worstBreaches);
        readings = List.copyOf(readings);
        exclusions = Map.copyOf(exclusions);
        rejectedSample = List.copyOf(rejectedSample);
        eventProblems = List.copyOf(eventProblems);
        calendars = List.copyOf(calendars);
        notes = List.copyOf(notes);
        afterAsOfSample = List.copyOf(afterAsOfSample);
        unusedStates = List.copyOf(unusedStates);
        Objects.requireNonNull(withoutAssumptions, "withoutAssumptions");
        aims = List.copyOf(aims);
        Objects.requireNonNull(order, "order");
        assumptionUses = List.copyOf(assumptionUses);
    }

    /**
     * How many results rest on an assumption of the encoding, for every assumption of the
     * contract's versions in their order (none for an assumption that bears on nothing audited):
     * what an auditor weighs before taking a compliance figure as the contract's.
     */
    public record AssumptionUse(io.slaudit.policy.Assumption assumption, long results) {
        public AssumptionUse {
            Objects.requireNonNull(assumption, "assumption");
            if (results < 0) {
                throw new IllegalArgumentException("negative count of results");
            }
        }

        public String id() {
            return assumption.id();
        }
    }

    /**
     * The results that rest on no assumption of the encoding: compliance by the contract's words
     * alone. Equal to {@link #overall()} when no verdict rests on an assumption.
     */
    public Tally grounded() {
        return withoutAssumptions;
    }

    /**
     * Whether results were judged and every one of them rests on an assumption: then no compliance
     * figure follows from the contract's words alone.
     */
    public boolean everyJudgedResultRestsOnAnAssumption() {
        return overall().judged() > 0 && withoutAssumptions.judged() == 0;
    }

    /** Whether some result rests on an assumption, so that the two compliance figures differ in what they count. */
    public boolean hasAssumptionDependentResults() {
        Tally all = overall();
        return all.met() + all.breached() + all.open() + all.openBreached() + all.bestEffort() + all.excluded()
                != withoutAssumptions.met()
                        + withoutAssumptions.breached()
                        + withoutAssumptions.open()
                        + withoutAssumptions.openBreached()
                        + withoutAssumptions.bestEffort()
                        + withoutAssumptions.excluded();
    }

    /** The same totals with other notes. */
    AuditSummary withNotes(List<Reason> other) {
        return new AuditSummary(
                counts,
                compliance,
                months,
                worstBreaches,
                readings,
                exclusions,
                rejectedSample,
                eventProblems,
                eventProblemCount,
                calendars,
                other,
                afterAsOfSample,
                unusedStates,
                withoutAssumptions,
                aims,
                order,
                assumptionUses);
    }

    /**
     * Whether no result was judged (met, breached or open-breached): then there is no compliance
     * figure, and no compliance threshold can be said to be reached.
     */
    public boolean nothingJudged() {
        return overall().judged() == 0;
    }

    /** Why nothing was judged, in English, for the outputs and the --fail-under message. */
    /** Whether a note is {@link #nothingJudgedReason()}, which the documents state in their own words. */
    public static boolean isNothingJudged(Reason note) {
        return note.key().equals(NOTHING_JUDGED);
    }

    /** The key of the note that says why nothing was judged. */
    static final String NOTHING_JUDGED = "note.nothing-judged";

    public String nothingJudgedReason() {
        Counts c = counts;
        String why;
        if (c.rowsRead() == 0) {
            why = "the export has no ticket rows";
        } else if (c.audited() == 0) {
            List<String> parts = new java.util.ArrayList<>();
            if (c.rejected() > 0) {
                parts.add(c.rejected() + " rejected");
            }
            if (c.excluded() > 0) {
                parts.add(c.excluded() + " excluded");
            }
            if (c.outOfPeriod() > 0) {
                parts.add(c.outOfPeriod() + " out of period"
                        + (c.afterAsOf() > 0 ? ", of which " + c.afterAsOf() + " created after --as-of" : ""));
            }
            why = "none of the " + c.rowsRead() + (c.rowsRead() == 1 ? " row was" : " rows was") + " audited ("
                    + String.join(", ", parts) + ")";
        } else {
            why = "the " + c.audited() + (c.audited() == 1 ? " audited ticket has" : " audited tickets have")
                    + " only open, best-effort or excluded results";
        }
        return "nothing was judged, so there is no compliance figure: " + why;
    }

    /** The excluded tickets counted by reason, the reasons stated in a language and in its order. */
    public SortedMap<String, Long> exclusionsIn(Locale locale) {
        SortedMap<String, Long> out = new TreeMap<>();
        exclusions.forEach((reason, n) -> out.merge(reason.text(locale), n, Long::sum));
        return out;
    }

    /**
     * The row counts; {@link #reconciles()} checks the sum. {@code afterAsOf} counts the rows
     * created after as-of, which are out of the period too (the audit's period ends at as-of).
     */
    public record Counts(
            long rowsRead,
            long audited,
            long excluded,
            long outOfPeriod,
            long afterAsOf,
            long rejected,
            long eventRows) {
        public boolean reconciles() {
            return rowsRead == audited + excluded + outOfPeriod + rejected;
        }

        /** Tickets listed in the results: audited and excluded. */
        public long tickets() {
            return audited + excluded;
        }
    }

    /** Results of one target grouped by status. */
    public record Tally(long met, long breached, long open, long openBreached, long bestEffort, long excluded) {
        public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

        public long judged() {
            return met + breached + openBreached;
        }

        public long total() {
            return met + breached + open + openBreached + bestEffort + excluded;
        }

        /** Percentage of judged results that were met; empty when nothing was judged. */
        public OptionalDouble compliance() {
            long judged = judged();
            return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * met / judged);
        }

        public Tally plus(Status status) {
            return switch (status) {
                case MET -> new Tally(met + 1, breached, open, openBreached, bestEffort, excluded);
                case BREACHED -> new Tally(met, breached + 1, open, openBreached, bestEffort, excluded);
                case OPEN -> new Tally(met, breached, open + 1, openBreached, bestEffort, excluded);
                case OPEN_BREACHED -> new Tally(met, breached, open, openBreached + 1, bestEffort, excluded);
                case BEST_EFFORT -> new Tally(met, breached, open, openBreached, bestEffort + 1, excluded);
                case EXCLUDED -> new Tally(met, breached, open, openBreached, bestEffort, excluded + 1);
            };
        }

        public Tally plus(Tally other) {
            return new Tally(
                    met + other.met,
                    breached + other.breached,
                    open + other.open,
                    openBreached + other.openBreached,
                    bestEffort + other.bestEffort,
                    excluded + other.excluded);
        }
    }

    /** Compliance of one target: a metric, a priority and the target that applied. */
    public record ComplianceRow(Metric metric, String priority, String priorityLabel, String target, Tally tally) {}

    /** Compliance of one metric in one month of creation. */
    public record MonthRow(YearMonth month, Metric metric, Tally tally) {}

    /** A breach, with how late it was in the target's time and in clock time. */
    public record BreachRow(
            String id,
            String priority,
            Metric metric,
            String target,
            long created,
            long due,
            OptionalLong at,
            long lateBySeconds,
            long lateByClockSeconds,
            boolean businessTime,
            ZoneId zone) {}

    /** The tickets whose verdict differs under another reading of the contract. */
    public record ReadingDiff(
            String reading, String meaning, long changed, List<Change> changes, boolean truncated, List<AimRow> aims) {
        public ReadingDiff {
            changes = List.copyOf(changes);
            aims = List.copyOf(aims);
        }
    }

    /**
     * The timed best-effort aims of one target: how many results were within the aim, how many
     * missed it (answered late, or open past it), and how many are open and not yet due. Best-effort
     * results stay best effort, never breaches; this is the figure the contract's "we try to"
     * promises.
     */
    public record AimRow(
            Metric metric, String priority, String priorityLabel, String target, long met, long missed, long open) {
        /** Results whose aim is decided: within or missed. */
        public long measured() {
            return met + missed;
        }

        /** Percentage of decided aims that were met; empty when none is decided yet. */
        public OptionalDouble withinAim() {
            return measured() == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * met / measured());
        }
    }

    /**
     * The order of handling, where the contract says tickets are handled in order of arrival:
     * {@code compared} tickets took part, {@code overtaken} of them were answered after a ticket of
     * the same priority that arrived later. {@code tickets} lists the overtaken ones, longest extra
     * wait first. See docs/audit-semantics.md, "Order of handling".
     */
    public record Order(long compared, long overtaken, List<Overtaken> tickets) {
        public Order {
            tickets = List.copyOf(tickets);
        }
    }

    /**
     * A ticket answered after tickets of its priority that arrived later: how many did ({@code
     * overtakenBy}), and the longest extra wait that caused: its own answer minus the earliest answer
     * of a later arrival ({@code firstBy}, answered at {@code firstByAnswered}). {@code open} when
     * it is not answered at as-of, which then counts as its answer.
     */
    public record Overtaken(
            String id,
            String priority,
            long created,
            long answered,
            boolean open,
            long overtakenBy,
            String firstBy,
            long firstByCreated,
            long firstByAnswered,
            long extraWaitSeconds,
            ZoneId zone) {}

    /** One verdict that differs between readings. */
    public record Change(String id, Metric metric, String from, String to) {}

    /** An event state no rule of the contract names, how many events set it, and the first of them. */
    public record StateUse(String state, long events, List<StateEvent> examples) {
        public StateUse {
            Objects.requireNonNull(state, "state");
            examples = List.copyOf(examples);
        }
    }

    /** An event by its line in the events file and its ticket. */
    public record StateEvent(long line, String id) {}

    /** A calendar the audit used, and where its holidays came from. */
    public record CalendarUse(
            String name, String zone, String hours, List<String> regions, String source, List<Integer> years) {
        public CalendarUse {
            regions = List.copyOf(regions);
            years = List.copyOf(years);
        }
    }

    /** All guaranteed results together. */
    public Tally overall() {
        Tally t = Tally.ZERO;
        for (ComplianceRow row : compliance) {
            t = t.plus(row.tally());
        }
        return t;
    }
}
