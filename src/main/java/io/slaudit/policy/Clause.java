package io.slaudit.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * A clause kept as the contract words it: what support excludes, what it covers, a statement that
 * bears on service but promises nothing measurable, or an assumption the encoding had to make.
 */
public record Clause(String text, Optional<String> topic, Optional<String> source) {

    public Clause {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(source, "source");
    }
}
