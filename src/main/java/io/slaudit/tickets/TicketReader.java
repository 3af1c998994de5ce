package io.slaudit.tickets;

import io.slaudit.input.CsvInput;
import io.slaudit.input.InputException;
import io.slaudit.input.SourceMark;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Streams the rows of a ticket export as canonical tickets, through a profile: named, given as a
 * mapping, or recognised from the header. A row that cannot be read becomes a {@link RejectedRow}
 * with its line and reason; the rest go on.
 */
public final class TicketReader implements AutoCloseable, Iterable<ParsedRow> {

    private final CsvInput csv;
    private final ExportProfile profile;
    private final boolean detected;
    private final Map<TicketField, Integer> columns = new EnumMap<>(TicketField.class);
    private final Map<TicketField, Long> derivedUnit = new EnumMap<>(TicketField.class);
    private final TimestampParser timestamps;
    private final int headerSize;

    /**
     * Priorities, channels, regions, tiers and roles take few values: each distinct text is kept
     * once, translated once, and handed out again, so that a million rows share a handful of
     * strings (their hash codes cached) instead of a million copies. Bounded, for files where a
     * column is not what it claims.
     */
    private static final int VOCABULARY_LIMIT = 1024;

    private final Map<TicketField, Map<String, Optional<String>>> vocabulary = new EnumMap<>(TicketField.class);

    private TicketReader(CsvInput csv, ExportProfile profile, boolean detected, ZoneId zone) {
        this.csv = csv;
        this.profile = profile;
        this.detected = detected;
        this.headerSize = csv.header().size();
        for (TicketField f : List.of(
                TicketField.PRIORITY, TicketField.CHANNEL, TicketField.REGION, TicketField.TIER, TicketField.ROLE)) {
            vocabulary.put(f, new HashMap<>());
        }
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (String p : profile.formats()) {
            formats.add(DateTimeFormatter.ofPattern(p, Locale.ENGLISH));
        }
        this.timestamps = new TimestampParser(profile.zone().orElse(zone), formats);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<TicketField, ExportProfile.FieldSource> e :
                profile.fields().entrySet()) {
            Optional<Integer> index = Optional.empty();
            for (String candidate : e.getValue().candidates()) {
                index = csv.column(candidate);
                if (index.isPresent()) {
                    break;
                }
            }
            if (index.isPresent()) {
                columns.put(e.getKey(), index.get());
                if (e.getValue() instanceof ExportProfile.AfterCreated a) {
                    derivedUnit.put(e.getKey(), a.secondsPerUnit());
                }
            } else if (e.getKey().required()) {
                missing.add("'" + e.getKey().column() + "' ("
                        + String.join(" or ", e.getValue().candidates()) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw InputException.invalid(
                    new SourceMark(csv.source(), 1, 0),
                    "missing required column"
                            + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " for the "
                            + profile.name()
                            + " profile; the header has: " + String.join(", ", csv.header()));
        }
    }

    /**
     * Opens an export. Without a profile, the header decides; a header no profile knows is an error
     * that lists the profiles and the header.
     *
     * @param zone the zone of timestamps without an offset, unless the profile names one
     */
    public static TicketReader open(Path file, Optional<ExportProfile> profile, ZoneId zone) {
        CsvInput csv = CsvInput.open(file);
        try {
            if (profile.isPresent()) {
                return new TicketReader(csv, profile.get(), false, zone);
            }
            Optional<ExportProfile> detected = ExportProfiles.detect(csv.header());
            if (detected.isEmpty()) {
                throw InputException.invalid(
                        new SourceMark(csv.source(), 1, 0),
                        "the header matches no known export"
                                + " (profiles: " + String.join(", ", ExportProfiles.NAMES)
                                + "); name one with --profile or"
                                + " describe the columns with --mapping FILE. The header has: "
                                + String.join(", ", csv.header()));
            }
            return new TicketReader(csv, detected.get(), true, zone);
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    public ExportProfile profile() {
        return profile;
    }

    /** Whether the profile was recognised from the header rather than named. */
    public boolean detected() {
        return detected;
    }

    public CsvInput csv() {
        return csv;
    }

    /** Whether the export carries the field at all (a first-response column, say). */
    public boolean has(TicketField field) {
        return columns.containsKey(field);
    }

    @Override
    public Iterator<ParsedRow> iterator() {
        Iterator<CsvInput.Row> rows = csv.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ParsedRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return parse(rows.next());
            }
        };
    }

    ParsedRow parse(CsvInput.Row row) {
        String id = text(row, TicketField.ID);
        if (row.fields().size() != headerSize) {
            return new RejectedRow(
                    row.line(), id, Reason.of("row.field-count", row.fields().size(), headerSize));
        }
        if (id.isEmpty()) {
            return new RejectedRow(row.line(), id, Reason.of("row.no-id"));
        }
        String createdText = text(row, TicketField.CREATED);
        if (createdText.isEmpty()) {
            return new RejectedRow(row.line(), id, Reason.of("row.no-created", TicketField.CREATED.column()));
        }
        long created;
        try {
            created = timestamps.parse(createdText);
        } catch (IllegalArgumentException e) {
            return new RejectedRow(row.line(), id, timestamps.unreadable(TicketField.CREATED.column(), createdText));
        }
        String priority = optional(row, TicketField.PRIORITY).orElse("");
        if (priority.isEmpty()) {
            return new RejectedRow(row.line(), id, Reason.of("row.no-priority"));
        }
        OptionalLong firstResponse;
        OptionalLong resolved;
        try {
            firstResponse = instant(row, TicketField.FIRST_RESPONSE, created);
            resolved = instant(row, TicketField.RESOLVED, created);
        } catch (UnreadableValue e) {
            return new RejectedRow(row.line(), id, e.reason);
        }
        return new TicketRecord(
                row.line(),
                id,
                created,
                priority,
                optional(row, TicketField.CHANNEL),
                optional(row, TicketField.REGION),
                optional(row, TicketField.TIER),
                optional(row, TicketField.ROLE),
                firstResponse,
                resolved,
                text(row, TicketField.SUBJECT));
    }

    private OptionalLong instant(CsvInput.Row row, TicketField field, long created) {
        String t = text(row, field);
        if (t.isEmpty()) {
            return OptionalLong.empty();
        }
        Long unit = derivedUnit.get(field);
        if (unit != null) {
            BigDecimal amount;
            try {
                amount = new BigDecimal(t.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new UnreadableValue(
                        Reason.of(unit == 60 ? "value.not-minutes" : "value.not-hours", field.column(), t));
            }
            if (amount.signum() < 0) {
                throw new UnreadableValue(Reason.of("value.negative", field.column(), t));
            }
            // No response takes a billion minutes; and an exponent like 1e999999999 would make
            // the arithmetic below build a number of a billion digits.
            if (amount.precision() - amount.scale() > 9) {
                throw new UnreadableValue(Reason.of("value.too-large", field.column(), t));
            }
            return OptionalLong.of(created
                    + amount.multiply(BigDecimal.valueOf(unit))
                            .setScale(0, java.math.RoundingMode.HALF_UP)
                            .longValueExact());
        }
        try {
            return OptionalLong.of(timestamps.parse(t));
        } catch (IllegalArgumentException e) {
            throw new UnreadableValue(timestamps.unreadable(field.column(), t));
        }
    }

    private String text(CsvInput.Row row, TicketField field) {
        Integer index = columns.get(field);
        return index == null ? "" : row.get(index).trim();
    }

    private Optional<String> optional(CsvInput.Row row, TicketField field) {
        String t = text(row, field);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Optional<String>> known = vocabulary.get(field);
        Optional<String> value = known.get(t);
        if (value == null) {
            value = Optional.of(profile.translate(field, t));
            if (known.size() < VOCABULARY_LIMIT) {
                known.put(t, value);
            }
        }
        return value;
    }

    /** A field's value that cannot be read; the row is rejected with the reason. */
    private static final class UnreadableValue extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        final transient Reason reason;

        UnreadableValue(Reason reason) {
            // No stack trace: this is a verdict on a row, thrown for every bad value of an export.
            super(reason.key(), null, false, false);
            this.reason = reason;
        }
    }

    @Override
    public void close() {
        csv.close();
    }
}
