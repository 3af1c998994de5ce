package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports as users hand them to the audit: from stdin, from a pipe, as a workbook. */
class TicketInputCommandTest {

    static final String EXPORTS = "src/test/resources/io/slaudit/tickets/exports/";
    static final String TWINS = "src/test/resources/io/slaudit/tickets/twins/";

    @TempDir
    Path dir;

    private static String[] audit(String tickets, String... more) {
        String[] base = {"audit", "--policy", TWINS + "policy.yaml", "--tickets", tickets, "--as-of", "2025-04-01T00:00"
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void anExportOnStdinIsAuditedAndHashed() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(EXPORTS, "otrs.csv"));
        InputStream before = System.in;
        Cli.Result r;
        try {
            System.setIn(new ByteArrayInputStream(bytes));
            r = Cli.run(audit("-", "--format", "json"));
        } finally {
            System.setIn(before);
        }
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("summary").get("tickets").asInt()).isEqualTo(2);
        JsonNode tickets = doc.get("evidence").get("inputs").get(1);
        assertThat(tickets.get("path").asText()).isEqualTo("-");
        assertThat(tickets.get("sha256").asText())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(tickets.get("bytes").asLong()).isEqualTo(bytes.length);
    }

    @Test
    void aPipeWhoseFooterNamesAnotherZoneThanTheOneItWasReadInIsRefused() throws Exception {
        // a pipe cannot be looked at from its end: the footer's zone arrives after the rows were read
        Path fifo = dir.resolve("report.csv");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        byte[] bytes = Files.readString(Path.of(EXPORTS, "zammad.csv"))
                .replace("Timezone: Europe/Berlin", "Timezone: America/New_York")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path out = dir.resolve("audit.json");
        Cli.Result r = Cli.run(audit(fifo.toString(), "--format", "json", "--out", out.toString()));
        writer.get(10, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err())
                .contains(fifo + ":7: the footer says the export's times are in America/New_York"
                        + " ('Timezone: America/New_York'), but they were read in Europe/Berlin")
                .contains("give --tickets-zone America/New_York");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileWhoseFooterNamesAZoneIsReadInItFromTheStart() throws IOException {
        Path file = dir.resolve("report.csv");
        Files.writeString(
                file,
                Files.readString(Path.of(EXPORTS, "zammad.csv"))
                        .replace("Timezone: Europe/Berlin", "Timezone: America/New_York"));
        Cli.Result r = Cli.run(audit(file.toString(), "--format", "json"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode export = doc.get("evidence").get("export");
        assertThat(export.get("zone").asText()).isEqualTo("America/New_York");
        assertThat(export.get("zone_source").asText()).isEqualTo("footer");
        assertThat(export.get("header_row").asInt()).isEqualTo(3);
        assertThat(export.get("footer").get(0).get("row").asInt()).isEqualTo(7);
        // 16:20 in New York is 21:20 in Berlin: after hours, so the first response is due later
        assertThat(doc.get("tickets").get(0).get("created").asText()).isEqualTo("2025-03-07T22:20:00+01:00");
    }

    @Test
    void aReportSheetSaysHowItWasReadAndANamedSheetMustExist() throws IOException {
        Path sheet = io.slaudit.audit.ExportTwinsTestAccess.zammadSheet(dir.resolve("tickets.xlsx"));
        Cli.Result r = Cli.run(audit(sheet.toString(), "--profile", "zammad"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("read as xlsx workbook, sheet 'Sheet1'; header on sheet row 3; 2 blank rows skipped;"
                        + " footer, neither audited nor rejected: sheet row 7 'Timezone: Europe/Berlin'")
                .contains("local times: Europe/Berlin, as the export's footer says ('Timezone: Europe/Berlin')");
        Cli.Result wrongSheet = Cli.run(audit(sheet.toString(), "--sheet", "Tickets"));
        assertThat(wrongSheet.exitCode()).isEqualTo(2);
        assertThat(wrongSheet.err()).contains("the workbook has no sheet 'Tickets'; its sheets: Sheet1");
    }

    @Test
    void aWorkbooksRejectedRowsAreNamedBySheetRow() throws IOException {
        Path file = dir.resolve("canonical.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", null);
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Tickets");
            String[][] rows = {
                {"id", "created", "priority", "first_response"},
                {"T-1", null, "Dringend", "2025-03-10 10:15"},
                {"T-2", "2025-02-30 09:00", "Hoch", ""},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null && !rows[r][c].isEmpty()) {
                        ws.value(r, c, rows[r][c]);
                    }
                }
            }
            // T-1's creation as a date cell: Friday 7 March 2025 16:20
            ws.value(1, 1, java.time.LocalDateTime.of(2025, 3, 7, 16, 20));
            ws.style(1, 1).format("dd.mm.yyyy hh:mm").set();
            ws.finish();
            wb.finish();
        }
        Cli.Result r = Cli.run(audit(file.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Rows      2 read = 1 audited + 0 excluded + 0 out of period + 1 rejected")
                .contains("sheet row 3 (T-2): created: '2025-02-30 09:00'");
    }
}
