package io.slaudit.report;

import java.util.List;

/**
 * What the trace documents (text, HTML, PDF) show, every text in the document's language: the
 * contract and inputs the evidence rests on, and per ticket its facts, priority changes and, per
 * result, the verdict with its timeline. Built by {@link TraceViews}; renderers only lay it out.
 */
public record TraceView(
        String lang,
        String title,
        String kicker,
        String heading,
        String subheading,
        List<ReportView.Fact> facts,
        String note,
        String generatedBy,
        List<Ticket> tickets,
        List<ReportView.InputRow> inputs) {

    public TraceView {
        facts = List.copyOf(facts);
        tickets = List.copyOf(tickets);
        inputs = List.copyOf(inputs);
    }

    /** One ticket: its facts (request, priority, contract version, calendar) and its results. */
    public record Ticket(
            String id, String heading, List<ReportView.Fact> facts, List<String> changes, List<Result> results) {
        public Ticket {
            facts = List.copyOf(facts);
            changes = List.copyOf(changes);
            results = List.copyOf(results);
        }
    }

    /**
     * One result: its heading (metric and target), the status, the facts of the verdict, where the
     * clock reached the due time, the steps and the total they count.
     */
    public record Result(
            String heading,
            String status,
            boolean breach,
            List<ReportView.Fact> facts,
            String reached,
            List<Step> steps,
            String total) {
        public Result {
            facts = List.copyOf(facts);
            steps = List.copyOf(steps);
        }
    }

    /** One step of the timeline; {@code due} marks the step at whose end the target ran out. */
    public record Step(
            String number,
            String from,
            String to,
            String why,
            String detail,
            String counted,
            boolean counts,
            boolean due) {}
}
