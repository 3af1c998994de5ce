package io.slaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.Goldens;
import io.slaudit.billing.Bill;
import io.slaudit.billing.BillRequest;
import io.slaudit.billing.Billing;
import io.slaudit.policy.PolicyReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped sample bill (October 2026 on Supportlevel 2, activated 1 October, with its invoice
 * and 19 % VAT) in every format: text, JSON, CSV and HTML against golden files, the PDF read back.
 */
class BillRenderersTest {

    static final Instant CREATED = Instant.parse("2026-11-02T08:00:00Z");

    static Bill sample() {
        Path policy = Path.of("contracts/saas-support-levels.yaml");
        return Billing.run(new BillRequest(
                PolicyReader.read(policy),
                policy,
                Path.of("samples/billing/2026-Q4-calls.csv"),
                Optional.of("level-2"),
                Optional.empty(),
                Optional.of(LocalDate.of(2026, 10, 1)),
                Optional.of(YearMonth.of(2026, 10)),
                Optional.of(YearMonth.of(2026, 10)),
                Optional.of(Path.of("samples/billing/2026-10-invoice.csv")),
                new BigDecimal("0.01"),
                Optional.of(new BigDecimal("19")),
                Optional.empty(),
                Optional.empty()));
    }

    static RendererSet<Bill> renderers(Locale locale) {
        return BillRenderers.forOneBill(new DocumentOptions(locale, Optional.empty(), OptionalDouble.empty(), CREATED));
    }

    static byte[] render(String format, Locale locale, Bill bill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderers(locale).named(format).orElseThrow().render(bill, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "json", "csv", "html"})
    void everyFormatMatchesItsGoldenFile(String format) throws IOException {
        Bill bill = sample();
        String text =
                RendererContractTest.filter(new String(render(format, Locale.ENGLISH, bill), StandardCharsets.UTF_8));
        Renderer<Bill> r = renderers(Locale.ENGLISH).named(format).orElseThrow();
        Goldens.assertMatches("io/slaudit/report/golden/" + r.fileName(), text);
        assertThat(RendererContractTest.filter(
                        new String(render(format, Locale.ENGLISH, bill), StandardCharsets.UTF_8)))
                .as("rendering twice gives the same document")
                .isEqualTo(text);
    }

    @Test
    void theGermanHtmlSpeaksGermanWithGermanNumbers() throws IOException {
        String html = new String(render("html", Locale.GERMAN, sample()), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<html lang=\"de\">")
                .contains("Rechnungsprüfung")
                .contains("Insgesamt 46,00\u00a0EUR zu viel berechnet")
                .contains("112,50")
                .doesNotContain("Invoice check");
    }

    @Test
    void thePdfSaysWhatTheHtmlSaysAndIsReproducible() throws IOException {
        Bill bill = sample();
        byte[] pdf = render("pdf", Locale.ENGLISH, bill);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Phone and hotline charges");
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
        }
        // PDFBox extracts the no-break space as a plain one
        assertThat(text.replace('\u00a0', ' '))
                .contains("Overcharged by 46.00 EUR in all")
                .contains("+30.00")
                .contains("+16.00")
                .contains("band-crossing: How is a hotline call priced")
                .contains("Under band-crossing=per-block")
                .contains("Page 1 of");
        assertThat(render("pdf", Locale.ENGLISH, bill)).isEqualTo(pdf);
    }

    @Test
    void bothLanguagesHaveTheSameBillLabels() throws IOException {
        assertThat(keys("bill_de.properties")).isEqualTo(keys("bill_en.properties"));
    }

    private static TreeSet<String> keys(String bundle) throws IOException {
        Properties p = new Properties();
        try (var in = BillRenderersTest.class.getResourceAsStream("/io/slaudit/report/" + bundle)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyLabelTheBillUsesExists() {
        // a missing label throws when the documents are built: build them in both languages
        for (Locale l : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            assertThat(BillViews.build(sample(), ReportLanguage.forBills(l), 10).title())
                    .isNotBlank();
        }
    }
}
