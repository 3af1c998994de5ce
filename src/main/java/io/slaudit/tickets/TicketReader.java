package io.slaudit.tickets;

import io.slaudit.input.InputException;
import io.slaudit.input.PositionUnit;
import io.slaudit.input.SourceMark;
import io.slaudit.input.Table;
import io.slaudit.input.TableLayout;
import io.slaudit.input.TableRow;
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
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Streams the rows of a ticket export as canonical tickets, through a profile: named, given as a
 * mapping, or recognised from the header (which may stand below a title, see {@link Table}). A row
 * that cannot be read becomes a {@link RejectedRow} with its line and reason; the rest go on.
 */
public final class TicketReader implements AutoCloseable, Iterable<ParsedRow> {

    private final Table table;
    private final ExportProfile profile;
    private final boolean detected;
    private final Map<TicketField, Integer> columns = new EnumMap<>(TicketField.class);
    private final Map<TicketField, Long> derivedUnit = new EnumMap<>(TicketField.class);
    private final TimestampParser timestamps;
    private final TicketsZone zone;
    private final int width;
    private final boolean shortRowsAllowed;

    /**
     * Priorities, channels, regions, tiers and roles take few values: each distinct text is kept
     * once, translated once, and handed out again, so that a million rows share a handful of
     * strings (their hash codes cached) instead of a million copies. Bounded, for files where a
     * column is not what it claims.
     */
    private static final int VOCABULARY_LIMIT = 1024;

    private final Map<TicketField, Map<String, Optional<String>>> vocabulary = new EnumMap<>(TicketField.class);

    private TicketReader(Table table, ExportProfile profile, boolean detected, TicketsZone zone) {
        this.table = table;
        this.profile = profile;
        this.detected = detected;
        this.zone = zone;
        this.width = table.width();
        this.shortRowsAllowed = table.positions() == PositionUnit.SHEET_ROW;
        for (TicketField f : List.of(
                TicketField.PRIORITY, TicketField.CHANNEL, TicketField.REGION, TicketField.TIER, TicketField.ROLE)) {
            vocabulary.put(f, new HashMap<>());
        }
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (String p : profile.formats()) {
            formats.add(DateTimeFormatter.ofPattern(p, Locale.ENGLISH));
        }
        this.timestamps = new TimestampParser(zone.zone(), formats);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<TicketField, ExportProfile.FieldSource> e :
                profile.fields().entrySet()) {
            Optional<Integer> index = Optional.empty();
            for (String candidate : e.getValue().candidates()) {
                if (table.hasColumn(candidate)) {
                    index = table.column(
                            candidate,
                            "the " + profile.name() + " profile's '"
                                    + e.getKey().column() + "'");
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
                    headerMark(table),
                    "missing required column"
                            + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " for the "
                            + profile.name()
                            + " profile; the header has: " + String.join(", ", table.header()));
        }
    }

    /** What a ticket export is read with besides its file: the profile, the zone, the sheet. */
    public record Options(
            Optional<ExportProfile> profile, Optional<ZoneId> zoneOption, ZoneId contractZone, Optional<String> sheet) {
        public Options {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(zoneOption, "zoneOption");
            Objects.requireNonNull(contractZone, "contractZone");
            Objects.requireNonNull(sheet, "sheet");
        }
    }

    /**
     * Opens an export. Without a profile, the header decides; a header no profile knows is an error
     * that lists the profiles and the header.
     */
    public static TicketReader open(Path file, Options options) {
        Optional<ExportProfile> named = options.profile();
        Table table = Table.open(
                file,
                options.sheet(),
                named.isPresent()
                        ? header -> ExportProfiles.score(named.get(), header) >= 0
                        : header -> ExportProfiles.detect(header).isPresent());
        try {
            ExportProfile profile;
            boolean detected;
            if (named.isPresent()) {
                profile = named.get();
                detected = false;
            } else {
                Optional<ExportProfile> found = ExportProfiles.detect(table.header());
                if (found.isEmpty()) {
                    throw InputException.invalid(
                            headerMark(table),
                            "the header matches no known export"
                                    + " (profiles: " + String.join(", ", ExportProfiles.NAMES)
                                    + "); name one with --profile or"
                                    + " describe the columns with --mapping FILE. The header"
                                    + (table.headerPosition() > 1
                                            ? " (the first row with something in it, of the first "
                                                    + Table.HEADER_SEARCH + " searched)"
                                            : "")
                                    + " has: " + String.join(", ", table.header()));
                }
                profile = found.get();
                detected = true;
            }
            return new TicketReader(table, profile, detected, zone(table, profile, options));
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }

    /** The zone of the export's local times: the option, else the file's footer, else the profile's, else the contract's. */
    static TicketsZone zone(Table table, ExportProfile profile, Options options) {
        if (options.zoneOption().isPresent()) {
            return new TicketsZone(
                    options.zoneOption().get(),
                    TicketsZone.Source.OPTION,
                    profile.name(),
                    Optional.empty(),
                    Optional.empty());
        }
        if (table.declaredZone().isPresent()) {
            TableLayout.ZoneFooter f = table.declaredZone().get();
            return new TicketsZone(
                    f.zone(), TicketsZone.Source.FOOTER, profile.name(), Optional.empty(), Optional.of(f.text()));
        }
        if (profile.zone().isPresent()) {
            return new TicketsZone(
                    profile.zone().get(),
                    TicketsZone.Source.PROFILE,
                    profile.name(),
                    profile.zoneNote(),
                    Optional.empty());
        }
        return new TicketsZone(
                options.contractZone(),
                TicketsZone.Source.CONTRACT,
                profile.name(),
                profile.zoneNote(),
                Optional.empty());
    }

    private static SourceMark headerMark(Table table) {
        return new SourceMark(table.source(), (int) Math.min(Integer.MAX_VALUE, table.headerPosition()), 0);
    }

    public ExportProfile profile() {
        return profile;
    }

    /** Whether the profile was recognised from the header rather than named. */
    public boolean detected() {
        return detected;
    }

    public Table table() {
        return table;
    }

    /** The zone local times were read in, and why. */
    public TicketsZone zone() {
        return zone;
    }

    /** How many of the export's times had no offset, so were read in {@link #zone()}. */
    public long localTimes() {
        return timestamps.localTimes();
    }

    /** Whether the export carries the field at all (a first-response column, say). */
    public boolean has(TicketField field) {
        return columns.containsKey(field);
    }

    @Override
    public Iterator<ParsedRow> iterator() {
        Iterator<TableRow> rows = table.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = rows.hasNext();
                if (!more) {
                    checkFooterZone();
                }
                return more;
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

    /**
     * A footer naming another zone than the one the rows were read in, found only at the end (from a
     * pipe, whose end cannot be looked at first): the verdicts would rest on the wrong zone.
     */
    private void checkFooterZone() {
        Optional<TableLayout.ZoneFooter> footer = table.layout().zoneFooter();
        if (footer.isEmpty()
                || zone.source() == TicketsZone.Source.OPTION
                || footer.get().zone().equals(zone.zone())
                || timestamps.localTimes() == 0) {
            return;
        }
        throw InputException.invalid(
                new SourceMark(
                        table.source(),
                        (int) Math.min(Integer.MAX_VALUE, footer.get().position()),
                        0),
                "the footer says the export's times are in "
                        + footer.get().zone().getId() + " ('"
                        + footer.get().text() + "'), but they were read in " + zone.describe()
                        + " before it was reached; give --tickets-zone "
                        + footer.get().zone().getId()
                        + " (or another zone) to read them in it");
    }

    ParsedRow parse(TableRow row) {
        String id = text(row, TicketField.ID);
        int cells = row.cells().size();
        if (cells != width && (cells < width ? !shortRowsAllowed : !blankFrom(row, width))) {
            return new RejectedRow(
                    row.position(), id, Reason.of("row.field-count", cells < width ? cells : filledWidth(row), width));
        }
        if (id.isEmpty()) {
            return new RejectedRow(row.position(), id, Reason.of("row.no-id"));
        }
        if (id.length() > MAX_NAME) {
            return new RejectedRow(row.position(), id, tooLong(TicketField.ID, id));
        }
        String createdText = text(row, TicketField.CREATED);
        if (createdText.isEmpty()) {
            return new RejectedRow(row.position(), id, Reason.of("row.no-created", TicketField.CREATED.column()));
        }
        long created;
        try {
            created = timestamps.parse(createdText);
        } catch (IllegalArgumentException e) {
            return new RejectedRow(
                    row.position(), id, timestamps.unreadable(TicketField.CREATED.column(), createdText));
        }
        try {
            String priority = optional(row, TicketField.PRIORITY).orElse("");
            if (priority.isEmpty()) {
                return new RejectedRow(row.position(), id, Reason.of("row.no-priority"));
            }
            OptionalLong firstResponse = instant(row, TicketField.FIRST_RESPONSE, created);
            OptionalLong resolved = instant(row, TicketField.RESOLVED, created);
            return new TicketRecord(
                    row.position(),
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
        } catch (UnreadableValue e) {
            return new RejectedRow(row.position(), id, e.reason);
        }
    }

    /**
     * An id or a name (priority, channel, region, tier, role) longer than this is no id or name but
     * a column that is not what it claims, or an attack: its row is rejected by line.
     */
    static final int MAX_NAME = 1000;

    private static Reason tooLong(TicketField field, String text) {
        return Reason.of("row.value-too-long", field.column(), text.length(), MAX_NAME);
    }

    private OptionalLong instant(TableRow row, TicketField field, long created) {
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

    private String text(TableRow row, TicketField field) {
        Integer index = columns.get(field);
        return index == null ? "" : row.get(index).trim();
    }

    private Optional<String> optional(TableRow row, TicketField field) {
        String t = text(row, field);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Optional<String>> known = vocabulary.get(field);
        Optional<String> value = known.get(t);
        if (value == null) {
            if (t.length() > MAX_NAME) {
                throw new UnreadableValue(tooLong(field, t));
            }
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

    /** Whether every cell from {@code from} on is blank: spreadsheets pad rows with empty cells. */
    private static boolean blankFrom(TableRow row, int from) {
        for (int i = from; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row's width up to its last filled cell, as a message counts its fields. */
    private static int filledWidth(TableRow row) {
        int w = row.cells().size();
        while (w > 0 && row.cells().get(w - 1).isBlank()) {
            w--;
        }
        return w;
    }

    @Override
    public void close() {
        table.close();
    }
}
