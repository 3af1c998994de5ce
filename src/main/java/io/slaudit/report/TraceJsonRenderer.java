package io.slaudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.slaudit.Tool;
import io.slaudit.audit.AuditHeader;
import io.slaudit.audit.InputFile;
import io.slaudit.audit.MetricResult;
import io.slaudit.audit.MetricTrace;
import io.slaudit.audit.TicketTrace;
import io.slaudit.audit.TicketVerdict;
import io.slaudit.audit.TraceReport;
import io.slaudit.audit.TraceStep;
import io.slaudit.tickets.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

/**
 * The evidence for named tickets as JSON: {@code tickets[].results[]} with the audit's own result
 * fields ({@code metric}, {@code status}, {@code due}, {@code at}, {@code elapsed_seconds}, ... as
 * {@code audit --format json} writes them) and {@code steps[]} of {@code from}, {@code to}, {@code
 * counted_seconds}, {@code why} (fixed keys), with the contract version, the priority changes and
 * the rule for them, and the inputs with their hashes.
 */
final class TraceJsonRenderer implements Renderer<TraceReport> {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "trace.json";
    }

    @Override
    public void render(TraceReport report, OutputStream out) throws IOException {
        AuditHeader h = report.header();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("policy", h.policyId());
            g.writeStringField("vendor", h.vendor());
            JsonRenderer.optional(g, "product", h.product());
            g.writeArrayFieldStart("policy_versions");
            for (String v : h.versions()) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeStringField("as_of", JsonRenderer.instant(h.asOf(), h.zone()));
            g.writeBooleanField("as_of_given", h.asOfGiven());
            g.writeStringField("reading", h.reading());
            g.writeStringField("profile", h.profile());
            g.writeStringField("tool", Tool.NAME);
            g.writeStringField("tool_version", h.toolVersion());
            g.writeArrayFieldStart("inputs");
            for (InputFile f : h.inputs()) {
                g.writeStartObject();
                g.writeStringField("role", f.role());
                g.writeStringField("path", f.path());
                g.writeStringField("sha256", f.sha256());
                g.writeNumberField("bytes", f.bytes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tickets");
            for (TicketTrace t : report.tickets()) {
                ticket(g, t, h.reading(), h.asOf());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void ticket(JsonGenerator g, TicketTrace t, String reading, long asOf) throws IOException {
        TicketVerdict v = t.verdict();
        ZoneId zone = v.zone();
        g.writeStartObject();
        g.writeStringField("id", v.ticket().id());
        g.writeNumberField("line", v.ticket().line());
        g.writeStringField("created", JsonRenderer.instant(v.ticket().created(), zone));
        g.writeStringField("priority", v.priority());
        JsonRenderer.optional(g, "original_priority", v.originalPriority());
        g.writeStringField("policy_version", v.policyVersion());
        if (!t.calendar().isEmpty()) {
            g.writeStringField("calendar", t.calendar());
        }
        JsonRenderer.optional(g, "channel", v.channel().or(v.ticket()::channel));
        JsonRenderer.optional(g, "region", v.region());
        JsonRenderer.optional(g, "tier", v.tier());
        JsonRenderer.optional(g, "excluded", v.exclusion().map(Reason::toString));
        if (!v.ticket().subject().isEmpty()) {
            g.writeStringField("subject", v.ticket().subject());
        }
        g.writeStringField("priority_rule", t.priorityRule().key());
        g.writeArrayFieldStart("priority_changes");
        for (TicketTrace.PriorityChange c : t.priorityChanges()) {
            g.writeStartObject();
            g.writeStringField("at", JsonRenderer.instant(c.at(), zone));
            g.writeStringField("from", c.from());
            g.writeStringField("to", c.to());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("results");
        for (MetricTrace m : t.results()) {
            MetricResult r = m.result();
            g.writeStartObject();
            JsonRenderer.result(g, r, asOf);
            g.writeStringField("reading", reading);
            g.writeStringField("clock_start", JsonRenderer.instant(m.clockStart(), r.zone()));
            if (m.dueStep().isPresent()) {
                g.writeNumberField("due_step", m.dueStep().getAsInt());
            } else {
                g.writeNullField("due_step");
            }
            g.writeArrayFieldStart("steps");
            for (TraceStep s : m.steps()) {
                g.writeStartObject();
                g.writeStringField("from", JsonRenderer.instant(s.from(), r.zone()));
                g.writeStringField("to", JsonRenderer.instant(s.to(), r.zone()));
                g.writeNumberField("counted_seconds", s.countedSeconds());
                g.writeStringField("why", s.why().key());
                JsonRenderer.optional(g, "name", s.name());
                JsonRenderer.optional(g, "source", s.source());
                JsonRenderer.optional(g, "state", s.state());
                JsonRenderer.optional(g, "hours", s.hours());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        JsonRenderer.otherReadings(g, v);
        g.writeEndObject();
    }
}
