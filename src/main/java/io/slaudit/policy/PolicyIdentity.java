package io.slaudit.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which contract this is: its id, the vendor and product, the document's own date or version, the
 * document and clauses it was encoded from, and the dates it is in force (both ends included).
 */
public record PolicyIdentity(
        String id,
        String vendor,
        Optional<String> product,
        Optional<String> version,
        Optional<String> source,
        Optional<LocalDate> effectiveFrom,
        Optional<LocalDate> effectiveTo) {

    public PolicyIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        if (effectiveFrom.isPresent()
                && effectiveTo.isPresent()
                && effectiveTo.get().isBefore(effectiveFrom.get())) {
            throw new IllegalArgumentException("effective-to lies before effective-from");
        }
    }

    /** Whether the contract is in force on a date. */
    public boolean inForceOn(LocalDate date) {
        return effectiveFrom.map(f -> !date.isBefore(f)).orElse(true)
                && effectiveTo.map(t -> !date.isAfter(t)).orElse(true);
    }
}
