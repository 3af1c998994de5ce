package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slaudit.Goldens;
import io.slaudit.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code slaudit trace} as a user runs it: the scenario's ticket across Easter with a pause and a
 * raise to Dringend; golden files per format, the fixed JSON keys, unknown ids.
 */
class TraceCommandTest {

    static final String SCENARIO = "src/test/resources/io/slaudit/trace/scenario/";
    static final String GOLDEN = "io/slaudit/trace/golden/";

    static final String[] BASE = {
        "--policy",
        SCENARIO + "policy.yaml",
        "--tickets",
        SCENARIO + "tickets.csv",
        "--events",
        SCENARIO + "events.csv",
        "--as-of",
        "2025-04-30T00:00:00+02:00"
    };

    @TempDir
    Path dir;

    static String[] args(String id, String... more) {
        return Stream.of(Stream.of("trace", id), Stream.of(BASE), Stream.of(more))
                .flatMap(s -> s)
                .toArray(String[]::new);
    }

    static String filter(String text) {
        return text.replace(Tool.version(), "VERSION");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "json"})
    void theTextAndJsonMatchTheirGoldenFiles(String format) {
        Cli.Result r = Cli.run(args("A", "--format", format));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        Goldens.assertMatches(GOLDEN + "trace." + (format.equals("text") ? "txt" : format), filter(r.out()));
    }

    @Test
    void theGermanTextMatchesItsGoldenFile() {
        Cli.Result r = Cli.run(args("A", "--lang", "de"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Goldens.assertMatches(GOLDEN + "trace-de.txt", filter(r.out()));
        assertThat(r.out()).contains("Karfreitag (DE-BY)", "Di. 22.04.2025 11:30:00", "16.200 s");
    }

    @Test
    void theHtmlPagesMatchTheirGoldenFilesInTheReportsLook() throws IOException {
        for (String lang : new String[] {"en", "de"}) {
            Path out = dir.resolve("trace-" + lang + ".html");
            Cli.Result r = Cli.run(args("A", "--format", "html", "--lang", lang, "--out", out.toString()));
            assertThat(r.exitCode()).as(r.toString()).isZero();
            String html = filter(Files.readString(out, StandardCharsets.UTF_8));
            Goldens.assertMatches(GOLDEN + "trace" + (lang.equals("en") ? "" : "-de") + ".html", html);
            assertThat(html)
                    .contains("<header class=\"cover\"", "--accent: #1f5f99", "class=\"steps\"")
                    .doesNotContain("<link", "src=\"http", "@import");
        }
    }

    @Test
    void thePdfOfOneTicketIsOnePageWithTheTimeline() throws IOException {
        Path out = dir.resolve("trace.pdf");
        Cli.Result r = Cli.run(args("A", "--format", "pdf", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            Goldens.assertMatches(GOLDEN + "trace.pdf.txt", filter(text));
        }
    }

    @Test
    void theJsonHasTheFixedKeysAndTheStepsAddUpToTheElapsedTime() throws IOException {
        Path out = dir.resolve("trace.json");
        Cli.Result r = Cli.run(args("A", "--format", "json", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode ticket =
                new ObjectMapper().readTree(out.toFile()).get("tickets").get(0);
        assertThat(ticket.get("id").asText()).isEqualTo("A");
        JsonNode first = ticket.get("results").get(0);
        assertThat(first.get("metric").asText()).isEqualTo("first-response");
        assertThat(first.get("status").asText()).isEqualTo("breached");
        assertThat(first.get("due").asText()).isEqualTo("2025-04-22T11:30:00+02:00");
        assertThat(first.get("at").asText()).isEqualTo("2025-04-22T12:00:00+02:00");
        // Thu 15:00-17:00 2 h, Tue 09:00-10:00 1 h, pending 10:00-10:30, 10:30-12:00 1 h 30 min
        assertThat(first.get("elapsed_seconds").asLong()).isEqualTo(16_200);
        long sum = 0;
        String cursor = ticket.get("created").asText();
        for (JsonNode s : first.get("steps")) {
            assertThat(s.get("from").asText()).isEqualTo(cursor);
            assertThat(s.get("why").asText()).isIn("open", "closed", "holiday", "paused", "exception");
            sum += s.get("counted_seconds").asLong();
            cursor = s.get("to").asText();
        }
        assertThat(cursor).isEqualTo(first.get("at").asText());
        assertThat(sum).isEqualTo(16_200);
        assertThat(first.get("steps").get(2).get("name").asText()).isEqualTo("Good Friday");
        assertThat(first.get("steps").get(7).get("state").asText()).isEqualTo("pending");
        assertThat(ticket.get("priority_changes").get(0).get("to").asText()).isEqualTo("urgent");
        assertThat(ticket.get("policy_version").asText()).isEqualTo("2025-01");
    }

    @Test
    void anIdNotInTheExportIsAnInputErrorNamingIt() {
        Cli.Result r = Cli.run(args("NOPE"));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("error: " + SCENARIO + "tickets.csv: no ticket 'NOPE' in the export");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void severalTicketsAreTracedInTheOrderNamedAndAnUnknownOneFailsThemAll() {
        Cli.Result r = Cli.run(args("B", "A", "--format", "json"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).containsSubsequence("\"id\" : \"B\"", "\"id\" : \"A\"");
        Cli.Result bad = Cli.run(args("B", "X-1"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("no ticket 'X-1'");
    }

    @Test
    void aTicketRaisedAfterAsOfIsNamedWithItsLineAndWhyItWasNotAudited() {
        Cli.Result r = Cli.run(args("C"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("error: " + SCENARIO + "tickets.csv:4: ticket 'C' was not audited: created 2025-12-22");
    }

    @Test
    void theOutputIsNeverOneOfTheInputs() {
        Cli.Result r = Cli.run(args("A", "--out", SCENARIO + "tickets.csv"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ");
    }
}
