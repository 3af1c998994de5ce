package io.slaudit.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A customer region that picks a calendar (Europe in CET, North America in ET). */
public record Region(String key, Optional<String> label, String calendar, List<String> aliases) {

    public Region {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(calendar, "calendar");
        aliases = List.copyOf(aliases);
    }

    public List<String> names() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(key);
        label.ifPresent(names::add);
        names.addAll(aliases);
        return List.copyOf(names);
    }
}
