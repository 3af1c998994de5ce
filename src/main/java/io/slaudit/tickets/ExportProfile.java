package io.slaudit.tickets;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one ticketing system's export maps onto the canonical ticket: which column holds each field
 * (the first of several candidate names present in the header wins), the timestamp formats it
 * writes, values it spells its own way (Zendesk's "Web form" channel), and the columns that
 * identify it. Where an export gives a duration instead of a timestamp (Zendesk's "First reply
 * time in minutes"), the field is derived from the creation time. A profile may name the zone its
 * system writes times in (Znuny: UTC) and say in {@code zoneNote} which zone that is and why.
 *
 * <p>Built-in profiles and user {@code --mapping} files are the same thing, read by {@link ProfileReader}.
 */
public record ExportProfile(
        String name,
        String title,
        Optional<String> source,
        Map<TicketField, FieldSource> fields,
        List<String> formats,
        Optional<ZoneId> zone,
        Optional<String> zoneNote,
        List<List<String>> signature,
        Map<TicketField, Map<String, String>> values) {

    /** Where a field's value comes from. */
    public sealed interface FieldSource permits Column, AfterCreated {
        List<String> candidates();
    }

    /** A column, by one of several names. */
    public record Column(List<String> candidates) implements FieldSource {
        public Column {
            candidates = List.copyOf(candidates);
        }
    }

    /** An instant derived as creation time plus a duration column, in minutes or hours of clock time. */
    public record AfterCreated(List<String> candidates, long secondsPerUnit) implements FieldSource {
        public AfterCreated {
            candidates = List.copyOf(candidates);
            if (secondsPerUnit <= 0) {
                throw new IllegalArgumentException("a unit holds a positive number of seconds");
            }
        }
    }

    public ExportProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        EnumMap<TicketField, FieldSource> f = new EnumMap<>(TicketField.class);
        f.putAll(fields);
        for (TicketField required : TicketField.values()) {
            if (required.required() && !f.containsKey(required)) {
                throw new IllegalArgumentException("a profile must say where '" + required.column() + "' comes from");
            }
        }
        fields = Collections.unmodifiableMap(f);
        formats = List.copyOf(formats);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(zoneNote, "zoneNote");
        signature = signature.stream().map(List::copyOf).toList();
        EnumMap<TicketField, Map<String, String>> v = new EnumMap<>(TicketField.class);
        values.forEach((field, map) -> {
            Map<String, String> lower = new java.util.HashMap<>();
            map.forEach((k, value) -> lower.put(k.trim().toLowerCase(Locale.ROOT), value));
            v.put(field, Map.copyOf(lower));
        });
        values = Collections.unmodifiableMap(v);
    }

    /** The export's spelling of a value translated, or the value itself. */
    public String translate(TicketField field, String value) {
        Map<String, String> map = values.get(field);
        if (map == null) {
            return value;
        }
        return map.getOrDefault(value.trim().toLowerCase(Locale.ROOT), value);
    }
}
