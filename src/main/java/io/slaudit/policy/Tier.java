package io.slaudit.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A support tier a customer books: its monthly fee, the phone minutes it includes and their price
 * beyond that, the tiers it requires ("level 3 requires level 2"), and what else it brings. The
 * tier's own response guarantees are targets with {@code tier:}. One tier may be the default,
 * which customers have without booking anything.
 */
public record Tier(
        String key,
        String label,
        BigDecimal monthlyFee,
        Optional<PhoneQuota> phone,
        List<String> requires,
        List<String> benefits,
        boolean isDefault,
        List<String> aliases,
        Optional<String> source) {

    /** Phone minutes included per month and the price of each minute beyond them. */
    public record PhoneQuota(int includedMinutesPerMonth, BigDecimal pricePerMinute) {
        public PhoneQuota {
            if (includedMinutesPerMonth < 0) {
                throw new IllegalArgumentException("included minutes cannot be negative");
            }
            Objects.requireNonNull(pricePerMinute, "pricePerMinute");
            if (pricePerMinute.signum() < 0) {
                throw new IllegalArgumentException("a price cannot be negative");
            }
        }
    }

    public Tier {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(monthlyFee, "monthlyFee");
        if (monthlyFee.signum() < 0) {
            throw new IllegalArgumentException("a fee cannot be negative");
        }
        Objects.requireNonNull(phone, "phone");
        requires = List.copyOf(requires);
        benefits = List.copyOf(benefits);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(source, "source");
    }

    public List<String> names() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(key);
        names.add(label);
        names.addAll(aliases);
        return List.copyOf(names);
    }
}
