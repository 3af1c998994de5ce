package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.input.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samples in {@code samples/} are what a new user runs first: each must be what
 * {@code samples/regenerate.sh} makes from the current contracts and generator, and each must
 * audit cleanly with rows that reconcile.
 */
class ShippedSamplesTest {

    private static final Pattern ROWS = Pattern.compile(
            "Rows +(\\d+) read = (\\d+) audited \\+ (\\d+) excluded \\+ (\\d+) out of period \\+ (\\d+) rejected");

    @TempDir
    Path dir;

    static Stream<Path> contracts() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("contracts"))) {
            List<Path> all =
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void eachContractsQuarterIsReproducibleAndAuditsWithRowsThatReconcile(Path contract) throws IOException {
        String id = contract.getFileName().toString().replace(".yaml", "");
        Path tickets = Path.of("samples/tickets", id, "2025-Q1.csv");
        Path events = Path.of("samples/tickets", id, "2025-Q1-events.csv");
        Path fresh = dir.resolve("fresh.csv");
        Path freshEvents = dir.resolve("fresh-events.csv");
        Cli.Result generated = Cli.run(
                "samples",
                "generate",
                "--policy",
                contract.toString(),
                "--tickets",
                "500",
                "--seed",
                "1",
                "--period",
                "2025-Q1",
                "--out",
                fresh.toString(),
                "--events",
                freshEvents.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(Files.mismatch(tickets, fresh))
                .as("%s is stale: run samples/regenerate.sh", tickets)
                .isEqualTo(-1);
        assertThat(Files.mismatch(events, freshEvents))
                .as("%s is stale", events)
                .isEqualTo(-1);

        // a contract that leaves values open ships the sample values its quarter is audited with
        Path assume = Path.of("samples/tickets", id, "assume.yaml");
        List<String> args = new ArrayList<>(List.of(
                "audit",
                "--policy",
                contract.toString(),
                "--tickets",
                tickets.toString(),
                "--events",
                events.toString(),
                "--period",
                "2025-Q1",
                "--as-of",
                "2025-04-01T00:00"));
        if (Files.exists(assume)) {
            args.addAll(List.of("--assume", assume.toString()));
        }
        Cli.Result audit = Cli.run(args.toArray(String[]::new));
        assertThat(audit.exitCode()).as(audit.toString()).isZero();
        Matcher m = ROWS.matcher(audit.out());
        assertThat(m.find()).as(audit.out()).isTrue();
        long read = Long.parseLong(m.group(1));
        long sum = 0;
        for (int g = 2; g <= 5; g++) {
            sum += Long.parseLong(m.group(g));
        }
        assertThat(read).isEqualTo(500).isEqualTo(sum);
    }

    @Test
    void zammadsWorkbookSampleIsReproducibleCellForCellAndReadsAsItsCsv() throws IOException {
        Path fresh = dir.resolve("zammad.xlsx");
        Cli.Result generated = Cli.run(
                "samples",
                "generate",
                "--policy",
                "contracts/smashdocs-support.yaml",
                "--tickets",
                "200",
                "--seed",
                "2",
                "--period",
                "2025-Q1",
                "--profile",
                "zammad",
                "--xlsx",
                "--out",
                fresh.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(cells(fresh))
                .as("samples/profiles/zammad.xlsx is stale: run samples/regenerate.sh")
                .isEqualTo(cells(Path.of("samples/profiles/zammad.xlsx")));
        Cli.Result sheet = Cli.run(
                "audit",
                "--policy",
                "contracts/smashdocs-support.yaml",
                "--tickets",
                "samples/profiles/zammad.xlsx",
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "csv");
        Cli.Result csv = Cli.run(
                "audit",
                "--policy",
                "contracts/smashdocs-support.yaml",
                "--tickets",
                "samples/profiles/zammad.csv",
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "csv");
        assertThat(sheet.exitCode()).as(sheet.toString()).isZero();
        // the verdicts agree row for row; the comments name the files and their layout, and the
        // positions differ where a subject holds a newline (a line of the CSV, not a sheet row)
        assertThat(verdicts(sheet.out())).isEqualTo(verdicts(csv.out()));
        assertThat(sheet.out()).contains("# tickets read as xlsx workbook, sheet 'Sheet1'; header on sheet row 3");
    }

    private static List<List<String>> cells(Path workbook) {
        List<List<String>> rows = new ArrayList<>();
        try (Table t = Table.open(workbook, Optional.empty(), h -> h.contains("#"))) {
            rows.add(t.header());
            t.forEach(r -> rows.add(r.cells()));
            t.layout().footer().forEach(r -> rows.add(r.cells()));
        }
        return rows;
    }

    /** The rows of a CSV report without its comments and its position column. */
    private static List<List<String>> verdicts(String report) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .get()
                .parse(new java.io.StringReader(report))) {
            for (org.apache.commons.csv.CSVRecord r : p) {
                List<String> cells = new ArrayList<>(r.toList());
                cells.remove(1);
                out.add(cells);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"canonical", "excel-de", "zendesk", "jira", "freshdesk", "otrs", "zammad", "servicenow"})
    void eachProfilesSampleIsReproducibleAndRecognisedFromItsHeader(String profile) throws IOException {
        Path fresh = dir.resolve(profile + ".csv");
        Cli.Result generated = Cli.run(
                "samples",
                "generate",
                "--policy",
                "contracts/smashdocs-support.yaml",
                "--tickets",
                "200",
                "--seed",
                "2",
                "--period",
                "2025-Q1",
                "--profile",
                profile,
                "--out",
                fresh.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(Files.mismatch(Path.of("samples/profiles", profile + ".csv"), fresh))
                .as("samples/profiles/%s.csv is stale: run samples/regenerate.sh", profile)
                .isEqualTo(-1);
        Cli.Result audit = Cli.run(
                "audit",
                "--policy",
                "contracts/smashdocs-support.yaml",
                "--tickets",
                "samples/profiles/" + profile + ".csv",
                "--period",
                "2025-Q1",
                "--as-of",
                "2025-04-01T00:00");
        assertThat(audit.exitCode()).as(audit.toString()).isZero();
        String expected = profile.equals("excel-de") ? "canonical" : profile;
        assertThat(audit.out()).contains("(" + expected + " profile, recognised)");
        Matcher m = ROWS.matcher(audit.out());
        assertThat(m.find()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(200);
    }
}
