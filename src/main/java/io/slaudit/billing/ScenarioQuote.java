package io.slaudit.billing;

import io.slaudit.policy.TargetTime;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario priced on every tier of a contract under one reading: each tier's monthly total and
 * its parts, whether the tier meets the response requirement, the cheapest tier and the cheapest
 * that meets it, and the same under every other reading that changes a price or whether a tier
 * meets the requirement.
 *
 * @param reading the reading decided by, as {@code --reading} writes it
 * @param changed for a quote under another reading: the one ambiguity read otherwise than in the
 *     quote it belongs to; empty for that quote itself
 * @param otherReadings the scenario under each other reading, one at a time
 */
public record ScenarioQuote(
        String policy,
        String currency,
        String reading,
        Optional<ReadingChange> changed,
        List<TierQuote> tiers,
        Optional<String> cheapest,
        Optional<String> cheapestMeeting,
        List<ScenarioQuote> otherReadings) {

    public ScenarioQuote {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(changed, "changed");
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(cheapest, "cheapest");
        Objects.requireNonNull(cheapestMeeting, "cheapestMeeting");
        otherReadings = List.copyOf(otherReadings);
    }

    public Optional<TierQuote> tier(String key) {
        return tiers.stream().filter(t -> t.tier().equals(key)).findFirst();
    }

    /** One ambiguity read another way: {@code level-3-fee=charged}. */
    public record ReadingChange(String ambiguity, String reading) {
        public ReadingChange {
            Objects.requireNonNull(ambiguity, "ambiguity");
            Objects.requireNonNull(reading, "reading");
        }

        /** As {@code --reading} takes it. */
        public String name() {
            return ambiguity + "=" + reading;
        }
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
     * Whether a tier (or a contract without tiers) meets the requirement, why in words, and the
     * check of each priority asked about, for documents that say it in their own language.
     */
    public record Verdict(Meets meets, String because, List<Check> checks) {
        public static final Verdict NOT_ASKED = new Verdict(Meets.NOT_ASKED, "", List.of());

        public Verdict {
            Objects.requireNonNull(meets, "meets");
            Objects.requireNonNull(because, "because");
            checks = List.copyOf(checks);
        }
    }

    /** How one priority's first-response target compares with the requirement. */
    public enum Outcome {
        /** The target is guaranteed and no longer than required. */
        WITHIN,
        /** The target is guaranteed but longer than required. */
        LONGER,
        /** The target and the requirement are different kinds of time. */
        NOT_COMPARABLE,
        /** The first response is a best-effort aim (or states no time). */
        BEST_EFFORT,
        /** The priority has no first-response target. */
        NO_TARGET,
        /** No priority of the contract is the one asked about ({@link Scenario.ResponseRequirement#unanswerable}). */
        NO_PRIORITY
    }

    /**
     * One priority's check: the priority (key and label; empty for {@link Outcome#NO_PRIORITY}),
     * the outcome, the target's time where it has one, and whether it is promised only for requests
     * raised in the calendar's hours.
     */
    public record Check(
            Optional<String> priority,
            Optional<String> label,
            Outcome outcome,
            Optional<TargetTime> target,
            boolean onlyIfRaisedInHours) {
        public Check {
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(target, "target");
        }
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
            Verdict verdict) {
        public TierQuote {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(label, "label");
            hotlineCharges = List.copyOf(hotlineCharges);
            Objects.requireNonNull(verdict, "verdict");
        }

        public Meets meets() {
            return verdict.meets();
        }

        public String because() {
            return verdict.because();
        }
    }
}
