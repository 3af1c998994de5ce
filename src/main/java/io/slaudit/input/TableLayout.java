package io.slaudit.input;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report says about how an export was read: how the file is stored, where its header was
 * found, how many blank rows it had, and which trailing rows were taken as its footer (and so
 * neither audited nor rejected), among them a footer that names the zone of its times.
 */
public record TableLayout(
        Storage storage,
        PositionUnit positions,
        long headerPosition,
        long blankRows,
        List<TableRow> footer,
        Optional<ZoneFooter> zoneFooter) {

    public TableLayout {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(positions, "positions");
        if (headerPosition < 1 || blankRows < 0) {
            throw new IllegalArgumentException("a header is on a row from 1, and blank rows are counted from 0");
        }
        footer = List.copyOf(footer);
        Objects.requireNonNull(zoneFooter, "zoneFooter");
    }

    /** How a file is stored: CSV with its encoding and delimiter, or a sheet of an xlsx workbook. */
    public record Storage(
            String format,
            Optional<String> encoding,
            Optional<Character> delimiter,
            Optional<String> sheet,
            List<String> sheets) {

        public Storage {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(encoding, "encoding");
            Objects.requireNonNull(delimiter, "delimiter");
            Objects.requireNonNull(sheet, "sheet");
            sheets = List.copyOf(sheets);
        }

        static Storage csv(String encoding, char delimiter) {
            return new Storage("csv", Optional.of(encoding), Optional.of(delimiter), Optional.empty(), List.of());
        }

        static Storage xlsx(String sheet, List<String> sheets) {
            return new Storage("xlsx", Optional.empty(), Optional.empty(), Optional.of(sheet), sheets);
        }

        /** "CSV, UTF-8, delimiter ';'" or "xlsx workbook, sheet 'Sheet1' (of 2)". */
        public String describe() {
            if (sheet.isPresent()) {
                return "xlsx workbook, sheet '" + sheet.get() + "'"
                        + (sheets.size() > 1 ? " (of " + sheets.size() + ": " + String.join(", ", sheets) + ")" : "");
            }
            char d = delimiter.orElse(',');
            return "CSV, " + encoding.orElse("?") + ", delimiter " + (d == '\t' ? "tab" : "'" + d + "'");
        }
    }

    /**
     * A footer row that names the zone of the file's local times, as Zammad's report sheet ends
     * with {@code Timezone: Europe/Berlin}. Its position is 0 while it is known only from a look at
     * the file's end, before the rows were read.
     */
    public record ZoneFooter(long position, String text, ZoneId zone) {
        public ZoneFooter {
            if (position < 0) {
                throw new IllegalArgumentException("a position is not negative");
            }
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(zone, "zone");
        }
    }
}
