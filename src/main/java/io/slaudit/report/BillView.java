package io.slaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * The content of a bill document, in the order it shows it, every text already in the document's
 * language: what the HTML template ({@code bill.ftlh}) and the PDF layout both render. Shares the
 * audit report's parts where they are the same (facts, the cover, input files, rejected rows, the
 * contract in plain words). Built by {@link BillViews}.
 */
public record BillView(
        String lang,
        String title,
        ReportView.Cover cover,
        Summary summary,
        Tiers tiers,
        Invoice invoice,
        List<Question> questions,
        Calls calls,
        Rows rows,
        Evidence evidence,
        List<ReportView.Appendix> appendix) {

    public BillView {
        Objects.requireNonNull(cover, "cover");
        questions = List.copyOf(questions);
        appendix = List.copyOf(appendix);
    }

    /** Key figures and the months' table. */
    public record Summary(List<ReportView.Fact> keyFigures, List<MonthRow> months, MonthRow total, boolean vat) {
        public Summary {
            keyFigures = List.copyOf(keyFigures);
            months = List.copyOf(months);
        }
    }

    /** One month of the bill; {@code vat} and {@code gross} are empty without --vat. */
    public record MonthRow(
            String month,
            String fees,
            String calls,
            String minutes,
            String covered,
            String paid,
            String phone,
            String hotline,
            String total,
            String vat,
            String gross) {}

    /** What the calls cost on each tier, by month. */
    public record Tiers(List<String> months, List<TierRow> rows) {
        public Tiers {
            months = List.copyOf(months);
            rows = List.copyOf(rows);
        }
    }

    public record TierRow(String tier, boolean booked, List<String> months, String total) {
        public TierRow {
            months = List.copyOf(months);
        }
    }

    /**
     * The invoice check; {@code given} false when there was none. {@code verdict} is the sentence
     * on overcharges, {@code ok} whether there are none.
     */
    public record Invoice(
            boolean given,
            String intro,
            String counts,
            List<FindingRow> findings,
            String verdict,
            boolean ok,
            String undercharged,
            List<ReportView.Rejection> rejected) {
        public Invoice {
            findings = List.copyOf(findings);
            rejected = List.copyOf(rejected);
        }
    }

    /** One invoice line (or the phone lines of a month) against what is due; {@code alert} for overcharges. */
    public record FindingRow(
            String lines,
            String date,
            String description,
            String kind,
            String invoiced,
            String expected,
            String difference,
            String verdict,
            String note,
            boolean alert) {}

    /** An open question: the contract's words, what slaudit assumes, the price under each other reading. */
    public record Question(String key, String question, String says, String assumes, List<OtherReading> others) {
        public Question {
            others = List.copyOf(others);
        }
    }

    public record OtherReading(String name, String meaning, String heading, String summary, List<Change> changes) {
        public OtherReading {
            changes = List.copyOf(changes);
        }
    }

    /** A call whose charge another reading changes. */
    public record Change(String row, String start, String line, String charge, String other) {}

    /** The calls, the flagged ones again with what to look at. */
    public record Calls(List<CallRow> rows, long total, String note, List<CallRow> flagged) {
        public Calls {
            rows = List.copyOf(rows);
            flagged = List.copyOf(flagged);
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** One call: {@code flags} are what to look at, {@code others} the charge under other readings. */
    public record CallRow(
            String row,
            String start,
            String line,
            String caller,
            String duration,
            String minutes,
            String rule,
            String charge,
            String how,
            String flags,
            String others,
            boolean flagged) {}

    public record Rows(String outside, List<ReportView.Rejection> rejected, String reconciliation, boolean reconciles) {
        public Rows {
            rejected = List.copyOf(rejected);
        }
    }

    public record Evidence(List<ReportView.Fact> tool, List<ReportView.InputRow> inputs, List<String> notes) {
        public Evidence {
            tool = List.copyOf(tool);
            inputs = List.copyOf(inputs);
            notes = List.copyOf(notes);
        }
    }
}
