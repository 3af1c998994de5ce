package io.slaudit.report;

import io.slaudit.audit.AuditReport;
import io.slaudit.compare.Comparison;
import java.util.List;
import java.util.Optional;

/** The renderers of an audit, and of a comparison of contracts, by format name. */
public final class Renderers {

    private static final List<String> NAMES = List.of("text", "json", "csv", "junit", "html", "pdf");

    private Renderers() {}

    public static List<String> names() {
        return NAMES;
    }

    /** A renderer with the default document options (English, built-in template). */
    public static Optional<Renderer<AuditReport>> named(String name) {
        return forOneAudit(DocumentOptions.defaults()).named(name);
    }

    /**
     * The renderers for the outputs of one audit: the HTML and PDF documents among them share their
     * content, so it is built from the verdicts once.
     */
    public static RendererSet<AuditReport> forOneAudit(DocumentOptions options) {
        DocumentContent content = new DocumentContent(options);
        return RendererSet.<AuditReport>builder()
                .add("text", () -> new TextRenderer(options.locale()))
                .add("json", JsonRenderer::new)
                .add("csv", CsvRenderer::new)
                .add("junit", JunitRenderer::new)
                // lambdas, not constructor references: a reference loads its class (and the FreeMarker
                // and PDFBox classes it names) when the set is built, for every audit
                .add("html", () -> new HtmlRenderer(content))
                .add("pdf", () -> new PdfRenderer(content))
                .build();
    }

    /**
     * The renderers of a comparison of contracts; the text, Markdown, HTML and PDF documents share
     * one content, built once.
     */
    public static RendererSet<Comparison> forComparison(DocumentOptions options) {
        ComparisonContent content = new ComparisonContent(options);
        return RendererSet.<Comparison>builder()
                .add("text", () -> new ComparisonTextRenderer(content))
                .add("md", () -> new ComparisonMarkdownRenderer(content))
                .add("json", ComparisonJsonRenderer::new)
                .add("html", () -> new ComparisonHtmlRenderer(content))
                .add("pdf", () -> new ComparisonPdfRenderer(content))
                .build();
    }
}
