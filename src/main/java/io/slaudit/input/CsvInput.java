package io.slaudit.input;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as real exports come: UTF-8 with or without a byte order mark, or Windows-1252 from
 * Excel; comma, semicolon, tab or pipe delimited; quoted fields with newlines. Encoding and
 * delimiter are detected from the start of the file. The first record is the header; columns are
 * found by name, case-insensitively and ignoring surrounding spaces.
 *
 * <p>Rows stream; nothing but the current row is held in memory.
 */
public final class CsvInput implements Closeable, Iterable<CsvInput.Row> {
    // Commons CSV's messages for the two quoting mistakes real exports have; their line numbers
    // are where the mistake is, while the parser's own line count has read on past it.
    private static final Pattern UNCLOSED_QUOTE =
            Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern TEXT_AFTER_QUOTE =
            Pattern.compile("Invalid character between encapsulated token and delimiter at line: (\\d+)");

    private static final int SAMPLE_BYTES = 1 << 16;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String source;
    private final Charset charset;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final Counting counting;
    private final long size;
    private final Path file;
    private final int bom;

    private CsvInput(
            Path file,
            int bom,
            String source,
            Charset charset,
            char delimiter,
            CSVParser parser,
            List<String> header,
            Counting counting,
            long size) {
        this.file = file;
        this.bom = bom;
        this.counting = counting;
        this.size = size;
        this.source = source;
        this.charset = charset;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = List.copyOf(header);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(normalise(header.get(i)), i);
        }
        this.columns = Collections.unmodifiableMap(byName);
    }

    /**
     * Opens a file and reads its header.
     *
     * @throws InputException if the file is missing, empty, or its header is unusable
     */
    public static CsvInput open(Path file) {
        String source = file.toString();
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        } catch (NoSuchFileException e) {
            throw InputException.unreadable(SourceMark.file(source), "no such file");
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(source), FileProblems.describe(e));
        }
        int bom = 0;
        Charset charset;
        if (sample.length >= 3
                && (sample[0] & 0xff) == 0xEF
                && (sample[1] & 0xff) == 0xBB
                && (sample[2] & 0xff) == 0xBF) {
            bom = 3;
            charset = StandardCharsets.UTF_8;
        } else if (sample.length >= 2 && (sample[0] & 0xff) == 0xFF && (sample[1] & 0xff) == 0xFE) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (sample.length >= 2 && (sample[0] & 0xff) == 0xFE && (sample[1] & 0xff) == 0xFF) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = looksLikeUtf8(sample, sample.length == SAMPLE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String start = new String(sample, bom, sample.length - bom, charset);
        if (start.isBlank()) {
            throw InputException.unreadable(SourceMark.file(source), "the file is empty");
        }
        char delimiter = detectDelimiter(start);

        CSVParser parser;
        Counting counting;
        long size;
        try {
            size = Files.size(file);
            counting = new Counting(Files.newInputStream(file));
            InputStream in = counting;
            in.skipNBytes(bom);
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
            parser = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .get()
                    .parse(reader);
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(source), FileProblems.describe(e));
        }
        Iterator<CSVRecord> it = parser.iterator();
        List<String> header;
        try {
            if (!it.hasNext()) {
                closeQuietly(parser);
                throw InputException.unreadable(SourceMark.file(source), "the file is empty");
            }
            header = new ArrayList<>();
            for (String name : it.next()) {
                header.add(name.trim());
            }
        } catch (UncheckedIOException e) {
            closeQuietly(parser);
            throw unreadable(e, file, bom, charset, 1);
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                problems.add(new Problem(
                        new SourceMark(source, 1, 0),
                        "column '" + header.get(i) + "' appears twice in the header (columns " + (earlier + 1) + " and "
                                + (i + 1) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            closeQuietly(parser);
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        return new CsvInput(file, bom, source, charset, delimiter, parser, header, counting, size);
    }

    /** Bytes of the file read so far (ahead of the parser by its buffer), for progress. */
    public long bytesRead() {
        return counting.count;
    }

    /**
     * The SHA-256 of the whole file, as hex, computed from the very bytes that were parsed (so the
     * evidence names exactly what was audited). Reads whatever the parser left unread.
     */
    public String sha256() {
        try {
            byte[] rest = new byte[1 << 16];
            while (counting.read(rest, 0, rest.length) > 0) {
                // drain: the digest must cover the whole file
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.HexFormat.of().formatHex(counting.digest.digest());
    }

    /** The file's size in bytes. */
    public long size() {
        return size;
    }

    /** Counts and digests the bytes that pass, for progress and evidence. */
    private static final class Counting extends java.io.FilterInputStream {
        volatile long count;
        final java.security.MessageDigest digest;

        Counting(InputStream in) {
            super(in);
            try {
                digest = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
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
    }

    public String source() {
        return source;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    public List<String> header() {
        return header;
    }

    /** The index of a column, found case-insensitively. */
    public Optional<Integer> column(String name) {
        return Optional.ofNullable(columns.get(normalise(name)));
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(normalise(name));
    }

    /** One data row: its first line in the file and its fields. */
    public record Row(long line, List<String> fields) {
        public String get(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    /**
     * Rows in file order. A malformed file (an unterminated quote, bytes that are not in the
     * detected encoding) ends the iteration with an {@link InputException} naming the line.
     */
    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unreadable(e, file, bom, charset, parser.getCurrentLineNumber() + 1);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                String[] values = record.values();
                long end = parser.getCurrentLineNumber();
                long newlines = 0;
                for (String v : values) {
                    for (int i = 0; i < v.length(); i++) {
                        if (v.charAt(i) == '\n') {
                            newlines++;
                        }
                    }
                }
                // The parser has counted the lines up to the row's last one; it began as many lines
                // earlier as its quoted values hold newlines.
                return new Row(end - newlines, Arrays.asList(values));
            }
        };
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    private static void closeQuietly(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            // closing a read-only file: nothing to recover
        }
    }

    static String normalise(String columnName) {
        return columnName.trim().toLowerCase(Locale.ROOT);
    }

    private static InputException unreadable(RuntimeException e, Path file, int bom, Charset charset, long line) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            // The parser reads ahead through a buffer, so its line is not where the bad bytes are:
            // find them by decoding the file again (this is the error path only).
            return InputException.unreadable(
                    badBytes(file, bom, charset),
                    "bytes that are not valid " + charset.displayName() + " text (the start of the file was read as "
                            + charset.displayName() + "); save the export in one encoding, UTF-8 or Windows-1252");
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        Matcher unclosed = UNCLOSED_QUOTE.matcher(message);
        if (unclosed.find()) {
            return InputException.unreadable(
                    SourceMark.line(file.toString(), Long.parseLong(unclosed.group(1))),
                    "a quoted field opens on this line and is never closed: the file ends inside it"
                            + " (a quote inside a quoted field is written twice: \"\")");
        }
        Matcher trailing = TEXT_AFTER_QUOTE.matcher(message);
        if (trailing.find()) {
            return InputException.unreadable(
                    SourceMark.line(file.toString(), Long.parseLong(trailing.group(1))),
                    "text follows the closing quote of a quoted field (a field with quotes in it is quoted as a"
                            + " whole, and each quote inside is written twice: \"\")");
        }
        return InputException.unreadable(SourceMark.line(file.toString(), line), "malformed CSV: " + message);
    }

    /** Line and column (in characters, from 1) of the first bytes the charset cannot decode. */
    static SourceMark badBytes(Path file, int bom, Charset charset) {
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
                    return new SourceMark(file.toString(), line, column);
                }
                bytes.compact();
                if (end && !result.isOverflow()) {
                    return SourceMark.file(file.toString());
                }
            }
        } catch (IOException e) {
            return SourceMark.file(file.toString());
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

    /** The candidate that occurs most often outside quotes in the first line; comma on a tie. */
    static char detectDelimiter(String start) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < DELIMITERS.length; k++) {
                    if (c == DELIMITERS[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < DELIMITERS.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return DELIMITERS[best];
    }
}
