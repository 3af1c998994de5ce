package io.slaudit.audit;

import io.slaudit.policy.Guarantee;
import io.slaudit.policy.Metric;
import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import io.slaudit.tickets.TicketRecord;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Per-ticket verdicts and rejected rows of an audit, kept in temporary files in the order they
 * were judged, so that renderers can take the finished audit and walk its tickets without the
 * heap holding them all. Deleted on {@link #close}.
 */
public final class VerdictSpool implements AutoCloseable {

    private final Path verdicts;
    private final Path rejected;
    private DataOutputStream verdictOut;
    private DataOutputStream rejectedOut;
    private boolean finished;

    private VerdictSpool(Path verdicts, Path rejected) throws IOException {
        this.verdicts = verdicts;
        this.rejected = rejected;
        this.verdictOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(verdicts), 1 << 16));
        this.rejectedOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(rejected), 1 << 16));
    }

    public static VerdictSpool create() {
        try {
            Path v = Files.createTempFile("slaudit-verdicts", ".bin");
            Path r = Files.createTempFile("slaudit-rejected", ".bin");
            v.toFile().deleteOnExit();
            r.toFile().deleteOnExit();
            return new VerdictSpool(v, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(TicketVerdict v) {
        try {
            DataOutputStream o = verdictOut;
            TicketRecord t = v.ticket();
            o.writeLong(t.line());
            writeText(o, t.id());
            o.writeLong(t.created());
            writeText(o, t.priority());
            optional(o, t.channel());
            optional(o, t.region());
            optional(o, t.tier());
            optional(o, t.role());
            optionalLong(o, t.firstResponse());
            optionalLong(o, t.resolved());
            writeText(o, subject(t.subject()));
            writeText(o, v.priority());
            optional(o, v.originalPriority());
            writeText(o, v.policyVersion());
            optional(o, v.channel());
            optional(o, v.region());
            optional(o, v.tier());
            optionalReason(o, v.exclusion());
            writeText(o, v.zone().getId());
            o.writeShort(v.results().size());
            for (MetricResult r : v.results()) {
                o.writeByte(r.metric().ordinal());
                writeText(o, r.priority());
                o.writeByte(r.status().ordinal());
                optionalLong(o, r.due());
                optionalLong(o, r.at());
                optionalLong(o, r.elapsedSeconds());
                optionalLong(o, r.targetSeconds());
                writeText(o, r.target());
                optional(o, r.calendar());
                writeText(o, r.zone().getId());
                o.writeByte(r.guarantee().ordinal());
                o.writeBoolean(r.businessTime());
                optionalReason(o, r.reason());
                texts(o, r.assumptions());
                texts(o, r.supplied());
            }
            o.writeShort(v.otherReadings().size());
            for (OtherReading other : v.otherReadings()) {
                writeText(o, other.reading());
                o.writeByte(other.metric().ordinal());
                o.writeByte(other.status().map(Status::ordinal).orElse(-1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most of a subject the outputs show; free text, not part of any verdict. */
    static final int MAX_SUBJECT = 10_000;

    /** A subject cut to {@value #MAX_SUBJECT} characters, marked with an ellipsis where it was cut. */
    static String subject(String subject) {
        if (subject.length() <= MAX_SUBJECT) {
            return subject;
        }
        int end = MAX_SUBJECT - 1;
        if (Character.isHighSurrogate(subject.charAt(end - 1))) {
            end--;
        }
        return subject.substring(0, end) + "\u2026";
    }

    void add(RejectedRow r) {
        try {
            rejectedOut.writeLong(r.line());
            writeText(rejectedOut, r.id());
            reason(rejectedOut, r.reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void finish() {
        try {
            verdictOut.close();
            rejectedOut.close();
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verdicts in the order they were judged; each call reads the file anew. */
    public Iterable<TicketVerdict> verdicts() {
        return () -> new Reader<>(verdicts, VerdictSpool::readVerdict);
    }

    public Iterable<RejectedRow> rejected() {
        return () -> new Reader<>(rejected, in -> new RejectedRow(in.readLong(), readText(in), reason(in)));
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                verdictOut.close();
                rejectedOut.close();
            }
            Files.deleteIfExists(verdicts);
            Files.deleteIfExists(rejected);
        } catch (IOException e) {
            // temporary files: the JVM removes them on exit anyway
        }
    }

    private interface Decoder<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static final class Reader<T> implements Iterator<T> {
        private final DataInputStream in;
        private final Decoder<T> decoder;
        private T next;
        private boolean done;

        Reader(Path file, Decoder<T> decoder) {
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.decoder = decoder;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                next = decoder.read(in);
                return true;
            } catch (EOFException e) {
                done = true;
                close();
                return false;
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T t = next;
            next = null;
            return t;
        }

        private void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read-only
            }
        }
    }

    private static TicketVerdict readVerdict(DataInputStream in) throws IOException {
        long line = in.readLong();
        String id = readText(in);
        long created = in.readLong();
        String rawPriority = readText(in);
        Optional<String> channel = optional(in);
        Optional<String> region = optional(in);
        Optional<String> tier = optional(in);
        Optional<String> role = optional(in);
        OptionalLong first = optionalLong(in);
        OptionalLong resolved = optionalLong(in);
        String subject = readText(in);
        TicketRecord t =
                new TicketRecord(line, id, created, rawPriority, channel, region, tier, role, first, resolved, subject);
        String priority = readText(in);
        Optional<String> original = optional(in);
        String version = readText(in);
        Optional<String> vChannel = optional(in);
        Optional<String> vRegion = optional(in);
        Optional<String> vTier = optional(in);
        Optional<Reason> exclusion = optionalReason(in);
        ZoneId zone = ZoneId.of(readText(in));
        int n = in.readShort();
        List<MetricResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Metric metric = Metric.values()[in.readByte()];
            String p = readText(in);
            Status status = Status.values()[in.readByte()];
            OptionalLong due = optionalLong(in);
            OptionalLong at = optionalLong(in);
            OptionalLong elapsed = optionalLong(in);
            OptionalLong target = optionalLong(in);
            String label = readText(in);
            Optional<String> calendar = optional(in);
            ZoneId rz = ZoneId.of(readText(in));
            Guarantee g = Guarantee.values()[in.readByte()];
            boolean business = in.readBoolean();
            Optional<Reason> reason = optionalReason(in);
            List<String> assumptions = texts(in);
            List<String> supplied = texts(in);
            results.add(new MetricResult(
                    metric,
                    p,
                    status,
                    due,
                    at,
                    elapsed,
                    target,
                    label,
                    calendar,
                    rz,
                    g,
                    business,
                    reason,
                    assumptions,
                    supplied));
        }
        int otherCount = in.readShort();
        List<OtherReading> others = new ArrayList<>(otherCount);
        for (int i = 0; i < otherCount; i++) {
            String reading = readText(in);
            Metric metric = Metric.values()[in.readByte()];
            int status = in.readByte();
            others.add(new OtherReading(
                    reading, metric, status < 0 ? Optional.empty() : Optional.of(Status.values()[status])));
        }
        return new TicketVerdict(
                t, priority, original, version, vChannel, vRegion, vTier, exclusion, zone, results, others);
    }

    private static void texts(DataOutputStream o, List<String> values) throws IOException {
        o.writeShort(values.size());
        for (String v : values) {
            writeText(o, v);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int n = in.readShort();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readText(in));
        }
        return out;
    }

    private static void optional(DataOutputStream o, Optional<String> value) throws IOException {
        o.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            writeText(o, value.get());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(readText(in)) : Optional.empty();
    }

    private static void reason(DataOutputStream o, Reason reason) throws IOException {
        writeText(o, reason.key());
        o.writeShort(reason.arguments().size());
        for (String a : reason.arguments()) {
            writeText(o, a);
        }
    }

    private static Reason reason(DataInputStream in) throws IOException {
        String key = readText(in);
        int n = in.readShort();
        List<String> arguments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            arguments.add(readText(in));
        }
        return new Reason(key, arguments);
    }

    private static void optionalReason(DataOutputStream o, Optional<Reason> value) throws IOException {
        o.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            reason(o, value.get());
        }
    }

    private static Optional<Reason> optionalReason(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(reason(in)) : Optional.empty();
    }

    private static void optionalLong(DataOutputStream o, OptionalLong value) throws IOException {
        o.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            o.writeLong(value.getAsLong());
        }
    }

    private static OptionalLong optionalLong(DataInputStream in) throws IOException {
        return in.readBoolean() ? OptionalLong.of(in.readLong()) : OptionalLong.empty();
    }

    /**
     * Strings of any length, as UTF-8 after their length: DataOutputStream.writeUTF stops at 64 KiB,
     * and an export's cell or a contract's label can be longer.
     */
    private static void writeText(DataOutputStream o, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        o.writeInt(bytes.length);
        o.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
