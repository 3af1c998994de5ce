package io.slaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * A4 pages filled from top to bottom: headings (with bookmarks), wrapped paragraphs, label/value
 * lists, tables whose header row repeats on every page they run onto, and charts drawn as vector
 * graphics. Page numbers ("Page 3 of 12") are stamped when the page count is known.
 */
final class PdfPages {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float LEFT = 50;
    static final float RIGHT = SIZE.getWidth() - 50;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = SIZE.getHeight() - 56;
    static final float BOTTOM = 62;

    /** How a table column aligns its cells. */
    enum Align {
        LEFT,
        RIGHT
    }

    /** A table column: its header, its share of the width, its alignment. */
    record Column(String header, float share, Align align) {
        static Column left(String header, float share) {
            return new Column(header, share, Align.LEFT);
        }

        static Column right(String header, float share) {
            return new Column(header, share, Align.RIGHT);
        }
    }

    static final float[] INK = rgb("#222222");
    static final float[] MUTED = rgb("#5f6368");
    static final float[] ACCENT = rgb("#1f5f99");
    static final float[] RULE = rgb("#d0d4d9");
    static final float[] BAND = rgb("#eef1f4");
    static final float[] STRIPE = rgb("#f8f9fa");
    static final float[] ALERT = rgb("#b3261e");
    static final float[] OK = rgb("#2e7d32");

    private final PDDocument document;
    private final PdfFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDOutlineItem section;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    PdfFonts fonts() {
        return fonts;
    }

    List<PDPage> pages() {
        return pages;
    }

    float y() {
        return y;
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    void finish() {
        try {
            if (content != null) {
                content.close();
                content = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first page of a document: a kicker line, the heading, the subject under it ruled off, the
     * facts, a note and who made it.
     */
    void cover(
            String kicker, String heading, String subheading, List<ReportView.Fact> facts, String note, String madeBy) {
        newPage();
        space(90);
        paragraph(kicker, 9, true, ACCENT);
        paragraph(heading, 24, true, INK);
        paragraph(subheading, 14, false, MUTED);
        space(6);
        rule(LEFT, y(), RIGHT, y(), ACCENT, 2);
        space(16);
        facts(facts, 10);
        paragraph(note, 8.5f, false, MUTED);
        space(24);
        paragraph(madeBy, 8.5f, false, MUTED);
    }

    /**
     * The document information (title, subject, creator, the given creation date), its language,
     * the outline shown on opening, and a file identifier derived from {@code identity} rather than
     * from the clock: the same inputs give the same bytes but for the creation date.
     */
    static void describe(
            PDDocument document,
            String title,
            String subject,
            String creator,
            String keywords,
            Instant creationDate,
            String language,
            String identity) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator(creator);
        info.setProducer("slaudit with Apache PDFBox");
        info.setKeywords(keywords);
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        created.setTimeInMillis(creationDate.toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.getDocumentCatalog().setLanguage(language);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        byte[] id;
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            id = Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    // ------------------------------------------------------------------ text

    /** A section heading, with a bookmark; kept together with what follows it. */
    void heading(String text, int level) {
        float size = level == 1 ? 15 : level == 2 ? 11.5f : 10;
        ensure(size + (level == 1 ? 200 : 70));
        space(level == 1 ? 10 : 6);
        List<String> lines = wrap(text, WIDTH, size, true);
        for (String line : lines) {
            y -= size * 1.15f;
            text(LEFT, y, line, size, true, level == 1 ? ACCENT : INK);
        }
        if (level == 1) {
            y -= 5;
            rule(LEFT, y, RIGHT, y, RULE, 0.8f);
            PDOutlineItem item = bookmark(text);
            outline.addLast(item);
            section = item;
        } else if (level == 2 && section != null) {
            section.addLast(bookmark(text));
        }
        space(level == 1 ? 8 : 4);
    }

    private PDOutlineItem bookmark(String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pages.get(pages.size() - 1));
        destination.setTop((int) (y + 40));
        destination.setLeft(0);
        item.setDestination(destination);
        return item;
    }

    /** A paragraph wrapped to the text width. */
    void paragraph(String text, float size, boolean bold, float[] color) {
        paragraph(LEFT, WIDTH, text, size, bold, color);
    }

    void paragraph(float x, float width, String text, float size, boolean bold, float[] color) {
        if (text.isEmpty()) {
            return;
        }
        float leading = size * 1.35f;
        for (String line : wrap(text, width, size, bold)) {
            ensure(leading);
            y -= leading;
            text(x, y, line, size, bold, color);
        }
        space(size * 0.5f);
    }

    /** A bulleted item, with its indentation. */
    void bullet(String text, int depth, float size) {
        float indent = 12 + depth * 14;
        float leading = size * 1.35f;
        List<String> lines = wrap(text, WIDTH - indent, size, false);
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading);
            y -= leading;
            if (i == 0) {
                text(LEFT + indent - 9, y, depth == 0 ? "•" : "–", size, false, MUTED);
            }
            text(LEFT + indent, y, lines.get(i), size, false, INK);
        }
        space(1.5f);
    }

    /** Labels and values in two columns. */
    void facts(List<ReportView.Fact> facts, float size) {
        float labelWidth = 0;
        for (ReportView.Fact f : facts) {
            labelWidth = Math.max(labelWidth, fonts.width(f.label(), size, false));
        }
        labelWidth = Math.min(labelWidth + 14, WIDTH * 0.35f);
        float leading = size * 1.4f;
        for (ReportView.Fact f : facts) {
            List<String> labelLines = wrap(f.label(), labelWidth - 10, size, false);
            List<String> valueLines = wrap(f.value(), WIDTH - labelWidth, size, false);
            int lines = Math.max(labelLines.size(), valueLines.size());
            ensure(lines * leading + 2);
            for (int i = 0; i < lines; i++) {
                y -= leading;
                if (i < labelLines.size()) {
                    text(LEFT, y, labelLines.get(i), size, false, MUTED);
                }
                if (i < valueLines.size()) {
                    text(LEFT + labelWidth, y, valueLines.get(i), size, false, INK);
                }
            }
            y -= 2;
        }
        space(size * 0.6f);
    }

    /** Boxes with a big value and a small label, side by side. */
    void figures(List<ReportView.Fact> figures) {
        float gap = 10;
        float w = (WIDTH - gap * (figures.size() - 1)) / figures.size();
        float h = 46;
        ensure(h + 10);
        float top = y - 4;
        for (int i = 0; i < figures.size(); i++) {
            float x = LEFT + i * (w + gap);
            fill(x, top - h, w, h, BAND);
            fill(x, top - h, 3, h, ACCENT);
            ReportView.Fact f = figures.get(i);
            // a value that is wider than its box (an amount with its currency) is set smaller, not cut
            float size = 16;
            while (size > 9 && fonts.width(f.value(), size, true) > w - 16) {
                size -= 0.5f;
            }
            text(x + 10, top - 22, fit(f.value(), w - 16, size, true), size, true, INK);
            float labelSize = 7.5f;
            while (labelSize > 6 && fonts.width(f.label(), labelSize, false) > w - 16) {
                labelSize -= 0.25f;
            }
            text(x + 10, top - 37, fit(f.label(), w - 16, labelSize, false), labelSize, false, MUTED);
        }
        y = top - h - 10;
    }

    // ------------------------------------------------------------------ tables

    /**
     * A table; the header repeats on each page the table runs onto, a row never splits. Rows in
     * {@code emphasised} are drawn in bold on a band (totals); {@code marked} rows get a red edge.
     */
    void table(List<Column> columns, List<String[]> rows, float size) {
        table(columns, rows, size, Set.of(), Set.of());
    }

    void table(List<Column> columns, List<String[]> rows, float size, Set<Integer> emphasised, Set<Integer> marked) {
        float total = 0;
        for (Column c : columns) {
            total += c.share();
        }
        float pad = 3;
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * columns.get(i).share() / total;
        }
        fitColumns(columns, rows, widths, size, pad);
        // the header's shaded box starts at the cursor: keep it off the descenders of the text above
        space(4);
        float leading = size * 1.25f;
        List<List<String>> header = new ArrayList<>();
        int headerLines = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<String> lines = wrap(columns.get(i).header(), widths[i] - 2 * pad, size, true);
            header.add(lines);
            headerLines = Math.max(headerLines, lines.size());
        }
        float headerHeight = headerLines * leading + 2 * pad;
        ensure(headerHeight + leading + 2 * pad);
        drawHeader(columns, header, widths, headerHeight, size, pad, leading);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            boolean bold = emphasised.contains(r);
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                List<String> wrapped = wrap(i < row.length ? row[i] : "", widths[i] - 2 * pad, size, bold);
                if (wrapped.size() > 12) {
                    wrapped = new ArrayList<>(wrapped.subList(0, 12));
                    wrapped.set(11, fit(wrapped.get(11) + "…", widths[i] - 2 * pad, size, bold));
                }
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * leading + 2 * pad;
            if (y - height < BOTTOM) {
                newPage();
                drawHeader(columns, header, widths, headerHeight, size, pad, leading);
            }
            float top = y;
            if (bold) {
                fill(LEFT, top - height, WIDTH, height, BAND);
            } else if (r % 2 == 1) {
                fill(LEFT, top - height, WIDTH, height, STRIPE);
            }
            if (marked.contains(r)) {
                fill(LEFT, top - height, 2.5f, height, ALERT);
            }
            cells(columns, widths, cells, top, size, pad, leading, bold);
            y = top - height;
            rule(LEFT, y, RIGHT, y, RULE, 0.4f);
        }
        space(8);
    }

    /**
     * Widens columns that would break a header word, a word of a cell or a right-aligned value (a
     * number, a duration) in the middle, taking the room from the columns that have more than they
     * need.
     */
    private void fitColumns(List<Column> columns, List<String[]> rows, float[] widths, float size, float pad) {
        float[] min = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            for (String word : columns.get(i).header().split(" ")) {
                min[i] = Math.max(min[i], fonts.width(word, size, true) + 2 * pad + 1);
            }
            // a right-aligned value stays on one line; elsewhere no word breaks, up to a limit
            for (String[] row : rows) {
                if (i >= row.length) {
                    continue;
                }
                if (columns.get(i).align() == Align.RIGHT) {
                    min[i] = Math.max(min[i], fonts.width(row[i], size, true) + 2 * pad + 1);
                } else {
                    for (String word : row[i].split(" ")) {
                        float w = Math.min(fonts.width(word, size, false), WIDTH * 0.22f);
                        min[i] = Math.max(min[i], w + 2 * pad + 1);
                    }
                }
            }
        }
        float needed = 0;
        float spare = 0;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < min[i]) {
                needed += min[i] - widths[i];
            } else {
                spare += widths[i] - min[i];
            }
        }
        if (needed == 0 || spare <= 0) {
            return;
        }
        float take = Math.min(1, needed / spare);
        float sum = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = widths[i] < min[i] ? min[i] : widths[i] - (widths[i] - min[i]) * take;
            sum += widths[i];
        }
        // more wanted than there is: every column gives up the same share
        for (int i = 0; sum > WIDTH && i < widths.length; i++) {
            widths[i] *= WIDTH / sum;
        }
    }

    private void drawHeader(
            List<Column> columns,
            List<List<String>> header,
            float[] widths,
            float height,
            float size,
            float pad,
            float leading) {
        float top = y;
        fill(LEFT, top - height, WIDTH, height, BAND);
        cells(columns, widths, header, top, size, pad, leading, true);
        y = top - height;
        rule(LEFT, y, RIGHT, y, MUTED, 0.8f);
    }

    /** One row's cells, each a list of lines, aligned as their column says, from {@code top} down. */
    private void cells(
            List<Column> columns,
            float[] widths,
            List<List<String>> cells,
            float top,
            float size,
            float pad,
            float leading,
            boolean bold) {
        float x = LEFT;
        for (int i = 0; i < columns.size(); i++) {
            List<String> lines = cells.get(i);
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                float baseline = top - pad - leading * (l + 1) + leading * 0.22f;
                float tx = columns.get(i).align() == Align.RIGHT
                        ? x + widths[i] - pad - fonts.width(line, size, bold)
                        : x + pad;
                text(tx, baseline, line, size, bold, INK);
            }
            x += widths[i];
        }
    }

    // ------------------------------------------------------------------ charts

    /** A chart of {@code height} points drawn by {@code draw}, scaled to the text width. */
    void chart(double width, double height, Consumer<ChartCanvas> draw) {
        float scale = (float) Math.min(1.0, WIDTH / width);
        float h = (float) height * scale;
        ensure(h + 6);
        float top = y - 3;
        draw.accept(new PdfCanvas(LEFT, top, scale));
        y = top - h - 8;
    }

    /** Chart coordinates (from the top left, y down) mapped onto the page. */
    private final class PdfCanvas implements ChartCanvas {
        private final float x0;
        private final float y0;
        private final float scale;

        PdfCanvas(float x0, float y0, float scale) {
            this.x0 = x0;
            this.y0 = y0;
            this.scale = scale;
        }

        private float px(double x) {
            return x0 + (float) x * scale;
        }

        private float py(double y) {
            return y0 - (float) y * scale;
        }

        @Override
        public void rect(double x, double y, double width, double height, String color) {
            fill(px(x), py(y + height), (float) width * scale, (float) height * scale, rgb(color));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
            try {
                if (dashed) {
                    content.setLineDashPattern(new float[] {4 * scale, 3 * scale}, 0);
                }
                rule(px(x1), py(y1), px(x2), py(y2), rgb(stroke), (float) width * scale);
                if (dashed) {
                    content.setLineDashPattern(new float[0], 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void polyline(double[] xs, double[] ys, String stroke, double width) {
            try {
                float[] c = rgb(stroke);
                content.setStrokingColor(c[0], c[1], c[2]);
                content.setLineWidth((float) width * scale);
                content.setLineJoinStyle(1);
                content.moveTo(px(xs[0]), py(ys[0]));
                for (int i = 1; i < xs.length; i++) {
                    content.lineTo(px(xs[i]), py(ys[i]));
                }
                content.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void circle(double x, double y, double radius, String color) {
            try {
                float[] c = rgb(color);
                content.setNonStrokingColor(c[0], c[1], c[2]);
                float cx = px(x);
                float cy = py(y);
                float r = (float) radius * scale;
                float k = 0.5523f * r;
                content.moveTo(cx + r, cy);
                content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
                content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
                content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
                content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
                content.fill();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void text(double x, double y, String text, double size, Anchor anchor, String color, boolean bold) {
            float s = (float) size * scale;
            float w = fonts.width(text, s, bold);
            float tx = px(x) - (anchor == Anchor.MIDDLE ? w / 2 : anchor == Anchor.END ? w : 0);
            PdfPages.this.text(tx, py(y), text, s, bold, rgb(color));
        }

        @Override
        public double textWidth(String text, double size, boolean bold) {
            return fonts.width(text, (float) size, bold);
        }
    }

    // ------------------------------------------------------------------ drawing primitives

    void text(float x, float baseline, String text, float size, boolean bold, float[] color) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setNonStrokingColor(color[0], color[1], color[2]);
            content.newLineAtOffset(x, baseline);
            for (PdfFonts.Run run : fonts.runs(text, bold)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float y, float width, float height, float[] color) {
        try {
            content.setNonStrokingColor(color[0], color[1], color[2]);
            content.addRect(x, y, width, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float y1, float x2, float y2, float[] color, float width) {
        try {
            content.setStrokingColor(color[0], color[1], color[2]);
            content.setLineWidth(width);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page of an audit's or a bill's document, from its cover. */
    void cover(String kicker, ReportView.Cover c, Locale locale) {
        cover(kicker.toUpperCase(locale), c.heading(), c.subheading(), c.facts(), c.timesNote(), c.generatedBy());
    }

    /** The inputs a document rests on, with their SHA-256 and size. */
    void inputs(List<ReportView.InputRow> inputs, ReportLanguage lang) {
        List<String[]> rows = new ArrayList<>();
        inputs.forEach(f -> rows.add(new String[] {f.role(), f.path(), f.sha256(), f.bytes()}));
        table(
                List.of(
                        Column.left(lang.label("col.role"), 0.7f),
                        Column.left(lang.label("col.file"), 2.2f),
                        Column.left(lang.label("col.sha256"), 3.2f),
                        Column.right(lang.label("col.bytes"), 0.8f)),
                rows,
                7.5f);
    }

    /** The contract in plain words (slaudit explain) on pages of their own. */
    void appendix(String heading, String intro, List<ReportView.Appendix> appendix) {
        newPage();
        heading(heading, 1);
        paragraph(intro, 9, false, MUTED);
        for (ReportView.Appendix a : appendix) {
            heading(a.title(), 2);
            a.header().forEach(line -> paragraph(line, 7.5f, false, MUTED));
            for (ReportView.AppendixSection s : a.sections()) {
                heading(s.heading(), 3);
                for (ReportView.AppendixItem item : s.items()) {
                    bullet(item.text(), 0, 8.5f);
                    item.details().forEach(d -> bullet(d, 1, 8));
                }
            }
        }
    }

    /** Stamps a footer on every page: a left text and the page label for (number, count). */
    void footers(String left, java.util.function.BiFunction<Integer, Integer, String> label) {
        finish();
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream stream = new PDPageContentStream(
                    document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = stream;
                rule(LEFT, BOTTOM - 18, RIGHT, BOTTOM - 18, RULE, 0.5f);
                text(LEFT, BOTTOM - 30, fit(left, WIDTH * 0.7f, 7.5f, false), 7.5f, false, MUTED);
                String page = label.apply(i + 1, count);
                text(RIGHT - fonts.width(page, 7.5f, false), BOTTOM - 30, page, 7.5f, false, MUTED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                content = null;
            }
        }
    }

    // ------------------------------------------------------------------ line breaking

    /** Lines of at most {@code width} points: breaks at spaces, inside words only when a word is too long. */
    List<String> wrap(String text, float width, float size, boolean bold) {
        List<String> lines = new ArrayList<>();
        String clean = text.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
        if (clean.isBlank()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : clean.trim().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word wider than the line is broken where it must: the longest prefix that fits
            String rest = word;
            while (rest.length() > 1 && fonts.width(rest, size, bold) > width) {
                int low = 1;
                int high = rest.length() - 1;
                while (low < high) {
                    int mid = (low + high + 1) / 2;
                    if (fonts.width(rest.substring(0, mid), size, bold) <= width) {
                        low = mid;
                    } else {
                        high = mid - 1;
                    }
                }
                // a path breaks after a separator where one is close enough
                int slash = rest.lastIndexOf('/', low - 1);
                int cut = slash >= low / 2 ? slash + 1 : low;
                if (Character.isHighSurrogate(rest.charAt(cut - 1)) && cut > 1) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text, shortened with an ellipsis to fit the width. */
    String fit(String text, float width, float size, boolean bold) {
        return Charts.fit(text, width, t -> fonts.width(t, size, bold));
    }

    static float[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new float[] {((v >> 16) & 0xff) / 255f, ((v >> 8) & 0xff) / 255f, (v & 0xff) / 255f};
    }
}
