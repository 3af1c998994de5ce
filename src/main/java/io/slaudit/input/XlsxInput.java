package io.slaudit.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an Excel workbook (the xlsx format, also when a system names it {@code .xls}, as
 * Zammad did), read as a stream of rows with fastexcel-reader: the sheet is never held in memory.
 * Cells become the text a CSV export would hold: strings as they are, numbers in plain notation,
 * and numbers in a date or time format (Excel's serial dates) as {@code yyyy-MM-dd HH:mm:ss} local
 * date-times, or {@code yyyy-MM-dd} for a format without a time.
 */
final class XlsxInput implements RowSource {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);

    /** Excel's built-in number formats that show a date or a time (ECMA-376 part 1, 18.8.30). */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(
            14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
            55, 56, 57, 58);

    private final String source;
    private final Path file;
    private final ReadableWorkbook workbook;
    private final Sheet sheet;
    private final List<String> sheets;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private long lastRow;
    private long omitted;
    private String sha256;

    private XlsxInput(String source, Path file, ReadableWorkbook workbook, Sheet sheet, List<String> sheets)
            throws IOException {
        this.source = source;
        this.file = file;
        this.workbook = workbook;
        this.sheet = sheet;
        this.sheets = sheets;
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
    }

    /** The names of a workbook's sheets, in their order. */
    static List<String> sheetNames(Path file, String source) {
        try (ReadableWorkbook wb = workbook(file, source)) {
            return wb.getSheets().map(Sheet::getName).toList();
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * Opens one sheet of a workbook for reading.
     *
     * @throws InputException if the file is not a readable workbook or has no such sheet
     */
    static XlsxInput open(Path file, String source, String sheetName) {
        ReadableWorkbook wb = workbook(file, source);
        try {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            Sheet sheet = wb.findSheet(sheetName)
                    .orElseThrow(() -> InputException.invalid(
                            SourceMark.file(source),
                            "the workbook has no sheet '" + sheetName + "'; its sheets: " + String.join(", ", names)));
            return new XlsxInput(source, file, wb, sheet, names);
        } catch (IOException | RuntimeException e) {
            try {
                wb.close();
            } catch (IOException closing) {
                // the first failure is the one to report
            }
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw unreadable(source, e);
        }
    }

    private static ReadableWorkbook workbook(Path file, String source) {
        try {
            return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
        } catch (IOException | RuntimeException e) {
            throw unreadable(source, e);
        }
    }

    private static InputException unreadable(String source, Exception e) {
        String why = e instanceof IOException io ? FileErrors.reason(io) : String.valueOf(e.getMessage());
        return InputException.unreadable(
                SourceMark.file(source), "cannot read the workbook: " + why + " (is it an .xlsx file, and complete?)");
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public long omittedRows() {
        return omitted;
    }

    @Override
    public PositionUnit positions() {
        return PositionUnit.SHEET_ROW;
    }

    @Override
    public TableLayout.Storage storage() {
        return TableLayout.Storage.xlsx(sheet.getName(), sheets);
    }

    @Override
    public Optional<TableRow> next() {
        Row row;
        try {
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            row = rows.next();
        } catch (RuntimeException e) {
            throw InputException.unreadable(
                    new SourceMark(source, (int) Math.min(Integer.MAX_VALUE, lastRow + 1), 0),
                    "the sheet '" + sheet.getName() + "' cannot be read on after sheet row " + lastRow + ": "
                            + (e.getCause() instanceof Exception c ? c.getMessage() : e.getMessage()));
        }
        if (row.getRowNum() > lastRow + 1) {
            // a workbook stores no row for a row without cells: it is a blank row all the same
            omitted += row.getRowNum() - lastRow - 1;
        }
        lastRow = row.getRowNum();
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return Optional.of(new TableRow(Math.max(1, row.getRowNum()), cells));
    }

    /** The text of a cell as a CSV export would hold it. */
    String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        String raw = cell.getRawValue();
        switch (type) {
            case EMPTY:
                return "";
            case STRING:
                Object v = cell.getValue();
                return v == null ? "" : v.toString();
            case BOOLEAN:
                return "1".equals(raw) ? "TRUE" : "0".equals(raw) ? "FALSE" : String.valueOf(raw);
            case NUMBER:
            case FORMULA:
                if (raw == null || raw.isEmpty()) {
                    return "";
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(raw.trim());
                } catch (NumberFormatException e) {
                    return raw;
                }
                String format = cell.getDataFormatString();
                Integer formatId = cell.getDataFormatId();
                if (isDateFormat(formatId, format)) {
                    return dateText(number, hasTime(formatId, format));
                }
                return number.toPlainString();
            case ERROR:
            default:
                return raw == null ? "" : raw;
        }
    }

    private String dateText(BigDecimal serial, boolean withTime) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_466)) >= 0) {
            // before 1900 or after 9999: not a date Excel can show; keep the number
            return serial.toPlainString();
        }
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        long seconds = serial.subtract(BigDecimal.valueOf(days))
                .multiply(SECONDS_A_DAY)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        if (seconds == 86_400) {
            days++;
            seconds = 0;
        }
        LocalDate date;
        if (workbook.isDate1904()) {
            date = EPOCH_1904.plusDays(days);
        } else {
            // Excel counts 1900-02-29, which did not exist: serials before it are a day off.
            date = days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
        }
        LocalDateTime at = date.atStartOfDay().plusSeconds(seconds);
        return withTime ? DATE_TIME.format(at) : DATE.format(at);
    }

    /** Whether a number format shows a date or a time of day (not an elapsed duration like [h]:mm). */
    static boolean isDateFormat(Integer id, String format) {
        if (format == null || format.isBlank()) {
            return id != null && BUILT_IN_DATES.contains(id);
        }
        String f = plain(format);
        if (f.contains("[h") || f.contains("[m") || f.contains("[s")) {
            return false;
        }
        String letters = f.replaceAll("\\[[^\\]]*\\]", "");
        for (int i = 0; i < letters.length(); i++) {
            char c = Character.toLowerCase(letters.charAt(i));
            if (c == 'y' || c == 'd' || c == 'h' || c == 's' || c == 'm') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTime(Integer id, String format) {
        if (format == null || format.isBlank()) {
            return id == null || !(id == 14 || id == 15 || id == 16 || id == 17);
        }
        String f = plain(format).replaceAll("\\[[^\\]]*\\]", "");
        return f.indexOf('h') >= 0 || f.indexOf('s') >= 0 || f.indexOf(':') >= 0;
    }

    /** A format without its quoted literals and escaped characters, lower case. */
    private static String plain(String format) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (!quoted) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The sheet's last rows, from a look at the end of its XML (see {@link SheetTail}). */
    @Override
    public Optional<List<TableRow>> tail() {
        return SheetTail.read(file, sheet.getId());
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The SHA-256 of the workbook file as it is on disk: the evidence names the file handed over. */
    @Override
    public String sha256() {
        if (sha256 != null) {
            return sha256;
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sha256 = HexFormat.of().formatHex(digest.digest());
        return sha256;
    }

    @Override
    public void close() {
        stream.close();
        try {
            workbook.close();
        } catch (IOException e) {
            // closing a read-only file: nothing to recover
        }
    }
}
