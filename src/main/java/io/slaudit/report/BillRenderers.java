package io.slaudit.report;

import io.slaudit.billing.Bill;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** The renderers of a bill by format name: text, json, csv, html, pdf. */
public final class BillRenderers {

    private BillRenderers() {}

    /** The renderers for one bill: its HTML and PDF documents share their content, built once. */
    public static RendererSet<Bill> forOneBill(DocumentOptions options) {
        Content content = new Content(options);
        return RendererSet.<Bill>builder()
                .add("text", BillTextRenderer::new)
                .add("json", BillJsonRenderer::new)
                .add("csv", BillCsvRenderer::new)
                .add("html", () -> new Html(content))
                .add("pdf", () -> new BillPdfRenderer(content))
                .build();
    }

    /** What the HTML and PDF documents of one bill show, built on first use. */
    static final class Content {
        private final DocumentOptions options;
        private final ReportLanguage language;
        private Bill builtFor;
        private BillView view;

        Content(DocumentOptions options) {
            this.options = options;
            this.language = ReportLanguage.forBills(options.locale());
        }

        DocumentOptions options() {
            return options;
        }

        ReportLanguage language() {
            return language;
        }

        synchronized BillView of(Bill bill) {
            if (bill != builtFor) {
                view = BillViews.build(bill, language, options.listLimit());
                builtFor = bill;
            }
            return view;
        }
    }

    /** The bill as one self-contained HTML page, styled as the audit report ({@code bill.ftlh}). */
    static final class Html implements Renderer<Bill> {
        static final String TEMPLATE = "bill.ftlh";
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
            return "bill.html";
        }

        @Override
        public boolean listsItems() {
            return true;
        }

        @Override
        public void render(Bill bill, OutputStream out) throws IOException {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("b", content.of(bill));
            model.put("l", content.language().labels());
            HtmlTemplates.render(
                    java.util.Optional.empty(),
                    TEMPLATE,
                    content.language().locale(),
                    java.util.Set.of(BillView.class, ReportView.class),
                    model,
                    out);
        }
    }
}
