package io.slaudit.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the encoding decided where the document is silent, named by an id and tied to the parts of
 * the contract it fills in ({@code affects}: a calendar, a target, a channel, a tier, a reading,
 * the prices...). An audit traces every verdict to the assumptions it rests on by these ties, and
 * {@code explain} states each one next to the clause it fills in.
 */
public record Assumption(String id, String text, List<PolicyRef> affects, Optional<String> source) {

    public Assumption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        affects = List.copyOf(affects);
        if (affects.isEmpty()) {
            throw new IllegalArgumentException("assumption '" + id + "' affects nothing");
        }
        Objects.requireNonNull(source, "source");
    }

    /** Whether the assumption names this part of the contract, or (for a calendar) all of it. */
    public boolean affects(PolicyRef.Kind kind, String name) {
        return affects.stream()
                .anyMatch(r -> r.kind() == kind && r.name().map(name::equals).orElse(false));
    }

    public boolean affects(PolicyRef.Kind kind) {
        return affects.stream().anyMatch(r -> r.kind() == kind);
    }
}
