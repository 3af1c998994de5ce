package io.slaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.audit.AuditReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The HTML and PDF documents of one audit read the verdicts once between them. */
class DocumentContentTest {

    @Test
    void theContentOfAReportIsBuiltOnceAndAnotherReportGetsItsOwn() {
        DocumentContent content = new DocumentContent(DocumentOptions.defaults());
        try (AuditReport first = RendererContractTest.scenario();
                AuditReport second = RendererContractTest.scenario()) {
            ReportView view = content.of(first);
            assertThat(content.of(first)).isSameAs(view);
            assertThat(content.of(second)).isNotSameAs(view).isEqualTo(view);
        }
    }

    @Test
    void htmlAndPdfOfOneAuditShareTheirContent() throws IOException {
        var renderers = Renderers.forOneAudit(DocumentOptions.defaults());
        Renderer<AuditReport> html = renderers.named("html").orElseThrow();
        Renderer<AuditReport> pdf = renderers.named("pdf").orElseThrow();
        try (AuditReport report = RendererContractTest.scenario()) {
            ByteArrayOutputStream shared = new ByteArrayOutputStream();
            html.render(report, shared);
            ByteArrayOutputStream alone = new ByteArrayOutputStream();
            Renderers.named("html").orElseThrow().render(report, alone);
            assertThat(shared.toString()).isEqualTo(alone.toString());
            assertThat(((HtmlRenderer) html).content()).isSameAs(((PdfRenderer) pdf).content());
        }
    }
}
