package io.slaudit.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the contract's prices are net or gross (before or after VAT), each kind of price as the
 * document says it: "Preis netto pro Minute" makes the phone and hotline prices net and says
 * nothing of the monthly fees. Empty where the document does not say.
 */
public record PriceBasis(
        Optional<Basis> monthlyFees, Optional<Basis> phone, Optional<Basis> hotline, Optional<String> source) {

    public static final PriceBasis UNSTATED =
            new PriceBasis(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Before or after VAT. */
    public enum Basis {
        NET("net"),
        GROSS("gross");

        private final String key;

        Basis(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public PriceBasis {
        Objects.requireNonNull(monthlyFees, "monthlyFees");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(hotline, "hotline");
        Objects.requireNonNull(source, "source");
    }

    public boolean isStated() {
        return monthlyFees.isPresent() || phone.isPresent() || hotline.isPresent();
    }
}
