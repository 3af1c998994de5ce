package io.slaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.audit.Audit;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditRequest;
import io.slaudit.audit.ContractVersions;
import io.slaudit.audit.Progress;
import io.slaudit.policy.PolicyReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report, read back with PDFBox: figures, text in any script, pages, metadata, reproducibility. */
class PdfRendererTest {

    static final Instant CREATED = Instant.parse("2025-04-02T08:00:00Z");

    @TempDir
    Path dir;

    static byte[] pdf(AuditReport report, Locale locale, Instant created) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(new DocumentOptions(locale, Optional.empty(), OptionalDouble.of(90), created))
                .render(report, out);
        return out.toByteArray();
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    @Test
    void theKeyFiguresOfTheScenarioCanBeReadBack() throws IOException {
        try (AuditReport report = RendererContractTest.scenario()) {
            String text = String.join("\n", pages(pdf(report, Locale.ENGLISH, CREATED)));
            // 3 met / (3 met + 4 breached + 1 open-breached) = 37.5 %
            assertThat(text)
                    .contains("SLA compliance report", "Beispiel Cloud", "37.5 %")
                    .contains("12 = 9 + 1 + 1 + 1")
                    // the worst breach: S-04, due Thursday 10:00, answered 16:00, 6 h late
                    .contains("S-04", "2025-03-06", "6 h")
                    .contains("S-06", "open-breached", "108 h")
                    .contains("Иван Петров: 李小龍")
                    .contains("<script>alert(1)</script>")
                    .contains("unknown priority 'P9'")
                    .contains("09b3da6ad54b4fff455bd239c0c44a45")
                    // drawn letter by letter, so search finds what the page shows
                    .contains("Breaches, worst first")
                    .doesNotContain("\uFB01");
        }
    }

    @Test
    void theGermanReportWritesGermanNumbersDatesAndLabels() throws IOException {
        try (AuditReport report = RendererContractTest.scenario()) {
            List<String> pages = pages(pdf(report, Locale.GERMAN, CREATED));
            String text = String.join("\n", pages);
            assertThat(text)
                    .contains("SLA-Prüfbericht", "Erfüllungsquote", "37,5 %", "05.03.2025", "Stichtag")
                    .contains("Seite 1 von " + pages.size());
        }
    }

    @Test
    void everyPageIsA4AndNumberedOfTheTotal() throws IOException {
        try (AuditReport report = RendererContractTest.scenario()) {
            byte[] pdf = pdf(report, Locale.ENGLISH, CREATED);
            List<String> pages = pages(pdf);
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                doc.getPages().forEach(page -> {
                    assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                    assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                });
                PDDocumentInformation info = doc.getDocumentInformation();
                assertThat(info.getTitle()).isEqualTo("SLA compliance report: Beispiel Cloud (Beispiel Software GmbH)");
                assertThat(info.getSubject()).contains("Beispiel Cloud", "2025-01-01 – 2025-03-31");
                assertThat(info.getCreationDate().toInstant()).isEqualTo(CREATED);
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
                assertThat(doc.getDocumentCatalog().getDocumentOutline().children())
                        .extracting(i -> i.getTitle())
                        .contains("Executive summary", "Breaches, worst first", "Evidence");
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameBytesButForTheCreationDate() throws IOException {
        try (AuditReport report = RendererContractTest.scenario()) {
            byte[] first = pdf(report, Locale.ENGLISH, CREATED);
            byte[] again = pdf(report, Locale.ENGLISH, CREATED);
            byte[] later = pdf(report, Locale.ENGLISH, CREATED.plusSeconds(86_400 * 400L));
            assertThat(again).isEqualTo(first);
            assertThat(later).isNotEqualTo(first);
            // D:20250402080000Z vs D:20260507080000Z, same length: blank the dates and compare
            String a = new String(first, StandardCharsets.ISO_8859_1).replaceAll("D:\\d{14}[^)]*", "D:");
            String b = new String(later, StandardCharsets.ISO_8859_1).replaceAll("D:\\d{14}[^)]*", "D:");
            assertThat(b).isEqualTo(a);
        }
    }

    @Test
    void tableHeadersRepeatOnEveryPageATableRunsOnto() throws IOException {
        // 400 tickets, a fifth of them late: the breaches table runs over several pages
        Path policy = Path.of("contracts/smashdocs-support.yaml");
        StringBuilder csv = new StringBuilder("id,created,priority,channel,first_response,subject\n");
        for (int i = 0; i < 400; i++) {
            int day = 3 + (i % 20);
            String answer = i % 5 == 0 ? "2025-03-28 17:00" : String.format("2025-03-%02d 17:30", day);
            csv.append(String.format("T-%03d,2025-03-%02d 10:00,Normal,email,%s,Ticket %d%n", i, day, answer, i));
        }
        Path tickets = Files.writeString(dir.resolve("tickets.csv"), csv);
        try (AuditReport report = audit(policy, tickets)) {
            List<String> pages = pages(pdf(report, Locale.ENGLISH, CREATED));
            List<String> withBreaches = pages.stream()
                    .filter(p -> p.lines().anyMatch(l -> l.matches("T-\\d{3} Normal First.*")))
                    .toList();
            assertThat(withBreaches).hasSizeGreaterThan(1);
            for (String page : withBreaches) {
                assertThat(page).contains("Ticket Priority Metric Created");
            }
        }
    }

    @Test
    void namesInAnyScriptAndTheEuroSignRenderWithoutMissingGlyphs() throws IOException {
        Path policy = Path.of("contracts/smashdocs-support.yaml");
        String[] subjects = {
            "Gebühr von 49 € zu hoch",
            "Ärger mit Übersetzung",
            "Иван Петров",
            "李小龍 田中",
            "Ελληνικά",
            "Emoji 🚀 im Betreff"
        };
        StringBuilder csv = new StringBuilder("id,created,priority,first_response,subject\n");
        for (int i = 0; i < subjects.length; i++) {
            csv.append("U-")
                    .append(i)
                    .append(",2025-03-03 10:00,Dringend,2025-03-05 10:00,")
                    .append(subjects[i])
                    .append('\n');
        }
        Path tickets = Files.writeString(dir.resolve("names.csv"), csv);
        try (AuditReport report = audit(policy, tickets)) {
            String text = String.join("\n", pages(pdf(report, Locale.GERMAN, CREATED)));
            for (int i = 0; i < 5; i++) {
                assertThat(text).contains(subjects[i]);
            }
            // no font has the rocket: it is replaced, not dropped, and nothing fails
            assertThat(text).contains("Emoji \uFFFD im Betreff");
        }
    }

    private static AuditReport audit(Path policy, Path tickets) {
        ContractVersions contract = ContractVersions.of(List.of(PolicyReader.read(policy)), List.of(policy));
        return Audit.run(
                new AuditRequest(
                        contract,
                        tickets,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Instant.parse("2025-04-01T00:00:00Z").getEpochSecond(),
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        true),
                Progress.NONE);
    }
}
