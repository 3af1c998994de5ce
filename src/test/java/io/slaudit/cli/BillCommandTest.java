package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slaudit bill} through {@link Main#run}: the README's sample, the fixed JSON keys, outputs, bad input. */
class BillCommandTest {

    static final String POLICY = "contracts/saas-support-levels.yaml";
    static final String CALLS = "samples/billing/2026-Q4-calls.csv";
    static final String INVOICE = "samples/billing/2026-10-invoice.csv";
    static final String[] BASE = {
        "bill", "--policy", POLICY, "--calls", CALLS, "--tier", "level-2", "--activated", "2026-10-01"
    };

    @TempDir
    Path dir;

    static String[] args(String... more) {
        return Stream.concat(Stream.of(BASE), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void theSampleInvoicesTwoErrorsAndExitsOne() {
        Cli.Result r = Cli.run(args("--month", "2026-10", "--invoice", INVOICE));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out())
                .contains("Rows      70 read = 24 billed + 42 outside the months + 4 rejected")
                .contains("6 matched, 2 overcharged")
                // 225 minutes billed; the activation credit (60) and the free minutes (30) leave 165 = 82.50
                .contains("overcharged: line 3 2026-10-31 Telefonsupport Oktober 2026: 225 Minuten à 0,50 €,"
                        + " invoiced 112.50, due 82.50: +30.00")
                // Thursday 18:15 is Randzeiten (30 + 2 x 25 = 80), not the night rate (36 + 2 x 30 = 96)
                .contains("overcharged: line 5 2026-10-08 24h-Notfall-Hotline, 08.10.2026 18:15, 15 Min.,"
                        + " invoiced 96.00, due 80.00: +16.00")
                .contains("Overcharged by 46.00 in all (tolerance 0.01).");
        assertThat(r.err()).isEqualTo("slaudit: the invoice overcharges by 46.00 EUR (tolerance 0.01)\n");
    }

    @Test
    void withoutAnInvoiceTheBillExitsZero() {
        Cli.Result r = Cli.run(args("--period", "2026-Q4"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Rows      70 read = 66 billed + 0 outside the months + 4 rejected")
                .contains("Calls to look at (1)")
                .contains("Under hotline-holidays=weekday:");
    }

    @Test
    void theJsonDocumentHasTheFixedKeys() throws IOException {
        Path out = dir.resolve("bill.json");
        Cli.Result r = Cli.run(args("--month", "2026-10", "--format", "json", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEqualTo("slaudit: wrote " + out + "\n");
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("total").isTextual()).isTrue();
        assertThat(doc.get("total").asText()).isEqualTo("700.50");
        JsonNode first = doc.get("calls").get(0);
        assertThat(first.get("start").asText()).isEqualTo("2026-10-05T10:10:00+02:00");
        assertThat(first.get("line").asText()).isEqualTo("support");
        assertThat(first.get("minutes").asInt()).isEqualTo(10);
        assertThat(first.get("charge").isTextual()).isTrue();
        assertThat(first.get("rule").asText()).isEqualTo("regular-phone");
        JsonNode dst = doc.get("calls").get(18);
        // 02:40 CEST to 02:10 CET: 30 real minutes on a Sunday, 36 + 5 x 30 = 186.00
        assertThat(dst.get("start").asText()).isEqualTo("2026-10-25T02:40:00+02:00");
        assertThat(dst.get("minutes").asInt()).isEqualTo(30);
        assertThat(dst.get("charge").asText()).isEqualTo("186.00");
        assertThat(dst.get("band").asText()).isEqualTo("Wochenende");
        assertThat(doc.get("months").get(0).get("total").asText()).isEqualTo("700.50");
        assertThat(doc.get("tiers").findValuesAsText("total")).contains("669.00", "700.50", "720.50");
        assertThat(doc.get("open_questions").findValuesAsText("ambiguity"))
                .containsExactly(
                        "unused-minutes", "activation-credit", "level-3-fee", "band-crossing", "hotline-holidays");
        assertThat(doc.get("summary").get("reconciles").asBoolean()).isTrue();
    }

    @Test
    void htmlPdfCsvAndJsonGoIntoADirectory() {
        Path out = dir.resolve("bill");
        Cli.Result r = Cli.run(args(
                "--month",
                "2026-10",
                "--invoice",
                INVOICE,
                "--format",
                "html,pdf,csv,json",
                "--lang",
                "de",
                "--out",
                out + "/"));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(out.resolve("bill.html")).exists();
        assertThat(out.resolve("bill.pdf")).exists();
        assertThat(out.resolve("bill.csv")).exists();
        assertThat(out.resolve("bill.json")).exists();
    }

    @Test
    void anOutputThatIsAnInputIsRefused() throws IOException {
        Path calls = dir.resolve("calls.csv");
        Files.copy(Path.of(CALLS), calls);
        byte[] before = Files.readAllBytes(calls);
        Cli.Result r = Cli.run(
                "bill", "--policy", POLICY, "--calls", calls.toString(), "--format", "csv", "--out", calls.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is an input of this command");
        assertThat(Files.readAllBytes(calls)).isEqualTo(before);
    }

    @Test
    void badOptionsAndInputsAreNamedWithExitTwo() throws IOException {
        Path noColumns = dir.resolve("calls.csv");
        Files.writeString(noColumns, "from,to\n2026-10-01 10:00,2026-10-01 10:05\n", StandardCharsets.UTF_8);
        String[][] cases = {
            {"--tier", "gold"},
            {"--month", "2026-13"},
            {"--period", "2026-10-05..2026-10-31"},
            {"--activated", "yesterday"},
            {"--tolerance", "a cent"},
            {"--vat", "-19"},
            {"--reading", "band-crossing=split"},
            {"--package", "platinum"},
            {"--calls-zone", "Mars/Olympus"},
            {"--format", "pdf"},
        };
        String[] expected = {
            "error: --tier: the contract has no tier or package 'gold'; tiers: level-1, level-2, level-3; packages: enterprise",
            "error: --month: '2026-13' is not a month; write 2026-10",
            "error: --period: a bill is of whole months; 2026-10-05..2026-10-31 is not",
            "error: --activated: 'yesterday' is not a date; write 2026-10-01",
            "error: --tolerance: 'a cent' is not a number (write 0.01, with a point)",
            "error: --vat cannot be negative",
            "error: --reading: ambiguity 'band-crossing' has no reading 'split'; its readings: start-band, per-block",
            "error: --package: the contract has no package 'platinum'; packages: enterprise",
            "error: --calls-zone: unknown time zone 'Mars/Olympus'",
            "error: --format pdf needs --out FILE",
        };
        for (int i = 0; i < cases.length; i++) {
            Cli.Result r =
                    Cli.run(Stream.concat(Stream.of("bill", "--policy", POLICY, "--calls", CALLS), Stream.of(cases[i]))
                            .toArray(String[]::new));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", cases[i])).startsWith(expected[i]);
            assertThat(r.out()).isEmpty();
        }
        Cli.Result r = Cli.run("bill", "--policy", POLICY, "--calls", noColumns.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("error: " + noColumns + ":1: the calls file needs the columns start, end, line (optional:"
                        + " caller, ticket); it lacks start, end, line; its header: from, to\n");
        r = Cli.run("bill", "--policy", "contracts/smashdocs-support.yaml", "--calls", CALLS);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("the contract states no prices");
        r = Cli.run(
                "bill",
                "--policy",
                POLICY,
                "--calls",
                dir.resolve("missing.csv").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("missing.csv: no such file");
    }

    @Test
    void aDamagedInvoiceIsReportedByLineAndTheRestIsChecked() throws IOException {
        Path invoice = dir.resolve("invoice.csv");
        Files.writeString(
                invoice,
                "date,description,amount\n2026-10-31,Supportlevel 2,39.00\nsoon,Telefon,1.00\n2026-10-31,Telefon,1.234\n",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run(args("--month", "2026-10", "--invoice", invoice.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("rejected: line 3: date: 'soon' is not a date")
                .contains("rejected: line 4: amount: '1.234' reads as 1234.00 or as 1.234")
                .contains("not-invoiced: no line, invoiced -, due 82.50");
    }
}
