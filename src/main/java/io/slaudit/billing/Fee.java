package io.slaudit.billing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A tier's monthly fee in a bill: the tier (key and label), the amount, and the package that
 * includes the tier when its fee is part of the package's price instead (the package's own price is
 * not part of a support contract's price list).
 */
public record Fee(String tier, String label, BigDecimal amount, Optional<String> includedIn) {

    public Fee {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(includedIn, "includedIn");
    }
}
