package io.slaudit.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the report documents (HTML, PDF) are made: their language, a user's template folder for the
 * HTML, the compliance threshold to draw (--fail-under), and the creation date the PDF records
 * (from SOURCE_DATE_EPOCH for reproducible builds; the current time otherwise).
 */
public record DocumentOptions(
        Locale locale, Optional<Path> templateDir, OptionalDouble threshold, Instant creationDate) {

    public DocumentOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(templateDir, "templateDir");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(creationDate, "creationDate");
    }

    /** English, the built-in template, no threshold, created now. */
    public static DocumentOptions defaults() {
        return new DocumentOptions(Locale.ENGLISH, Optional.empty(), OptionalDouble.empty(), Instant.now());
    }
}
