package io.slaudit.report;

import io.slaudit.compare.Comparison;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison as one self-contained HTML page in the audit report's look: the built-in {@code
 * compare.ftlh}, which includes the report's stylesheet, macros and table sorting, filled in the
 * same restricted FreeMarker configuration as the audit report ({@link HtmlRenderer#process}).
 */
final class ComparisonHtmlRenderer implements Renderer<Comparison> {

    static final String TEMPLATE = "compare.ftlh";

    private final ComparisonContent content;

    ComparisonHtmlRenderer(ComparisonContent content) {
        this.content = content;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "compare.html";
    }

    @Override
    public void render(Comparison comparison, OutputStream out) throws IOException {
        ReportLanguage lang = content.language();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("v", content.of(comparison));
        model.put("l", lang.labels());
        HtmlTemplates.render(
                Optional.empty(),
                TEMPLATE,
                lang.locale(),
                java.util.Set.of(ComparisonView.class, ReportView.class),
                model,
                out);
    }
}
