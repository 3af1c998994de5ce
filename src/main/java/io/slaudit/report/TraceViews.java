package io.slaudit.report;

import io.slaudit.audit.AuditHeader;
import io.slaudit.audit.MetricResult;
import io.slaudit.audit.MetricTrace;
import io.slaudit.audit.Status;
import io.slaudit.audit.TicketTrace;
import io.slaudit.audit.TicketVerdict;
import io.slaudit.audit.TraceReport;
import io.slaudit.audit.TraceStep;
import io.slaudit.policy.Policy;
import io.slaudit.policy.Priority;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link TraceView} of a trace in one language. */
final class TraceViews {

    private TraceViews() {}

    static TraceView build(TraceReport report, ReportLanguage lang) {
        AuditHeader h = report.header();
        List<String> ids =
                report.tickets().stream().map(t -> t.verdict().ticket().id()).toList();
        String title = lang.label(ids.size() == 1 ? "trace.title" : "trace.title.several", String.join(", ", ids));
        List<ReportView.Fact> facts = new ArrayList<>();
        // vendor and product are the subheading, the contract and its version in force the
        // ticket's facts, the export the list of inputs
        facts.add(new ReportView.Fact(
                lang.label("trace.asOf"),
                lang.label(
                        "trace.asOf.reading",
                        lang.weekdayDateTime(h.asOf(), h.zone())
                                + (h.asOfGiven() ? "" : " (" + lang.label("cover.asOf.now") + ")"),
                        h.reading())));
        facts.add(new ReportView.Fact(lang.label("trace.profile"), h.profile()));
        List<TraceView.Ticket> tickets = new ArrayList<>();
        for (TicketTrace t : report.tickets()) {
            tickets.add(ticket(t, h, lang));
        }
        List<ReportView.InputRow> inputs = h.inputs().stream()
                .map(f -> new ReportView.InputRow(f.role(), f.path(), f.sha256(), lang.count(f.bytes())))
                .toList();
        return new TraceView(
                lang.code(),
                title,
                lang.label("trace.kicker"),
                title,
                lang.label("trace.subheading", h.product().orElse(h.policyId()), h.vendor()),
                facts,
                lang.label("trace.note"),
                lang.label("cover.generated", h.toolVersion()),
                tickets,
                inputs);
    }

    private static TraceView.Ticket ticket(TicketTrace t, AuditHeader h, ReportLanguage lang) {
        TicketVerdict v = t.verdict();
        ZoneId zone = v.zone();
        List<ReportView.Fact> facts = new ArrayList<>();
        facts.add(new ReportView.Fact(
                lang.label("trace.created"), lang.weekdayDateTime(v.ticket().created(), zone)));
        if (t.priorityChanges().isEmpty()) {
            facts.add(new ReportView.Fact(lang.label("col.priority"), label(h, v.priority())));
        }
        facts.add(new ReportView.Fact(lang.label("trace.version"), h.policyId() + " " + v.policyVersion()));
        if (!t.calendar().isEmpty()) {
            facts.add(new ReportView.Fact(lang.label("trace.calendar"), t.calendar() + " (" + zone.getId() + ")"));
        }
        v.channel()
                .or(v.ticket()::channel)
                .ifPresent(c -> facts.add(new ReportView.Fact(lang.label("trace.channel"), c)));
        v.region().ifPresent(c -> facts.add(new ReportView.Fact(lang.label("trace.region"), c)));
        v.tier().ifPresent(c -> facts.add(new ReportView.Fact(lang.label("trace.tier"), c)));
        v.exclusion()
                .ifPresent(r -> facts.add(new ReportView.Fact(lang.label("status.excluded"), r.text(lang.locale()))));
        if (!v.ticket().subject().isEmpty()) {
            facts.add(new ReportView.Fact(lang.label("col.subject"), v.ticket().subject()));
        }
        List<String> changes = new ArrayList<>();
        for (TicketTrace.PriorityChange c : t.priorityChanges()) {
            changes.add(lang.label(
                    "trace.change", lang.weekdayDateTime(c.at(), zone), label(h, c.from()), label(h, c.to())));
        }
        facts.add(new ReportView.Fact(
                lang.label("trace.changes"),
                (changes.isEmpty() ? lang.label("trace.changes.none") : String.join("; ", changes)) + " ("
                        + lang.label("trace.rule." + t.priorityRule().key()) + ")"));
        List<TraceView.Result> results = new ArrayList<>();
        for (MetricTrace m : t.results()) {
            results.add(result(m, h, lang));
        }
        return new TraceView.Ticket(
                v.ticket().id(),
                lang.label(
                        "trace.ticket", v.ticket().id(), lang.count(v.ticket().line())),
                facts,
                changes,
                results);
    }

    private static TraceView.Result result(MetricTrace m, AuditHeader h, ReportLanguage lang) {
        MetricResult r = m.result();
        ZoneId zone = r.zone();
        boolean business = r.businessTime();
        List<ReportView.Fact> facts = new ArrayList<>();
        facts.add(new ReportView.Fact(
                lang.label("col.target"),
                r.target() + " (" + label(h, r.priority()) + ", "
                        + lang.label("trace.guarantee." + r.guarantee().key()) + ")"));
        if (r.status() != Status.EXCLUDED && m.clockStart() != t(m)) {
            facts.add(new ReportView.Fact(lang.label("trace.clockStart"), lang.weekdayDateTime(m.clockStart(), zone)));
        }
        r.due().ifPresent(d -> facts.add(new ReportView.Fact(lang.label("col.due"), lang.weekdayDateTime(d, zone))));
        String judged = r.at().isPresent()
                ? lang.label("trace.judged.answered", lang.weekdayDateTime(r.at().getAsLong(), zone))
                : lang.label("trace.judged.asOf", lang.weekdayDateTime(h.asOf(), zone));
        facts.add(new ReportView.Fact(lang.label("trace.judged"), judged));
        if (r.elapsedSeconds().isPresent()) {
            long e = r.elapsedSeconds().getAsLong();
            String used = lang.duration(e, business) + " (" + lang.count(e) + " s)";
            if (r.targetSeconds().isPresent()) {
                used = lang.label(
                        "trace.used.of", used, lang.duration(r.targetSeconds().getAsLong(), business));
            }
            if (r.lateBySeconds().isPresent()) {
                used = lang.label(
                        "trace.used.late", used, lang.duration(r.lateBySeconds().getAsLong(), business));
            }
            facts.add(new ReportView.Fact(lang.label("col.elapsed"), used));
        }
        r.reason()
                .ifPresent(why -> facts.add(new ReportView.Fact(lang.label("trace.reason"), why.text(lang.locale()))));

        List<TraceView.Step> steps = new ArrayList<>();
        int due = m.dueStep().orElse(-1);
        for (int i = 0; i < m.steps().size(); i++) {
            TraceStep s = m.steps().get(i);
            steps.add(new TraceView.Step(
                    lang.count(i + 1),
                    lang.weekdayDateTime(s.from(), zone),
                    lang.weekdayDateTime(s.to(), zone),
                    lang.label("trace.why." + s.why().key()),
                    detail(s, lang),
                    s.countedSeconds() == 0 ? "–" : lang.duration(s.countedSeconds(), business),
                    s.countedSeconds() > 0,
                    i == due));
        }
        String reached;
        if (r.status() == Status.EXCLUDED) {
            reached = lang.label("trace.excluded");
        } else if (r.due().isEmpty()) {
            reached = lang.label(r.targetSeconds().isEmpty() ? "trace.noTarget" : "trace.noDue");
        } else if (m.dueStep().isPresent()) {
            reached = lang.label(
                    "trace.reached",
                    lang.duration(r.targetSeconds().orElse(0), business),
                    lang.weekdayDateTime(r.due().getAsLong(), zone),
                    lang.count(due + 1));
        } else {
            reached = lang.label(
                    "trace.notReached",
                    lang.duration(r.targetSeconds().orElse(0), business),
                    lang.weekdayDateTime(r.due().getAsLong(), zone));
        }
        String total = r.elapsedSeconds().isPresent()
                ? lang.label(
                        "trace.total",
                        lang.count(m.steps().size()),
                        lang.duration(m.countedSeconds(), business),
                        lang.count(m.countedSeconds()))
                : "";
        String heading = lang.metric(r.metric()) + ": " + r.target();
        return new TraceView.Result(
                heading, lang.status(r.status()), r.status().isBreach(), facts, reached, steps, total);
    }

    /** Where the timeline starts: the request. */
    private static long t(MetricTrace m) {
        return m.steps().isEmpty() ? m.clockStart() : m.steps().get(0).from();
    }

    private static String detail(TraceStep s, ReportLanguage lang) {
        return switch (s.why()) {
            case HOLIDAY ->
                s.name().orElse("") + s.source().map(x -> " (" + x + ")").orElse("");
            case PAUSED ->
                s.state().map(x -> lang.label("trace.detail.state", x)).orElse("");
            case EXCEPTION ->
                (s.name().map(n -> n + ", ").orElse(""))
                        + lang.label("trace.detail.hours", s.hours().orElse(""));
            default -> "";
        };
    }

    /** A priority by the contract's label. */
    private static String label(AuditHeader h, String key) {
        for (Policy p : h.policies()) {
            Priority found = p.priorities().get(key);
            if (found != null) {
                return found.label();
            }
        }
        return key;
    }
}
