package io.slaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.Goldens;
import io.slaudit.audit.AuditReport;
import io.slaudit.input.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of the shared scenario: golden files, escaping, self-containment, custom templates. */
class HtmlRendererTest {

    static AuditReport report;

    @TempDir
    Path dir;

    @BeforeAll
    static void audit() {
        report = RendererContractTest.scenario();
    }

    @AfterAll
    static void close() {
        report.close();
    }

    static String html(Locale locale, Optional<Path> template, OptionalDouble threshold) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer(new DocumentOptions(locale, template, threshold, Instant.EPOCH)).render(report, out);
        return RendererContractTest.filter(out.toString(StandardCharsets.UTF_8));
    }

    static String html(Locale locale) throws IOException {
        return html(locale, Optional.empty(), OptionalDouble.empty());
    }

    @Test
    void theGermanReportMatchesItsGoldenFileWithGermanNumbersAndDates() throws IOException {
        String html = html(Locale.GERMAN, Optional.empty(), OptionalDouble.of(90));
        Goldens.assertMatches("io/slaudit/report/golden/audit-de.html", html);
        // 3 met of 8 judged = 37.5 %; S-04 created Wednesday 5 March 2025 10:00 Berlin time
        assertThat(html)
                .contains("<html lang=\"de\">", "37,5 %", "05.03.2025 10:00", "Erfüllungsquote", "Schwelle")
                .doesNotContain("37.5 %");
    }

    @Test
    void aListLimitKeepsTheWorstRowsAndSaysHowManyThereAre() throws IOException {
        // four breaches, worst first: S-04 (6 h late), S-03 (3 h), S-07 (2 h 30 min), S-02 (1 h)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer(
                        new DocumentOptions(Locale.ENGLISH, Optional.empty(), OptionalDouble.empty(), Instant.EPOCH, 2))
                .render(report, out);
        String breaches = section(out.toString(StandardCharsets.UTF_8), "breaches");

        assertThat(breaches)
                .contains(">S-04<", ">S-03<", "2 of 4 shown; every ticket is in the CSV and JSON outputs.")
                .doesNotContain(">S-07<", ">S-02<");
    }

    @Test
    void withoutALimitEveryRowIsListed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer(new DocumentOptions(
                        Locale.ENGLISH,
                        Optional.empty(),
                        OptionalDouble.empty(),
                        Instant.EPOCH,
                        DocumentOptions.UNLIMITED))
                .render(report, out);
        assertThat(section(out.toString(StandardCharsets.UTF_8), "breaches"))
                .contains(">S-04<", ">S-03<", ">S-07<", ">S-02<")
                .doesNotContain("shown;");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void ticketTextIsEscapedNotInterpreted() throws IOException {
        String html = html(Locale.ENGLISH);
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert")
                .contains("=HYPERLINK(&quot;http://example.invalid&quot;)")
                .contains("Иван Петров: 李小龍 kann nicht drucken");
        // the page has exactly one script of its own: table sorting
        assertThat(html.split("<script>", -1)).hasSize(2);
    }

    @Test
    void thePageMakesNoExternalRequest() throws IOException {
        String html = html(Locale.ENGLISH);
        assertThat(html)
                .doesNotContain("<link", "<img", "@import", "url(", "src=\"http", "src=\"//")
                .contains("<style>", "<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void everySectionIsThereInTheOrderOfTheIssue() throws IOException {
        String html = html(Locale.ENGLISH);
        String[] sections = {
            "id=\"cover\"",
            "id=\"summary\"",
            "id=\"trend\"",
            "id=\"distribution\"",
            "id=\"breaches\"",
            "id=\"open\"",
            "id=\"readings\"",
            "id=\"rows\"",
            "id=\"evidence\"",
            "id=\"appendix\""
        };
        int at = -1;
        for (String s : sections) {
            int next = html.indexOf(s);
            assertThat(next).as(s).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void aCustomTemplateSeesTheReportContentAndCanIncludeTheBuiltInStyle() throws IOException {
        Files.writeString(
                dir.resolve("report.ftlh"),
                "<#include \"style.ftlh\"><h1>${r.title}</h1><p>${r.summary.total.compliance}</p>"
                        + "<#list r.breaches.rows as b><i>${b.subject}</i></#list>");
        String html = html(Locale.ENGLISH, Optional.of(dir), OptionalDouble.empty());
        assertThat(html)
                .startsWith("<style>")
                .contains("<h1>SLA compliance report: Beispiel Cloud (Beispiel Software GmbH)</h1>")
                .contains("<p>37.5 %</p>")
                .contains("<i>=HYPERLINK(&quot;http://example.invalid&quot;)</i>");
    }

    @Test
    void aCustomTemplateCannotInstantiateClasses() throws IOException {
        Files.writeString(
                dir.resolve("report.ftlh"),
                "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}");
        assertThatThrownBy(() -> html(Locale.ENGLISH, Optional.of(dir), OptionalDouble.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(dir.resolve("report.ftlh") + ":1:")
                .hasMessageContaining("template:");
    }

    @Test
    void aCustomTemplateCannotReachJavaThroughTheContent() throws IOException {
        for (String attempt : new String[] {
            "${r.getClass().getName()}", "${r.cover?api.getClass()}", "${r.cover.hashCode()}", "${l.getClass()}"
        }) {
            Files.writeString(dir.resolve("report.ftlh"), attempt);
            assertThatThrownBy(() -> html(Locale.ENGLISH, Optional.of(dir), OptionalDouble.empty()))
                    .as(attempt)
                    .isInstanceOf(InputException.class);
        }
    }

    @Test
    void aTemplateSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("report.ftlh"), "<p>fine</p>\n<#if r.title>unclosed");
        assertThatThrownBy(() -> html(Locale.ENGLISH, Optional.of(dir), OptionalDouble.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.resolve("report.ftlh") + ":");
    }

    @Test
    void aFolderWithoutTheTemplateIsAnError() {
        assertThatThrownBy(() -> html(Locale.ENGLISH, Optional.of(dir), OptionalDouble.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the template folder has no report.ftlh");
    }
}
