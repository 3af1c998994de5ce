package io.slaudit.report;

import io.slaudit.audit.AuditReport;
import io.slaudit.report.PdfPages.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The audit as an A4 PDF, drawn directly with PDFBox: the same content as the HTML report
 * ({@link ReportView}), page numbers, table headers repeated on each page, vector charts, embedded
 * Unicode fonts, title and subject in the document information. The same inputs give the same
 * bytes but for the creation date, which is the given one (SOURCE_DATE_EPOCH) or now; the file
 * identifier is derived from the content, not from the clock.
 */
final class PdfRenderer implements Renderer<AuditReport> {

    private static final float BODY = 9;
    private static final float SMALL = 7.5f;

    private final DocumentContent content;

    PdfRenderer(DocumentOptions options) {
        this(new DocumentContent(options));
    }

    PdfRenderer(DocumentContent content) {
        this.content = content;
    }

    DocumentContent content() {
        return content;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String fileName() {
        return "audit.pdf";
    }

    @Override
    public boolean listsItems() {
        return true;
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        ReportLanguage lang = content.language();
        ReportView view = content.of(report);
        try (PDDocument document = new PDDocument()) {
            PdfPages pages = new PdfPages(document, new PdfFonts(document));
            cover(pages, view, lang);
            summary(pages, view, lang);
            trend(pages, view, lang);
            distribution(pages, view, lang);
            breaches(pages, view, lang);
            open(pages, view, lang);
            readings(pages, view, lang);
            checks(pages, view);
            rows(pages, view, lang);
            evidence(pages, view, lang);
            appendix(pages, view, lang);
            pages.footers(view.title(), (n, count) -> lang.label("page", n, count));
            describe(document, view, lang);
            // Without object streams the document information stays plain: two renderings of the
            // same audit then differ only in the visible creation date.
            document.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    private void describe(PDDocument document, ReportView view, ReportLanguage lang) {
        PdfPages.describe(
                document,
                view.title(),
                lang.label("subtitle") + ": " + view.cover().subheading() + ", "
                        + view.cover().period(),
                view.cover().generatedBy(),
                "SLA, audit, " + view.cover().subheading(),
                content.options().creationDate(),
                lang.code(),
                view.title() + "\n" + view.evidence().inputs() + "\n"
                        + view.cover().facts());
    }

    private static void cover(PdfPages p, ReportView view, ReportLanguage lang) {
        p.cover(lang.label("subtitle"), view.cover(), lang.locale());
    }

    private void summary(PdfPages p, ReportView view, ReportLanguage lang) {
        p.newPage();
        ReportView.Summary s = view.summary();
        p.heading(lang.label("summary"), 1);
        p.figures(s.keyFigures());
        p.paragraph(s.intro(), BODY, false, PdfPages.MUTED);
        if (!s.rows().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (ReportView.ComplianceRow r : s.rows()) {
                rows.add(complianceCells(r, lang));
            }
            rows.add(complianceCells(s.total(), lang));
            p.table(
                    List.of(
                            Column.left(lang.label("col.metric"), 1.3f),
                            Column.left(lang.label("col.priority"), 1.1f),
                            Column.left(lang.label("col.target"), 1.6f),
                            Column.right(lang.label("col.met"), 0.7f),
                            Column.right(lang.label("col.breached"), 0.75f),
                            Column.right(lang.label("col.open"), 0.65f),
                            Column.right(lang.label("col.openBreached"), 0.85f),
                            Column.right(lang.label("col.bestEffort"), 0.8f),
                            Column.right(lang.label("col.excluded"), 0.75f),
                            Column.right(lang.label("col.compliance"), 0.9f)),
                    rows,
                    SMALL,
                    Set.of(rows.size() - 1),
                    Set.of());
        }
        if (Charts.judged(s.rows()) > 0) {
            p.ensure((float) Charts.complianceHeight(s.rows()) + 40);
            p.heading(lang.label("summary.chart"), 3);
            p.chart(
                    Charts.WIDTH,
                    Charts.complianceHeight(s.rows()),
                    c -> Charts.compliance(c, s.rows(), content.options().threshold(), lang));
        }
        p.paragraph(s.threshold(), SMALL, false, PdfPages.MUTED);
        if (!s.assumptions().isEmpty()) {
            p.heading(lang.label("summary.assumptions"), 3);
            p.paragraph(lang.label("summary.assumptions.intro"), SMALL, false, PdfPages.MUTED);
            p.table(
                    List.of(
                            Column.left(lang.label("col.assumption"), 1.5f),
                            Column.left(lang.label("col.affects"), 1.6f),
                            Column.left(lang.label("col.assumptionText"), 4.6f),
                            Column.right(lang.label("col.results"), 0.8f)),
                    s.assumptions().stream()
                            .map(a -> new String[] {
                                a.id(),
                                a.affects(),
                                a.source().isEmpty() ? a.text() : a.text() + " (" + a.source() + ")",
                                lang.count(a.results())
                            })
                            .toList(),
                    SMALL);
            p.paragraph(s.assumptionsNote(), SMALL, false, PdfPages.MUTED);
        }
    }

    private static String[] complianceCells(ReportView.ComplianceRow r, ReportLanguage lang) {
        return new String[] {
            r.metric(),
            r.priority(),
            r.target(),
            lang.count(r.met()),
            lang.count(r.breached()),
            lang.count(r.open()),
            lang.count(r.openBreached()),
            lang.count(r.bestEffort()),
            lang.count(r.excluded()),
            r.compliance()
        };
    }

    private static void trend(PdfPages p, ReportView view, ReportLanguage lang) {
        ReportView.Trend t = view.trend();
        // the heading, its sentence and the chart stay on one page
        p.ensure((float) Charts.TREND_HEIGHT + 90);
        if (!section(p, lang, "trend", t.isEmpty(), "")) {
            return;
        }
        p.chart(Charts.WIDTH, Charts.TREND_HEIGHT, c -> Charts.trend(c, t, lang));
        List<String[]> rows = new ArrayList<>();
        for (ReportView.MonthRow r : t.rows()) {
            rows.add(new String[] {
                r.month(),
                r.metric(),
                lang.count(r.met()),
                lang.count(r.breached()),
                lang.count(r.openBreached()),
                r.compliance()
            });
        }
        p.table(
                List.of(
                        Column.left(lang.label("col.month"), 1.3f),
                        Column.left(lang.label("col.metric"), 1.5f),
                        Column.right(lang.label("col.met"), 0.8f),
                        Column.right(lang.label("col.breached"), 0.8f),
                        Column.right(lang.label("col.openBreached"), 0.9f),
                        Column.right(lang.label("col.compliance"), 0.9f)),
                rows,
                SMALL);
    }

    private static void distribution(PdfPages p, ReportView view, ReportLanguage lang) {
        ReportView.Distribution d = view.distribution();
        p.ensure((float) Charts.distributionHeight(d) + 100);
        if (!section(p, lang, "distribution", d.isEmpty(), "")) {
            return;
        }
        p.chart(Charts.WIDTH, Charts.distributionHeight(d), c -> Charts.distribution(c, d, lang));
        List<Column> columns = new ArrayList<>();
        columns.add(Column.left(lang.label("col.priority"), 1.2f));
        columns.add(Column.left(lang.label("col.target"), 1.5f));
        for (String b : d.buckets()) {
            columns.add(Column.right(b, 0.8f));
        }
        columns.add(Column.right(lang.label("col.count"), 0.7f));
        List<String[]> rows = new ArrayList<>();
        for (ReportView.DistributionRow r : d.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.priority());
            cells.add(r.target());
            r.counts().forEach(n -> cells.add(lang.count(n)));
            cells.add(lang.count(r.total()));
            rows.add(cells.toArray(String[]::new));
        }
        p.table(columns, rows, SMALL);
    }

    private static void breaches(PdfPages p, ReportView view, ReportLanguage lang) {
        ReportView.Listing<ReportView.Breach> b = view.breaches();
        if (!section(p, lang, "breaches", b.isEmpty(), b.note())) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (ReportView.Breach r : b.rows()) {
            rows.add(new String[] {
                r.id(),
                r.priority(),
                r.metric(),
                r.created(),
                r.due(),
                r.answered(),
                r.lateBy(),
                r.lateByClock(),
                r.subject()
            });
        }
        p.table(
                List.of(
                        Column.left(lang.label("col.ticket"), 0.8f),
                        Column.left(lang.label("col.priority"), 0.75f),
                        Column.left(lang.label("col.metric"), 0.8f),
                        Column.left(lang.label("col.created"), 0.95f),
                        Column.left(lang.label("col.due"), 0.95f),
                        Column.left(lang.label("col.answered"), 0.95f),
                        Column.right(lang.label("col.lateBy"), 0.85f),
                        Column.right(lang.label("col.lateByClock"), 0.7f),
                        Column.left(lang.label("col.subject"), 1.6f)),
                rows,
                7);
    }

    private static void open(PdfPages p, ReportView view, ReportLanguage lang) {
        ReportView.Listing<ReportView.OpenTicket> o = view.open();
        if (!section(p, lang, "open", o.isEmpty(), o.note())) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        Set<Integer> overdue = new HashSet<>();
        for (ReportView.OpenTicket r : o.rows()) {
            if (r.overdue()) {
                overdue.add(rows.size());
            }
            rows.add(new String[] {
                r.id(),
                r.priority(),
                r.metric(),
                r.status(),
                r.created(),
                r.due(),
                r.elapsed(),
                r.overdueBy(),
                r.subject()
            });
        }
        p.table(
                List.of(
                        Column.left(lang.label("col.ticket"), 0.8f),
                        Column.left(lang.label("col.priority"), 0.75f),
                        Column.left(lang.label("col.metric"), 0.8f),
                        Column.left(lang.label("col.status"), 0.8f),
                        Column.left(lang.label("col.created"), 0.95f),
                        Column.left(lang.label("col.due"), 0.95f),
                        Column.right(lang.label("col.elapsed"), 0.8f),
                        Column.right(lang.label("col.overdue"), 0.8f),
                        Column.left(lang.label("col.subject"), 1.5f)),
                rows,
                7,
                Set.of(),
                overdue);
    }

    /**
     * A section's heading, then its "none" sentence when it has nothing to show, else its intro
     * and the note on what is shown; whether the section goes on.
     */
    private static boolean section(PdfPages p, ReportLanguage lang, String key, boolean empty, String note) {
        p.heading(lang.label(key), 1);
        if (empty) {
            p.paragraph(lang.label(key + ".none"), BODY, false, PdfPages.INK);
            return false;
        }
        p.paragraph(lang.label(key + ".intro"), BODY, false, PdfPages.MUTED);
        p.paragraph(note, SMALL, false, PdfPages.MUTED);
        return true;
    }

    private static void readings(PdfPages p, ReportView view, ReportLanguage lang) {
        p.heading(lang.label("readings"), 1);
        ReportView.Readings r = view.readings();
        p.paragraph(r.intro(), BODY, false, PdfPages.MUTED);
        for (ReportView.Reading reading : r.readings()) {
            p.heading(reading.name() + (reading.meaning().isEmpty() ? "" : ": " + reading.meaning()), 2);
            p.paragraph(lang.label("col.changes") + ": " + reading.changed(), BODY, false, PdfPages.INK);
            if (!reading.changes().isEmpty()) {
                p.paragraph(reading.note(), SMALL, false, PdfPages.MUTED);
                List<String[]> rows = new ArrayList<>();
                for (ReportView.Change c : reading.changes()) {
                    rows.add(new String[] {c.id(), c.metric(), c.from(), c.to()});
                }
                p.table(
                        List.of(
                                Column.left(lang.label("col.ticket"), 1),
                                Column.left(lang.label("col.metric"), 1.2f),
                                Column.left(lang.label("col.from"), 1),
                                Column.left(lang.label("col.to"), 1)),
                        rows,
                        SMALL);
            }
        }
    }

    private static void checks(PdfPages p, ReportView view) {
        for (ReportView.Check check : view.checks()) {
            p.heading(check.title(), 1);
            p.paragraph(check.intro(), BODY, false, PdfPages.MUTED);
            if (check.rows().isEmpty()) {
                continue;
            }
            if (!check.note().isEmpty()) {
                p.paragraph(check.note(), SMALL, false, PdfPages.MUTED);
            }
            List<Column> columns = new ArrayList<>();
            for (int i = 0; i < check.header().size(); i++) {
                columns.add(
                        check.right().get(i)
                                ? Column.right(check.header().get(i), 0.8f)
                                : Column.left(
                                        check.header().get(i),
                                        i == 4 && check.id().equals("order") ? 2.4f : 1.1f));
            }
            p.table(
                    columns,
                    check.rows().stream().map(r -> r.toArray(String[]::new)).toList(),
                    SMALL);
        }
    }

    private static void rows(PdfPages p, ReportView view, ReportLanguage lang) {
        p.heading(lang.label("rows"), 1);
        ReportView.Rows r = view.rows();
        p.heading(lang.label("rows.excluded"), 2);
        if (r.excluded().isEmpty()) {
            p.paragraph(lang.label("rows.excluded.none"), BODY, false, PdfPages.INK);
        } else {
            List<String[]> rows = new ArrayList<>();
            r.excluded().forEach(e -> rows.add(new String[] {e.reason(), e.count()}));
            p.table(
                    List.of(Column.left(lang.label("col.reason"), 5), Column.right(lang.label("col.count"), 0.8f)),
                    rows,
                    SMALL);
        }
        p.paragraph(r.outOfPeriod(), BODY, false, PdfPages.INK);
        if (!r.afterAsOf().isEmpty()) {
            p.paragraph(r.afterAsOf().note(), SMALL, false, PdfPages.MUTED);
            rejections(p, r.afterAsOf().rows(), r.rejectedPosition(), lang);
        }
        p.heading(lang.label("rows.rejected"), 2);
        if (r.rejected().isEmpty()) {
            p.paragraph(lang.label("rows.rejected.none"), BODY, false, PdfPages.INK);
        } else {
            p.paragraph(r.rejected().note(), SMALL, false, PdfPages.MUTED);
            rejections(p, r.rejected().rows(), r.rejectedPosition(), lang);
        }
        if (!r.events().isEmpty()) {
            p.paragraph(r.events(), BODY, false, PdfPages.INK);
            if (!r.eventProblems().isEmpty()) {
                rejections(p, r.eventProblems().rows(), lang.label("col.line"), lang);
            }
        }
        if (!r.unusedStates().isEmpty()) {
            // the sentence stays with its table's first rows
            p.ensure(90 + 16f * Math.min(3, r.unusedStates().size()));
            p.paragraph(r.unusedStatesNote(), BODY, false, PdfPages.INK);
            List<String[]> rows = new ArrayList<>();
            r.unusedStates().forEach(u -> rows.add(new String[] {u.state(), u.events(), u.first()}));
            p.table(
                    List.of(
                            Column.left(lang.label("col.state"), 1.5f),
                            Column.right(lang.label("col.events"), 0.8f),
                            Column.left(lang.label("col.firstEvents"), 4)),
                    rows,
                    SMALL);
        }
    }

    private static void rejections(
            PdfPages p, List<ReportView.Rejection> list, String positionHeading, ReportLanguage lang) {
        List<String[]> rows = new ArrayList<>();
        list.forEach(x -> rows.add(new String[] {x.line(), x.id(), x.reason()}));
        p.table(
                List.of(
                        Column.right(positionHeading, 0.6f),
                        Column.left(lang.label("col.ticket"), 1),
                        Column.left(lang.label("col.reason"), 5)),
                rows,
                SMALL);
    }

    private static void evidence(PdfPages p, ReportView view, ReportLanguage lang) {
        p.heading(lang.label("evidence"), 1);
        ReportView.Evidence e = view.evidence();
        p.paragraph(lang.label("evidence.intro"), BODY, false, PdfPages.MUTED);
        p.facts(e.tool(), BODY);
        p.heading(lang.label("evidence.inputs"), 2);
        p.inputs(e.inputs(), lang);
        p.heading(lang.label("evidence.counts"), 2);
        p.paragraph(e.reconciliation(), BODY, true, e.reconciles() ? PdfPages.OK : PdfPages.ALERT);
        p.heading(lang.label("evidence.calendars"), 2);
        List<String[]> calendars = new ArrayList<>();
        e.calendars()
                .forEach(c -> calendars.add(new String[] {c.name() + ": " + c.description(), c.source(), c.years()}));
        p.table(
                List.of(
                        Column.left(lang.label("col.calendar"), 4),
                        Column.left(lang.label("col.holidays"), 1.6f),
                        Column.left(lang.label("col.years"), 0.8f)),
                calendars,
                SMALL);
        if (!e.notes().isEmpty()) {
            p.heading(lang.label("evidence.notes"), 2);
            e.notes().forEach(n -> p.bullet(n, 0, BODY));
        }
    }

    private static void appendix(PdfPages p, ReportView view, ReportLanguage lang) {
        p.appendix(lang.label("appendix"), lang.label("appendix.intro"), view.appendix());
    }
}
