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

/**
 * The comparison as Markdown for a procurement wiki or a pull request (GitHub-flavoured tables),
 * the best value of a column in bold with a star. Text from contracts is escaped so that it
 * cannot break a table or start markup.
 */
final class ComparisonMarkdownRenderer implements Renderer<Comparison> {

    private final ComparisonContent content;

    ComparisonMarkdownRenderer(ComparisonContent content) {
        this.content = content;
    }

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String fileName() {
        return "compare.md";
    }

    @Override
    public void render(Comparison comparison, OutputStream out) throws IOException {
        ComparisonView v = content.of(comparison);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("# " + esc(v.title()));
        w.println();
        v.cover().facts().forEach(f -> w.println("- **" + esc(f.label()) + "**: " + esc(f.value())));
        w.println();
        w.println("_" + esc(v.cover().note()) + "_");
        w.println();
        for (Section s : v.sections()) {
            w.println("## " + esc(s.heading()));
            w.println();
            if (!s.intro().isEmpty()) {
                w.println(esc(s.intro()));
                w.println();
            }
            for (Block b : s.blocks()) {
                if (!b.caption().isEmpty()) {
                    w.println("### " + esc(b.caption()));
                    w.println();
                }
                if (b.isTable()) {
                    table(w, b);
                } else if (b.isList()) {
                    for (Item i : b.items()) {
                        w.println("- " + esc(i.text()));
                        i.details().forEach(d -> w.println("  - " + esc(d)));
                    }
                    w.println();
                } else {
                    w.println(esc(b.text()));
                    w.println();
                }
            }
        }
        w.println("_" + esc(v.generatedBy()) + "_");
        w.flush();
    }

    private static void table(PrintWriter w, Block b) {
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (Column c : b.columns()) {
            head.append(' ').append(esc(c.header())).append(" |");
            rule.append(c.numeric() ? " ---: |" : " --- |");
        }
        w.println(head);
        w.println(rule);
        for (Row r : b.rows()) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < b.columns().size(); i++) {
                Cell c = i < r.cells().size() ? r.cells().get(i) : Cell.of("");
                String text = esc(c.text());
                line.append(' ')
                        .append(c.best() && !text.isEmpty() ? "**" + text + "** ★" : text)
                        .append(" |");
            }
            w.println(line);
        }
        w.println();
        if (!b.note().isEmpty()) {
            w.println("_" + esc(b.note()) + "_");
            w.println();
        }
    }

    /** Escapes what Markdown would read as markup, and the pipe that ends a table cell. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
