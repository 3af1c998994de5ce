package io.slaudit.report;

import io.slaudit.audit.AuditHeader;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditSummary;
import io.slaudit.audit.InputFile;
import io.slaudit.tickets.RejectedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary a person reads on a terminal: what was audited, counts that reconcile, compliance per
 * target and per month, the worst breaches, readings that change verdicts, rejected rows, evidence.
 * Lists nothing per ticket beyond the worst breaches, so it suits any size of audit.
 */
final class TextRenderer implements Renderer<AuditReport> {

    private static final ReportLanguage ENGLISH = ReportLanguage.of(java.util.Locale.ENGLISH);

    static final int LISTED = 20;

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String fileName() {
        return "audit.txt";
    }

    @Override
    public boolean listsItems() {
        return false;
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        AuditHeader h = report.header();
        AuditSummary s = report.summary();
        AuditSummary.Counts c = s.counts();
        printf(
                w,
                "Audit of %s%s by %s, contract %s (version %s)%n",
                h.product().map(p -> p + " support").orElse("support"),
                "",
                h.vendor(),
                h.policyId(),
                String.join(", ", h.versions()));
        printf(
                w,
                "Period %s, as of %s%s, reading %s%n",
                h.period().map(Object::toString).orElse("all tickets"),
                JsonRenderer.instant(h.asOf(), h.zone()),
                h.asOfGiven() ? "" : " (now; give --as-of to repeat this audit)",
                h.reading());
        printf(
                w,
                "Export %s (%s profile%s)%n",
                inputPath(h, "tickets"),
                h.profile(),
                h.profileDetected() ? ", recognised" : "");
        printf(w, "  read as %s%n", ExportFacts.layout(h.ticketSource(), ENGLISH));
        printf(w, "  local times: %s%n%n", ExportFacts.zone(h.ticketSource(), ENGLISH));

        printf(
                w,
                "Rows      %,d read = %,d audited + %,d excluded + %,d out of period + %,d rejected%n",
                c.rowsRead(),
                c.audited(),
                c.excluded(),
                c.outOfPeriod(),
                c.rejected());
        if (c.afterAsOf() > 0) {
            printf(w, "          %,d of the rows out of period were created after --as-of%n", c.afterAsOf());
        }
        if (c.eventRows() > 0 || s.eventProblemCount() > 0) {
            printf(w, "Events    %,d rows, %,d problems%n", c.eventRows(), s.eventProblemCount());
        }
        w.println();
        if (s.nothingJudged()) {
            String why = s.nothingJudgedReason();
            printf(w, "%s%n%n", Character.toUpperCase(why.charAt(0)) + why.substring(1));
        }

        if (s.compliance().isEmpty()) {
            if (c.audited() > 0) {
                w.println("No target of the contract applied to any ticket.");
                w.println();
            }
        } else {
            w.println("Compliance (met / (met + breached + open-breached); best effort and excluded not counted)");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                "metric",
                "priority",
                "target",
                "met",
                "breached",
                "open",
                "open-br.",
                "best-eff.",
                "excl.",
                "compliance"
            });
            for (AuditSummary.ComplianceRow r : s.compliance()) {
                AuditSummary.Tally t = r.tally();
                rows.add(new String[] {
                    r.metric().key(),
                    r.priorityLabel(),
                    r.target(),
                    n(t.met()),
                    n(t.breached()),
                    n(t.open()),
                    n(t.openBreached()),
                    n(t.bestEffort()),
                    n(t.excluded()),
                    Durations.percent(t.compliance())
                });
            }
            AuditSummary.Tally all = s.overall();
            rows.add(new String[] {
                "all",
                "",
                "",
                n(all.met()),
                n(all.breached()),
                n(all.open()),
                n(all.openBreached()),
                n(all.bestEffort()),
                n(all.excluded()),
                Durations.percent(all.compliance())
            });
            if (s.hasAssumptionDependentResults()) {
                // compliance by the contract's words alone: the results that rest on no assumption
                AuditSummary.Tally words = s.grounded();
                rows.add(new String[] {
                    "without assumptions",
                    "",
                    "",
                    n(words.met()),
                    n(words.breached()),
                    n(words.open()),
                    n(words.openBreached()),
                    n(words.bestEffort()),
                    n(words.excluded()),
                    Durations.percent(words.compliance())
                });
            }
            table(w, rows, 3);
            w.println();

            w.println("By month of creation");
            List<String[]> months = new ArrayList<>();
            months.add(new String[] {"month", "metric", "met", "breached", "open-br.", "compliance"});
            for (AuditSummary.MonthRow m : s.months()) {
                AuditSummary.Tally t = m.tally();
                if (t.judged() == 0 && t.open() == 0) {
                    continue;
                }
                months.add(new String[] {
                    m.month().toString(),
                    m.metric().key(),
                    n(t.met()),
                    n(t.breached()),
                    n(t.openBreached()),
                    Durations.percent(t.compliance())
                });
            }
            table(w, months, 2);
            w.println();
        }

        if (!s.worstBreaches().isEmpty()) {
            w.println("Worst breaches");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ticket", "priority", "metric", "due", "answered", "late by"});
            for (AuditSummary.BreachRow b : s.worstBreaches()) {
                rows.add(new String[] {
                    b.id(),
                    h.priorityLabel(b.priority()),
                    b.metric().key(),
                    JsonRenderer.instant(b.due(), b.zone()),
                    b.at().isPresent() ? JsonRenderer.instant(b.at().getAsLong(), b.zone()) : "still open",
                    Durations.of(b.lateBySeconds(), b.businessTime()) + (b.businessTime() ? " business" : "") + " ("
                            + Durations.human(b.lateByClockSeconds()) + " clock)"
                });
            }
            table(w, rows, 99);
            w.println();
        }

        if (!s.readings().isEmpty()) {
            w.println("Other readings of the contract");
            for (AuditSummary.ReadingDiff d : s.readings()) {
                printf(
                        w,
                        "  %s: %,d %s%s%n",
                        d.reading(),
                        d.changed(),
                        d.changed() == 1 ? "verdict changes" : "verdicts change",
                        d.changed() == 0 ? "" : ":");
                d.changes().stream()
                        .limit(10)
                        .forEach(ch -> printf(
                                w, "    %s %s: %s -> %s%n", ch.id(), ch.metric().key(), ch.from(), ch.to()));
                if (d.changed() > 10) {
                    printf(w, "    ... and %,d more (all in the JSON report)%n", d.changed() - 10);
                }
            }
            w.println();
        }

        if (!s.exclusions().isEmpty()) {
            w.println("Excluded tickets");
            for (Map.Entry<String, Long> e : s.exclusionsIn(Locale.ENGLISH).entrySet()) {
                printf(w, "  %,6d  %s%n", e.getValue(), e.getKey());
            }
            w.println();
        }

        if (c.rejected() > 0) {
            printf(w, "Rejected rows (%,d)%n", c.rejected());
            int shown = 0;
            for (RejectedRow r : report.rejected()) {
                if (shown++ == LISTED) {
                    printf(w, "  ... and %,d more (all in the JSON and CSV reports)%n", c.rejected() - LISTED);
                    break;
                }
                printf(
                        w,
                        "  %s%s: %s%n",
                        ExportFacts.position(h.ticketSource().layout().positions(), r.line(), ENGLISH),
                        r.id().isEmpty() ? "" : " (" + r.id() + ")",
                        r.reason());
            }
            w.println();
        }
        if (c.afterAsOf() > 0) {
            printf(w, "Created after --as-of (%,d), out of the audit%n", c.afterAsOf());
            s.afterAsOfSample().stream()
                    .limit(LISTED)
                    .forEach(r -> printf(
                            w,
                            "  %s (%s): %s%n",
                            ExportFacts.position(h.ticketSource().layout().positions(), r.line(), ENGLISH),
                            r.id(),
                            r.reason()));
            if (c.afterAsOf() > LISTED) {
                printf(
                        w,
                        "  ... and %,d more (the first %,d in the JSON report)%n",
                        c.afterAsOf() - LISTED,
                        s.afterAsOfSample().size());
            }
            w.println();
        }
        if (s.eventProblemCount() > 0) {
            printf(w, "Event problems (%,d)%n", s.eventProblemCount());
            s.eventProblems().stream()
                    .limit(LISTED)
                    .forEach(r -> printf(
                            w, "  line %d%s: %s%n", r.line(), r.id().isEmpty() ? "" : " (" + r.id() + ")", r.reason()));
            w.println();
        }
        if (!s.unusedStates().isEmpty()) {
            w.println("Event states no rule of the contract names (they let the clock run; pause-on names the"
                    + " pausing ones)");
            for (AuditSummary.StateUse u : s.unusedStates()) {
                printf(
                        w,
                        "  %-20s %,6d %s, first: %s%n",
                        u.state(),
                        u.events(),
                        u.events() == 1 ? "event " : "events",
                        u.examples().stream()
                                .map(e -> "line " + e.line() + " (" + e.id() + ")")
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
            w.println();
        }
        List<String> notes = s.notes().stream()
                .filter(n -> !s.nothingJudged() || !n.equals(s.nothingJudgedReason()))
                .toList();
        for (String note : notes) {
            w.println("Note: " + TerminalText.clean(note));
        }
        if (!notes.isEmpty()) {
            w.println();
        }

        w.println("Evidence");
        printf(w, "  slaudit %s%n", h.toolVersion());
        for (InputFile f : h.inputs()) {
            printf(w, "  %-8s %s  sha256 %s%n", f.role(), f.path(), f.sha256());
        }
        for (AuditSummary.CalendarUse cal : s.calendars()) {
            printf(
                    w,
                    "  calendar %s: %s; holidays from %s, years %s%n",
                    cal.name(),
                    cal.hours(),
                    cal.source(),
                    years(cal.years()));
        }
        w.flush();
    }

    /**
     * Formatted with ASCII digits whatever the JVM's locale (an Arabic locale would write
     * Arabic-Indic digits), every text escaped for the terminal: the values come from the export.
     */
    private static void printf(PrintWriter w, String format, Object... args) {
        Object[] clean = args.clone();
        for (int i = 0; i < clean.length; i++) {
            if (clean[i] instanceof String text) {
                clean[i] = TerminalText.clean(text);
            } else if (clean[i] != null && !(clean[i] instanceof Number)) {
                clean[i] = TerminalText.clean(clean[i].toString());
            }
        }
        w.printf(Locale.ROOT, format, clean);
    }

    private static String inputPath(AuditHeader h, String role) {
        return h.inputs().stream()
                .filter(f -> f.role().equals(role))
                .map(InputFile::path)
                .findFirst()
                .orElse("?");
    }

    private static String years(List<Integer> years) {
        if (years.isEmpty()) {
            return "none";
        }
        return years.size() == 1 ? years.get(0).toString() : years.get(0) + "-" + years.get(years.size() - 1);
    }

    private static String n(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    /** Columns padded to their widest cell; the first {@code textColumns} left-aligned, the rest right. */
    /** Rows as aligned columns: the first {@code textColumns} left-aligned, the rest (numbers) right-aligned. */
    static void table(PrintWriter w, List<String[]> rows, int textColumns) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        rows = rows.stream()
                .map(row ->
                        java.util.Arrays.stream(row).map(TerminalText::clean).toArray(String[]::new))
                .toList();
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < columns; i++) {
                String cell = row[i];
                String pad = " ".repeat(width[i] - cell.length());
                line.append(' ').append(i < textColumns ? cell + pad : pad + cell);
            }
            w.println(line.toString().stripTrailing());
        }
    }
}
