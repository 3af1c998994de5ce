package io.slaudit.report;

import io.slaudit.drift.Change;
import io.slaudit.drift.ChangeReport;
import io.slaudit.drift.Classification;
import io.slaudit.drift.PolicyChanges;
import io.slaudit.input.SourceMark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The renderers of a {@link ChangeReport} ({@code slaudit diff}, {@code verify}, {@code drift}) by
 * format name: text for the terminal, JSON, JUnit XML, Markdown for a pull-request comment, and
 * GitHub Actions annotations on the YAML line of each changed value.
 */
public final class ChangeRenderers {

    private ChangeRenderers() {}

    /** text, json, junit, markdown (also {@code md}, as for {@code compare}), github. */
    public static RendererSet<ChangeReport> forChanges() {
        return RendererSet.<ChangeReport>builder()
                .add("text", ChangeTextRenderer::new)
                .add("json", ChangeJsonRenderer::new)
                .add("junit", ChangeJunitRenderer::new)
                .add("markdown", ChangeMarkdownRenderer::new)
                .add("md", ChangeMarkdownRenderer::new)
                .add("github", ChangeAnnotationsRenderer::new)
                .build();
    }

    /** The word a count of one classification goes by in this kind of report: loosened or looser. */
    static String countWord(ChangeReport report, Classification c) {
        return report.kind() == ChangeReport.Kind.DRIFT ? c.comparative() : c.key();
    }

    /** {@code 3 changes: 1 loosened, 1 tightened, 1 neutral}, or {@code no changes}. */
    static String counts(ChangeReport report) {
        long all = report.changes();
        if (all == 0) {
            return report.kind() == ChangeReport.Kind.DRIFT ? "no differences" : "no changes";
        }
        String noun = report.kind() == ChangeReport.Kind.DRIFT ? "difference" : "change";
        List<String> parts = new ArrayList<>();
        for (Classification c : List.of(Classification.LOOSENED, Classification.TIGHTENED, Classification.NEUTRAL)) {
            long n = report.count(c);
            if (n > 0) {
                parts.add(n + " " + countWord(report, c));
            }
        }
        return all + " " + noun + (all == 1 ? "" : "s") + ": " + String.join(", ", parts);
    }

    /** {@code fails (--fail-on loosened)} or {@code passes (--fail-on loosened)}. */
    static String verdict(ChangeReport report) {
        return (report.fails() ? "fails" : "passes") + " (--fail-on "
                + report.failOn().key() + ")";
    }

    /**
     * The file a change's line is in, as a CI job names it (the path in the repository, not the
     * {@code REV:path} it was read from): the side whose source the mark names.
     */
    static String fileOf(PolicyChanges p, SourceMark mark) {
        for (Optional<PolicyChanges.Side> side : List.of(p.current(), p.old())) {
            if (side.isPresent() && side.get().source().equals(mark.source())) {
                return side.get().file();
            }
        }
        return mark.source();
    }

    /** {@code contracts/x.yaml:42}, or the file alone when the change has no line. */
    static Optional<String> where(PolicyChanges p, Change c) {
        return c.at().map(m -> m.line() == 0 ? fileOf(p, m) : fileOf(p, m) + ":" + m.line());
    }

    /** The file a policy's entry names: its new side's, else its old side's. */
    static String fileOf(PolicyChanges p) {
        return p.current().or(p::old).map(PolicyChanges.Side::file).orElse(p.policy());
    }

    static String title(ChangeReport report) {
        return "slaudit " + report.kind().key() + ": " + report.oldLabel() + " -> " + report.newLabel();
    }

    /** How a policy fares, in the words of the kind of report: {@code changed}, {@code not in the lock}. */
    static String status(ChangeReport report, PolicyChanges p) {
        if (report.kind() == ChangeReport.Kind.VERIFY) {
            return switch (p.status()) {
                case ADDED -> "not in the lock";
                case REMOVED -> "locked, but no longer there";
                case CHANGED -> "changed since it was locked";
                case UNCHANGED -> "matches the lock";
            };
        }
        return p.status().key();
    }
}
