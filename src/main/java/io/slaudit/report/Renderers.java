package io.slaudit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The renderers by format name. */
public final class Renderers {

    private static final Map<String, Function<DocumentOptions, Renderer>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("text", o -> new TextRenderer());
        BY_NAME.put("json", o -> new JsonRenderer());
        BY_NAME.put("csv", o -> new CsvRenderer());
        BY_NAME.put("junit", o -> new JunitRenderer());
        BY_NAME.put("html", HtmlRenderer::new);
        BY_NAME.put("pdf", PdfRenderer::new);
    }

    private Renderers() {}

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** A renderer with the default document options (English, built-in template). */
    public static Optional<Renderer> named(String name) {
        return named(name, DocumentOptions.defaults());
    }

    public static Optional<Renderer> named(String name, DocumentOptions options) {
        Function<DocumentOptions, Renderer> make = BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
        return make == null ? Optional.empty() : Optional.of(make.apply(options));
    }
}
