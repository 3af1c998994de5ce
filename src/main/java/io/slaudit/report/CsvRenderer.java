package io.slaudit.report;

import io.slaudit.audit.AuditHeader;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditSummary;
import io.slaudit.audit.InputFile;
import io.slaudit.audit.MetricResult;
import io.slaudit.audit.OtherReading;
import io.slaudit.audit.TicketVerdict;
import io.slaudit.policy.Metric;
import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per ticket and target, plus one per rejected row, so that a spreadsheet holds every row
 * of the input; a result's row names the assumptions and supplied values it rests on, so that a
 * filter shows the verdicts that follow from the contract's words alone. The evidence leads as {@code #} comment lines. Cells that a spreadsheet would run
 * as a formula (starting with {@code = + - @}, tab or carriage return) get a leading apostrophe.
 */
final class CsvRenderer implements Renderer<AuditReport> {

    static final List<String> COLUMNS = List.of(
            "id",
            "line",
            "created",
            "priority",
            "original_priority",
            "channel",
            "region",
            "tier",
            "policy_version",
            "metric",
            "status",
            "due",
            "at",
            "elapsed_seconds",
            "target_seconds",
            "late_by_seconds",
            "target",
            "calendar",
            "reason",
            "subject",
            "other_readings",
            "assumptions",
            "supplied");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String fileName() {
        return "audit.csv";
    }

    @Override
    public boolean listsItems() {
        return true;
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator('\n')
                .setCommentMarker('#')
                .get()
                .print(writer);
        AuditHeader h = report.header();
        AuditSummary.Counts c = report.summary().counts();
        csv.printComment("slaudit " + h.toolVersion() + " audit of contract " + h.policyId() + " (versions "
                + String.join(", ", h.versions()) + "), reading " + h.reading());
        csv.printComment("period " + h.period().map(Object::toString).orElse("all") + ", as of "
                + JsonRenderer.instant(h.asOf(), h.zone()) + ", profile " + h.profile());
        for (InputFile f : h.inputs()) {
            csv.printComment(f.role() + " " + f.path() + " sha256 " + f.sha256() + " (" + f.bytes() + " bytes)");
        }
        ReportLanguage english = ReportLanguage.of(java.util.Locale.ENGLISH);
        csv.printComment("tickets read as " + ExportFacts.layout(h.ticketSource(), english));
        csv.printComment("tickets' local times " + ExportFacts.zone(h.ticketSource(), english));
        csv.printComment("rows read " + c.rowsRead() + " = audited " + c.audited() + " + excluded " + c.excluded()
                + " + out of period " + c.outOfPeriod()
                + (c.afterAsOf() > 0 ? " (" + c.afterAsOf() + " created after --as-of)" : "") + " + rejected "
                + c.rejected());
        AuditSummary s = report.summary();
        if (s.nothingJudged()) {
            csv.printComment(s.nothingJudgedReason());
        }
        if (!s.unusedStates().isEmpty()) {
            csv.printComment("event states no rule of the contract names (they let the clock run): "
                    + s.unusedStates().stream()
                            .map(u -> u.state() + " " + u.events() + (u.events() == 1 ? " event" : " events")
                                    + " (first at line " + u.examples().get(0).line() + ")")
                            .collect(java.util.stream.Collectors.joining("; ")));
        }
        csv.printRecord(COLUMNS);
        for (TicketVerdict v : report.tickets()) {
            ZoneId zone = v.zone();
            List<String> base = List.of(
                    safe(v.ticket().id()),
                    Long.toString(v.ticket().line()),
                    JsonRenderer.instant(v.ticket().created(), zone),
                    safe(v.priority()),
                    safe(v.originalPriority().orElse("")),
                    safe(v.channel().or(v.ticket()::channel).orElse("")),
                    safe(v.region().orElse("")),
                    safe(v.tier().orElse("")),
                    safe(v.policyVersion()));
            if (v.results().isEmpty()) {
                List<String> row = new ArrayList<>(base);
                row.addAll(List.of(
                        "",
                        v.isExcluded() ? "excluded" : "no-target",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        safe(v.exclusion().map(Reason::toString).orElse("no target of the contract applies")),
                        safe(v.ticket().subject()),
                        safe(otherReadings(v, Optional.empty(), true)),
                        "",
                        ""));
                csv.printRecord(row);
                continue;
            }
            boolean first = true;
            for (MetricResult r : v.results()) {
                List<String> row = new ArrayList<>(base);
                row.add(r.metric().key());
                row.add(r.status().key());
                row.add(time(r.due(), r.zone()));
                row.add(time(r.at(), r.zone()));
                row.add(number(r.elapsedSeconds()));
                row.add(number(r.targetSeconds()));
                row.add(number(r.lateBySeconds()));
                row.add(safe(r.target()));
                row.add(safe(r.calendar().orElse("")));
                row.add(safe(r.reason().map(Reason::toString).orElse("")));
                row.add(safe(v.ticket().subject()));
                row.add(safe(otherReadings(v, Optional.of(r.metric()), first)));
                // the ids the JSON lists, space-separated: ids are names without spaces
                row.add(safe(String.join(" ", r.assumptions())));
                row.add(safe(String.join(" ", r.supplied())));
                csv.printRecord(row);
                first = false;
            }
        }
        for (RejectedRow r : report.rejected()) {
            List<String> row = new ArrayList<>(List.of(safe(r.id()), Long.toString(r.line())));
            while (row.size() < COLUMNS.indexOf("status")) {
                row.add("");
            }
            row.add("rejected");
            while (row.size() < COLUMNS.indexOf("reason")) {
                row.add("");
            }
            row.add(safe(r.reason().toString()));
            while (row.size() < COLUMNS.size()) {
                row.add("");
            }
            csv.printRecord(row);
        }
        csv.flush();
        writer.flush();
    }

    /**
     * The verdicts other readings give where they differ: on a result's row those of its metric
     * ({@code business-day=end-of-day: met}); on the ticket's first row also those of metrics that
     * have no result under the audit's reading, with the metric named.
     */
    private static String otherReadings(TicketVerdict v, Optional<Metric> metric, boolean firstRow) {
        if (v.otherReadings().isEmpty()) {
            return "";
        }
        Set<Metric> withRows = EnumSet.noneOf(Metric.class);
        v.results().forEach(r -> withRows.add(r.metric()));
        List<String> out = new ArrayList<>();
        for (OtherReading o : v.otherReadings()) {
            if (metric.isPresent() && o.metric() == metric.get()) {
                out.add(o.reading() + ": " + o.statusKey());
            } else if (firstRow && !withRows.contains(o.metric())) {
                out.add(o.reading() + " " + o.metric().key() + ": " + o.statusKey());
            }
        }
        return String.join("; ", out);
    }

    /** Neutralises a cell a spreadsheet would evaluate as a formula (see {@link SpreadsheetCells}). */
    static String safe(String value) {
        return SpreadsheetCells.safe(value);
    }

    private static String time(OptionalLong value, ZoneId zone) {
        return value.isPresent() ? JsonRenderer.instant(value.getAsLong(), zone) : "";
    }

    private static String number(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }
}
