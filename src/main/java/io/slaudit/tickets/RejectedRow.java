package io.slaudit.tickets;

import java.util.Objects;

/** A row that could not be audited: its line, its id when one could be read, and why. */
public record RejectedRow(long line, String id, Reason reason) implements ParsedRow {

    public RejectedRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }
}
