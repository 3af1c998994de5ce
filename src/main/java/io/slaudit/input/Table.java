package io.slaudit.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A table as the file a user was handed holds it: a CSV export (from a file, a pipe or stdin) or a
 * sheet of an xlsx workbook, told apart by their content, not their name. Reports put a title and
 * blank rows above the header and notes below the data, so the header is the first of the first
 * {@value #HEADER_SEARCH} rows that the caller recognises; blank rows are skipped and counted; and
 * trailing rows shaped like a footer (see {@link Footers}) are kept as the table's footer instead
 * of being handed out as data. A footer that names a zone is looked for before the rows are read,
 * where the file allows (see {@link #declaredZone()}).
 *
 * <p>Columns are found by name, case-insensitively and ignoring surrounding spaces. A name may
 * appear more than once (Jira repeats multi-value fields): that is an error only for a caller that
 * needs that column ({@link #column}).
 *
 * <p>Rows stream; beyond the header search and a held-back footer, nothing is kept in memory.
 */
public final class Table implements Closeable, Iterable<TableRow> {

    /** How many rows from the top the header is looked for in. */
    public static final int HEADER_SEARCH = 30;

    /** Footer-shaped rows held back at most; more in a row cannot be a footer. */
    private static final int FOOTER_LIMIT = 1000;

    private final RowSource rows;
    private final List<String> header;
    private final long headerPosition;
    private final int width;
    private final Map<String, List<Integer>> columns;
    private final Deque<TableRow> ahead;
    private final Optional<TableLayout.ZoneFooter> declared;
    private final List<TableRow> footer = new ArrayList<>();
    private long blankRows;
    private boolean iterated;
    private boolean ended;

    private Table(RowSource rows, List<TableRow> buffered, int headerIndex, long blankAbove) {
        this.rows = rows;
        TableRow h = buffered.get(headerIndex);
        List<String> names = new ArrayList<>();
        for (String c : h.cells()) {
            names.add(c.trim());
        }
        int w = names.size();
        while (w > 0 && names.get(w - 1).isEmpty()) {
            w--;
        }
        this.header = List.copyOf(names.subList(0, w));
        this.width = w;
        this.headerPosition = h.position();
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String n = normalise(header.get(i));
            if (!n.isEmpty()) {
                byName.computeIfAbsent(n, k -> new ArrayList<>(1)).add(i);
            }
        }
        this.columns = Collections.unmodifiableMap(byName);
        this.ahead = new ArrayDeque<>(buffered.subList(headerIndex + 1, buffered.size()));
        this.blankRows = blankAbove;
        this.declared = lookAtTheEnd(rows);
    }

    /**
     * Opens a file (or {@code -} for stdin) and finds its header.
     *
     * @param sheet the sheet of a workbook to read; without it, the one sheet whose header the
     *     caller recognises
     * @param isHeader whether a row's cells are the header the caller looks for
     * @throws InputException if the file cannot be read, is empty, or a workbook has no such sheet
     *     or several candidates
     */
    public static Table open(Path file, Optional<String> sheet, Predicate<List<String>> isHeader) {
        String source = file.toString();
        RowSource rows;
        if (source.equals("-")) {
            rows = CsvInput.open("stdin", System.in, Optional.empty(), -1);
        } else if (Files.isDirectory(file)) {
            throw InputException.unreadable(SourceMark.file(source), "is a directory, not a file");
        } else if (!Files.exists(file)) {
            throw InputException.unreadable(SourceMark.file(source), "no such file");
        } else if (Files.isRegularFile(file)) {
            byte[] magic = magic(file, source);
            if (isZip(magic)) {
                return workbook(file, source, sheet, isHeader);
            }
            if (isOle2(magic)) {
                throw InputException.unreadable(
                        SourceMark.file(source),
                        "this is a legacy Excel 97-2003 workbook (BIFF .xls); slaudit reads .xlsx workbooks and CSV:"
                                + " open it in a spreadsheet program and save it as .xlsx or CSV");
            }
            rows = CsvInput.open(source, newInputStream(file, source), Optional.of(file), size(file));
        } else {
            rows = CsvInput.open(source, newInputStream(file, source), Optional.empty(), -1);
        }
        if (sheet.isPresent()) {
            rows.close();
            throw InputException.invalid(
                    SourceMark.file(source), "--sheet names a sheet of a workbook; this is a CSV file");
        }
        return withHeader(rows, isHeader);
    }

    private static Table workbook(Path file, String source, Optional<String> sheet, Predicate<List<String>> isHeader) {
        if (sheet.isPresent()) {
            return withHeader(XlsxInput.open(file, source, sheet.get()), isHeader);
        }
        List<String> names = XlsxInput.sheetNames(file, source);
        if (names.isEmpty()) {
            throw InputException.unreadable(SourceMark.file(source), "the workbook has no sheets");
        }
        List<String> matching = new ArrayList<>();
        for (String name : names) {
            try (RowSource s = XlsxInput.open(file, source, name)) {
                if (headerIndex(top(s), isHeader) >= 0) {
                    matching.add(name);
                }
            }
        }
        if (matching.size() > 1) {
            throw InputException.invalid(
                    SourceMark.file(source),
                    "the workbook has " + matching.size() + " sheets with a header slaudit recognises ("
                            + String.join(", ", matching) + "): name one with --sheet");
        }
        return withHeader(XlsxInput.open(file, source, matching.isEmpty() ? names.get(0) : matching.get(0)), isHeader);
    }

    private static Table withHeader(RowSource rows, Predicate<List<String>> isHeader) {
        try {
            List<TableRow> top = top(rows);
            int index = headerIndex(top, isHeader);
            if (index < 0) {
                // none is recognised: the first row with something in it stands as the header, so
                // that the caller's message can show the user what the file begins with
                for (int i = 0; i < top.size() && index < 0; i++) {
                    if (!top.get(i).isBlank()) {
                        index = i;
                    }
                }
            }
            if (index < 0) {
                throw InputException.unreadable(
                        SourceMark.file(rows.source()),
                        top.isEmpty() ? "the file is empty" : "the file has only blank rows");
            }
            long blank = 0;
            for (int i = 0; i < index; i++) {
                if (top.get(i).isBlank()) {
                    blank++;
                }
            }
            return new Table(rows, top, index, blank);
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    private static List<TableRow> top(RowSource rows) {
        List<TableRow> top = new ArrayList<>(HEADER_SEARCH);
        while (top.size() < HEADER_SEARCH) {
            Optional<TableRow> r = rows.next();
            if (r.isEmpty()) {
                break;
            }
            top.add(r.get());
        }
        return top;
    }

    private static int headerIndex(List<TableRow> top, Predicate<List<String>> isHeader) {
        for (int i = 0; i < top.size(); i++) {
            TableRow r = top.get(i);
            if (!r.isBlank() && isHeader.test(trimmed(r.cells()))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) {
            out.add(c.trim());
        }
        return out;
    }

    /** The zone a footer names, read from the end of the file before its rows. */
    private static Optional<TableLayout.ZoneFooter> lookAtTheEnd(RowSource rows) {
        Optional<List<TableRow>> tail = rows.tail();
        if (tail.isEmpty()) {
            return Optional.empty();
        }
        List<TableRow> last = tail.get();
        for (int i = last.size() - 1; i >= 0; i--) {
            TableRow r = last.get(i);
            if (r.isBlank()) {
                continue;
            }
            if (!Footers.isFooterShaped(r)) {
                break;
            }
            Optional<ZoneId> zone = Footers.zoneNamed(r);
            if (zone.isPresent()) {
                long position = rows.positions() == PositionUnit.SHEET_ROW ? r.position() : 0;
                return Optional.of(new TableLayout.ZoneFooter(position, Footers.text(r), zone.get()));
            }
        }
        return Optional.empty();
    }

    private static byte[] magic(Path file, String source) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(source), "cannot read the file: " + FileErrors.reason(e));
        }
    }

    private static boolean isZip(byte[] m) {
        return m.length >= 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
    }

    private static boolean isOle2(byte[] m) {
        return m.length >= 8
                && (m[0] & 0xff) == 0xD0
                && (m[1] & 0xff) == 0xCF
                && (m[2] & 0xff) == 0x11
                && (m[3] & 0xff) == 0xE0;
    }

    private static InputStream newInputStream(Path file, String source) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(source), "cannot read the file: " + FileErrors.reason(e));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    public String source() {
        return rows.source();
    }

    /** The header's names, trimmed, without the empty names a spreadsheet pads it with at the end. */
    public List<String> header() {
        return header;
    }

    /** Where the header is: its line or sheet row. */
    public long headerPosition() {
        return headerPosition;
    }

    /** How many cells a row may hold with something in them: the header's width. */
    public int width() {
        return width;
    }

    public PositionUnit positions() {
        return rows.positions();
    }

    /** Whether a column of that name is in the header, once or more. */
    public boolean hasColumn(String name) {
        return columns.containsKey(normalise(name));
    }

    /**
     * The index of the column a caller reads.
     *
     * @param reader what reads the column, for the message ("the jira profile's 'created'")
     * @throws InputException if the name appears more than once: which one is meant is unknowable
     */
    public Optional<Integer> column(String name, String reader) {
        List<Integer> at = columns.get(normalise(name));
        if (at == null) {
            return Optional.empty();
        }
        if (at.size() > 1) {
            List<String> positions =
                    at.stream().map(i -> Integer.toString(i + 1)).toList();
            throw InputException.invalid(
                    new SourceMark(source(), (int) Math.min(Integer.MAX_VALUE, headerPosition), 0),
                    "column '" + header.get(at.get(0)) + "' appears " + at.size() + " times in the header (columns "
                            + String.join(" and ", positions) + "), and " + reader
                            + " reads it: which one is meant cannot be told; rename one in the export or name the"
                            + " column in a --mapping file");
        }
        return Optional.of(at.get(0));
    }

    /**
     * The zone a footer names, found at the file's end before the rows are read; empty where there is
     * none or the file cannot be looked at from its end (a pipe). {@link #layout()} says, after the
     * rows, which footer there really was.
     */
    public Optional<TableLayout.ZoneFooter> declaredZone() {
        return declared;
    }

    /** How the file was read; complete once its rows have all been read. */
    public TableLayout layout() {
        Optional<TableLayout.ZoneFooter> zone = Optional.empty();
        for (TableRow r : footer) {
            Optional<ZoneId> z = Footers.zoneNamed(r);
            if (z.isPresent()) {
                zone = Optional.of(new TableLayout.ZoneFooter(r.position(), Footers.text(r), z.get()));
            }
        }
        return new TableLayout(
                rows.storage(), rows.positions(), headerPosition, blankRows + rows.omittedRows(), footer, zone);
    }

    /** Whether every row has been read, so that {@link #layout()} is final. */
    public boolean ended() {
        return ended;
    }

    public long bytesRead() {
        return rows.bytesRead();
    }

    /** The file's size in bytes, -1 when unknown (a pipe). */
    public long size() {
        return rows.size();
    }

    /** The SHA-256 of the whole file: the evidence names exactly what was read. */
    public String sha256() {
        return rows.sha256();
    }

    /**
     * The data rows in file order: blank rows skipped, trailing footer rows held back. A workbook's
     * row ends at its last filled cell, so it may hold fewer cells than the header. Iterable once.
     */
    @Override
    public Iterator<TableRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("a table's rows are read once");
        }
        iterated = true;
        return new Iterator<>() {
            private final Deque<TableRow> held = new ArrayDeque<>();
            private TableRow next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (!held.isEmpty() && releasing) {
                        next = held.removeFirst();
                        if (held.isEmpty()) {
                            releasing = false;
                        }
                        break;
                    }
                    Optional<TableRow> r = ahead.isEmpty() ? rows.next() : Optional.of(ahead.removeFirst());
                    if (r.isEmpty()) {
                        footer.addAll(held);
                        held.clear();
                        ended = true;
                        return false;
                    }
                    TableRow row = r.get();
                    if (row.isBlank()) {
                        blankRows++;
                        continue;
                    }
                    if (Footers.isFooterShaped(row) && held.size() < FOOTER_LIMIT) {
                        held.addLast(row);
                        continue;
                    }
                    if (held.isEmpty()) {
                        next = row;
                    } else {
                        // rows shaped like a footer amid the data are data after all
                        held.addLast(row);
                        releasing = true;
                    }
                }
                return true;
            }

            private boolean releasing;

            @Override
            public TableRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TableRow r = next;
                next = null;
                return r;
            }
        };
    }

    @Override
    public void close() {
        rows.close();
    }

    static String normalise(String columnName) {
        return columnName.trim().toLowerCase(Locale.ROOT);
    }
}
