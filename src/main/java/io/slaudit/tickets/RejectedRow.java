package io.slaudit.tickets;

import java.util.Objects;

/**
 * A row that could not be audited: its line, its id when one could be read, and why. An id longer
 * than {@value #MAX_ID} characters is kept cut, with an ellipsis: a row rejected for a runaway id
 * must not carry it into every report.
 */
public record RejectedRow(long line, String id, Reason reason) implements ParsedRow {

    public static final int MAX_ID = 200;

    public RejectedRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        if (id.length() > MAX_ID) {
            int end = Character.isHighSurrogate(id.charAt(MAX_ID - 1)) ? MAX_ID - 1 : MAX_ID;
            id = id.substring(0, end) + "\u2026";
        }
    }
}
