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
import java.util.ResourceBundle;

/**
 * The summary a person reads on a terminal: what was audited, counts that reconcile, compliance per
 * target and per month, the worst breaches, readings that change verdicts, rejected rows, evidence.
 * Lists nothing per ticket beyond the worst breaches, so it suits any size of audit.
 */
final class TextRenderer implements Renderer<AuditReport> {

    static final int LISTED = 20;

    private final ReportLanguage lang;
    private final ResourceBundle words;
    /** How numbers are written: ASCII digits with commas in English, dots in German. */
    private final Locale numbers;

    TextRenderer() {
        this(Locale.ENGLISH);
    }

    TextRenderer(Locale locale) {
        this.lang = ReportLanguage.of(locale);
        this.words = ResourceBundle.getBundle(
                "io.slaudit.report.summary",
                lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.numbers = lang.isGerman() ? Locale.GERMAN : Locale.ROOT;
    }

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

    /**
     * The assumptions of the encoding with the number of results resting on each, so that a
     * compliance figure is weighed with what it rests on; their texts are in {@code explain} and
     * the documents.
     */
    private void assumptions(PrintWriter w, AuditSummary s) {
        if (s.assumptionUses().isEmpty()) {
            return;
        }
        w.println(t("assumptions"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("col.assumption"), t("col.affects"), t("col.results")});
        for (AuditSummary.AssumptionUse u : s.assumptionUses()) {
            rows.add(new String[] {
                u.id(),
                affected(u.assumption().affects().stream().map(Object::toString).toList()),
                n(u.results())
            });
        }
        table(w, rows, 2);
        if (s.everyJudgedResultRestsOnAnAssumption()) {
            w.println("  " + t("assumptions.all"));
        }
        w.println();
    }

    /**
     * What an assumption fills in, for a terminal line: the keys up to about 50 characters, then
     * how many more (the JSON and the documents list them all).
     */
    static String affected(List<String> keys) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            String next = (i == 0 ? "" : ", ") + keys.get(i);
            if (i > 0 && b.length() + next.length() > 50) {
                return b + " +" + (keys.size() - i);
            }
            b.append(next);
        }
        return b.toString();
    }

    /** A phrase of the summary in its language. */
    private String t(String key) {
        return words.getString(key);
    }

    /** An instant: ISO-8601 with its offset in English, as the German documents write it in German. */
    private String instant(long epochSecond, java.time.ZoneId zone) {
        return lang.isGerman() ? lang.dateTime(epochSecond, zone) : JsonRenderer.instant(epochSecond, zone);
    }

    private String percent(java.util.OptionalDouble value) {
        return lang.isGerman() ? lang.percent(value) : Durations.percent(value);
    }

    private String duration(long seconds, boolean business) {
        return lang.isGerman() ? lang.duration(seconds, business) : Durations.of(seconds, business);
    }

    private String clock(long seconds) {
        return lang.isGerman() ? lang.clockDuration(seconds) : Durations.human(seconds);
    }

    private String status(String key) {
        try {
            return lang.isGerman() ? lang.status(io.slaudit.audit.Status.ofKey(key)) : key;
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private String metric(io.slaudit.policy.Metric m) {
        return lang.isGerman() ? lang.metric(m) : m.key();
    }

    private String reason(io.slaudit.tickets.Reason r) {
        return lang.isGerman() ? r.text(lang.locale()) : r.toString();
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        AuditHeader h = report.header();
        AuditSummary s = report.summary();
        AuditSummary.Counts c = s.counts();
        java.util.function.Function<String, String> targets =
                lang.isGerman() ? ReportViews.targetNames(h, lang) : java.util.function.Function.identity();
        line(
                w,
                "",
                "header",
                h.product().map(p -> String.format(t("header.support"), p)).orElse(t("header.supportOnly")),
                h.vendor(),
                h.policyId(),
                String.join(", ", h.versions()));
        line(
                w,
                "",
                "period",
                h.period().map(Object::toString).orElse(t("period.all")),
                instant(h.asOf(), h.zone()),
                h.asOfGiven() ? "" : t("asOf.now"),
                h.reading());
        line(w, "", "export", inputPath(h, "tickets"), h.profile(), h.profileDetected() ? t("export.recognised") : "");
        line(w, "  ", "readAs", ExportFacts.layout(h.ticketSource(), lang));
        line(w, "  ", "localTimes", ExportFacts.zone(h.ticketSource(), lang));
        w.println();

        line(w, "", "rows", c.rowsRead(), c.audited(), c.excluded(), c.outOfPeriod(), c.rejected());
        if (c.afterAsOf() > 0) {
            line(w, "          ", "rows.afterAsOf", c.afterAsOf());
        }
        if (c.eventRows() > 0 || s.eventProblemCount() > 0) {
            line(w, "", "events", c.eventRows(), s.eventProblemCount());
        }
        w.println();
        if (s.nothingJudged()) {
            String why = lang.isGerman() ? ReportViews.nothingJudged(s, lang) : s.nothingJudgedReason();
            printf(w, "%s%n%n", Character.toUpperCase(why.charAt(0)) + why.substring(1));
        }

        if (s.compliance().isEmpty()) {
            if (c.audited() > 0) {
                w.println(t("noTarget"));
                w.println();
            }
        } else {
            w.println(t("compliance"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                t("col.metric"),
                t("col.priority"),
                t("col.target"),
                t("col.met"),
                t("col.breached"),
                t("col.open"),
                t("col.openBreached"),
                t("col.bestEffort"),
                t("col.excluded"),
                t("col.compliance")
            });
            for (AuditSummary.ComplianceRow r : s.compliance()) {
                AuditSummary.Tally t = r.tally();
                rows.add(new String[] {
                    metric(r.metric()),
                    r.priorityLabel(),
                    targets.apply(r.target()),
                    n(t.met()),
                    n(t.breached()),
                    n(t.open()),
                    n(t.openBreached()),
                    n(t.bestEffort()),
                    n(t.excluded()),
                    percent(t.compliance())
                });
            }
            AuditSummary.Tally all = s.overall();
            rows.add(new String[] {
                t("col.all"),
                "",
                "",
                n(all.met()),
                n(all.breached()),
                n(all.open()),
                n(all.openBreached()),
                n(all.bestEffort()),
                n(all.excluded()),
                percent(all.compliance())
            });
            if (s.hasAssumptionDependentResults()) {
                // compliance by the contract's words alone: the results that rest on no assumption
                AuditSummary.Tally words = s.grounded();
                rows.add(new String[] {
                    t("col.withoutAssumptions"),
                    "",
                    "",
                    n(words.met()),
                    n(words.breached()),
                    n(words.open()),
                    n(words.openBreached()),
                    n(words.bestEffort()),
                    n(words.excluded()),
                    percent(words.compliance())
                });
            }
            table(w, rows, 3);
            w.println();
            assumptions(w, s);

            w.println(t("months"));
            List<String[]> months = new ArrayList<>();
            months.add(new String[] {
                t("col.month"),
                t("col.metric"),
                t("col.met"),
                t("col.breached"),
                t("col.openBreached"),
                t("col.compliance")
            });
            for (AuditSummary.MonthRow m : s.months()) {
                AuditSummary.Tally t = m.tally();
                if (t.judged() == 0 && t.open() == 0) {
                    continue;
                }
                months.add(new String[] {
                    m.month().toString(),
                    metric(m.metric()),
                    n(t.met()),
                    n(t.breached()),
                    n(t.openBreached()),
                    percent(t.compliance())
                });
            }
            table(w, months, 2);
            w.println();
        }

        if (!s.aims().isEmpty()) {
            w.println(t("aims"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                t("col.metric"),
                t("col.priority"),
                t("col.aim"),
                t("col.withinAim"),
                t("col.missed"),
                t("col.open"),
                t("col.withinAimRate")
            });
            for (AuditSummary.AimRow a : s.aims()) {
                rows.add(new String[] {
                    metric(a.metric()),
                    a.priorityLabel(),
                    targets.apply(a.target()),
                    n(a.met()),
                    n(a.missed()),
                    n(a.open()),
                    percent(a.withinAim())
                });
            }
            table(w, rows, 3);
            w.println();
        }

        if (!s.worstBreaches().isEmpty()) {
            w.println(t("worst"));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                t("col.ticket"), t("col.priority"), t("col.metric"), t("col.due"), t("col.answered"), t("col.lateBy")
            });
            for (AuditSummary.BreachRow b : s.worstBreaches()) {
                rows.add(new String[] {
                    b.id(),
                    h.priorityLabel(b.priority()),
                    metric(b.metric()),
                    instant(b.due(), b.zone()),
                    b.at().isPresent() ? instant(b.at().getAsLong(), b.zone()) : t("stillOpen"),
                    String.format(
                            numbers,
                            t("lateBy"),
                            duration(b.lateBySeconds(), b.businessTime()),
                            b.businessTime() ? t("lateBy.business") : "",
                            clock(b.lateByClockSeconds()))
                });
            }
            table(w, rows, 99);
            w.println();
        }

        if (!s.readings().isEmpty()) {
            w.println(t("readings"));
            for (AuditSummary.ReadingDiff d : s.readings()) {
                line(
                        w,
                        "  ",
                        d.changed() == 1 ? "reading.changes" : "reading.changes.many",
                        d.reading(),
                        d.changed(),
                        d.changed() == 0 ? "" : ":");
                d.changes().stream()
                        .limit(10)
                        .forEach(ch -> printf(
                                w,
                                "    %s %s: %s -> %s%n",
                                ch.id(),
                                metric(ch.metric()),
                                status(ch.from()),
                                status(ch.to())));
                if (d.changed() > 10) {
                    line(w, "    ", "reading.more", d.changed() - 10);
                }
                for (AuditSummary.AimRow a : d.aims()) {
                    line(
                            w,
                            "    ",
                            "reading.aim",
                            metric(a.metric()),
                            a.priorityLabel(),
                            targets.apply(a.target()),
                            a.met(),
                            a.measured(),
                            percent(a.withinAim()));
                }
            }
            w.println();
        }

        if (s.order().isPresent()) {
            AuditSummary.Order o = s.order().get();
            w.println(t("order"));
            line(w, "  ", "order.counts", o.compared(), o.overtaken());
            if (o.tickets().isEmpty()) {
                line(w, "  ", "order.none");
            } else {
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {
                    t("col.ticket"),
                    t("col.priority"),
                    t("col.arrived"),
                    t("col.answered"),
                    t("col.firstOvertaker"),
                    t("col.overtakenBy"),
                    t("col.extraWait")
                });
                o.tickets().stream()
                        .limit(LISTED)
                        .forEach(v -> rows.add(new String[] {
                            v.id(),
                            h.priorityLabel(v.priority()),
                            instant(v.created(), v.zone()),
                            v.open() ? t("order.open") : instant(v.answered(), v.zone()),
                            v.firstBy() + " (" + instant(v.firstByCreated(), v.zone()) + ", "
                                    + instant(v.firstByAnswered(), v.zone()) + ")",
                            n(v.overtakenBy()),
                            clock(v.extraWaitSeconds())
                        }));
                table(w, rows, 5);
                if (o.overtaken() > LISTED) {
                    line(
                            w,
                            "  ",
                            "order.more",
                            o.overtaken() - LISTED,
                            o.tickets().size());
                }
            }
            w.println();
        }

        if (!s.exclusions().isEmpty()) {
            w.println(t("excluded"));
            for (Map.Entry<String, Long> e : s.exclusionsIn(lang.locale()).entrySet()) {
                printf(w, "  %,6d  %s%n", e.getValue(), e.getKey());
            }
            w.println();
        }

        if (c.rejected() > 0) {
            line(w, "", "rejected", c.rejected());
            int shown = 0;
            for (RejectedRow r : report.rejected()) {
                if (shown++ == LISTED) {
                    line(w, "  ", "rejected.more", c.rejected() - LISTED);
                    break;
                }
                printf(
                        w,
                        "  %s%s: %s%n",
                        ExportFacts.position(h.ticketSource().layout().positions(), r.line(), lang),
                        r.id().isEmpty() ? "" : " (" + r.id() + ")",
                        reason(r.reason()));
            }
            w.println();
        }
        if (c.afterAsOf() > 0) {
            line(w, "", "afterAsOf", c.afterAsOf());
            s.afterAsOfSample().stream()
                    .limit(LISTED)
                    .forEach(r -> printf(
                            w,
                            "  %s (%s): %s%n",
                            ExportFacts.position(h.ticketSource().layout().positions(), r.line(), lang),
                            r.id(),
                            reason(r.reason())));
            if (c.afterAsOf() > LISTED) {
                line(
                        w,
                        "  ",
                        "afterAsOf.more",
                        c.afterAsOf() - LISTED,
                        s.afterAsOfSample().size());
            }
            w.println();
        }
        if (s.eventProblemCount() > 0) {
            line(w, "", "eventProblems", s.eventProblemCount());
            s.eventProblems().stream()
                    .limit(LISTED)
                    .forEach(r -> printf(
                            w,
                            "  %s%s: %s%n",
                            String.format(numbers, t("eventLine"), r.line()),
                            r.id().isEmpty() ? "" : " (" + r.id() + ")",
                            reason(r.reason())));
            w.println();
        }
        if (!s.unusedStates().isEmpty()) {
            w.println(t("unusedStates"));
            for (AuditSummary.StateUse u : s.unusedStates()) {
                printf(
                        w,
                        "  %-20s %,6d %s, %s%n",
                        u.state(),
                        u.events(),
                        u.events() == 1 ? t("eventCount.one") : t("eventCount.many"),
                        String.format(
                                t("unusedStates.first"),
                                u.examples().stream()
                                        .map(e ->
                                                String.format(numbers, t("eventLine"), e.line()) + " (" + e.id() + ")")
                                        .collect(java.util.stream.Collectors.joining(", "))));
            }
            w.println();
        }
        List<String> notes = s.notes().stream()
                .filter(n -> !AuditSummary.isNothingJudged(n))
                .map(n -> lang.isGerman() ? n.text(lang.locale()) : n.toString())
                .toList();
        for (String note : notes) {
            line(w, "", "note", TerminalText.clean(note));
        }
        if (!notes.isEmpty()) {
            w.println();
        }

        w.println(t("evidence"));
        printf(w, "  slaudit %s%n", h.toolVersion());
        for (InputFile f : h.inputs()) {
            printf(w, "  %-8s %s  sha256 %s%n", f.role(), f.path(), f.sha256());
        }
        // which value each --set or --assume gave, for what the contract leaves open
        for (io.slaudit.policy.FilledValue f : h.supplied()) {
            line(w, "  ", "supplied", f.key(), f.value(), f.by().word());
        }
        io.slaudit.policy.PolicyExplainer explainer = lang.isGerman()
                ? new io.slaudit.policy.PolicyExplainer(lang.locale(), io.slaudit.calendar.PublicHolidays.library())
                : null;
        for (AuditSummary.CalendarUse cal : s.calendars()) {
            // the German summary describes the hours in German, as the documents do
            String hours = explainer == null ? cal.hours() : ReportViews.calendarDescription(h, cal, explainer);
            line(
                    w,
                    "  ",
                    "calendar",
                    cal.name(),
                    hours,
                    lang.isGerman() ? ReportViews.holidaySource(cal, lang) : cal.source(),
                    years(cal.years()));
        }
        w.flush();
    }

    /** One line: the indent, then a phrase of the summary with its arguments. */
    private void line(PrintWriter w, String indent, String key, Object... args) {
        w.print(indent);
        printf(w, t(key) + "%n", args);
    }

    /**
     * Formatted with ASCII digits whatever the JVM's locale (an Arabic locale would write
     * Arabic-Indic digits; German groups with dots), every text escaped for the terminal: the values
     * come from the export.
     */
    private void printf(PrintWriter w, String format, Object... args) {
        Object[] clean = args.clone();
        for (int i = 0; i < clean.length; i++) {
            if (clean[i] instanceof String text) {
                clean[i] = TerminalText.clean(text);
            } else if (clean[i] != null && !(clean[i] instanceof Number)) {
                clean[i] = TerminalText.clean(clean[i].toString());
            }
        }
        w.printf(numbers, format, clean);
    }

    private static String inputPath(AuditHeader h, String role) {
        return h.inputs().stream()
                .filter(f -> f.role().equals(role))
                .map(InputFile::path)
                .findFirst()
                .orElse("?");
    }

    private String years(List<Integer> years) {
        if (years.isEmpty()) {
            return t("years.none");
        }
        return years.size() == 1 ? years.get(0).toString() : years.get(0) + "-" + years.get(years.size() - 1);
    }

    private String n(long value) {
        return String.format(numbers, "%,d", value);
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
