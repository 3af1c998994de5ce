package io.slaudit.input;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as real exports come: UTF-8 with or without a byte order mark, UTF-16 with one, or
 * Windows-1252 from Excel; comma, semicolon, tab or pipe delimited; quoted fields with newlines.
 * Encoding and delimiter are detected from the first 64 KiB, which are read once and kept, so that a
 * pipe is read in a single pass like a file: the digest of the evidence covers every byte as it
 * passes.
 */
final class CsvInput implements RowSource {
    // Commons CSV's messages for the two quoting mistakes real exports have; their line numbers
    // are where the mistake is, while the parser's own line count has read on past it.
    private static final Pattern UNCLOSED_QUOTE =
            Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern TEXT_AFTER_QUOTE =
            Pattern.compile("Invalid character between encapsulated token and delimiter at line: (\\d+)");

    private static final int SAMPLE_BYTES = 1 << 16;
    private static final int TAIL_BYTES = 1 << 16;
    /** Lines whose delimiters decide which one the file uses: titles above the header have few. */
    private static final int DELIMITER_LINES = 20;

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String source;
    private final Optional<Path> file;
    private final Charset charset;
    private final int bom;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Counting counting;
    private final long size;
    private String sha256;

    private CsvInput(
            String source,
            Optional<Path> file,
            Charset charset,
            int bom,
            char delimiter,
            CSVParser parser,
            Counting counting,
            long size) {
        this.source = source;
        this.file = file;
        this.charset = charset;
        this.bom = bom;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        this.counting = counting;
        this.size = size;
    }

    /**
     * Opens a CSV file, or any stream of one (a pipe, stdin).
     *
     * @param regularFile the file when {@code in} reads a regular file, so that its end can be
     *     looked at and its bad bytes located; empty for a pipe
     * @param size the file's size, -1 for a pipe
     * @throws InputException if nothing can be read or the start is not text
     */
    static CsvInput open(String source, InputStream in, Optional<Path> regularFile, long size) {
        Counting counting = new Counting(in);
        byte[] sample;
        try {
            sample = counting.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            closeQuietly(counting);
            throw InputException.unreadable(SourceMark.file(source), "cannot read the file: " + FileErrors.reason(e));
        }
        int bom = 0;
        Charset charset;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(sample, 0xFF, 0xFE)) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(sample, 0xFE, 0xFF)) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = looksLikeUtf8(sample, sample.length == SAMPLE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String start = new String(sample, bom, sample.length - bom, charset);
        if (start.isBlank()) {
            closeQuietly(counting);
            throw InputException.unreadable(SourceMark.file(source), "the file is empty");
        }
        if (start.indexOf('\0') >= 0 && charset != StandardCharsets.UTF_16LE && charset != StandardCharsets.UTF_16BE) {
            closeQuietly(counting);
            throw InputException.unreadable(
                    SourceMark.file(source),
                    "this is not a CSV file: it holds binary data (NUL bytes); slaudit reads CSV and .xlsx exports");
        }
        char delimiter = detectDelimiter(start);
        InputStream rest = new SequenceInputStream(
                new ByteArrayInputStream(sample, bom, sample.length - bom), new Unclosable(counting));
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(rest, decoder), 1 << 16);
        CSVParser parser;
        try {
            parser = format(delimiter).parse(reader);
        } catch (IOException e) {
            closeQuietly(counting);
            throw InputException.unreadable(SourceMark.file(source), "cannot read the file: " + FileErrors.reason(e));
        }
        return new CsvInput(source, regularFile, charset, bom, delimiter, parser, counting, size);
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public PositionUnit positions() {
        return PositionUnit.LINE;
    }

    @Override
    public TableLayout.Storage storage() {
        return TableLayout.Storage.csv(charset.displayName(), delimiter);
    }

    char delimiter() {
        return delimiter;
    }

    Charset charset() {
        return charset;
    }

    @Override
    public Optional<TableRow> next() {
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e, parser.getCurrentLineNumber() + 1);
        }
        CSVRecord record = records.next();
        String[] values = record.values();
        long end = parser.getCurrentLineNumber();
        long newlines = 0;
        for (String v : values) {
            // indexOf is vectorised; a loop over charAt was a second pass over every character
            for (int i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
                newlines++;
            }
        }
        // The parser has counted the lines up to the row's last one; it began as many lines
        // earlier as its quoted values hold newlines.
        return Optional.of(new TableRow(Math.max(1, end - newlines), Arrays.asList(values)));
    }

    /**
     * The last lines of a regular file, each read as a CSV record of its own: enough to find a
     * footer before the rows are read. A footer line holds no quoted newlines, so reading lines
     * from the middle of the file's last 64 KiB cannot mistake one.
     */
    @Override
    public Optional<List<TableRow>> tail() {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes;
        try (RandomAccessFile f = new RandomAccessFile(file.get().toFile(), "r")) {
            long length = f.length();
            long from = Math.max(bom, length - TAIL_BYTES);
            bytes = new byte[(int) (length - from)];
            f.seek(from);
            f.readFully(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
        String text = new String(bytes, charset);
        String[] lines = text.split("\r?\n|\r", -1);
        List<TableRow> out = new ArrayList<>();
        // The first line may start mid-line (or mid-character): leave it out.
        for (int i = 1; i < lines.length; i++) {
            try (CSVParser p = format(delimiter).parse(new StringReader(lines[i]))) {
                for (CSVRecord r : p) {
                    out.add(new TableRow(1, Arrays.asList(r.values())));
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                out.add(new TableRow(1, List.of(lines[i])));
            }
        }
        return Optional.of(out);
    }

    @Override
    public long bytesRead() {
        return counting.count;
    }

    /** The file's size; for a pipe, the bytes it held once all were read ({@link #sha256()}), else -1. */
    @Override
    public long size() {
        return size >= 0 ? size : sha256 != null ? counting.count : -1;
    }

    /**
     * The SHA-256 of the whole file, as hex, computed from the very bytes that were parsed (so the
     * evidence names exactly what was audited). Reads whatever the parser left unread.
     */
    @Override
    public String sha256() {
        if (sha256 != null) {
            return sha256;
        }
        try {
            byte[] rest = new byte[1 << 16];
            while (counting.read(rest, 0, rest.length) > 0) {
                // drain: the digest must cover the whole file
            }
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(source), "cannot read the file: " + FileErrors.reason(e));
        }
        sha256 = counting.hex();
        return sha256;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // closing a read-only file: nothing to recover
        }
        closeQuietly(counting);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing a read-only stream: nothing to recover
        }
    }

    private static boolean startsWith(byte[] sample, int... prefix) {
        if (sample.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((sample[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private InputException unreadable(RuntimeException e, long line) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            // The parser reads ahead through a buffer, so its line is not where the bad bytes are:
            // find them by decoding the file again (this is the error path only; a pipe cannot be).
            SourceMark at = file.map(f -> badBytes(f, source, bom, charset)).orElse(SourceMark.line(source, line));
            return InputException.unreadable(
                    at,
                    "bytes that are not valid " + charset.displayName() + " text (the start of the file was read as "
                            + charset.displayName() + "); save the export in one encoding, UTF-8 or Windows-1252");
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        Matcher unclosed = UNCLOSED_QUOTE.matcher(message);
        if (unclosed.find()) {
            return InputException.unreadable(
                    SourceMark.line(source, Long.parseLong(unclosed.group(1))),
                    "a quoted field opens on this line and is never closed: the file ends inside it"
                            + " (a quote inside a quoted field is written twice: \"\")");
        }
        Matcher trailing = TEXT_AFTER_QUOTE.matcher(message);
        if (trailing.find()) {
            return InputException.unreadable(
                    SourceMark.line(source, Long.parseLong(trailing.group(1))),
                    "text follows the closing quote of a quoted field (a field with quotes in it is quoted as a"
                            + " whole, and each quote inside is written twice: \"\")");
        }
        if (cause instanceof IOException io && !message.contains("encapsulated")) {
            return InputException.unreadable(
                    SourceMark.line(source, line), "cannot read the file on: " + FileErrors.reason(io));
        }
        return InputException.unreadable(SourceMark.line(source, line), "malformed CSV: " + message);
    }

    /** Line and column (in characters, from 1) of the first bytes the charset cannot decode. */
    static SourceMark badBytes(Path file, String source, int bom, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int column = 1;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bom);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean end = false;
            while (true) {
                int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    return new SourceMark(source, line, column);
                }
                bytes.compact();
                if (end && !result.isOverflow()) {
                    return SourceMark.file(source);
                }
            }
        } catch (IOException e) {
            return SourceMark.file(source);
        }
    }

    static boolean looksLikeUtf8(byte[] sample, boolean truncated) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(sample.length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample), out, !truncated);
        return !result.isError();
    }

    /**
     * The candidate that the busiest of the first lines uses most often outside quotes; comma on a
     * tie. The busiest line is the header or a row below it, not a title above it, so that a
     * report's title line ("-all- (Created)") does not decide.
     */
    static char detectDelimiter(String start) {
        int[] best = new int[DELIMITERS.length];
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < start.length() && lines < DELIMITER_LINES; i++) {
            char c = start.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                for (int k = 0; k < DELIMITERS.length; k++) {
                    best[k] = Math.max(best[k], counts[k]);
                    counts[k] = 0;
                }
                lines++;
            } else if (!quoted) {
                for (int k = 0; k < DELIMITERS.length; k++) {
                    if (c == DELIMITERS[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        for (int k = 0; k < DELIMITERS.length; k++) {
            best[k] = Math.max(best[k], counts[k]);
        }
        int pick = 0;
        for (int k = 1; k < DELIMITERS.length; k++) {
            if (best[k] > best[pick]) {
                pick = k;
            }
        }
        return DELIMITERS[pick];
    }

    /** Counts and digests the bytes that pass, for progress and evidence. */
    private static final class Counting extends FilterInputStream {
        volatile long count;
        private final MessageDigest digest;

        Counting(InputStream in) {
            super(in);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                digest.update(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = readNBytes((int) Math.min(n, Integer.MAX_VALUE));
            return skipped.length;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** Keeps the parser's close from closing the counted stream, whose rest the digest still needs. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the owner closes the stream after the digest has read the rest
        }
    }
}
