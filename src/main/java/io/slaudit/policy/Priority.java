package io.slaudit.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the contract's priority classes, with the names tickets use for it. A ticket's priority
 * matches by key, label or alias, case-insensitively; the alias {@code *} catches every name no
 * other priority claims (for contracts that have a single class of request).
 *
 * <p>{@code severities} are the normalised severities the contract maps the class onto (for
 * comparisons); empty when it states none.
 */
public record Priority(
        String key,
        String label,
        List<String> aliases,
        Optional<String> definition,
        Optional<String> effort,
        Optional<String> source,
        List<Severity> severities) {

    public static final String CATCH_ALL = "*";

    public Priority {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(source, "source");
        severities = severities.stream().distinct().sorted().toList();
    }

    /** A class without a stated severity. */
    public Priority(
            String key,
            String label,
            List<String> aliases,
            Optional<String> definition,
            Optional<String> effort,
            Optional<String> source) {
        this(key, label, aliases, definition, effort, source, List.of());
    }

    public boolean catchesAll() {
        return aliases.contains(CATCH_ALL);
    }

    /** Every name a ticket may use for this priority (without the catch-all). */
    public List<String> names() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(key);
        names.add(label);
        for (String a : aliases) {
            if (!a.equals(CATCH_ALL)) {
                names.add(a);
            }
        }
        return List.copyOf(names);
    }
}
