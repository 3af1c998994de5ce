package io.slaudit.input;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one file as it stores them, blank ones included, before a header is looked for: a
 * CSV file or one sheet of a workbook. {@link Table} finds the header and the footer in them.
 */
interface RowSource extends Closeable {

    /** The file as the user named it. */
    String source();

    /**
     * The next row, or empty at the end.
     *
     * @throws InputException when the file cannot be read on (broken quoting, bytes of another
     *     encoding), naming where
     */
    Optional<TableRow> next();

    PositionUnit positions();

    /** Rows the file leaves out rather than holds empty (a sheet's rows without cells), so far. */
    default long omittedRows() {
        return 0;
    }

    /**
     * The last rows of the file, read without reading the rest, when the file allows that cheaply;
     * empty otherwise (a pipe). Their positions may be unknown: each row's position is then 1.
     */
    Optional<List<TableRow>> tail();

    /** Bytes read so far, for progress; 0 when the source cannot tell. */
    long bytesRead();

    /** The file's size in bytes; -1 when unknown (a pipe). */
    long size();

    /** The SHA-256 of the whole file, as hex: read what is left, if anything. */
    String sha256();

    /** How the file is stored: its format, encoding and delimiter, or workbook and sheet. */
    TableLayout.Storage storage();

    @Override
    void close();
}
