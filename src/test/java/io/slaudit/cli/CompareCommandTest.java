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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code slaudit compare} as a user runs it: the scenario's four contracts (a Berlin office with
 * four classes, a New York vendor with a class without a severity, phone minutes and a hotline, a
 * London desk guaranteeing 24 clock hours for requests raised in hours, a clause without targets),
 * a severity map and eight tickets; golden files per format, the fixed JSON keys, bad input.
 */
class CompareCommandTest {

    static final String SCENARIO = "src/test/resources/io/slaudit/compare/scenario/";
    static final String POLICIES = SCENARIO + "policies/";

    static final String[] BASE = {
        "compare",
        POLICIES,
        "--year",
        "2026",
        "--severity-map",
        SCENARIO + "severity-map.yaml",
        "--tickets",
        SCENARIO + "tickets.csv",
        "--events",
        SCENARIO + "events.csv",
        "--as-of",
        "2026-04-01T00:00:00Z"
    };

    @TempDir
    Path dir;

    static String[] args(String... more) {
        return Stream.concat(Stream.of(BASE), Stream.of(more)).toArray(String[]::new);
    }

    static String filter(String text) {
        return text.replace(Tool.version(), "VERSION");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "md", "json"})
    void everyTextFormatMatchesItsGoldenFile(String format) {
        Cli.Result r = Cli.run(args("--format", format));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        String name = format.equals("text") ? "txt" : format;
        Goldens.assertMatches("io/slaudit/compare/golden/compare." + name, filter(r.out()));
    }

    @Test
    void theGermanMarkdownMatchesItsGoldenFile() {
        Cli.Result r = Cli.run(args("--format", "md", "--lang", "de"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Goldens.assertMatches("io/slaudit/compare/golden/compare-de.md", filter(r.out()));
        assertThat(r.out()).contains("Ungünstigster Fall", "Do. 02.04.2026 13:00:01", "2.032 h");
    }

    @Test
    void theHtmlPagesMatchTheirGoldenFilesAndLookLikeTheAuditReport() throws IOException {
        for (String lang : List.of("en", "de")) {
            Path out = dir.resolve("compare-" + lang + ".html");
            Cli.Result r = Cli.run(args("--format", "html", "--lang", lang, "--out", out.toString()));
            assertThat(r.exitCode()).as(r.toString()).isZero();
            String html = filter(Files.readString(out, StandardCharsets.UTF_8));
            Goldens.assertMatches(
                    "io/slaudit/compare/golden/compare" + (lang.equals("en") ? "" : "-de") + ".html", html);
            // the report's own stylesheet, cover and sortable tables; nothing loaded from elsewhere
            assertThat(html)
                    .contains("<header class=\"cover\"", "--accent: #1f5f99", "table class=\"sortable\"")
                    .doesNotContain("<link", "src=\"http", "@import");
        }
    }

    @Test
    void theJsonHasTheFixedKeysWithTheHandComputedWorstCases() throws IOException {
        Path out = dir.resolve("compare.json");
        Cli.Result r = Cli.run(args("--format", "json", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("year").asInt()).isEqualTo(2026);
        JsonNode alpha = policy(doc, "alpha-support");
        assertThat(alpha.get("vendor").asText()).isEqualTo("Alpha GmbH");
        // Berlin 2026: 261 weekdays less 7 Berlin holidays on weekdays (1 Jan, 3 and 6 Apr, 1, 14
        // and 25 May, 25 Dec; Women's Day 8 Mar, 3 Oct and 26 Dec fall on weekends): 254 days x 8 h
        assertThat(alpha.get("open_seconds_per_year").asLong()).isEqualTo(254L * 8 * 3600);
        JsonNode urgent = row(alpha, "critical", "first-response");
        assertThat(urgent.get("priority").asText()).isEqualTo("urgent");
        // Dringend, 4 business hours on Mon-Fri 09-17: raised Thursday 2 April 13:00:01, 3 h 59 min
        // 59 s run to 17:00, Good Friday to Easter Monday are closed, the last second runs Tuesday
        // 09:00:01: 4 d 20 h = 417,600 s
        assertThat(urgent.get("worst_case_seconds").asLong()).isEqualTo(417_600);
        assertThat(urgent.get("worst_case_arrival").asText()).isEqualTo("2026-04-02T13:00:01+02:00");
        assertThat(urgent.get("median_seconds").isNumber()).isTrue();
        JsonNode beta = policy(doc, "beta-care");
        // Severity 1, 1 business hour on Mon-Fri 08-18 New York: raised Friday 16 January 17:00:01,
        // Martin Luther King Day (Monday 19 January) is closed, the last second runs Tuesday
        // 08:00:01: 3 d 15 h = 313,200 s
        JsonNode sev1 = row(beta, "critical", "first-response");
        assertThat(sev1.get("worst_case_seconds").asLong()).isEqualTo(313_200);
        assertThat(sev1.get("worst_case_arrival").asText()).isEqualTo("2026-01-16T17:00:01-05:00");
        // the map gives beta's how-to questions the severity low
        assertThat(row(beta, "low", "first-response").get("priority").asText()).isEqualTo("question");
        assertThat(beta.get("severity_source").asText()).isEqualTo("severity-map");
        // a clause without targets promises nothing, and is still compared
        JsonNode empty = row(policy(doc, "empty-clause"), "critical", "first-response");
        assertThat(empty.get("target").isNull()).isTrue();
        assertThat(empty.get("worst_case_seconds").isNull()).isTrue();
        // the tickets: C-07's priority 'Wichtig' has no severity and is rejected under every contract
        JsonNode tickets = doc.get("tickets");
        assertThat(tickets.get("rows").asLong()).isEqualTo(8);
        for (JsonNode p : tickets.get("policies")) {
            assertThat(p.get("rejected").asLong()).as(p.get("policy").asText()).isEqualTo(1);
            assertThat(p.get("rows_read").asLong())
                    .isEqualTo(p.get("audited").asLong()
                            + p.get("excluded").asLong()
                            + p.get("rejected").asLong());
        }
        assertThat(tickets.get("differing_count").asLong()).isEqualTo(3);
    }

    static JsonNode policy(JsonNode doc, String id) {
        for (JsonNode p : doc.get("policies")) {
            if (p.get("policy").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no policy " + id);
    }

    static JsonNode row(JsonNode policy, String severity, String metric) {
        for (JsonNode s : policy.get("severities")) {
            if (s.get("severity").asText().equals(severity)
                    && s.get("metric").asText().equals(metric)) {
                return s;
            }
        }
        throw new AssertionError("no " + severity + " " + metric + " in " + policy.get("policy"));
    }

    @Test
    void thePdfHasTheContentOnA4Pages() throws IOException {
        Cli.Result r = Cli.run(args("--format", "pdf", "--out", dir.toString() + "/"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path pdf = dir.resolve("compare.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "Support contracts compared",
                            "Severity Critical",
                            "4 d 20 h",
                            "2026-04-02",
                            "13:00:01",
                            "Tickets whose verdict depends on the vendor",
                            "Page 1 of");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Support contracts compared");
        }
    }

    @Test
    void severalFormatsGoToADirectoryEachUnderItsName() {
        Path out = dir.resolve("docs");
        Cli.Result r = Cli.run(args("--format", "text,md,json,html,pdf", "--out", out + "/"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        for (String f : List.of("compare.txt", "compare.md", "compare.json", "compare.html", "compare.pdf")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
            assertThat(r.err()).contains("slaudit: wrote " + out.resolve(f));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "md", "json", "html"})
    void everyContractOfTheRepositoryIsComparedInEveryFormat(String format) {
        Cli.Result r = Cli.run("compare", "contracts/", "--year", "2026", "--format", format);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("smashdocs-support", "bundle-redistributor", "saas-support-levels");
    }

    @Test
    void theReadmesReplayOfTheSampleQuarterRunsAndItsCountsReconcile() throws IOException {
        Path out = dir.resolve("replay.json");
        Cli.Result r = Cli.run(
                "compare",
                "contracts/smashdocs-support.yaml",
                "contracts/clauses/dispositionsportal.yaml",
                "contracts/saas-support-levels.yaml",
                "--year",
                "2025",
                "--tickets",
                "samples/tickets/smashdocs-support/2025-Q1.csv",
                "--events",
                "samples/tickets/smashdocs-support/2025-Q1-events.csv",
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode tickets = new ObjectMapper().readTree(out.toFile()).get("tickets");
        assertThat(tickets.get("rows").asLong()).isEqualTo(500);
        long counted = 0;
        for (JsonNode p : tickets.get("priorities")) {
            counted += p.get("tickets").asLong();
        }
        // every row but the three the export gets wrong (a duplicate id, a reply before creation,
        // no creation time) has a priority with a severity
        assertThat(counted).isEqualTo(497);
        for (JsonNode p : tickets.get("policies")) {
            assertThat(p.get("rows_read").asLong())
                    .isEqualTo(p.get("audited").asLong()
                            + p.get("excluded").asLong()
                            + p.get("rejected").asLong());
        }
        // SMASHDOCs' own tickets are judged under the Dispositionsportal clause too: its hotline is
        // the only channel it names, and the export's 'portal', 'email' ... are not excluded for that
        JsonNode disposition = tickets.get("policies").get(1);
        assertThat(disposition.get("policy").asText()).isEqualTo("dispositionsportal");
        assertThat(disposition.get("excluded").asLong()).isZero();
        // and, since its clause 4.3 speaks of any "Anzeige" (a catch-all channel, issue 11), every
        // channel the export names is one the clause knows
        assertThat(disposition.get("unknown_names")).isEmpty();
        assertThat(tickets.get("differing_count").asLong()).isPositive();
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void anUnknownSeverityInTheMapIsRefusedAtItsPosition() throws IOException {
        Path map = dir.resolve("map.yaml");
        Files.writeString(map, "policies:\n  alpha-support:\n    urgent: critcal\n");
        Cli.Result r = Cli.run("compare", POLICIES, "--year", "2026", "--severity-map", map.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .isEqualTo("error: " + map + ":3:13: unknown severity 'critcal'; severities: critical, high, normal,"
                        + " low\n");
    }

    @Test
    void aMapNamingAClassTheContractDoesNotHaveIsRefusedWithADidYouMean() throws IOException {
        Path map = dir.resolve("map.yaml");
        Files.writeString(map, "policies:\n  alpha-support:\n    Dringnd: critical\n");
        Cli.Result r = Cli.run("compare", POLICIES, "--year", "2026", "--severity-map", map.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains(map + ":3:5: policy 'alpha-support' has no priority class 'Dringnd'; did you mean"
                        + " 'Dringend'?");
    }

    @Test
    void aPolicyWithoutTargetsIsComparedAndSaysItPromisesNothing() {
        Cli.Result r = Cli.run("compare", POLICIES + "empty.yaml", "--year", "2026");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("empty-clause", "no target");
    }

    @Test
    void aYearOutsideTheHolidayDataIsRefusedNamingTheCalendars() {
        Cli.Result r = Cli.run("compare", POLICIES, "--year", "2045");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains(
                        "--year 2045: calendar 'office' of policy 'alpha-support' closes on the public holidays of"
                                + " DE-BE",
                        "calendar 'phone' of policy 'beta-care'")
                .doesNotContain("gamma-desk", "Exception", "\tat ");
        assertThat(Cli.run("compare", POLICIES, "--year", "1850").err())
                .contains("1850 is outside the years slaudit computes calendars for");
    }

    @Test
    void aSeverityWithoutAClassIsShownAsSuchInEveryDocument() throws IOException {
        // the map leaves Beta's Severity 2 without a severity: no class of Beta stands for high
        Path map = dir.resolve("map.yaml");
        Files.writeString(map, "policies:\n  beta-care:\n    sev1: critical\n    sev2: []\n    sev3: normal\n");
        Path out = dir.resolve("docs");
        Cli.Result r = Cli.run(
                "compare",
                POLICIES + "beta.yaml",
                "--year",
                "2026",
                "--severity-map",
                map.toString(),
                "--format",
                "text,md,html,json",
                "--out",
                out + "/");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.readString(out.resolve("compare.txt"))).contains("no class for this severity");
        assertThat(new ObjectMapper()
                        .readTree(out.resolve("compare.json").toFile())
                        .get("policies")
                        .get(0)
                        .get("unmapped_severities"))
                .extracting(JsonNode::asText)
                .contains("high");
    }

    @Test
    void anInvalidPolicyIsReportedAtItsPositionAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "policy: bad\nvendor: X\ncalendars: {}\ndefault-calendar: x\npriorities: {}\n");
        Path out = dir.resolve("out.json");
        Cli.Result r = Cli.run(
                "compare", POLICIES + "alpha.yaml", bad.toString(), "--format", "json", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":1:1: the policy lacks the required key 'targets'");
        assertThat(out).doesNotExist();
    }

    @Test
    void noOutputMayOverwriteAnInput() {
        Cli.Result r = Cli.run(args("--format", "json", "--out", SCENARIO + "tickets.csv"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is an input of this command");
    }

    @Test
    void optionsThatNeedTicketsOrAFileAreRefused() {
        assertThat(Cli.run("compare", POLICIES, "--events", SCENARIO + "events.csv")
                        .err())
                .contains("--events, --profile, --mapping, --as-of and --tickets-zone apply to --tickets");
        assertThat(Cli.run("compare", POLICIES, "--format", "pdf").err()).contains("needs --out FILE");
        assertThat(Cli.run("compare", POLICIES, "--format", "json,html").err())
                .contains("several formats need --out DIR");
        assertThat(Cli.run("compare", POLICIES, "--format", "docx").err()).contains("no format 'docx'");
        Cli.Result profile = Cli.run(args("--profile", "nosuch"));
        assertThat(profile.exitCode()).isEqualTo(2);
        assertThat(profile.err()).contains("--profile: no profile 'nosuch'");
    }

    @Test
    void aFolderWithAFileThatIsNotAPolicyIsRefusedNamingIt() {
        Cli.Result r = Cli.run("compare", SCENARIO, "--year", "2026");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("severity-map.yaml:2:1: the policy lacks the required key 'policy'");
    }

    @Test
    void contractTextThatLooksLikeMarkupIsEscapedInEveryDocument() throws IOException {
        Path p = dir.resolve("markup.yaml");
        Files.writeString(
                p,
                Files.readString(Path.of(POLICIES + "alpha.yaml"))
                        .replace("vendor: Alpha GmbH", "vendor: \"<script>alert(1)</script> | **x**\""));
        Path out = dir.resolve("docs");
        Cli.Result r = Cli.run("compare", p.toString(), "--year", "2026", "--format", "md,html", "--out", out + "/");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.readString(out.resolve("compare.html")))
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Files.readString(out.resolve("compare.md")))
                .contains("\\<script\\>alert(1)\\</script\\> \\| \\*\\*x\\*\\*");
    }

    @Test
    void theHelpListsTheFixedOptions() {
        Cli.Result r = Cli.run("compare", "--help");
        List<String> missing = new ArrayList<>();
        for (String option : List.of(
                "--year", "--severity-map", "--tickets", "--events", "--profile", "--format", "--out", "--lang")) {
            if (!r.out().contains(option)) {
                missing.add(option);
            }
        }
        assertThat(missing).isEmpty();
    }
}
