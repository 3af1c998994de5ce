package io.slaudit.report;

import io.slaudit.compare.Comparison;
import io.slaudit.report.ComparisonView.Block;
import io.slaudit.report.ComparisonView.Cell;
import io.slaudit.report.ComparisonView.Column;
import io.slaudit.report.ComparisonView.Item;
import io.slaudit.report.ComparisonView.Row;
import io.slaudit.report.ComparisonView.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The comparison as an A4 PDF in the audit report's look: the same cover, fonts, tables with
 * repeated headers, bookmarks and page numbers ({@link PdfPages}), the content of {@link
 * ComparisonView}; the best value of a column carries a star.
 */
final class ComparisonPdfRenderer implements Renderer<Comparison> {

    private static final float BODY = 9;
    private static final float SMALL = 7.5f;
    private static final float TABLE = 6.5f;

    private final ComparisonContent content;

    ComparisonPdfRenderer(ComparisonContent content) {
        this.content = content;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String fileName() {
        return "compare.pdf";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void render(Comparison comparison, OutputStream out) throws IOException {
        ReportLanguage lang = content.language();
        ComparisonView v = content.of(comparison);
        try (PDDocument document = new PDDocument()) {
            PdfPages p = new PdfPages(document, new PdfFonts(document));
            ComparisonView.Cover c = v.cover();
            p.cover(
                    c.kicker().toUpperCase(lang.locale()),
                    c.heading(),
                    c.subheading(),
                    c.facts(),
                    c.note(),
                    v.generatedBy());
            p.newPage();
            p.figures(v.keyFigures());
            boolean first = true;
            for (Section s : v.sections()) {
                if (!first) {
                    p.space(6);
                }
                first = false;
                p.heading(s.heading(), 1);
                p.paragraph(s.intro(), BODY, false, PdfPages.MUTED);
                for (Block b : s.blocks()) {
                    block(p, b);
                }
            }
            p.footers(v.title(), (n, count) -> lang.label("page", n, count));
            PdfPages.describe(
                    document,
                    v.title(),
                    c.kicker() + ": " + c.subheading(),
                    v.generatedBy(),
                    "SLA, support contract, comparison",
                    content.options().creationDate(),
                    lang.code(),
                    v.title() + "\n" + c.facts() + "\n"
                            + v.sections().get(v.sections().size() - 1));
            document.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    private static void block(PdfPages p, Block b) {
        if (!b.caption().isEmpty()) {
            p.heading(b.caption(), 3);
        }
        if (b.isTable()) {
            List<PdfPages.Column> columns = new ArrayList<>();
            for (Column c : b.columns()) {
                columns.add(
                        c.numeric()
                                ? PdfPages.Column.right(c.header(), c.share())
                                : PdfPages.Column.left(c.header(), c.share()));
            }
            List<String[]> rows = new ArrayList<>();
            for (Row r : b.rows()) {
                String[] cells = new String[b.columns().size()];
                for (int i = 0; i < cells.length; i++) {
                    Cell cell = i < r.cells().size() ? r.cells().get(i) : Cell.of("");
                    cells[i] = cell.best() ? cell.text() + " ★" : cell.text();
                }
                rows.add(cells);
            }
            p.table(columns, rows, TABLE);
            p.paragraph(b.note(), SMALL, false, PdfPages.MUTED);
        } else if (b.isList()) {
            for (Item i : b.items()) {
                p.bullet(i.text(), 0, 8.5f);
                i.details().forEach(d -> p.bullet(d, 1, 8));
            }
            p.space(4);
        } else {
            p.paragraph(b.text(), BODY, false, PdfPages.INK);
        }
    }
}
