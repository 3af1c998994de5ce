package io.slaudit.report;

import io.slaudit.audit.TraceReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The renderers of {@code slaudit trace} by format name: text, json, html, pdf. The text, HTML and
 * PDF documents share one content ({@link TraceView}), built once in the document's language.
 */
public final class TraceRenderers {

    private TraceRenderers() {}

    public static RendererSet<TraceReport> forTrace(DocumentOptions options) {
        Content content = new Content(options);
        return RendererSet.<TraceReport>builder()
                .add("text", () -> new Text(content))
                .add("json", TraceJsonRenderer::new)
                .add("html", () -> new Html(content))
                .add("pdf", () -> new TracePdfRenderer(content))
                .build();
    }

    /** What the trace's documents show, built on first use. */
    static final class Content {
        private final DocumentOptions options;
        private final ReportLanguage language;
        private TraceReport builtFor;
        private TraceView view;

        Content(DocumentOptions options) {
            this.options = options;
            this.language = ReportLanguage.of(options.locale());
        }

        DocumentOptions options() {
            return options;
        }

        ReportLanguage language() {
            return language;
        }

        synchronized TraceView of(TraceReport report) {
            if (report != builtFor) {
                view = TraceViews.build(report, language);
                builtFor = report;
            }
            return view;
        }
    }

    /** The evidence on a terminal: facts as aligned pairs, each timeline as a table. */
    static final class Text implements Renderer<TraceReport> {
        private final Content content;

        Text(Content content) {
            this.content = content;
        }

        @Override
        public String format() {
            return "text";
        }

        @Override
        public String fileName() {
            return "trace.txt";
        }

        @Override
        public void render(TraceReport report, OutputStream out) throws IOException {
            ReportLanguage lang = content.language();
            TraceView v = content.of(report);
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.println(clean(v.title()));
            w.println(clean(v.subheading()));
            w.println();
            facts(w, v.facts(), "");
            for (TraceView.Ticket t : v.tickets()) {
                w.println();
                w.println(clean(t.heading()));
                facts(w, t.facts(), "  ");
                for (TraceView.Result r : t.results()) {
                    w.println();
                    w.println("  " + clean(r.heading()) + ": " + clean(r.status()));
                    facts(w, r.facts(), "    ");
                    w.println("    " + clean(r.reached()));
                    if (!r.steps().isEmpty()) {
                        steps(w, r, lang);
                    }
                    if (!r.total().isEmpty()) {
                        w.println("    " + clean(r.total()));
                    }
                }
            }
            w.println();
            w.println(clean(v.note()));
            w.flush();
        }

        private static void facts(PrintWriter w, java.util.List<ReportView.Fact> facts, String indent) {
            int width = facts.stream().mapToInt(f -> f.label().length()).max().orElse(0);
            for (ReportView.Fact f : facts) {
                w.println(indent + pad(clean(f.label()), width) + "  " + clean(f.value()));
            }
        }

        private static void steps(PrintWriter w, TraceView.Result r, ReportLanguage lang) {
            String[] header = {
                "#",
                lang.label("trace.col.from"),
                lang.label("trace.col.to"),
                lang.label("trace.col.why"),
                lang.label("trace.col.counted"),
                lang.label("trace.col.detail")
            };
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            rows.add(header);
            for (TraceView.Step s : r.steps()) {
                rows.add(new String[] {
                    s.number() + (s.due() ? "*" : ""), s.from(), s.to(), clean(s.why()), s.counted(), clean(s.detail())
                });
            }
            int[] widths = new int[header.length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder("    ");
                for (int i = 0; i < row.length; i++) {
                    boolean right = i == 0 || i == 4;
                    String cell = right ? padLeft(row[i], widths[i]) : pad(row[i], widths[i]);
                    line.append(i == row.length - 1 ? row[i] : cell).append(i == row.length - 1 ? "" : "  ");
                }
                w.println(line.toString().stripTrailing());
            }
        }

        private static String clean(String text) {
            return TerminalText.clean(text);
        }

        private static String pad(String s, int width) {
            return s.length() >= width ? s : s + " ".repeat(width - s.length());
        }

        private static String padLeft(String s, int width) {
            return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
        }
    }

    /** The evidence as one self-contained HTML page in the audit report's look ({@code trace.ftlh}). */
    static final class Html implements Renderer<TraceReport> {
        static final String TEMPLATE = "trace.ftlh";
        private final Content content;

        Html(Content content) {
            this.content = content;
        }

        @Override
        public String format() {
            return "html";
        }

        @Override
        public String fileName() {
            return "trace.html";
        }

        @Override
        public void render(TraceReport report, OutputStream out) throws IOException {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("v", content.of(report));
            model.put("l", content.language().labels());
            HtmlTemplates.render(
                    Optional.empty(),
                    TEMPLATE,
                    content.language().locale(),
                    Set.of(TraceView.class, ReportView.class),
                    model,
                    out);
        }
    }
}
