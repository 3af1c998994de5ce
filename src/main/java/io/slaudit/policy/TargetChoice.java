package io.slaudit.policy;

import java.util.List;
import java.util.Optional;

/**
 * Which target of a contract applies to a ticket of a priority, tier, channel and region, under a
 * reading: the most specific of those that match (docs/audit-semantics.md, section 5). The audit's
 * own rule, open to the stages that ask it for a kind of ticket rather than a ticket.
 */
public final class TargetChoice {

    private TargetChoice() {}

    /** The targets of a metric for a priority under a reading, before tier, channel and region narrow them. */
    public static List<Target> candidates(Policy policy, ReadingChoice reading, Metric metric, String priority) {
        return policy.targetsUnder(reading).stream()
                .filter(t -> t.metric() == metric && t.priorities().matches(priority))
                .toList();
    }

    /** The most specific candidate that matches the ticket's tier, channel and region; empty when none does. */
    public static Optional<Target> select(
            List<Target> candidates, Optional<String> tier, Optional<String> channel, Optional<String> region) {
        Target best = null;
        for (Target target : candidates) {
            if (!matches(target.tiers(), tier)
                    || !matches(target.channels(), channel)
                    || !matches(target.regions(), region)) {
                continue;
            }
            if (best == null || target.specificity() > best.specificity()) {
                best = target;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean matches(List<String> wanted, Optional<String> actual) {
        return wanted.isEmpty() || actual.map(wanted::contains).orElse(false);
    }
}
