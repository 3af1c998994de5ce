package io.slaudit.report;

import io.slaudit.audit.AuditReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit as one self-contained HTML page: inline CSS, inline SVG charts, a few lines of inline
 * script to sort tables, no external request. Rendered by FreeMarker from {@code report.ftlh}, the
 * built-in one or the user's ({@code --template DIR}), in a restricted configuration: everything is
 * HTML-escaped unless a template says otherwise, and a template sees the report's content and
 * nothing else: no {@code ?new}, no {@code ?api}, no Java methods but the content's own accessors
 * (see {@link HtmlTemplates}). The comparison document ({@link ComparisonHtmlRenderer}) is filled the same way.
 */
final class HtmlRenderer implements Renderer<AuditReport> {

    static final String TEMPLATE = "report.ftlh";

    private final DocumentContent content;

    HtmlRenderer(DocumentOptions options) {
        this(new DocumentContent(options));
    }

    HtmlRenderer(DocumentContent content) {
        this.content = content;
    }

    DocumentContent content() {
        return content;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "audit.html";
    }

    @Override
    public boolean listsItems() {
        return true;
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        ReportLanguage lang = content.language();
        ReportView view = content.of(report);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("r", view);
        model.put("l", lang.labels());
        model.put("charts", charts(view, lang));
        HtmlTemplates.render(
                content.options().templateDir(),
                TEMPLATE,
                lang.locale(),
                java.util.Set.of(ReportView.class),
                model,
                out);
    }

    /** The charts as SVG markup (empty when there is nothing to draw). */
    private Map<String, String> charts(ReportView view, ReportLanguage lang) {
        ReportView.Summary s = view.summary();
        Map<String, String> out = new LinkedHashMap<>();
        out.put(
                "compliance",
                Charts.judged(s.rows()) == 0
                        ? ""
                        : svg(
                                lang.label("summary.chart"),
                                Charts.complianceHeight(s.rows()),
                                c -> Charts.compliance(
                                        c, s.rows(), content.options().threshold(), lang)));
        out.put(
                "trend",
                view.trend().isEmpty()
                        ? ""
                        : svg(lang.label("trend"), Charts.TREND_HEIGHT, c -> Charts.trend(c, view.trend(), lang)));
        out.put(
                "distribution",
                view.distribution().isEmpty()
                        ? ""
                        : svg(
                                lang.label("distribution"),
                                Charts.distributionHeight(view.distribution()),
                                c -> Charts.distribution(c, view.distribution(), lang)));
        return out;
    }

    private static String svg(String title, double height, java.util.function.Consumer<ChartCanvas> draw) {
        SvgCanvas canvas = new SvgCanvas(Charts.WIDTH, height, title);
        draw.accept(canvas);
        return canvas.finish();
    }
}
