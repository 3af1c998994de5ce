package io.slaudit.tickets;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The zone in which an export's local times (those without an offset) were read, and why that one:
 * the user said so ({@code --tickets-zone}), the file said so (a footer like Zammad's {@code
 * Timezone: Europe/Berlin}), the system writes that zone (Znuny's database times are UTC by
 * default), or nothing said otherwise and the contract's zone was taken.
 */
public record TicketsZone(ZoneId zone, Source source, String detail) {

    /** Who decided the zone, strongest first. */
    public enum Source {
        /** {@code --tickets-zone}. */
        OPTION("option"),
        /** A footer row of the export. */
        FOOTER("footer"),
        /** The export profile or mapping file. */
        PROFILE("profile"),
        /** The contract's default calendar. */
        CONTRACT("contract");

        private final String key;

        Source(String key) {
            this.key = key;
        }

        /** The name used in JSON and CSV outputs. */
        public String key() {
            return key;
        }
    }

    public TicketsZone {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detail, "detail");
    }

    /** "UTC (the otrs profile: ...)", as the reports state it. */
    public String describe() {
        return zone.getId() + " (" + detail + ")";
    }
}
