package io.slaudit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static List<CsvInput.Row> rows(CsvInput csv) {
        List<CsvInput.Row> out = new ArrayList<>();
        csv.forEach(out::add);
        return out;
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws IOException {
        byte[] body = "id,subject\n1,Grüße\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        try (CsvInput csv = CsvInput.open(write("bom.csv", bytes))) {
            assertThat(csv.header()).containsExactly("id", "subject");
            assertThat(rows(csv))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get(1)).isEqualTo("Grüße"));
        }
    }

    @Test
    void readsSemicolonSeparatedWindows1252FromGermanExcel() throws IOException {
        byte[] bytes = "Nummer;Betreff;Erstellt\n1;Drucker prüfen;07.03.2025 16:20\n"
                .getBytes(Charset.forName("windows-1252"));
        try (CsvInput csv = CsvInput.open(write("excel.csv", bytes))) {
            assertThat(csv.delimiter()).isEqualTo(';');
            assertThat(csv.charset().name()).isEqualTo("windows-1252");
            assertThat(rows(csv))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get(1)).isEqualTo("Drucker prüfen"));
        }
    }

    @Test
    void rowsKnowTheLineTheyStartOnEvenAfterQuotedNewlinesAndBlankLines() throws IOException {
        String text = "id,subject\n1,plain\n2,\"two\nlines\"\n\n3,after a blank line\n4,\"no newline at the end\"";
        try (CsvInput csv = CsvInput.open(write("lines.csv", text.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(rows(csv)).extracting(CsvInput.Row::line).containsExactly(2L, 3L, 6L, 7L);
        }
    }

    @Test
    void columnsAreFoundIgnoringCaseAndSpaces() throws IOException {
        try (CsvInput csv =
                CsvInput.open(write("h.csv", " ID , Created At \n1,x\n".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(csv.column("id")).contains(0);
            assertThat(csv.column("created at")).contains(1);
            assertThat(csv.column("missing")).isEmpty();
        }
    }

    @Test
    void aDuplicateColumnIsAnErrorNamingBothPositions() throws IOException {
        Path file = write("dup.csv", "id,created,ID\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvInput.open(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("dup.csv:1: column 'ID' appears twice in the header (columns 1 and 3)");
    }

    @Test
    void anEmptyOrMissingFileIsUnreadable() throws IOException {
        Path empty = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> CsvInput.open(empty)).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> CsvInput.open(dir.resolve("nope.csv"))).hasMessageContaining("no such file");
    }

    @Test
    void anUnterminatedQuoteIsReportedWithItsLine() throws IOException {
        Path file = write("quote.csv", "id,subject\n1,ok\n2,\"never closed\n3,x\n".getBytes(StandardCharsets.UTF_8));
        try (CsvInput csv = CsvInput.open(file)) {
            // the quote opens on line 3; the parser only notices at the end of the file
            assertThatThrownBy(() -> rows(csv))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("quote.csv:3: a quoted field opens on this line and is never closed");
        }
    }

    @Test
    void textAfterAClosingQuoteIsReportedAtItsLine() throws IOException {
        Path file =
                write("trail.csv", "id,subject\n1,ok\n2,\"quoted\" and more\n3,x\n".getBytes(StandardCharsets.UTF_8));
        try (CsvInput csv = CsvInput.open(file)) {
            assertThatThrownBy(() -> rows(csv))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("trail.csv:3: text follows the closing quote of a quoted field");
        }
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
        try (CsvInput csv = CsvInput.open(file)) {
            // line 1 header, 2..2001 the UTF-8 rows, 2002 the bad one; "2000,Gr" is 7 characters
            assertThatThrownBy(() -> rows(csv))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith(file + ":2002:8: bytes that are not valid UTF-8 text");
        }
    }
}
