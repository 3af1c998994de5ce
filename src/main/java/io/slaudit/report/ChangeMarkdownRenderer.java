package io.slaudit.report;

import io.slaudit.drift.Change;
import io.slaudit.drift.ChangeReport;
import io.slaudit.drift.PolicyChanges;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The changes as a pull-request comment (GitHub-flavoured Markdown): the verdict first, then each
 * policy with its changes as a list, the ones that fail the job in bold, the supporting figures
 * folded under them. Text from contracts is escaped so that it cannot start markup.
 */
final class ChangeMarkdownRenderer implements Renderer<ChangeReport> {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String fileName() {
        return "changes.md";
    }

    @Override
    public void render(ChangeReport r, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("### " + esc(ChangeRenderers.title(r)));
        w.println();
        w.println((r.fails() ? "**Fails**" : "Passes") + " under `--fail-on "
                + r.failOn().key() + "`: " + ChangeRenderers.counts(r) + ".");
        for (String note : r.notes()) {
            w.println();
            w.println("_" + esc(note) + "_");
        }
        w.println();
        for (PolicyChanges p : r.policies()) {
            w.println("#### " + esc(p.policy()) + " ("
                    + esc(ChangeRenderers.fileOf(p)) + "): "
                    + ChangeRenderers.status(r, p));
            w.println();
            if (p.changes().isEmpty()) {
                w.println("No change.");
                w.println();
                continue;
            }
            for (Change c : p.changes()) {
                String word = r.word(c);
                String sentence = esc(c.sentence(word));
                String where = ChangeRenderers.where(p, c)
                        .map(x -> " (" + esc(x) + ")")
                        .orElse("");
                w.println("- " + (r.fails(c) ? "**" + sentence + "**" : sentence) + where);
                for (String d : c.details()) {
                    w.println("  - " + esc(d));
                }
            }
            w.println();
        }
        w.flush();
    }

    /**
     * Contract text made inert in Markdown: the characters that start emphasis, code, links, tables
     * or HTML are escaped; {@code >} is not, since it quotes only at the start of a line and every
     * line here starts with the renderer's own markup.
     */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if ("\\`*_[]<|#~".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
