package io.slaudit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The formats one kind of result can be rendered in, by {@code --format} name. A renderer is made
 * only when asked for, so that a command pays for FreeMarker or PDFBox only when it writes HTML or
 * PDF.
 *
 * @param <R> the result the renderers format
 */
public final class RendererSet<R> {

    private final Map<String, Supplier<Renderer<R>>> byName;

    private RendererSet(Map<String, Supplier<Renderer<R>>> byName) {
        this.byName = byName;
    }

    /** A set to be filled in order: the order is the one {@link #names()} lists. */
    public static <R> Builder<R> builder() {
        return new Builder<>();
    }

    /** The format names, in the order help texts list them. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The renderer of a format, its name matched case-insensitively and ignoring surrounding spaces. */
    public Optional<Renderer<R>> named(String name) {
        Supplier<Renderer<R>> make = byName.get(name.trim().toLowerCase(Locale.ROOT));
        return make == null ? Optional.empty() : Optional.of(make.get());
    }

    /** Collects the formats of a set. */
    public static final class Builder<R> {
        private final Map<String, Supplier<Renderer<R>>> byName = new LinkedHashMap<>();

        private Builder() {}

        public Builder<R> add(String name, Supplier<Renderer<R>> make) {
            if (byName.putIfAbsent(name, make) != null) {
                throw new IllegalArgumentException("format '" + name + "' is in the set twice");
            }
            return this;
        }

        public RendererSet<R> build() {
            return new RendererSet<>(new LinkedHashMap<>(byName));
        }
    }
}
