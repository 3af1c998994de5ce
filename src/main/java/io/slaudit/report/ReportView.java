package io.slaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * The content of a report document, in the order the document shows it, with every text already in
 * the report's language: what the HTML template and the PDF layout both render, so that the two
 * documents say the same. Raw numbers ride along where a table sorts by them or a chart draws them.
 * Built by {@link ReportViews}.
 */
public record ReportView(
        String lang,
        String title,
        Cover cover,
        Summary summary,
        Trend trend,
        Distribution distribution,
        Listing<Breach> breaches,
        Listing<OpenTicket> open,
        Readings readings,
        Rows rows,
        Evidence evidence,
        List<Appendix> appendix,
        List<Check> checks) {

    public ReportView {
        Objects.requireNonNull(cover, "cover");
        appendix = List.copyOf(appendix);
        checks = List.copyOf(checks);
    }

    /**
     * A check of a promise beyond the targets' verdicts (best-effort aims, the order of handling),
     * as a titled table; {@code right[i]} says whether column i holds numbers.
     */
    public record Check(
            String id,
            String title,
            String intro,
            List<String> header,
            List<Boolean> right,
            List<List<String>> rows,
            String note) {
        public Check {
            header = List.copyOf(header);
            right = List.copyOf(right);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A label and its value, for the cover and the evidence. */
    public record Fact(String label, String value) {}

    /** The first page: what was audited, for which period, as of when, under which reading. */
    public record Cover(
            String heading, String subheading, String period, List<Fact> facts, String timesNote, String generatedBy) {
        public Cover {
            facts = List.copyOf(facts);
        }
    }

    /**
     * Key figures, the compliance table and its chart, and the assumptions of the encoding with the
     * results that rest on each ({@code assumptionsNote} says when every result does).
     */
    public record Summary(
            String intro,
            List<Fact> keyFigures,
            List<ComplianceRow> rows,
            ComplianceRow total,
            String threshold,
            List<AssumptionRow> assumptions,
            String assumptionsNote) {
        public Summary {
            keyFigures = List.copyOf(keyFigures);
            rows = List.copyOf(rows);
            assumptions = List.copyOf(assumptions);
            Objects.requireNonNull(assumptionsNote, "assumptionsNote");
        }
    }

    /** An assumption of the encoding: its id (as the verdicts name it), what it fills in, its text and its weight. */
    public record AssumptionRow(String id, String affects, String text, String source, long results) {}

    /**
     * Compliance of one target; {@code value} is the percentage for charts and sorting, -1 when
     * nothing was judged.
     */
    public record ComplianceRow(
            String metric,
            String priority,
            String target,
            long met,
            long breached,
            long open,
            long openBreached,
            long bestEffort,
            long excluded,
            String compliance,
            double value) {

        /** Whether the row has a percentage to draw. */
        public boolean judged() {
            return value >= 0;
        }
    }

    /** Compliance per month of creation, one series per metric. */
    public record Trend(List<String> months, List<Series> series, List<MonthRow> rows) {
        public Trend {
            months = List.copyOf(months);
            series = List.copyOf(series);
            rows = List.copyOf(rows);
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** A metric's compliance per month; -1 where the month has nothing judged. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public record MonthRow(
            String month, String metric, long met, long breached, long openBreached, String compliance) {}

    /** First-response times as a share of the target, bucketed, per priority. */
    public record Distribution(List<String> buckets, List<DistributionRow> rows) {
        public Distribution {
            buckets = List.copyOf(buckets);
            rows = List.copyOf(rows);
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** One priority's results per bucket (same order as the bucket labels). */
    public record DistributionRow(String priority, String target, List<Long> counts, long total) {
        public DistributionRow {
            counts = List.copyOf(counts);
        }
    }

    /** The first {@code rows} of {@code total}; {@code note} says so when not all are shown. */
    public record Listing<T>(List<T> rows, long total, String note) {
        public Listing {
            rows = List.copyOf(rows);
        }

        public boolean isEmpty() {
            return total == 0;
        }
    }

    /** A result answered after its due time. */
    public record Breach(
            String id,
            long line,
            String priority,
            String metric,
            String created,
            long createdSort,
            String due,
            String answered,
            String lateBy,
            long lateBySort,
            String lateByClock,
            String subject) {}

    /** A result not answered at the as-of instant. */
    public record OpenTicket(
            String id,
            String priority,
            String metric,
            String status,
            boolean overdue,
            String created,
            long createdSort,
            String due,
            long dueSort,
            String elapsed,
            String overdueBy,
            String subject) {}

    /** The readings the audit did not decide by, and the verdicts that change under each. */
    public record Readings(String intro, List<Reading> readings) {
        public Readings {
            readings = List.copyOf(readings);
        }
    }

    public record Reading(String name, String meaning, String changed, List<Change> changes, String note) {
        public Reading {
            changes = List.copyOf(changes);
        }
    }

    public record Change(String id, String metric, String from, String to) {}

    /**
     * Rows that were not audited, with reasons; the event states no rule names ({@code
     * unusedStatesNote} empty when there are none).
     */
    public record Rows(
            List<Exclusion> excluded,
            String outOfPeriod,
            Listing<Rejection> afterAsOf,
            String rejectedPosition,
            Listing<Rejection> rejected,
            String events,
            Listing<Rejection> eventProblems,
            String unusedStatesNote,
            List<StateRow> unusedStates) {
        public Rows {
            excluded = List.copyOf(excluded);
            unusedStates = List.copyOf(unusedStates);
        }
    }

    /** An event state no rule of the contract names: how many events set it, and the first ones. */
    public record StateRow(String state, String events, String first) {}

    public record Exclusion(String reason, String count) {}

    public record Rejection(String line, String id, String reason) {}

    /** Tool, inputs with their hashes, counts that reconcile, calendars and their holiday data. */
    public record Evidence(
            List<Fact> tool,
            List<InputRow> inputs,
            List<Fact> counts,
            String reconciliation,
            boolean reconciles,
            List<CalendarRow> calendars,
            List<String> notes) {
        public Evidence {
            tool = List.copyOf(tool);
            inputs = List.copyOf(inputs);
            counts = List.copyOf(counts);
            calendars = List.copyOf(calendars);
            notes = List.copyOf(notes);
        }
    }

    public record InputRow(String role, String path, String sha256, String bytes) {}

    public record CalendarRow(String name, String description, String source, String years) {}

    /** One contract version as {@code slaudit explain} states it. */
    public record Appendix(String title, List<String> header, List<AppendixSection> sections) {
        public Appendix {
            header = List.copyOf(header);
            sections = List.copyOf(sections);
        }
    }

    public record AppendixSection(String heading, List<AppendixItem> items) {
        public AppendixSection {
            items = List.copyOf(items);
        }
    }

    public record AppendixItem(String text, List<String> details) {
        public AppendixItem {
            details = List.copyOf(details);
        }
    }
}
