package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class AuditCommandTest {

    static final String SCENARIO = "src/test/resources/io/slaudit/report/scenario/";
    static final String[] BASE = {
        "audit",
        "--policy",
        SCENARIO + "policy.yaml",
        "--tickets",
        SCENARIO + "tickets.csv",
        "--events",
        SCENARIO + "events.csv",
        "--period",
        "2025-Q1",
        "--as-of",
        "2025-04-01T00:00:00+02:00"
    };

    @TempDir
    Path dir;

    static String[] args(String... more) {
        return Stream.concat(Stream.of(BASE), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void withoutOutASummaryGoesToTheTerminal() {
        Cli.Result r = Cli.run(args());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Rows      12 read = 9 audited + 1 excluded + 1 out of period + 1 rejected")
                .contains("Compliance", "Worst breaches", "Evidence");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theJsonDocumentHasTheFixedKeysAndValues() throws IOException {
        Path out = dir.resolve("audit.json");
        Cli.Result r = Cli.run(args("--format", "json", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEqualTo("slaudit: wrote " + out + "\n");
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("policy").asText()).isEqualTo("scenario");
        JsonNode first = doc.get("tickets").get(0);
        assertThat(first.get("id").asText()).isEqualTo("S-01");
        assertThat(first.get("priority").asText()).isEqualTo("urgent");
        JsonNode result = first.get("results").get(0);
        // Monday 10:00 + 4 business hours = 14:00; answered 11:30 after 1 h 30 min
        assertThat(result.get("metric").asText()).isEqualTo("first-response");
        assertThat(result.get("status").asText()).isEqualTo("met");
        assertThat(result.get("due").asText()).isEqualTo("2025-03-03T14:00:00+01:00");
        assertThat(result.get("at").asText()).isEqualTo("2025-03-03T11:30:00+01:00");
        assertThat(result.get("elapsed_seconds").asLong()).isEqualTo(5400);
        assertThat(result.get("target_seconds").asLong()).isEqualTo(14_400);
        assertThat(doc.get("summary").get("tickets").asLong()).isEqualTo(10);
        assertThat(doc.get("summary").get("rejected_rows").asLong()).isEqualTo(1);
        for (JsonNode t : doc.get("tickets")) {
            for (JsonNode res : t.get("results")) {
                assertThat(res.get("status").asText())
                        .isIn("met", "breached", "open", "open-breached", "best-effort", "excluded");
            }
        }
    }

    @Test
    void theEvidenceNamesTheInputsByTheirSha256() throws Exception {
        Path out = dir.resolve("audit.json");
        Cli.run(args("--format", "json", "--out", out.toString()));
        JsonNode inputs =
                new ObjectMapper().readTree(out.toFile()).get("evidence").get("inputs");
        for (JsonNode input : inputs) {
            byte[] bytes = Files.readAllBytes(Path.of(input.get("path").asText()));
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(input.get("sha256").asText())
                    .as(input.get("path").asText())
                    .isEqualTo(sha);
            assertThat(input.get("bytes").asLong()).isEqualTo(bytes.length);
        }
        assertThat(inputs).hasSize(3);
    }

    @Test
    void severalFormatsGoToADirectory() throws Exception {
        Path out = dir.resolve("reports");
        Cli.Result r = Cli.run(args("--format", "json,csv,junit,text", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("audit-junit.xml", "audit.csv", "audit.json", "audit.txt");
        }
        Document junit = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(out.resolve("audit-junit.xml").toFile());
        // first-response: 3 met, 4 breached, 1 open-breached, 1 open, 1 excluded; resolution: 9 best effort, 1 excluded
        assertThat(junit.getDocumentElement().getAttribute("tests")).isEqualTo("21");
        assertThat(junit.getDocumentElement().getAttribute("failures")).isEqualTo("5");
        assertThat(junit.getDocumentElement().getAttribute("errors")).isEqualTo("1");
        List<String> csv = Files.readAllLines(out.resolve("audit.csv"), StandardCharsets.UTF_8);
        assertThat(csv)
                .anyMatch(l -> l.contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\")\","))
                // S-04 (Hoch, Wednesday 10:00, answered Thursday 16:00) is met when a business day
                // ends at closing time: the other reading's verdict is on the ticket's row
                .anyMatch(l -> l.startsWith("S-04,5,") && l.contains(",business-day=end-of-day: met,"))
                .anyMatch(l -> l.startsWith("S-08,9,") && l.contains(",rejected,"));
    }

    @Test
    void complianceUnderTheThresholdExitsWithOne() {
        // overall compliance is 3 of 8 judged = 37.5 %
        Cli.Result under = Cli.run(args("--fail-under", "40"));
        assertThat(under.exitCode()).isEqualTo(1);
        assertThat(under.err())
                .isEqualTo("slaudit: compliance 37.5 % (3 of 8 judged results met) is under --fail-under 40 %\n");
        assertThat(Cli.run(args("--fail-under", "37.5")).exitCode()).isZero();
        assertThat(Cli.run(args("--fail-under", "37.51")).err())
                .isEqualTo("slaudit: compliance 37.5 % (3 of 8 judged results met) is under --fail-under 37.51 %\n");
    }

    @Test
    void aFigureUnderTheThresholdIsPrintedWithTheDecimalsThatShowIt() {
        // 2 of 3 is 66.666... %: one decimal would print "66.7 % is under 66.7 %"
        assertThat(Percent.under(200.0 / 3, 66.7)).isEqualTo("66.67");
        assertThat(Percent.under(200.0 / 3, 66.667)).isEqualTo("66.6667");
        assertThat(Percent.under(37.5, 40)).isEqualTo("37.5");
        assertThat(Percent.plain(90)).isEqualTo("90");
        assertThat(Percent.plain(66.7)).isEqualTo("66.7");
    }

    @Test
    void strictMakesABadRowFatalAndWritesNothing() {
        Path out = dir.resolve("audit.json");
        Cli.Result r = Cli.run(args("--strict", "--format", "json", "--out", out.toString()));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + SCENARIO + "tickets.csv:9: unknown priority 'P9'");
        assertThat(out).doesNotExist();
    }

    @Test
    void badInputIsAnErrorWithItsPosition() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        Cli.Result r = Cli.run("audit", "--policy", SCENARIO + "policy.yaml", "--tickets", empty.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + empty + ": the file is empty\n");

        Path noPriority = dir.resolve("t.csv");
        Files.writeString(noPriority, "id,created\nA,2025-03-03 10:00\n");
        Cli.Result missing = Cli.run(
                "audit",
                "--policy",
                SCENARIO + "policy.yaml",
                "--tickets",
                noPriority.toString(),
                "--profile",
                "canonical");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo("error: " + noPriority + ":1: missing required column 'priority' (priority)"
                        + " for the canonical profile; the header has: id, created\n");

        Cli.Result period = Cli.run(
                "audit", "--policy", SCENARIO + "policy.yaml", "--tickets", SCENARIO + "tickets.csv", "--period", "Q1");
        assertThat(period.exitCode()).isEqualTo(2);
        assertThat(period.err()).startsWith("error: --period: 'Q1' is not a period");

        Cli.Result reading = Cli.run(args("--reading", "next-day"));
        assertThat(reading.exitCode()).isEqualTo(2);
        assertThat(reading.err())
                .isEqualTo("error: --reading: no ambiguity of the contract has a reading 'next-day'; its"
                        + " readings: business-day=same-time|end-of-day\n");

        Cli.Result formats = Cli.run(args("--format", "json,csv"));
        assertThat(formats.exitCode()).isEqualTo(2);
        assertThat(formats.err()).isEqualTo("error: several formats need --out DIR\n");
    }

    @Test
    void jsonWithoutOutGoesToStdout() throws IOException {
        Cli.Result r = Cli.run(args("--format", "json"));
        assertThat(new ObjectMapper()
                        .readTree(r.out())
                        .get("summary")
                        .get("rows_read")
                        .asLong())
                .isEqualTo(12);
    }

    @Test
    void anotherReadingDecidesWhenAsked() throws IOException {
        Cli.Result r = Cli.run(args("--format", "json", "--reading", "business-day=end-of-day"));
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("reading").asText()).isEqualTo("business-day=end-of-day");
        // S-04: Wednesday 10:00, answered Thursday 16:00, due Thursday 17:00 under this reading
        assertThat(doc.get("tickets").get(3).get("results").get(0).get("status").asText())
                .isEqualTo("met");
    }

    @Test
    void htmlAndPdfGoToTheOutputFolderInTheLanguageAsked() throws IOException {
        Path folder = dir.resolve("report");
        Cli.Result r = Cli.run(args("--format", "html,pdf", "--out", folder.toString(), "--lang", "de"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.readString(folder.resolve("audit.html"))).contains("<html lang=\"de\">", "37,5 %");
        assertThat(Files.readAllBytes(folder.resolve("audit.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(r.err()).contains("wrote " + folder.resolve("audit.html"), "wrote " + folder.resolve("audit.pdf"));
    }

    @Test
    void aPdfNeedsAnOutputFile() {
        Cli.Result r = Cli.run(args("--format", "pdf"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --format pdf needs --out FILE: a PDF is not written to the terminal\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aListLimitOnlyAppliesToTheDocumentsAndIsANumberOfRows() {
        Cli.Result json = Cli.run(args("--format", "json", "--list-limit", "10"));
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).isEqualTo("error: --list-limit applies to --format html and pdf\n");

        Cli.Result negative = Cli.run(args("--format", "html", "--list-limit", "-1"));
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).isEqualTo("error: --list-limit takes a number of rows, or 0 for all; not -1\n");
    }

    @Test
    void aListLimitShortensTheDocumentsListsAndZeroMeansAll() throws IOException {
        // the scenario has four breaches
        Path one = dir.resolve("one.html");
        Path all = dir.resolve("all.html");
        assertThat(Cli.run(args("--format", "html", "--list-limit", "1", "--out", one.toString()))
                        .exitCode())
                .isZero();
        assertThat(Cli.run(args("--format", "html", "--list-limit", "0", "--out", all.toString()))
                        .exitCode())
                .isZero();

        assertThat(Files.readString(one)).contains("1 of 4 shown; every ticket is in the CSV and JSON outputs.");
        assertThat(Files.readString(all)).doesNotContain("shown; every ticket");
    }

    @Test
    void aTemplateWithoutHtmlIsAUsageError() {
        Cli.Result r = Cli.run(args("--format", "json", "--template", dir.toString()));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --template applies to --format html\n");
    }

    @Test
    void aForbiddenTemplateIsAnInputErrorAndLeavesNoFile() throws IOException {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.ftlh"), "${\"java.lang.ProcessBuilder\"?new()}");
        Path out = dir.resolve("audit.html");
        Cli.Result r = Cli.run(args("--format", "html", "--template", templates.toString(), "--out", out.toString()));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + templates.resolve("report.ftlh") + ":1:");
        assertThat(out).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aTemplateLinkedFromOutsideItsFolderIsAnInputErrorNotACrash() throws IOException {
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("report.ftlh"), "<p>${r.title}</p>");
        Files.writeString(outside.resolve("part.ftlh"), "<p>${r.title}</p>");
        Path linked = Files.createDirectory(dir.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("report.ftlh"), outside.resolve("report.ftlh"));
        Path including = Files.createDirectory(dir.resolve("including"));
        Files.writeString(including.resolve("report.ftlh"), "<#include \"part.ftlh\">");
        Files.createSymbolicLink(including.resolve("part.ftlh"), outside.resolve("part.ftlh"));

        for (Path templates : List.of(linked, including)) {
            Path out = dir.resolve(templates.getFileName() + ".html");
            Cli.Result r =
                    Cli.run(args("--format", "html", "--template", templates.toString(), "--out", out.toString()));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err())
                    .startsWith("error: " + templates + ": a template resolves to a file outside the template folder")
                    .doesNotContain("internal error");
            assertThat(out).doesNotExist();
        }
    }
}
