package io.slaudit.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * What the same calls would cost on one tier of the contract, by month and in all: the comparison
 * that tells a customer whether another tier would be cheaper. {@code booked} marks the tier billed.
 */
public record TierTotal(
        String tier, String label, boolean booked, Map<YearMonth, BigDecimal> months, BigDecimal total) {

    public TierTotal {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(label, "label");
        months = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(months));
        Objects.requireNonNull(total, "total");
    }
}
