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
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison for a terminal: the document's sections as plain text, tables with their columns
 * aligned and long cells wrapped within their column, the best value of a column marked with a
 * star. Nothing is cut off.
 */
final class ComparisonTextRenderer implements Renderer<Comparison> {

    /** The widest a text column grows before its cells wrap. */
    static final int WRAP = 34;

    private static final int LINE = 100;

    private final ComparisonContent content;

    ComparisonTextRenderer(ComparisonContent content) {
        this.content = content;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String fileName() {
        return "compare.txt";
    }

    @Override
    public void render(Comparison comparison, OutputStream out) throws IOException {
        ComparisonView v = content.of(comparison);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(v.title());
        w.println("=".repeat(Math.min(LINE, v.title().length())));
        v.cover().facts().forEach(f -> w.println(f.label() + ": " + f.value()));
        for (String line : wrap(v.cover().note(), LINE)) {
            w.println(line);
        }
        w.println();
        for (Section s : v.sections()) {
            w.println(s.heading());
            w.println("-".repeat(Math.min(LINE, s.heading().length())));
            if (!s.intro().isEmpty()) {
                wrap(s.intro(), LINE).forEach(w::println);
            }
            w.println();
            for (Block b : s.blocks()) {
                block(w, b);
            }
        }
        w.println(v.generatedBy());
        w.flush();
    }

    private static void block(PrintWriter w, Block b) {
        if (!b.caption().isEmpty()) {
            w.println(b.caption());
        }
        if (b.isTable()) {
            table(w, b.columns(), b.rows());
            if (!b.note().isEmpty()) {
                // the terminal marks the best with an ASCII star
                wrap(b.note().replace('★', '*'), LINE).forEach(w::println);
            }
        } else if (b.isList()) {
            for (Item i : b.items()) {
                List<String> lines = wrap(i.text(), LINE - 4);
                w.println("  - " + lines.get(0));
                lines.subList(1, lines.size()).forEach(l -> w.println("    " + l));
                for (String d : i.details()) {
                    List<String> dl = wrap(d, LINE - 8);
                    w.println("      " + dl.get(0));
                    dl.subList(1, dl.size()).forEach(l -> w.println("        " + l));
                }
            }
        } else {
            wrap(b.text(), LINE).forEach(w::println);
        }
        w.println();
    }

    /** Columns padded to their widest line; text cells wrap at {@link #WRAP} characters. */
    static void table(PrintWriter w, List<Column> columns, List<Row> rows) {
        int n = columns.size();
        int[] width = new int[n];
        List<List<List<String>>> lines = new ArrayList<>();
        List<List<String>> header = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            header.add(wrap(columns.get(i).header(), Math.max(WRAP / 2, 12)));
        }
        lines.add(header);
        for (Row r : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Cell c = i < r.cells().size() ? r.cells().get(i) : Cell.of("");
                String text = c.text() + (c.best() ? " *" : "");
                cells.add(columns.get(i).numeric() ? List.of(text) : wrap(text, WRAP));
            }
            lines.add(cells);
        }
        for (List<List<String>> row : lines) {
            for (int i = 0; i < n; i++) {
                for (String l : row.get(i)) {
                    width[i] = Math.max(width[i], l.length());
                }
            }
        }
        boolean headerDone = false;
        for (List<List<String>> row : lines) {
            int height = row.stream().mapToInt(List::size).max().orElse(1);
            for (int k = 0; k < height; k++) {
                StringBuilder line = new StringBuilder(" ");
                for (int i = 0; i < n; i++) {
                    List<String> cell = row.get(i);
                    String t = k < cell.size() ? cell.get(k) : "";
                    String pad = " ".repeat(width[i] - t.length());
                    line.append(' ').append(columns.get(i).numeric() ? pad + t : t + pad);
                }
                w.println(line.toString().stripTrailing());
            }
            if (!headerDone) {
                StringBuilder rule = new StringBuilder(" ");
                for (int i = 0; i < n; i++) {
                    rule.append(' ').append("-".repeat(width[i]));
                }
                w.println(rule);
                headerDone = true;
            }
        }
    }

    /** Lines of at most {@code width} characters, broken at spaces (a longer word keeps its line). */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replace('\n', ' ').trim().split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }
}
