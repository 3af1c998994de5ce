package io.slaudit.tickets;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The zone in which an export's local times (those without an offset) were read, and why that one:
 * the user said so ({@code --tickets-zone}), the file said so (a footer like Zammad's {@code
 * Timezone: Europe/Berlin}), the system writes that zone (Znuny's database times are UTC by
 * default), or nothing said otherwise and the contract's zone was taken. {@code note} is what the
 * profile says of its system's times ("Zendesk writes times in the account's default time zone");
 * {@code footer} the footer's text.
 */
public record TicketsZone(ZoneId zone, Source source, String profile, Optional<String> note, Optional<String> footer) {

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

        /** The name used in JSON and CSV outputs, and in message keys. */
        public String key() {
            return key;
        }
    }

    public TicketsZone {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(footer, "footer");
        if (source == Source.FOOTER && footer.isEmpty()) {
            throw new IllegalArgumentException("a zone from a footer needs the footer's text");
        }
    }

    /** Why this zone, in English: "the otrs profile: Znuny and OTRS write ...; --tickets-zone sets another". */
    public String reason() {
        String n = note.map(t -> ": " + t).orElse("");
        return switch (source) {
            case OPTION -> "--tickets-zone";
            case FOOTER -> "the export's footer says so: '" + footer.orElseThrow() + "'";
            case PROFILE -> "the " + profile + " profile" + n + "; --tickets-zone sets another";
            case CONTRACT ->
                "the contract's zone, for the export's times without an offset"
                        + note.map(t -> " (" + t + ")").orElse("") + "; --tickets-zone sets another";
        };
    }

    /** "UTC (the otrs profile: ...)", as the reports state it. */
    public String describe() {
        return zone.getId() + " (" + reason() + ")";
    }
}
