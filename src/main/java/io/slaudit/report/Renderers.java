package io.slaudit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The renderers by format name. */
public final class Renderers {

    private static final Map<String, Supplier<Renderer>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("text", TextRenderer::new);
        BY_NAME.put("json", JsonRenderer::new);
        BY_NAME.put("csv", CsvRenderer::new);
        BY_NAME.put("junit", JunitRenderer::new);
    }

    private Renderers() {}

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    public static Optional<Renderer> named(String name) {
        Supplier<Renderer> s = BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
        return s == null ? Optional.empty() : Optional.of(s.get());
    }
}
