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
 * The changes for a terminal or a CI log: a line per policy, a line per change with its
 * classification and the file and line of the changed value, the supporting figures indented, and
 * a summary that says whether the job fails. Text from contracts has its control characters escaped.
 */
final class ChangeTextRenderer implements Renderer<ChangeReport> {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String fileName() {
        return "changes.txt";
    }

    @Override
    public void render(ChangeReport report, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(TerminalText.clean(ChangeRenderers.title(report)));
        for (String note : report.notes()) {
            w.println("note: " + TerminalText.clean(note));
        }
        for (PolicyChanges p : report.policies()) {
            w.println();
            String version = p.current()
                    .or(p::old)
                    .flatMap(PolicyChanges.Side::version)
                    .map(v -> " " + v)
                    .orElse("");
            w.println("policy " + TerminalText.clean(p.policy() + version) + " ("
                    + TerminalText.clean(ChangeRenderers.fileOf(p)) + "): "
                    + ChangeRenderers.status(report, p));
            for (Change c : p.changes()) {
                String mark = report.fails(c) ? "! " : "  ";
                w.println(mark
                        + TerminalText.clean(c.sentence(report.word(c)))
                        + ChangeRenderers.where(p, c)
                                .map(x -> "  [" + TerminalText.clean(x) + "]")
                                .orElse(""));
                for (String d : c.details()) {
                    w.println("      " + TerminalText.clean(d));
                }
            }
        }
        w.println();
        w.println(ChangeRenderers.counts(report) + "; " + ChangeRenderers.verdict(report));
        w.flush();
    }
}
