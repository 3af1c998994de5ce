package io.slaudit.report;

import io.slaudit.audit.TraceReport;
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
 * The evidence for named tickets as an A4 PDF in the audit report's look ({@link PdfPages},
 * {@link PdfFonts}), without a cover page: for one ticket with an ordinary timeline it is one
 * page, to attach to a letter to the vendor. The content is that of the HTML ({@link TraceView}).
 */
final class TracePdfRenderer implements Renderer<TraceReport> {

    private static final float BODY = 8.5f;
    private static final float SMALL = 7.2f;
    private static final float TABLE = 6.3f;

    private final TraceRenderers.Content content;

    TracePdfRenderer(TraceRenderers.Content content) {
        this.content = content;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String fileName() {
        return "trace.pdf";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void render(TraceReport report, OutputStream out) throws IOException {
        ReportLanguage lang = content.language();
        TraceView v = content.of(report);
        try (PDDocument document = new PDDocument()) {
            PdfPages p = new PdfPages(document, new PdfFonts(document));
            p.newPage();
            p.paragraph(v.kicker().toUpperCase(lang.locale()), 8, true, PdfPages.ACCENT);
            p.paragraph(v.heading(), 15, true, PdfPages.INK);
            p.paragraph(v.subheading(), 10, false, PdfPages.MUTED);
            p.space(3);
            p.rule(PdfPages.LEFT, p.y(), PdfPages.RIGHT, p.y(), PdfPages.ACCENT, 1.5f);
            p.space(7);
            p.facts(v.facts(), SMALL);
            for (TraceView.Ticket t : v.tickets()) {
                p.heading(t.heading(), 2);
                p.facts(t.facts(), SMALL);
                for (TraceView.Result r : t.results()) {
                    p.heading(r.heading() + ": " + r.status(), 3);
                    p.facts(r.facts(), SMALL);
                    // the total under the verdict's facts, so that a page holds a ticket's timelines
                    p.paragraph(
                            (r.reached() + " " + r.total()).trim(),
                            SMALL,
                            false,
                            r.breach() ? PdfPages.ALERT : PdfPages.INK);
                    if (!r.steps().isEmpty()) {
                        steps(p, r, lang);
                    }
                    p.space(2);
                }
            }
            inputs(p, v, lang);
            p.paragraph(v.note(), 6.5f, false, PdfPages.MUTED);
            p.footers(v.title() + " · " + v.generatedBy(), (n, count) -> lang.label("page", n, count));
            PdfPages.describe(
                    document,
                    v.title(),
                    v.subheading(),
                    v.generatedBy(),
                    "SLA, support contract, evidence, trace",
                    content.options().creationDate(),
                    lang.code(),
                    v.title() + "\n" + v.facts() + "\n" + v.inputs());
            document.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    /** The inputs with their SHA-256, in the steps' small type so that the page holds them. */
    private static void inputs(PdfPages p, TraceView v, ReportLanguage lang) {
        List<String[]> rows = new ArrayList<>();
        v.inputs().forEach(f -> rows.add(new String[] {f.role(), f.path(), f.sha256(), f.bytes()}));
        p.table(
                List.of(
                        Column.left(lang.label("col.role"), 0.5f),
                        Column.left(lang.label("col.file"), 3.0f),
                        Column.left(lang.label("col.sha256"), 4.0f),
                        Column.right(lang.label("col.bytes"), 0.5f)),
                rows,
                6f);
    }

    private static void steps(PdfPages p, TraceView.Result r, ReportLanguage lang) {
        List<Column> columns = List.of(
                Column.right(lang.label("trace.col.step"), 0.45f),
                Column.left(lang.label("trace.col.from"), 1.4f),
                Column.left(lang.label("trace.col.to"), 1.4f),
                Column.left(lang.label("trace.col.why"), 1.6f),
                Column.right(lang.label("trace.col.counted"), 0.75f),
                Column.left(lang.label("trace.col.detail"), 1.6f));
        List<String[]> rows = new ArrayList<>();
        Set<Integer> due = new HashSet<>();
        for (TraceView.Step s : r.steps()) {
            if (s.due()) {
                due.add(rows.size());
            }
            rows.add(new String[] {s.number(), s.from(), s.to(), s.why(), s.counted(), s.detail()});
        }
        p.table(columns, rows, TABLE, due, Set.of());
    }
}
