package io.slaudit.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario priced on every tier of a contract under one reading: each tier's monthly total and
 * its parts, whether the tier meets the response requirement, the cheapest tier and the cheapest
 * that meets it, and the same under every other reading of the price list.
 *
 * @param reading the reading decided by, as {@code --reading} writes it
 * @param otherReadings the scenario under each reading that changes a price, one at a time
 */
public record ScenarioQuote(
        String policy,
        String currency,
        String reading,
        List<TierQuote> tiers,
        Optional<String> cheapest,
        Optional<String> cheapestMeeting,
        List<ScenarioQuote> otherReadings) {

    public ScenarioQuote {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(reading, "reading");
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(cheapest, "cheapest");
        Objects.requireNonNull(cheapestMeeting, "cheapestMeeting");
        otherReadings = List.copyOf(otherReadings);
    }

    public Optional<TierQuote> tier(String key) {
        return tiers.stream().filter(t -> t.tier().equals(key)).findFirst();
    }

    /** Whether a tier meets the requirement. */
    public enum Meets {
        /** No requirement was given. */
        NOT_ASKED,
        YES,
        NO,
        /** The tier's time and the requirement are in different units (clock and business time). */
        NOT_COMPARABLE
    }

    /**
     * One tier's month: its fees, the regular minutes and how many are free and paid, the hotline
     * calls' charges (in the scenario's order), the total, and the requirement's verdict with why.
     */
    public record TierQuote(
            String tier,
            String label,
            BigDecimal fees,
            int regularMinutes,
            int includedMinutes,
            int paidMinutes,
            BigDecimal phoneCharge,
            List<BigDecimal> hotlineCharges,
            BigDecimal hotlineCharge,
            BigDecimal total,
            Meets meets,
            String because) {
        public TierQuote {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(label, "label");
            hotlineCharges = List.copyOf(hotlineCharges);
            Objects.requireNonNull(meets, "meets");
            Objects.requireNonNull(because, "because");
        }
    }
}
