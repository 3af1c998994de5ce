package io.slaudit.report;

import io.slaudit.drift.Change;
import io.slaudit.drift.ChangeReport;
import io.slaudit.drift.Classification;
import io.slaudit.drift.PolicyChanges;
import io.slaudit.input.SourceMark;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * GitHub Actions workflow commands that annotate the pull request on the YAML line of each
 * changed value: {@code ::error file=contracts/x.yaml,line=42,title=...::...} for a change that
 * fails the job under {@code --fail-on}, {@code ::warning} for another tightened or loosened one,
 * {@code ::notice} for a neutral one. Values are escaped as the runner reads them ({@code %},
 * CR and LF in the message; also {@code :} and {@code ,} in properties), so a contract's text
 * cannot end a command early or start another.
 */
final class ChangeAnnotationsRenderer implements Renderer<ChangeReport> {

    @Override
    public String format() {
        return "github";
    }

    @Override
    public String fileName() {
        return "changes-github.txt";
    }

    @Override
    public void render(ChangeReport r, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (PolicyChanges p : r.policies()) {
            for (Change c : p.changes()) {
                String level =
                        r.fails(c) ? "error" : c.classification() == Classification.NEUTRAL ? "notice" : "warning";
                StringBuilder b = new StringBuilder("::").append(level).append(' ');
                SourceMark m = c.at().orElse(SourceMark.file(ChangeRenderers.fileOf(p)));
                b.append("file=").append(property(ChangeRenderers.fileOf(p, m)));
                if (m.line() > 0) {
                    b.append(",line=").append(m.line());
                    if (m.column() > 0) {
                        b.append(",col=").append(m.column());
                    }
                }
                b.append(",title=").append(property("slaudit " + r.kind().key() + ": " + p.policy() + " " + r.word(c)));
                StringBuilder message = new StringBuilder(c.sentence(r.word(c)));
                for (String d : c.details()) {
                    message.append('\n').append(d);
                }
                b.append("::").append(data(message.toString()));
                w.println(b);
            }
        }
        w.println("slaudit " + r.kind().key() + ": "
                + data(ChangeRenderers.counts(r) + "; " + ChangeRenderers.verdict(r)));
        w.flush();
    }

    /** A message as the runner reads it back. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value (file, title) as the runner reads it back. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
