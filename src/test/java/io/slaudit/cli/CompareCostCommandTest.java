package io.slaudit.cli;

import static io.slaudit.cli.CompareCommandTest.POLICIES;
import static io.slaudit.cli.CompareCommandTest.SCENARIO;
import static io.slaudit.cli.CompareCommandTest.filter;
import static io.slaudit.cli.CompareCommandTest.policy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slaudit.Goldens;
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
 * {@code slaudit compare --scenario}: a month of support priced on every tier of each contract.
 * The test contracts' month ({@code cost-month.yaml}: 120 phone minutes, two 12-minute calls on
 * a Saturday night and one of 7 minutes on a Monday evening, a first response within 8 business
 * hours for severity high) on the four test contracts, of which only Beta states prices; and the
 * README's month on the support-level contract. Golden files per format, hand-checked totals, bad
 * scenario files.
 */
class CompareCostCommandTest {

    static final String MONTH = SCENARIO + "cost-month.yaml";

    /** The README's example, shipped with the samples. */
    static final String SAMPLE = "samples/scenarios/typical-month.yaml";

    @TempDir
    Path dir;

    /** The test contracts compared with a scenario file. */
    static String[] with(String scenario, String... more) {
        String[] base = {
            "compare",
            POLICIES,
            "--year",
            "2026",
            "--severity-map",
            SCENARIO + "severity-map.yaml",
            "--scenario",
            scenario
        };
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "md", "json"})
    void everyTextFormatWithTheCostMatchesItsGoldenFile(String format) {
        Cli.Result r = Cli.run(with(MONTH, "--format", format));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        String name = format.equals("text") ? "txt" : format;
        Goldens.assertMatches("io/slaudit/compare/golden/compare-cost." + name, filter(r.out()));
    }

    @Test
    void theGermanMarkdownStatesTheCostInGerman() {
        Cli.Result r = Cli.run(with(MONTH, "--format", "md", "--lang", "de"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Goldens.assertMatches("io/slaudit/compare/golden/compare-cost-de.md", filter(r.out()));
        assertThat(r.out())
                .contains(
                        "Kosten eines Support-Monats",
                        "Samstag 23:00, 12 min (2-mal)",
                        "488,00 USD",
                        "erfüllt sie: 8 Arbeitsstunden liegt innerhalb von 8 Arbeitsstunden");
    }

    @Test
    void theHtmlPagesShowTheCostAndMatchTheirGoldenFiles() throws IOException {
        for (String lang : List.of("en", "de")) {
            Path out = dir.resolve("compare-" + lang + ".html");
            Cli.Result r = Cli.run(with(MONTH, "--format", "html", "--lang", lang, "--out", out.toString()));
            assertThat(r.exitCode()).as(r.toString()).isZero();
            String html = filter(Files.readString(out, StandardCharsets.UTF_8));
            Goldens.assertMatches(
                    "io/slaudit/compare/golden/compare-cost" + (lang.equals("en") ? "" : "-de") + ".html", html);
            assertThat(html).contains("id=\"cost\"");
        }
    }

    @Test
    void thePdfShowsTheCost() throws IOException {
        Cli.Result r = Cli.run(with(MONTH, "--format", "pdf", "--out", dir + "/"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("compare.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "Cost of a month of support",
                            "Cheapest tier that meets the requirement",
                            "Every tier's month",
                            "488.00 USD",
                            "630.00 USD",
                            "Cheapest qualifying month");
        }
    }

    @Test
    void theJsonPricesEachTierWithTheHandCheckedTotals() throws IOException {
        Path out = dir.resolve("compare.json");
        Cli.Result r = Cli.run(with(MONTH, "--format", "json", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        // the fixed keys stay as they are
        assertThat(doc.get("year").asInt()).isEqualTo(2026);
        JsonNode beta = policy(doc, "beta-care");
        assertThat(beta.get("open_seconds_per_year").isNumber()).isTrue();
        assertThat(beta.get("severities")).isNotEmpty();

        JsonNode scenario = doc.get("scenario");
        assertThat(scenario.get("phone_minutes_per_month").asInt()).isEqualTo(120);
        assertThat(scenario.get("hotline_calls").get(0).get("times").asInt()).isEqualTo(2);
        assertThat(scenario.get("required").get("severity").asText()).isEqualTo("high");

        JsonNode cost = beta.get("cost");
        assertThat(cost.get("priced").asBoolean()).isTrue();
        assertThat(cost.get("currency").asText()).isEqualTo("USD");
        assertThat(cost.get("required_class").asText()).isEqualTo("sev2");
        // Beta's hotline, always open, priced per band:
        //   Saturday 23:00, 12 min, Weekend: 120.00 for the first 10 min, then 2 min billed as one
        //   started 5-minute block: 5 x 5.00 = 25.00; 145.00 a call, two calls 290.00
        //   Monday 18:30, 7 min, Weekday edges (17:00-24:00): within the first 10 min, 90.00
        //   hotline 290.00 + 90.00 = 380.00; no call falls in the phone line's hours (Mon-Fri 09-17)
        // Standard: no fee, (120 - 30) x 1.20 = 108.00, + 380.00 = 488.00
        // Premium: 250.00, 120 of 300 included, + 380.00 = 630.00
        // Severity 2 (high) has 8 business hours for every tier: both meet it
        JsonNode standard = cost.get("tiers").get(0);
        assertThat(standard.get("tier").asText()).isEqualTo("standard");
        assertThat(standard.get("paid_minutes").asInt()).isEqualTo(90);
        assertThat(standard.get("phone_charge").asText()).isEqualTo("108.00");
        assertThat(standard.get("hotline_charges"))
                .extracting(JsonNode::asText)
                .containsExactly("145.00", "145.00", "90.00");
        assertThat(standard.get("total").asText()).isEqualTo("488.00");
        assertThat(standard.get("meets").asText()).isEqualTo("yes");
        assertThat(standard.get("best_value").asBoolean()).isTrue();
        JsonNode premium = cost.get("tiers").get(1);
        assertThat(premium.get("total").asText()).isEqualTo("630.00");
        assertThat(premium.get("best_value").asBoolean()).isFalse();
        assertThat(cost.get("cheapest_meeting").get("tier").asText()).isEqualTo("standard");
        assertThat(cost.get("cheapest_meeting").get("total").asText()).isEqualTo("488.00");

        // the others state no prices and are judged on their targets alone
        JsonNode alpha = policy(doc, "alpha-support").get("cost");
        assertThat(alpha.get("priced").asBoolean()).isFalse();
        assertThat(alpha.get("tiers")).isEmpty();
        assertThat(alpha.get("cheapest_meeting").isNull()).isTrue();
        // Alpha's high class promises 1 business day: not the same kind of time as 8 business hours
        assertThat(alpha.get("meets").asText()).isEqualTo("not-comparable");
        assertThat(policy(doc, "gamma-desk").get("cost").get("meets").asText()).isEqualTo("not-comparable");
    }

    @Test
    void theReadmesMonthOnTheSupportLevelsCostsWhatTheDocsSay() throws IOException {
        Path out = dir.resolve("levels.json");
        Cli.Result r = Cli.run(
                "compare",
                "contracts/saas-support-levels.yaml",
                "--year",
                "2026",
                "--scenario",
                SAMPLE,
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode cost = policy(new ObjectMapper().readTree(out.toFile()), "saas-support-levels")
                .get("cost");
        // each Saturday-night call is 'Wochenende': 36.00 for the first 5 min, the other 7 min are two
        // started 5-minute blocks, 2 x 5 x 6.00 = 60.00: 96.00 a call, 192.00 for both
        // level 1: no fee, (120 - 15) x 0.50 = 52.50, + 192.00 = 244.50; best effort only
        // level 2: 39.00 + (120 - 30) x 0.50 = 45.00, + 192.00 = 276.00; 24 business hours > 8
        // level 3: 89.00 + (120 - 90) x 0.50 = 15.00, + 192.00 = 296.00; 4 business hours <= 8
        assertThat(cost.get("tiers"))
                .extracting(t -> t.get("total").asText())
                .containsExactly("244.50", "276.00", "296.00");
        assertThat(cost.get("tiers")).extracting(t -> t.get("meets").asText()).containsExactly("no", "no", "yes");
        assertThat(cost.get("cheapest").get("tier").asText()).isEqualTo("level-1");
        assertThat(cost.get("cheapest_meeting").get("tier").asText()).isEqualTo("level-3");
        assertThat(cost.get("cheapest_meeting").get("total").asText()).isEqualTo("296.00");
        // level 3 with level 2's fee on top, the price list's open question: 296.00 + 39.00 = 335.00
        JsonNode fee = question(cost, "level-3-fee").get("other_readings").get(0);
        assertThat(fee.get("reading").asText()).isEqualTo("level-3-fee=charged");
        assertThat(fee.get("cheapest_meeting").get("total").asText()).isEqualTo("335.00");
        assertThat(fee.get("tiers").get(2).get("difference").asText()).isEqualTo("39.00");
        // the guarantee read as clock hours for requests raised in hours: no tier meets business hours
        JsonNode clock =
                question(cost, "guarantee-window").get("other_readings").get(0);
        assertThat(clock.get("cheapest_meeting").isNull()).isTrue();
    }

    @Test
    void theSampleScenarioRunsInEveryFormatOnEveryContract() {
        Path out = dir.resolve("all");
        Cli.Result r = Cli.run(
                "compare",
                "contracts/",
                "--year",
                "2026",
                "--scenario",
                SAMPLE,
                "--format",
                "text,md,json,html,pdf",
                "--out",
                out + "/");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        for (String f : List.of("compare.txt", "compare.md", "compare.json", "compare.html", "compare.pdf")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void aContractWithoutAClassOfTheSeverityAskedForHasNoTierThatMeetsIt() throws IOException {
        Path map = dir.resolve("map.yaml");
        Files.writeString(map, "policies:\n  beta-care:\n    sev1: critical\n    sev2: []\n    sev3: normal\n");
        Path out = dir.resolve("compare.json");
        Cli.Result r = Cli.run(
                "compare",
                POLICIES + "beta.yaml",
                "--year",
                "2026",
                "--severity-map",
                map.toString(),
                "--scenario",
                MONTH,
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode cost =
                policy(new ObjectMapper().readTree(out.toFile()), "beta-care").get("cost");
        assertThat(cost.get("required_class").isNull()).isTrue();
        assertThat(cost.get("tiers")).allSatisfy(t -> {
            assertThat(t.get("meets").asText()).isEqualTo("no");
            assertThat(t.get("because").asText()).isEqualTo("the contract has no class for severity high");
        });
        // still priced: the cheapest tier is there, the cheapest that meets it is not
        assertThat(cost.get("cheapest").get("total").asText()).isEqualTo("488.00");
        assertThat(cost.get("cheapest_meeting").isNull()).isTrue();
        Cli.Result text = Cli.run(
                "compare",
                POLICIES + "beta.yaml",
                "--year",
                "2026",
                "--severity-map",
                map.toString(),
                "--scenario",
                MONTH);
        // the text wraps its cells: the verdict is split over two lines
        assertThat(text.out()).contains("no tier meets it", "does not meet it: no class for");
    }

    @Test
    void withoutARequirementEveryTierQualifiesAndTheCheapestIsTheAnswer() throws IOException {
        Path month = dir.resolve("month.yaml");
        Files.writeString(month, "phone-minutes-per-month: 400\n");
        Path out = dir.resolve("compare.json");
        Cli.Result r = Cli.run(
                "compare",
                POLICIES + "beta.yaml",
                "--year",
                "2026",
                "--scenario",
                month.toString(),
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode cost =
                policy(new ObjectMapper().readTree(out.toFile()), "beta-care").get("cost");
        // Standard: (400 - 30) x 1.20 = 444.00; Premium: 250.00 + (400 - 300) x 0.90 = 340.00
        assertThat(cost.get("tiers")).extracting(t -> t.get("total").asText()).containsExactly("444.00", "340.00");
        assertThat(cost.get("tiers")).extracting(t -> t.get("meets").asText()).containsOnly("not-asked");
        assertThat(cost.get("cheapest_meeting").get("tier").asText()).isEqualTo("premium");
        assertThat(doc(out).get("scenario").get("required").isNull()).isTrue();
    }

    // ------------------------------------------------------------------ bad scenario files

    @Test
    void everyProblemOfAScenarioIsReportedAtItsLineAndColumnAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                phone-minutes-per-month: -3
                hotline-calls:
                  - { day: satruday, at: "25:00", minutes: 0 }
                  - { day: sun, at: "23:00" }
                required:
                  first-response: 8 buisness hours
                  severity: urgent
                budget: 100
                """);
        Path out = dir.resolve("out.json");
        Cli.Result r = Cli.run(with(bad.toString(), "--format", "json", "--out", out.toString()));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(r.err())
                .contains(
                        "error: " + bad + ":1:26: 'phone-minutes-per-month' cannot be negative, not -3",
                        bad + ":3:12: 'day' is a weekday (monday to sunday, or mon to sun), not 'satruday'; did you"
                                + " mean 'saturday'?",
                        bad + ":3:26: 'at' is a local time of day, 00:00 to 23:59",
                        bad + ":3:44: 'minutes' must be more than 0, not 0",
                        bad + ":4:7: a hotline call lacks the required key 'minutes'",
                        bad + ":6:19: '8 buisness hours' is not a target time",
                        bad + ":7:13: unknown severity 'urgent'",
                        bad + ":8:1: unknown key 'budget' in the scenario")
                .doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "|the file is empty",
                "phone-minutes-per-month: [1\n|:2:1: not valid YAML",
                "- 120\n|:1:1: the scenario must be a mapping of keys to values, not a list",
                "description: nothing\n|:1:1: the scenario describes nothing to price",
                "phone-minutes-per-month: 12.5\n|:1:26: 'phone-minutes-per-month' is a whole number, not '12.5'",
                "phone-minutes-per-month: 99999999999999999999\n|:1:26: 'phone-minutes-per-month' is at most 44640, not 9999",
                "phone-minutes-per-month: 50000\n|:1:26: 'phone-minutes-per-month' is at most 44640, not 50000",
                "hotline-calls: 3\n|:1:16: 'hotline-calls' must be a list",
                "hotline-calls:\n  - { day: mon, at: \"10:00\", minutes: 1441 }\n|:2:39: 'minutes' is at most 1440",
                "hotline-calls:\n  - { day: mon, at: \"10:00\", minutes: 0.01 }\n|is not a whole number of seconds",
                "hotline-calls:\n  - { day: mon, at: \"10:00\", minutes: 5, times: 20000 }\n|'times' is at most 10000",
                "hotline-calls:\n  - { day: mon, at: \"10:00\", minutes: 5, times: 0 }\n|'times' must be at least 1",
                "hotline-calls:\n  - { day: mon, at: , minutes: 5 }\n|'at' must not be empty",
                "required: { severity: high }\n|:1:13: 'required' lacks the required key 'first-response'",
            })
    void aBadScenarioFileIsRefusedWithItsPosition(String caseText) throws IOException {
        String[] parts = caseText.split("\\|", 2);
        Path bad = dir.resolve("scenario.yaml");
        Files.writeString(bad, parts[0]);
        Cli.Result r = Cli.run(with(bad.toString()));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: " + bad).contains(parts[1]).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingScenarioFileOrAFolderIsRefused() {
        assertThat(Cli.run(with(dir.resolve("nope.yaml").toString())).err())
                .isEqualTo("error: " + dir.resolve("nope.yaml") + ": no such file\n");
        Cli.Result folder = Cli.run(with(dir.toString()));
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).startsWith("error: " + dir + ": cannot read the file");
    }

    @Test
    void theScenarioIsAnInputNoOutputMayOverwrite() throws IOException {
        Path month = dir.resolve("month.yaml");
        Files.copy(Path.of(MONTH), month);
        Cli.Result r = Cli.run(with(month.toString(), "--format", "json", "--out", month.toString()));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is an input of this command");
        assertThat(month).hasSameTextualContentAs(Path.of(MONTH));
    }

    @Test
    void theHelpListsTheScenarioOption() {
        List<String> lines =
                new ArrayList<>(Cli.run("compare", "--help").out().lines().toList());
        assertThat(lines).anyMatch(l -> l.contains("--scenario=FILE"));
    }

    private static JsonNode question(JsonNode cost, String ambiguity) {
        for (JsonNode q : cost.get("open_questions")) {
            if (q.get("ambiguity").asText().equals(ambiguity)) {
                return q;
            }
        }
        throw new AssertionError("no open question " + ambiguity);
    }

    private static JsonNode doc(Path json) throws IOException {
        return new ObjectMapper().readTree(json.toFile());
    }
}
