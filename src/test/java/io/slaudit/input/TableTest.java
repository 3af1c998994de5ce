package io.slaudit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {

    /** A header the tests recognise: it has an id column. */
    static final Predicate<List<String>> HAS_ID = h -> h.stream().anyMatch(c -> c.equalsIgnoreCase("id"));

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Table open(Path file) {
        return Table.open(file, Optional.empty(), HAS_ID);
    }

    private static List<TableRow> rows(Table table) {
        List<TableRow> out = new ArrayList<>();
        table.forEach(out::add);
        return out;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws IOException {
        byte[] body = "id,subject\n1,Grüße\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        try (Table t = open(write("bom.csv", bytes))) {
            assertThat(t.header()).containsExactly("id", "subject");
            assertThat(rows(t))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get(1)).isEqualTo("Grüße"));
        }
    }

    @Test
    void readsSemicolonSeparatedWindows1252FromGermanExcel() throws IOException {
        byte[] bytes =
                "id;Betreff;Erstellt\n1;Drucker prüfen;07.03.2025 16:20\n".getBytes(Charset.forName("windows-1252"));
        try (Table t = open(write("excel.csv", bytes))) {
            assertThat(rows(t))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get(1)).isEqualTo("Drucker prüfen"));
            TableLayout.Storage s = t.layout().storage();
            assertThat(s.delimiter()).contains(';');
            assertThat(s.encoding()).contains("windows-1252");
            assertThat(s.describe()).isEqualTo("CSV, windows-1252, delimiter ';'");
        }
    }

    @Test
    void rowsKnowTheLineTheyStartOnEvenAfterQuotedNewlinesAndBlankLines() throws IOException {
        String text = "id,subject\n1,plain\n2,\"two\nlines\"\n\n3,after a blank line\n4,\"no newline at the end\"";
        try (Table t = open(write("lines.csv", text))) {
            assertThat(rows(t)).extracting(TableRow::position).containsExactly(2L, 3L, 6L, 7L);
        }
    }

    @Test
    void columnsAreFoundIgnoringCaseAndSpaces() throws IOException {
        try (Table t = open(write("h.csv", " ID , Created At \n1,x\n"))) {
            assertThat(t.column("id", "the test")).contains(0);
            assertThat(t.column("created at", "the test")).contains(1);
            assertThat(t.column("missing", "the test")).isEmpty();
        }
    }

    @Test
    void aRepeatedColumnNameIsAnErrorOnlyForTheOneThatReadsIt() throws IOException {
        // Jira's full export repeats multi-value fields: Labels,Labels,Watchers,Watchers
        try (Table t = open(write("jira.csv", "id,Labels,Labels,created\n1,a,b,x\n"))) {
            assertThat(t.column("created", "the test")).contains(3);
            assertThat(t.hasColumn("labels")).isTrue();
            assertThatThrownBy(() -> t.column("labels", "the jira profile's 'subject'"))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("jira.csv:1: column 'Labels' appears 2 times in the header (columns 2 and 3),"
                            + " and the jira profile's 'subject' reads it");
            assertThat(rows(t))
                    .singleElement()
                    .satisfies(r -> assertThat(r.cells()).containsExactly("1", "a", "b", "x"));
        }
    }

    @Test
    void anEmptyMissingOrBlankFileIsUnreadable() throws IOException {
        assertThatThrownBy(() -> open(write("empty.csv", new byte[0]))).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> open(dir.resolve("nope.csv"))).hasMessageContaining("no such file");
        assertThatThrownBy(() -> open(write("blank.csv", ",,,\n,,\n"))).hasMessageContaining("only blank rows");
        assertThatThrownBy(() -> open(dir)).hasMessageContaining("is a directory");
    }

    @Test
    void aBinaryFileOrALegacyWorkbookIsNamedForWhatItIs() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> open(write("old.xls", ole2)))
                .hasMessageContaining("legacy Excel 97-2003 workbook (BIFF .xls)");
        assertThatThrownBy(() -> open(write("data.bin", new byte[] {1, 0, 2, 0, 3})))
                .hasMessageContaining("it holds binary data");
        assertThatThrownBy(() -> open(write("broken.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0})))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("cannot read the workbook");
    }

    @Test
    void anUnterminatedQuoteIsReportedWithItsLine() throws IOException {
        Path file = write("quote.csv", "id,subject\n1,ok\n2,\"never closed\n3,x\n");
        // the quote opens on line 3; the parser only notices at the end of the file
        assertThatThrownBy(() -> rows(open(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("quote.csv:3: a quoted field opens on this line and is never closed");
    }

    @Test
    void textAfterAClosingQuoteIsReportedAtItsLine() throws IOException {
        Path file = write("trail.csv", "id,subject\n1,ok\n2,\"quoted\" and more\n3,x\n");
        assertThatThrownBy(() -> rows(open(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("trail.csv:3: text follows the closing quote of a quoted field");
    }

    @Test
    void aWindows1252ByteFarBehindAUtf8StartIsReportedAtItsLineAndColumn() throws IOException {
        // the first 64 KiB decide the encoding (UTF-8); the parser reads ahead in large buffers, yet
        // the message must name the line of the bad byte, not the line the parser had reached
        StringBuilder text = new StringBuilder("id,subject\n");
        for (int i = 0; i < 2000; i++) {
            text.append(i).append(",abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\n");
        }
        byte[] start = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] late = "2000,Gr\u00fc\u00dfe\n".getBytes(Charset.forName("windows-1252"));
        byte[] all = new byte[start.length + late.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(late, 0, all, start.length, late.length);
        Path file = write("mixed.csv", all);
        try (Table t = open(file)) {
            // line 1 header, 2..2001 the UTF-8 rows, 2002 the bad one; "2000,Gr" is 7 characters
            assertThatThrownBy(() -> rows(t))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith(file + ":2002:8: bytes that are not valid UTF-8 text");
        }
    }

    /** Zammad's report sheet as a spreadsheet saves it as CSV: title, blank row, header on row 3, footer. */
    static final String ZAMMAD_CSV = "-all- (Created),,,,\r\n"
            + ",,,,\r\n"
            + "#,Title,Priority,Created At,id\r\n"
            + "31002,Printer broken,2 normal,2024-03-05 09:12:00,a\r\n"
            + "31001,Login fails,3 high,2024-03-04 17:55:03,b\r\n"
            + ",,,,\r\n"
            + "Timezone: Europe/Berlin,,,,\r\n";

    @Test
    void theHeaderIsFoundBelowATitleAndBlankRowsAndTheFooterIsKeptApart() throws IOException {
        try (Table t = open(write("zammad.csv", ZAMMAD_CSV))) {
            assertThat(t.headerPosition()).isEqualTo(3);
            assertThat(t.header()).containsExactly("#", "Title", "Priority", "Created At", "id");
            assertThat(t.declaredZone()).map(TableLayout.ZoneFooter::zone).contains(ZoneId.of("Europe/Berlin"));
            List<TableRow> rows = rows(t);
            assertThat(rows).extracting(TableRow::position).containsExactly(4L, 5L);
            TableLayout layout = t.layout();
            assertThat(layout.headerPosition()).isEqualTo(3);
            assertThat(layout.blankRows()).isEqualTo(2);
            assertThat(layout.footer())
                    .singleElement()
                    .satisfies(r -> assertThat(r.position()).isEqualTo(7));
            assertThat(layout.zoneFooter())
                    .hasValueSatisfying(z -> assertThat(z.text()).isEqualTo("Timezone: Europe/Berlin"));
        }
    }

    @Test
    void theHeaderIsSearchedInTheFirstThirtyRowsOnly() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Table.HEADER_SEARCH; i++) {
            text.append("note ").append(i).append('\n');
        }
        text.append("id,subject\n1,x\n");
        try (Table t = open(write("deep.csv", text.toString()))) {
            // not found: the first row with something in it stands as the header, for the message
            assertThat(t.headerPosition()).isEqualTo(1);
            assertThat(t.header()).containsExactly("note 0");
        }
    }

    @Test
    void footerShapedRowsAmidTheDataAreDataAfterAll() throws IOException {
        String text = "id,subject,created\n1,a,x\nNote: not the end,,\nTotal,,\n2,b,y\nTotal: 2,,\n";
        try (Table t = open(write("amid.csv", text))) {
            assertThat(rows(t)).extracting(r -> r.get(0)).containsExactly("1", "Note: not the end", "Total", "2");
            assertThat(t.layout().footer())
                    .singleElement()
                    .satisfies(r -> assertThat(r.get(0)).isEqualTo("Total: 2"));
            assertThat(t.layout().zoneFooter()).isEmpty();
        }
    }

    @Test
    void aRowWithAnIdOnlyIsNotAFooter() throws IOException {
        try (Table t = open(write("lone.csv", "id,subject\n1,a\nT-2,\n"))) {
            assertThat(rows(t)).extracting(r -> r.get(0)).containsExactly("1", "T-2");
            assertThat(t.layout().footer()).isEmpty();
        }
    }

    @Test
    void aPipeIsReadInOnePassAndItsHashCoversEveryByte() throws Exception {
        Path source = write("tickets.csv", ZAMMAD_CSV);
        Path fifo = dir.resolve("pipe");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Files.readAllBytes(source));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (Table t = open(fifo)) {
            // a pipe has no end to look at first: the zone is known only once its footer is read
            assertThat(t.declaredZone()).isEmpty();
            assertThat(t.size()).isEqualTo(-1);
            assertThat(rows(t)).hasSize(2);
            assertThat(t.layout().zoneFooter())
                    .map(TableLayout.ZoneFooter::position)
                    .contains(7L);
            assertThat(t.sha256()).isEqualTo(sha256(source));
        }
        writer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aDashReadsStdin() throws Exception {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream("id,subject\n1,a\n".getBytes(StandardCharsets.UTF_8)));
            try (Table t = open(Path.of("-"))) {
                assertThat(t.source()).isEqualTo("stdin");
                assertThat(rows(t)).hasSize(1);
            }
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aWorkbookIsReadByContentWhateverItsNameWithTextNumbersAndDateCells() throws Exception {
        // Zammad names its xlsx download .xls; a spreadsheet stores typed dates as serial numbers
        Path file = Workbooks.write(
                dir.resolve("tickets-all-Created.xls"),
                "Sheet1",
                List.of(
                        List.of("-all- (Created)"),
                        List.of(),
                        List.of("#", "Title", "Priority", "Created At", "Minutes", "id"),
                        Arrays.asList(
                                31002,
                                "Printer broken",
                                "2 normal",
                                new Workbooks.DateCell(LocalDateTime.of(2024, 3, 5, 9, 12), "yyyy-mm-dd hh:mm:ss"),
                                1.5,
                                "a"),
                        Arrays.asList("31001", "Login fails", "3 high", "2024-03-04 17:55:03", null, "b"),
                        List.of(),
                        List.of("Timezone: Europe/Berlin")));
        try (Table t = open(file)) {
            assertThat(t.positions()).isEqualTo(PositionUnit.SHEET_ROW);
            assertThat(t.headerPosition()).isEqualTo(3);
            assertThat(t.declaredZone())
                    .hasValueSatisfying(z -> assertThat(z.position()).isEqualTo(7))
                    .map(TableLayout.ZoneFooter::zone)
                    .contains(ZoneId.of("Europe/Berlin"));
            List<TableRow> rows = rows(t);
            assertThat(rows).extracting(TableRow::position).containsExactly(4L, 5L);
            assertThat(rows.get(0).cells())
                    .containsExactly("31002", "Printer broken", "2 normal", "2024-03-05 09:12:00", "1.5", "a");
            assertThat(rows.get(1).cells())
                    .containsExactly("31001", "Login fails", "3 high", "2024-03-04 17:55:03", "", "b");
            TableLayout layout = t.layout();
            assertThat(layout.storage().describe()).isEqualTo("xlsx workbook, sheet 'Sheet1'");
            assertThat(layout.footer())
                    .singleElement()
                    .satisfies(r -> assertThat(r.position()).isEqualTo(7));
            assertThat(t.sha256()).isEqualTo(sha256(file));
        }
    }

    @Test
    void excelSerialDatesKeepTheSecondAndExcelsFebruaryThe29thOf1900() throws Exception {
        Path file = Workbooks.write(
                dir.resolve("dates.xlsx"),
                "Sheet1",
                List.of(
                        List.of("id", "at"),
                        List.of(
                                "1",
                                new Workbooks.DateCell(
                                        LocalDateTime.of(2025, 3, 30, 1, 59, 59), "dd.mm.yyyy hh:mm:ss")),
                        List.of("2", new Workbooks.DateCell(LocalDateTime.of(1900, 3, 1, 0, 0), "yyyy-mm-dd hh:mm")),
                        List.of("3", new Workbooks.DateCell(LocalDateTime.of(2025, 3, 7, 0, 0), "dd.mm.yyyy"))));
        try (Table t = open(file)) {
            assertThat(rows(t))
                    .extracting(r -> r.get(1))
                    .containsExactly("2025-03-30 01:59:59", "1900-03-01 00:00:00", "2025-03-07");
        }
    }

    @Test
    void theSheetWithTheHeaderIsChosenAndTwoCandidatesNeedSheet() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Summary", List.of(List.of("Tickets in Q1", 2)));
        sheets.put("Tickets", List.of(List.of("id", "subject"), List.of("1", "a")));
        Path one = Workbooks.write(dir.resolve("one.xlsx"), sheets);
        try (Table t = open(one)) {
            assertThat(t.layout().storage().sheet()).contains("Tickets");
            assertThat(t.layout().storage().describe())
                    .isEqualTo("xlsx workbook, sheet 'Tickets' (of 2: Summary, Tickets)");
            assertThat(rows(t)).hasSize(1);
        }
        sheets.put("Archive", List.of(List.of("id", "subject"), List.of("0", "z")));
        Path two = Workbooks.write(dir.resolve("two.xlsx"), sheets);
        assertThatThrownBy(() -> open(two))
                .hasMessageContaining("the workbook has 2 sheets with a header slaudit recognises (Tickets, Archive):"
                        + " name one with --sheet");
        try (Table t = Table.open(two, Optional.of("Archive"), HAS_ID)) {
            assertThat(rows(t))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get(0)).isEqualTo("0"));
        }
        assertThatThrownBy(() -> Table.open(two, Optional.of("Nope"), HAS_ID))
                .hasMessageContaining("the workbook has no sheet 'Nope'; its sheets: Summary, Tickets, Archive");
        assertThatThrownBy(() -> Table.open(write("plain.csv", "id\n1\n"), Optional.of("Tickets"), HAS_ID))
                .hasMessageContaining("--sheet names a sheet of a workbook; this is a CSV file");
    }

    @Test
    void theDelimiterIsTheBusiestLinesNotTheTitles() {
        assertThat(CsvInput.detectDelimiter("Report, all tickets, 2025\nid;a;b;c;d\n1;2;3;4;5\n"))
                .isEqualTo(';');
        assertThat(CsvInput.detectDelimiter("id\tsubject\n1\t\"a;b;c\"\n")).isEqualTo('\t');
        assertThat(CsvInput.detectDelimiter("just one column\n")).isEqualTo(',');
    }
}
