package io.slaudit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The renderers by format name. */
public final class Renderers {

    private static final Map<String, Function<DocumentContent, Renderer>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("text", c -> new TextRenderer());
        BY_NAME.put("json", c -> new JsonRenderer());
        BY_NAME.put("csv", c -> new CsvRenderer());
        BY_NAME.put("junit", c -> new JunitRenderer());
        // lambdas, not constructor references: a reference loads its class (and the FreeMarker and
        // PDFBox classes that class names) when the table is built, for every audit
        BY_NAME.put("html", c -> new HtmlRenderer(c));
        BY_NAME.put("pdf", c -> new PdfRenderer(c));
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
        return forOneAudit(options).apply(name);
    }

    /**
     * Renderers by name for the outputs of one audit: the HTML and PDF documents among them share
     * their content, so it is built from the verdicts once.
     */
    public static Function<String, Optional<Renderer>> forOneAudit(DocumentOptions options) {
        DocumentContent content = new DocumentContent(options);
        return name -> Optional.ofNullable(BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)))
                .map(make -> make.apply(content));
    }
}
