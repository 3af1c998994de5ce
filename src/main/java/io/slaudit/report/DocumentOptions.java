package io.slaudit.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the report documents (HTML, PDF) are made: their language, a user's template folder for the
 * HTML, the compliance threshold to draw (--fail-under), the creation date the PDF records (from
 * SOURCE_DATE_EPOCH for reproducible builds; the current time otherwise), and how many tickets
 * each list (breaches, open tickets, rejected rows) shows at most.
 */
public record DocumentOptions(
        Locale locale, Optional<Path> templateDir, OptionalDouble threshold, Instant creationDate, int listLimit) {

    /** The rows per list unless a user asks otherwise: a document to read, not a data dump. */
    public static final int DEFAULT_LIST_LIMIT = 500;

    /** Every row in every list. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public DocumentOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(templateDir, "templateDir");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(creationDate, "creationDate");
        if (listLimit < 1) {
            throw new IllegalArgumentException("a list shows at least one row, not " + listLimit);
        }
    }

    public DocumentOptions(Locale locale, Optional<Path> templateDir, OptionalDouble threshold, Instant creationDate) {
        this(locale, templateDir, threshold, creationDate, DEFAULT_LIST_LIMIT);
    }

    /** English, the built-in template, no threshold, created now, lists of 500. */
    public static DocumentOptions defaults() {
        return new DocumentOptions(Locale.ENGLISH, Optional.empty(), OptionalDouble.empty(), Instant.now());
    }
}
