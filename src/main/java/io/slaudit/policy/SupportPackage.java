package io.slaudit.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A product package that includes support tiers ("level 2 is included in the Enterprise package"). */
public record SupportPackage(String key, String label, List<String> includesTiers, Optional<String> source) {

    public SupportPackage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        includesTiers = List.copyOf(includesTiers);
        Objects.requireNonNull(source, "source");
    }
}
