package io.slaudit.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An emergency hotline billed by price bands. It is reachable on its own calendar (24/7 usually);
 * during the hours of a regular channel the regular terms apply instead, so its bands need not
 * cover those hours. Bands must not overlap and, with the regular hours, must cover every hour the
 * hotline is reachable.
 */
public record Hotline(
        String label,
        String calendar,
        Optional<String> regularHoursCalendar,
        List<PriceBand> bands,
        Optional<String> note,
        Optional<String> source) {

    public Hotline {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(regularHoursCalendar, "regularHoursCalendar");
        bands = List.copyOf(bands);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
    }
}
