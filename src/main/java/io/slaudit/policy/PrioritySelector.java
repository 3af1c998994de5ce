package io.slaudit.policy;

import java.util.List;

/** The priorities a target applies to: some, by key, or {@code any}. */
public record PrioritySelector(boolean any, List<String> keys) {

    public static final PrioritySelector ANY = new PrioritySelector(true, List.of());

    public PrioritySelector {
        keys = List.copyOf(keys);
        if (any != keys.isEmpty()) {
            throw new IllegalArgumentException("a selector is either 'any' or a non-empty list of priorities");
        }
    }

    public static PrioritySelector of(List<String> keys) {
        return new PrioritySelector(false, keys);
    }

    public boolean matches(String priorityKey) {
        return any || keys.contains(priorityKey);
    }

    @Override
    public String toString() {
        return any ? "any" : String.join(", ", keys);
    }
}
