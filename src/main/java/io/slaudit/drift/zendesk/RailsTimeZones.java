package io.slaudit.drift.zendesk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone names of Ruby on Rails ({@code ActiveSupport::TimeZone::MAPPING}), in which Zendesk
 * writes a schedule's {@code time_zone}: {@code Berlin}, {@code Eastern Time (US & Canada)}. As
 * Rails' own {@code find_tzinfo} does, a name the table lacks is tried as an IANA identifier.
 */
public final class RailsTimeZones {

    private static final Map<String, String> MAPPING = load();

    private RailsTimeZones() {}

    /** The zone a Rails name (or an IANA identifier) stands for. */
    public static Optional<ZoneId> zone(String name) {
        String iana = MAPPING.get(name);
        try {
            if (iana != null) {
                return Optional.of(ZoneId.of(iana));
            }
            // an IANA region (Europe/Berlin), never an offset such as +01:00 that no schedule writes
            if (name.contains("/") && !name.startsWith("/")) {
                return Optional.of(ZoneId.of(name));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Every Rails name with its IANA identifier, in Rails' order. */
    public static Map<String, String> mapping() {
        return MAPPING;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = RailsTimeZones.class.getResourceAsStream("rails-time-zones.txt")) {
            if (in == null) {
                throw new IllegalStateException("rails-time-zones.txt is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                m.put(line.substring(0, bar), line.substring(bar + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }
}
