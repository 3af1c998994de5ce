package io.slaudit.compare;

import io.slaudit.billing.ScenarioQuote;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A month of support priced under each compared contract ({@code compare --scenario}): per
 * contract the quote of the billing engine ({@link io.slaudit.billing.Scenarios}) on every tier
 * under the default readings and under each other reading, or, for a contract that states no
 * prices, that it does not, with whether its targets meet the requirement.
 */
public record CostComparison(CostScenario scenario, List<PolicyCost> policies) {

    public CostComparison {
        Objects.requireNonNull(scenario, "scenario");
        policies = List.copyOf(policies);
    }

    /**
     * One contract's month. {@code quote} is empty for a contract without tiers (no prices); then
     * {@code unpriced} says whether its targets meet the requirement (NOT_ASKED without one).
     *
     * @param requiredClass the contract's class of the severity the requirement names, if it names one the contract has
     */
    public record PolicyCost(
            String policy,
            String name,
            String currency,
            Optional<ScenarioQuote> quote,
            ScenarioQuote.Verdict unpriced,
            Optional<String> requiredClass) {
        public PolicyCost {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(unpriced, "unpriced");
            Objects.requireNonNull(requiredClass, "requiredClass");
        }

        public boolean priced() {
            return quote.isPresent();
        }

        /** The cheapest tier that meets the requirement (any tier when none is asked), under the default readings. */
        public Optional<ScenarioQuote.TierQuote> cheapestMeeting() {
            return quote.flatMap(q -> q.cheapestMeeting().flatMap(q::tier));
        }

        /** The cheapest tier, whether it meets the requirement or not. */
        public Optional<ScenarioQuote.TierQuote> cheapest() {
            return quote.flatMap(q -> q.cheapest().flatMap(q::tier));
        }
    }

    /** The lowest monthly total of a tier meeting the requirement, over the contracts priced in one currency. */
    public Optional<BigDecimal> lowestMeeting(String currency) {
        return policies.stream()
                .filter(p -> p.currency().equals(currency))
                .flatMap(p -> p.cheapestMeeting().stream())
                .map(ScenarioQuote.TierQuote::total)
                .min(BigDecimal::compareTo);
    }
}
