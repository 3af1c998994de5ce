package io.slaudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.slaudit.Tool;
import io.slaudit.audit.AuditHeader;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditSummary;
import io.slaudit.audit.InputFile;
import io.slaudit.audit.MetricResult;
import io.slaudit.audit.OtherReading;
import io.slaudit.audit.TicketVerdict;
import io.slaudit.calendar.TimeText;
import io.slaudit.input.TableLayout;
import io.slaudit.input.TableRow;
import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import io.slaudit.tickets.TicketsZone;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The result document of spec section 4: {@code policy}, {@code tickets[].results[]} with {@code
 * metric}, {@code status}, {@code due}, {@code at}, {@code elapsed_seconds}, {@code
 * target_seconds}, and {@code summary.tickets}, {@code summary.rejected_rows} (fixed keys), plus
 * the evidence, the rejected rows and the totals. Written as a stream.
 */
final class JsonRenderer implements Renderer<AuditReport> {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "audit.json";
    }

    @Override
    public boolean listsItems() {
        return true;
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        AuditHeader h = report.header();
        AuditSummary s = report.summary();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("policy", h.policyId());
            g.writeStringField("vendor", h.vendor());
            optional(g, "product", h.product());
            g.writeArrayFieldStart("policy_versions");
            for (String v : h.versions()) {
                g.writeString(v);
            }
            g.writeEndArray();
            if (h.period().isPresent()) {
                g.writeObjectFieldStart("period");
                g.writeStringField("from", h.period().get().from().toString());
                g.writeStringField("to", h.period().get().to().toString());
                g.writeStringField("zone", h.zone().getId());
                g.writeEndObject();
            } else {
                g.writeNullField("period");
            }
            g.writeStringField("as_of", instant(h.asOf(), h.zone()));
            g.writeStringField("reading", h.reading());
            g.writeStringField("profile", h.profile());
            evidence(g, h, s);
            assumptions(g, h, s);

            g.writeArrayFieldStart("tickets");
            for (TicketVerdict v : report.tickets()) {
                ticket(g, v, h.asOf());
            }
            g.writeEndArray();

            g.writeArrayFieldStart("rejected");
            for (RejectedRow r : report.rejected()) {
                rejected(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("event_problems");
            for (RejectedRow r : s.eventProblems()) {
                rejected(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("created_after_as_of");
            for (RejectedRow r : s.afterAsOfSample()) {
                rejected(g, r);
            }
            g.writeEndArray();

            summary(g, s);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * The assumptions of the contract's versions, each with what it affects, and the values an
     * audit was given for what the contract leaves open: the option, the file and its SHA-256.
     * {@code results} counts the results that rest on the assumption.
     */
    private static void assumptions(JsonGenerator g, AuditHeader h, AuditSummary s) throws IOException {
        g.writeArrayFieldStart("assumptions");
        for (AuditSummary.AssumptionUse u : s.assumptionUses()) {
            io.slaudit.policy.Assumption a = u.assumption();
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("text", a.text());
            g.writeArrayFieldStart("affects");
            for (io.slaudit.policy.PolicyRef r : a.affects()) {
                g.writeString(r.toString());
            }
            g.writeEndArray();
            optional(g, "source", a.source());
            g.writeNumberField("results", u.results());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("supplied");
        for (io.slaudit.policy.FilledValue f : h.supplied()) {
            g.writeStartObject();
            g.writeStringField("key", f.key().toString());
            g.writeStringField("value", f.value());
            g.writeStringField("by", f.by().word());
            optional(g, "file", f.file());
            optional(g, "sha256", f.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** How the export was read: storage, header row, blank and footer rows, the zone of its local times. */
    private static void export(JsonGenerator g, AuditHeader.TicketSource source) throws IOException {
        TableLayout l = source.layout();
        TableLayout.Storage storage = l.storage();
        g.writeObjectFieldStart("export");
        g.writeStringField("format", storage.format());
        if (storage.encoding().isPresent()) {
            g.writeStringField("encoding", storage.encoding().get());
        }
        if (storage.delimiter().isPresent()) {
            g.writeStringField("delimiter", storage.delimiter().get().toString());
        }
        if (storage.sheet().isPresent()) {
            g.writeStringField("sheet", storage.sheet().get());
            g.writeArrayFieldStart("sheets");
            for (String name : storage.sheets()) {
                g.writeString(name);
            }
            g.writeEndArray();
        }
        g.writeStringField("positions", l.positions().word());
        g.writeNumberField("header_row", l.headerPosition());
        g.writeNumberField("blank_rows", l.blankRows());
        g.writeArrayFieldStart("footer");
        for (TableRow r : l.footer()) {
            g.writeStartObject();
            g.writeNumberField("row", r.position());
            g.writeArrayFieldStart("cells");
            for (String c : r.cells()) {
                if (!c.isBlank()) {
                    g.writeString(c.trim());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        TicketsZone z = source.zone();
        g.writeStringField("zone", z.zone().getId());
        g.writeStringField("zone_source", z.source().key());
        g.writeStringField("zone_reason", z.reason());
        g.writeBooleanField("zone_used", source.zoneUsed());
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, AuditHeader h, AuditSummary s) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeStringField("tool", Tool.NAME);
        g.writeStringField("tool_version", h.toolVersion());
        g.writeStringField("profile", h.profile());
        g.writeBooleanField("profile_detected", h.profileDetected());
        g.writeBooleanField("as_of_given", h.asOfGiven());
        export(g, h.ticketSource());
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
        g.writeArrayFieldStart("calendars");
        for (AuditSummary.CalendarUse c : s.calendars()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("zone", c.zone());
            g.writeStringField("hours", c.hours());
            g.writeArrayFieldStart("holiday_regions");
            for (String r : c.regions()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeStringField("holiday_source", c.source());
            g.writeArrayFieldStart("years");
            for (int y : c.years()) {
                g.writeNumber(y);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void ticket(JsonGenerator g, TicketVerdict v, long asOf) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.ticket().id());
        g.writeNumberField("line", v.ticket().line());
        g.writeStringField("priority", v.priority());
        optional(g, "original_priority", v.originalPriority());
        g.writeStringField("created", instant(v.ticket().created(), v.zone()));
        optional(g, "channel", v.channel().or(v.ticket()::channel));
        optional(g, "region", v.region());
        optional(g, "tier", v.tier());
        g.writeStringField("policy_version", v.policyVersion());
        optional(g, "excluded", v.exclusion().map(Reason::toString));
        if (!v.ticket().subject().isEmpty()) {
            g.writeStringField("subject", v.ticket().subject());
        }
        g.writeArrayFieldStart("results");
        for (MetricResult r : v.results()) {
            g.writeStartObject();
            result(g, r, asOf);
            g.writeEndObject();
        }
        g.writeEndArray();
        otherReadings(g, v);
        g.writeEndObject();
    }

    /** The fields of one result, inside its object: the audit's and the trace's documents share them. */
    /** A result's fields; {@code aim_met} for a timed best-effort aim, judged at {@code asOf}. */
    static void result(JsonGenerator g, MetricResult r, long asOf) throws IOException {
        g.writeStringField("metric", r.metric().key());
        g.writeStringField("status", r.status().key());
        instant(g, "due", r.due(), r.zone());
        instant(g, "at", r.at(), r.zone());
        number(g, "elapsed_seconds", r.elapsedSeconds());
        number(g, "target_seconds", r.targetSeconds());
        g.writeStringField("target", r.target());
        g.writeStringField("clock", r.businessTime() ? "business" : "calendar");
        optional(g, "calendar", r.calendar());
        g.writeStringField("priority", r.priority());
        g.writeStringField("guarantee", r.guarantee().key());
        OptionalLong late = r.lateBySeconds();
        if (late.isPresent()) {
            g.writeNumberField("late_by_seconds", late.getAsLong());
        }
        optional(g, "reason", r.reason().map(Reason::toString));
        Optional<Boolean> aim = r.aimMet(asOf);
        if (aim.isPresent()) {
            g.writeBooleanField("aim_met", aim.get());
        }
        g.writeArrayFieldStart("assumptions");
        for (String a : r.assumptions()) {
            g.writeString(a);
        }
        g.writeEndArray();
        if (!r.supplied().isEmpty()) {
            g.writeArrayFieldStart("supplied");
            for (String k : r.supplied()) {
                g.writeString(k);
            }
            g.writeEndArray();
        }
    }

    /** The statuses other readings give, where they differ from the verdict. */
    static void otherReadings(JsonGenerator g, TicketVerdict v) throws IOException {
        if (!v.otherReadings().isEmpty()) {
            g.writeArrayFieldStart("other_readings");
            for (OtherReading o : v.otherReadings()) {
                g.writeStartObject();
                g.writeStringField("reading", o.reading());
                g.writeStringField("metric", o.metric().key());
                g.writeStringField("status", o.statusKey());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void rejected(JsonGenerator g, RejectedRow r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", r.line());
        if (!r.id().isEmpty()) {
            g.writeStringField("id", r.id());
        }
        g.writeStringField("reason", r.reason().toString());
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, AuditSummary s) throws IOException {
        AuditSummary.Counts c = s.counts();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("tickets", c.tickets());
        g.writeNumberField("rejected_rows", c.rejected());
        g.writeNumberField("rows_read", c.rowsRead());
        g.writeNumberField("audited", c.audited());
        g.writeNumberField("excluded", c.excluded());
        g.writeNumberField("out_of_period", c.outOfPeriod());
        g.writeNumberField("created_after_as_of", c.afterAsOf());
        g.writeNumberField("event_rows", c.eventRows());
        g.writeNumberField("event_problems", s.eventProblemCount());
        g.writeNumberField("judged_results", s.overall().judged());
        g.writeArrayFieldStart("unused_states");
        for (AuditSummary.StateUse u : s.unusedStates()) {
            g.writeStartObject();
            g.writeStringField("state", u.state());
            g.writeNumberField("events", u.events());
            g.writeArrayFieldStart("examples");
            for (AuditSummary.StateEvent e : u.examples()) {
                g.writeStartObject();
                g.writeNumberField("line", e.line());
                g.writeStringField("id", e.id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("overall");
        tally(g, s.overall());
        // compliance by the contract's words alone: the results that rest on no assumption
        g.writeFieldName("without_assumptions");
        tally(g, s.grounded());
        g.writeArrayFieldStart("compliance");
        for (AuditSummary.ComplianceRow row : s.compliance()) {
            g.writeStartObject();
            g.writeStringField("metric", row.metric().key());
            g.writeStringField("priority", row.priority());
            g.writeStringField("priority_label", row.priorityLabel());
            g.writeStringField("target", row.target());
            g.writeFieldName("results");
            tally(g, row.tally());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("months");
        for (AuditSummary.MonthRow row : s.months()) {
            g.writeStartObject();
            g.writeStringField("month", row.month().toString());
            g.writeStringField("metric", row.metric().key());
            g.writeFieldName("results");
            tally(g, row.tally());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("worst_breaches");
        for (AuditSummary.BreachRow b : s.worstBreaches()) {
            g.writeStartObject();
            g.writeStringField("id", b.id());
            g.writeStringField("priority", b.priority());
            g.writeStringField("metric", b.metric().key());
            g.writeStringField("target", b.target());
            g.writeStringField("created", instant(b.created(), b.zone()));
            g.writeStringField("due", instant(b.due(), b.zone()));
            instant(g, "at", b.at(), b.zone());
            g.writeNumberField("late_by_seconds", b.lateBySeconds());
            g.writeNumberField("late_by_clock_seconds", b.lateByClockSeconds());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("readings");
        for (AuditSummary.ReadingDiff d : s.readings()) {
            g.writeStartObject();
            g.writeStringField("reading", d.reading());
            g.writeStringField("meaning", d.meaning());
            g.writeNumberField("changed", d.changed());
            g.writeBooleanField("truncated", d.truncated());
            aims(g, d.aims());
            g.writeArrayFieldStart("changes");
            for (AuditSummary.Change ch : d.changes()) {
                g.writeStartObject();
                g.writeStringField("id", ch.id());
                g.writeStringField("metric", ch.metric().key());
                g.writeStringField("from", ch.from());
                g.writeStringField("to", ch.to());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        aims(g, s.aims());
        if (s.order().isPresent()) {
            order(g, s.order().get());
        }
        g.writeObjectFieldStart("exclusions");
        for (Map.Entry<String, Long> e : s.exclusionsIn(Locale.ENGLISH).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("notes");
        for (io.slaudit.tickets.Reason n : s.notes()) {
            g.writeString(n.toString());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Timed best-effort aims by metric and priority: within, missed, open, and the within-aim rate. */
    private static void aims(JsonGenerator g, List<AuditSummary.AimRow> aims) throws IOException {
        g.writeArrayFieldStart("aims");
        for (AuditSummary.AimRow a : aims) {
            g.writeStartObject();
            g.writeStringField("metric", a.metric().key());
            g.writeStringField("priority", a.priority());
            g.writeStringField("priority_label", a.priorityLabel());
            g.writeStringField("target", a.target());
            g.writeNumberField("within_aim", a.met());
            g.writeNumberField("missed", a.missed());
            g.writeNumberField("open", a.open());
            OptionalDouble rate = a.withinAim();
            if (rate.isPresent()) {
                g.writeNumberField(
                        "within_aim_percent",
                        BigDecimal.valueOf(rate.getAsDouble()).setScale(2, RoundingMode.HALF_UP));
            } else {
                g.writeNullField("within_aim_percent");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The order of handling (fixed: compared, overtaken), and the overtaken tickets. */
    private static void order(JsonGenerator g, AuditSummary.Order o) throws IOException {
        g.writeObjectFieldStart("order");
        g.writeNumberField("compared", o.compared());
        g.writeNumberField("overtaken", o.overtaken());
        g.writeBooleanField("truncated", o.overtaken() > o.tickets().size());
        g.writeArrayFieldStart("tickets");
        for (AuditSummary.Overtaken t : o.tickets()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("priority", t.priority());
            g.writeStringField("created", instant(t.created(), t.zone()));
            g.writeStringField("answered", instant(t.answered(), t.zone()));
            g.writeBooleanField("open", t.open());
            g.writeNumberField("overtaken_by", t.overtakenBy());
            g.writeNumberField("extra_wait_seconds", t.extraWaitSeconds());
            g.writeObjectFieldStart("first_overtaker");
            g.writeStringField("id", t.firstBy());
            g.writeStringField("created", instant(t.firstByCreated(), t.zone()));
            g.writeStringField("answered", instant(t.firstByAnswered(), t.zone()));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void tally(JsonGenerator g, AuditSummary.Tally t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("met", t.met());
        g.writeNumberField("breached", t.breached());
        g.writeNumberField("open", t.open());
        g.writeNumberField("open_breached", t.openBreached());
        g.writeNumberField("best_effort", t.bestEffort());
        g.writeNumberField("excluded", t.excluded());
        OptionalDouble c = t.compliance();
        if (c.isPresent()) {
            g.writeNumberField(
                    "compliance_percent", BigDecimal.valueOf(c.getAsDouble()).setScale(2, RoundingMode.HALF_UP));
        } else {
            g.writeNullField("compliance_percent");
        }
        g.writeEndObject();
    }

    static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    static void number(JsonGenerator g, String field, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.getAsLong());
        } else {
            g.writeNullField(field);
        }
    }

    static void instant(JsonGenerator g, String field, OptionalLong value, ZoneId zone) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, instant(value.getAsLong(), zone));
        } else {
            g.writeNullField(field);
        }
    }

    static String instant(long epochSecond, ZoneId zone) {
        return TimeText.format(Instant.ofEpochSecond(epochSecond), zone);
    }
}
