package io.slaudit.tickets;

import java.util.Objects;
import java.util.Optional;

/** A change in a ticket's life from the events file: a new state, a new priority, or both. */
public record TicketEvent(long line, long at, Optional<String> state, Optional<String> priority) {

    public TicketEvent {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(priority, "priority");
        if (state.isEmpty() && priority.isEmpty()) {
            throw new IllegalArgumentException("an event changes a state or a priority");
        }
    }
}
