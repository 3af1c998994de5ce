package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage to real inputs (bytes changed, inserted, deleted, lines doubled or
 * dropped): whatever a damaged export or contract holds, slaudit answers with exit 0, 1 or 2, never
 * an internal error, and an audit it completes still reconciles.
 */
class DamagedInputTest {

    static final Path EXPORT = Path.of("samples/tickets/smashdocs-support/2025-Q1.csv");
    /** Zendesk gives first replies as minutes after creation: numbers, not timestamps. */
    static final Path ZENDESK = Path.of("samples/profiles/zendesk.csv");

    static final Path EVENTS = Path.of("samples/tickets/smashdocs-support/2025-Q1-events.csv");
    static final Path POLICY = Path.of("contracts/smashdocs-support.yaml");
    static final List<Path> CONTRACTS = List.of(
            POLICY,
            Path.of("contracts/saas-support-levels.yaml"),
            Path.of("contracts/item-support-policy.yaml"),
            Path.of("contracts/legalinnovate-dpms-contact.yaml"));

    /** Values that have broken parsers elsewhere: absurd numbers, impossible dates, stray quotes. */
    static final byte[][] NASTY = {
        "1e30".getBytes(),
        "-5".getBytes(),
        "99999999999999999999".getBytes(),
        "2025-02-30 10:00".getBytes(),
        "+999999999-12-31T23:59:59Z".getBytes(),
        "\"".getBytes(),
        "\"\"".getBytes(),
        "\uFEFF".getBytes(),
        "0.0000001".getBytes(),
        ": x".getBytes(),
        "25:00".getBytes(),
        "\t".getBytes(),
        new byte[] {(byte) 0xff}
    };

    @TempDir
    Path dir;

    static Stream<Integer> seeds() {
        return Stream.iterate(1, s -> s + 1).limit(40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDamagedExportIsAuditedOrRefusedNeverACrash(int seed) throws IOException {
        Path tickets = damaged(seed % 2 == 0 ? EXPORT : ZENDESK, seed);
        Path events = damaged(EVENTS, seed + 1000);
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                POLICY.toString(),
                "--tickets",
                tickets.toString(),
                "--events",
                events.toString(),
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json,csv,html",
                "--out",
                out.toString());

        assertThat(r.exitCode()).as(r.toString()).isIn(0, 1, 2);
        if (r.exitCode() == 2) {
            assertThat(r.err()).as(r.toString()).startsWith("error: ").doesNotContain("Exception");
            return;
        }
        JsonNode s =
                new ObjectMapper().readTree(out.resolve("audit.json").toFile()).get("summary");
        assertThat(s.get("rows_read").asLong())
                .isEqualTo(s.get("audited").asLong()
                        + s.get("excluded").asLong()
                        + s.get("out_of_period").asLong()
                        + s.get("rejected_rows").asLong());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDamagedCallsFileOrInvoiceIsBilledOrRefusedNeverACrash(int seed) throws IOException {
        Path calls = damaged(Path.of("samples/billing/2026-Q4-calls.csv"), seed);
        Path invoice = damaged(Path.of("samples/billing/2026-10-invoice.csv"), seed + 2000);
        Path out = dir.resolve("bill");

        Cli.Result r = Cli.run(
                "bill",
                "--policy",
                "contracts/saas-support-levels.yaml",
                "--calls",
                calls.toString(),
                "--invoice",
                invoice.toString(),
                "--activated",
                "2026-10-01",
                "--vat",
                "19",
                "--format",
                "json,csv,html",
                "--out",
                out.toString());

        assertThat(r.exitCode()).as(r.toString()).isIn(0, 1, 2);
        if (r.exitCode() == 2) {
            assertThat(r.err()).as(r.toString()).startsWith("error: ").doesNotContain("Exception");
            return;
        }
        JsonNode bill = new ObjectMapper().readTree(out.resolve("bill.json").toFile());
        JsonNode s = bill.get("summary");
        assertThat(s.get("rows_read").asLong())
                .isEqualTo(s.get("billed").asLong()
                        + s.get("outside_period").asLong()
                        + s.get("rejected").asLong());
        assertThat(bill.get("invoice").get("reconciles").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDamagedContractIsValidatedOrRefusedNeverACrash(int seed) throws IOException {
        Path contract = damagedLines(CONTRACTS.get(seed % CONTRACTS.size()), seed);

        Cli.Result validate = Cli.run("validate", contract.toString());
        Cli.Result audit = Cli.run(
                "audit",
                "--policy",
                contract.toString(),
                "--tickets",
                EXPORT.toString(),
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json");

        assertThat(validate.exitCode()).as(validate.toString()).isIn(0, 1, 2);
        assertThat(audit.exitCode()).as(audit.toString()).isIn(0, 1, 2);
        assertThat(validate.err() + audit.err()).doesNotContain("internal error");
    }

    /**
     * A copy of a contract with 1 to 6 edits by line: a line dropped, doubled or moved, or a value
     * replaced by a nasty one, so that most copies stay YAML and reach the meaning checks.
     */
    private Path damagedLines(Path file, int seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(4)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
                default -> {
                    // a value: the first line from here on that has one
                    for (int i = 0; i < lines.size(); i++) {
                        int l = (at + i) % lines.size();
                        int colon = lines.get(l).indexOf(": ");
                        if (colon >= 0) {
                            String nasty = new String(NASTY[random.nextInt(NASTY.length)], StandardCharsets.UTF_8);
                            lines.set(l, lines.get(l).substring(0, colon + 2) + nasty);
                            break;
                        }
                    }
                }
            }
        }
        Path copy = dir.resolve(seed + "-" + file.getFileName());
        Files.write(copy, lines);
        return copy;
    }

    /**
     * A copy of an export with 1 to 20 edits: a byte changed, bytes dropped or repeated, a nasty
     * value put in, or a field of a row replaced by one. The file is handled as ISO-8859-1 text,
     * which maps each byte to one character and back, so encoding damage survives.
     */
    private Path damaged(Path file, int seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder(Files.readString(file, StandardCharsets.ISO_8859_1));
        int edits = 1 + random.nextInt(20);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length());
            String nasty = new String(NASTY[random.nextInt(NASTY.length)], StandardCharsets.ISO_8859_1);
            switch (random.nextInt(5)) {
                case 0 -> b.setCharAt(at, (char) random.nextInt(256));
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(30)));
                case 2 -> {
                    int from = random.nextInt(b.length());
                    b.insert(at, b.substring(from, Math.min(b.length(), from + 1 + random.nextInt(80))));
                }
                case 3 -> b.insert(at, nasty);
                default -> {
                    // the field of a row that 'at' falls in, whole
                    int start = Math.max(b.lastIndexOf(",", at), b.lastIndexOf("\n", at)) + 1;
                    int comma = b.indexOf(",", at);
                    int newline = b.indexOf("\n", at);
                    int end = comma < 0
                            ? (newline < 0 ? b.length() : newline)
                            : newline < 0 ? comma : Math.min(comma, newline);
                    b.replace(start, Math.max(start, end), nasty);
                }
            }
            if (b.length() == 0) {
                b.append('x');
            }
        }
        Path copy = dir.resolve(seed + "-" + file.getFileName());
        Files.writeString(copy, b, StandardCharsets.ISO_8859_1);
        return copy;
    }
}
