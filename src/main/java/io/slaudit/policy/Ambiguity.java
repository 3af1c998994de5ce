package io.slaudit.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A clause the contract lets be read in more than one way, the readings it admits and the one an
 * audit decides by. Targets name the reading they belong to with {@code when}; a reading may also
 * set how business days are read and change the pricing rules (see {@link PricingRules}).
 */
public record Ambiguity(
        String key, String question, Optional<String> source, String defaultReading, Map<String, Reading> readings) {

    /** One way of reading the clause. */
    public record Reading(
            String key,
            String meaning,
            Optional<BusinessDayRule> businessDay,
            PricingRules.Change pricing,
            Optional<ReadingExample> example) {
        public Reading {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(meaning, "meaning");
            Objects.requireNonNull(businessDay, "businessDay");
            Objects.requireNonNull(pricing, "pricing");
            Objects.requireNonNull(example, "example");
        }

        /** A reading that leaves the pricing rules as they are, without a checkable example. */
        public Reading(String key, String meaning, Optional<BusinessDayRule> businessDay) {
            this(key, meaning, businessDay, PricingRules.Change.NONE, Optional.empty());
        }
    }

    /** Whether any reading bears on anything: targets name it with {@code when}, or it sets business days or prices. */
    public boolean bearsOnNothing(java.util.List<Target> targets) {
        return targets.stream().noneMatch(t -> t.when().containsKey(key))
                && readings.values().stream()
                        .allMatch(r -> r.businessDay().isEmpty() && r.pricing().isEmpty());
    }

    /** Whether some reading changes how the contract's prices are applied. */
    public boolean bearsOnPricing() {
        return readings.values().stream().anyMatch(r -> !r.pricing().isEmpty());
    }

    public Ambiguity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(defaultReading, "defaultReading");
        readings = Collections.unmodifiableMap(new LinkedHashMap<>(readings));
        if (readings.size() < 2) {
            throw new IllegalArgumentException("an ambiguity needs at least two readings");
        }
        if (!readings.containsKey(defaultReading)) {
            throw new IllegalArgumentException(
                    "the default reading '" + defaultReading + "' is not one of " + readings.keySet());
        }
    }
}
