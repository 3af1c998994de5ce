package io.slaudit.report;

import io.slaudit.billing.Bill;
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
 * The bill as an A4 PDF, laid out as the audit report ({@link PdfPages}, {@link PdfFonts}): the
 * same content as the HTML bill ({@link BillView}), page numbers, table headers repeated on each
 * page, embedded Unicode fonts, and the same bytes for the same inputs but for the creation date.
 */
final class BillPdfRenderer implements Renderer<Bill> {

    private static final float BODY = 9;
    private static final float SMALL = 7.5f;

    private final BillRenderers.Content content;

    BillPdfRenderer(BillRenderers.Content content) {
        this.content = content;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String fileName() {
        return "bill.pdf";
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
    public void render(Bill bill, OutputStream out) throws IOException {
        ReportLanguage lang = content.language();
        BillView view = content.of(bill);
        try (PDDocument document = new PDDocument()) {
            PdfPages pages = new PdfPages(document, new PdfFonts(document));
            pages.cover(lang.label("bill.subtitle"), view.cover(), lang.locale());
            summary(pages, view, lang);
            invoice(pages, view, lang);
            questions(pages, view, lang);
            calls(pages, view, lang);
            rows(pages, view, lang);
            evidence(pages, view, lang);
            appendix(pages, view, lang);
            pages.footers(view.title(), (n, count) -> lang.label("page", n, count));
            PdfPages.describe(
                    document,
                    view.title(),
                    lang.label("bill.subtitle") + ": " + view.cover().subheading() + ", "
                            + view.cover().period(),
                    view.cover().generatedBy(),
                    "support contract, bill, " + view.cover().subheading(),
                    content.options().creationDate(),
                    lang.code(),
                    view.title() + "\n" + view.evidence().inputs() + "\n"
                            + view.cover().facts());
            document.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    private static void summary(PdfPages p, BillView view, ReportLanguage lang) {
        p.newPage();
        p.heading(lang.label("bill.summary"), 1);
        p.figures(view.summary().keyFigures());
        p.paragraph(lang.label("bill.summary.intro"), BODY, false, PdfPages.MUTED);
        boolean vat = view.summary().vat();
        List<Column> columns = new ArrayList<>(List.of(
                Column.left(lang.label("bill.col.month"), 1.3f),
                Column.right(lang.label("bill.col.fees"), 0.8f),
                Column.right(lang.label("bill.col.calls"), 0.6f),
                Column.right(lang.label("bill.col.minutes"), 0.7f),
                Column.right(lang.label("bill.col.covered"), 0.8f),
                Column.right(lang.label("bill.col.paid"), 0.7f),
                Column.right(lang.label("bill.col.phone"), 0.8f),
                Column.right(lang.label("bill.col.hotline"), 0.8f),
                Column.right(lang.label("bill.col.total"), 0.9f)));
        if (vat) {
            columns.add(Column.right(lang.label("bill.col.vat"), 0.8f));
            columns.add(Column.right(lang.label("bill.col.gross"), 0.9f));
        }
        List<String[]> rows = new ArrayList<>();
        for (BillView.MonthRow m : view.summary().months()) {
            rows.add(month(m, vat));
        }
        rows.add(month(view.summary().total(), vat));
        p.table(columns, rows, SMALL, Set.of(rows.size() - 1), Set.of());

        p.heading(lang.label("bill.tiers"), 2);
        p.paragraph(lang.label("bill.tiers.intro"), SMALL, false, PdfPages.MUTED);
        BillView.Tiers t = view.tiers();
        List<Column> tierColumns = new ArrayList<>();
        tierColumns.add(Column.left(lang.label("bill.col.tier"), 2));
        t.months().forEach(m -> tierColumns.add(Column.right(m, 0.8f)));
        tierColumns.add(Column.right(lang.label("bill.col.total"), 0.9f));
        List<String[]> tierRows = new ArrayList<>();
        Set<Integer> booked = new HashSet<>();
        for (BillView.TierRow r : t.rows()) {
            if (r.booked()) {
                booked.add(tierRows.size());
            }
            List<String> cells = new ArrayList<>();
            cells.add(r.tier());
            cells.addAll(r.months());
            cells.add(r.total());
            tierRows.add(cells.toArray(String[]::new));
        }
        p.table(tierColumns, tierRows, SMALL, booked, Set.of());
    }

    private static String[] month(BillView.MonthRow m, boolean vat) {
        List<String> cells = new ArrayList<>(List.of(
                m.month(), m.fees(), m.calls(), m.minutes(), m.covered(), m.paid(), m.phone(), m.hotline(), m.total()));
        if (vat) {
            cells.add(m.vat());
            cells.add(m.gross());
        }
        return cells.toArray(String[]::new);
    }

    private static void invoice(PdfPages p, BillView view, ReportLanguage lang) {
        BillView.Invoice inv = view.invoice();
        p.heading(lang.label("bill.invoice"), 1);
        p.paragraph(inv.intro(), BODY, false, inv.given() ? PdfPages.MUTED : PdfPages.INK);
        if (!inv.given()) {
            return;
        }
        p.paragraph(inv.verdict(), BODY, true, inv.ok() ? PdfPages.OK : PdfPages.ALERT);
        p.paragraph(inv.counts(), BODY, false, PdfPages.INK);
        p.paragraph(inv.undercharged(), SMALL, false, PdfPages.MUTED);
        List<String[]> rows = new ArrayList<>();
        Set<Integer> alert = new HashSet<>();
        for (BillView.FindingRow f : inv.findings()) {
            if (f.alert()) {
                alert.add(rows.size());
            }
            rows.add(new String[] {
                f.lines(),
                f.date(),
                f.description(),
                f.kind(),
                f.invoiced(),
                f.expected(),
                f.difference(),
                f.verdict(),
                f.note()
            });
        }
        p.table(
                List.of(
                        Column.right(lang.label("bill.col.row"), 0.45f),
                        Column.left(lang.label("bill.col.date"), 0.8f),
                        Column.left(lang.label("bill.col.description"), 1.8f),
                        Column.left(lang.label("bill.col.kind"), 0.8f),
                        Column.right(lang.label("bill.col.invoiced"), 0.75f),
                        Column.right(lang.label("bill.col.expected"), 0.75f),
                        Column.right(lang.label("bill.col.difference"), 0.75f),
                        Column.left(lang.label("bill.col.verdict"), 0.95f),
                        Column.left(lang.label("bill.col.note"), 1.7f)),
                rows,
                7,
                Set.of(),
                alert);
        if (!inv.rejected().isEmpty()) {
            p.heading(lang.label("bill.invoice.rejected"), 2);
            rejections(p, inv.rejected(), lang, lang.label("bill.col.description"));
        }
    }

    private static void questions(PdfPages p, BillView view, ReportLanguage lang) {
        p.heading(lang.label("bill.questions"), 1);
        if (view.questions().isEmpty()) {
            p.paragraph(lang.label("bill.questions.none"), BODY, false, PdfPages.INK);
            return;
        }
        p.paragraph(lang.label("bill.questions.intro"), BODY, false, PdfPages.MUTED);
        for (BillView.Question q : view.questions()) {
            p.heading(q.key() + ": " + q.question(), 2);
            if (!q.says().isEmpty()) {
                p.paragraph(lang.label("bill.question.says") + ": " + q.says(), BODY, false, PdfPages.INK);
            }
            p.paragraph(q.assumes(), BODY, false, PdfPages.INK);
            for (BillView.OtherReading o : q.others()) {
                p.paragraph(o.heading(), BODY, true, PdfPages.INK);
                p.paragraph(o.meaning(), SMALL, false, PdfPages.MUTED);
                if (!o.changes().isEmpty()) {
                    List<String[]> rows = new ArrayList<>();
                    o.changes()
                            .forEach(c -> rows.add(new String[] {c.row(), c.start(), c.line(), c.charge(), c.other()}));
                    p.table(
                            List.of(
                                    Column.right(lang.label("bill.col.row"), 0.5f),
                                    Column.left(lang.label("bill.col.start"), 1.2f),
                                    Column.left(lang.label("bill.col.line"), 0.8f),
                                    Column.right(lang.label("bill.col.charge"), 0.8f),
                                    Column.right(lang.label("bill.col.other"), 1)),
                            rows,
                            SMALL);
                }
            }
        }
    }

    private static void calls(PdfPages p, BillView view, ReportLanguage lang) {
        BillView.Calls c = view.calls();
        p.heading(lang.label("bill.calls"), 1);
        p.heading(lang.label("bill.flagged"), 2);
        if (c.flagged().isEmpty()) {
            p.paragraph(lang.label("bill.flagged.none"), BODY, false, PdfPages.INK);
        } else {
            List<String[]> rows = new ArrayList<>();
            c.flagged().forEach(r -> rows.add(new String[] {r.row(), r.start(), r.line(), r.charge(), r.flags()}));
            Set<Integer> all = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                all.add(i);
            }
            p.table(
                    List.of(
                            Column.right(lang.label("bill.col.row"), 0.5f),
                            Column.left(lang.label("bill.col.start"), 1.1f),
                            Column.left(lang.label("bill.col.line"), 0.7f),
                            Column.right(lang.label("bill.col.charge"), 0.7f),
                            Column.left(lang.label("bill.col.note"), 4)),
                    rows,
                    SMALL,
                    Set.of(),
                    all);
        }
        p.heading(lang.label("bill.calls"), 2);
        if (c.isEmpty()) {
            p.paragraph(lang.label("bill.calls.none"), BODY, false, PdfPages.INK);
            return;
        }
        p.paragraph(lang.label("bill.calls.intro"), BODY, false, PdfPages.MUTED);
        p.paragraph(c.note(), SMALL, false, PdfPages.MUTED);
        List<String[]> rows = new ArrayList<>();
        Set<Integer> flagged = new HashSet<>();
        for (BillView.CallRow r : c.rows()) {
            if (r.flagged()) {
                flagged.add(rows.size());
            }
            String how = r.how()
                    + (r.others().isEmpty() ? "" : " [" + lang.label("bill.col.other") + ": " + r.others() + "]");
            rows.add(new String[] {
                r.row(), r.start(), r.line(), r.caller(), r.duration(), r.minutes(), r.rule(), r.charge(), how
            });
        }
        p.table(
                List.of(
                        Column.right(lang.label("bill.col.row"), 0.45f),
                        Column.left(lang.label("bill.col.start"), 1.3f),
                        Column.left(lang.label("bill.col.line"), 0.6f),
                        Column.left(lang.label("bill.col.caller"), 0.7f),
                        Column.right(lang.label("bill.col.duration"), 0.6f),
                        Column.right(lang.label("bill.col.minutes"), 0.55f),
                        Column.left(lang.label("bill.col.rule"), 1.3f),
                        Column.right(lang.label("bill.col.charge"), 0.65f),
                        Column.left(lang.label("bill.col.how"), 2.4f)),
                rows,
                6.5f,
                Set.of(),
                flagged);
    }

    private static void rows(PdfPages p, BillView view, ReportLanguage lang) {
        BillView.Rows r = view.rows();
        p.heading(lang.label("bill.rows"), 1);
        p.paragraph(r.outside(), BODY, false, PdfPages.INK);
        p.heading(lang.label("bill.rows.rejected"), 2);
        if (r.rejected().isEmpty()) {
            p.paragraph(lang.label("bill.rows.rejected.none"), BODY, false, PdfPages.INK);
        } else {
            rejections(p, r.rejected(), lang, lang.label("col.ticket"));
        }
        p.paragraph(r.reconciliation(), BODY, true, r.reconciles() ? PdfPages.OK : PdfPages.ALERT);
    }

    private static void rejections(PdfPages p, List<ReportView.Rejection> list, ReportLanguage lang, String idHeader) {
        List<String[]> rows = new ArrayList<>();
        list.forEach(x -> rows.add(new String[] {x.line(), x.id(), x.reason()}));
        p.table(
                List.of(
                        Column.right(lang.label("col.line"), 0.6f),
                        Column.left(idHeader, 1.2f),
                        Column.left(lang.label("col.reason"), 5)),
                rows,
                SMALL);
    }

    private static void evidence(PdfPages p, BillView view, ReportLanguage lang) {
        BillView.Evidence e = view.evidence();
        p.heading(lang.label("evidence"), 1);
        p.paragraph(lang.label("evidence.intro"), BODY, false, PdfPages.MUTED);
        p.facts(e.tool(), BODY);
        p.heading(lang.label("evidence.inputs"), 2);
        p.inputs(e.inputs(), lang);
        p.heading(lang.label("bill.notes"), 2);
        e.notes().forEach(n -> p.bullet(n, 0, BODY));
    }

    private static void appendix(PdfPages p, BillView view, ReportLanguage lang) {
        p.appendix(lang.label("appendix"), lang.label("appendix.intro"), view.appendix());
    }
}
