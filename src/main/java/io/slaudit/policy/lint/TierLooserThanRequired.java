package io.slaudit.policy.lint;

import io.slaudit.policy.Guarantee;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.ReadingChoice;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetChoice;
import io.slaudit.policy.TargetTime;
import io.slaudit.policy.Tier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tier that promises less than a tier it requires: level 3 requires level 2, so a customer on
 * level 3 has paid for level 2 too, yet a level-3 ticket is judged only by level 3's targets. When
 * level 3 answers in 8 business hours where level 2 answers in 4, or only best effort where level
 * 2 guarantees, the booking a customer pays more for gives them less. Which target applies is the
 * audit's own rule ({@link TargetChoice}), asked for every priority, for tickets with and without
 * each channel and region the targets name, under every reading the contract records.
 *
 * <p>Two times are compared only when they count alike: the same calendar and clock rule, both in
 * business time or both not, both business days or both not. Others (24 hours against 3 business
 * days) depend on when a ticket comes in; {@code slaudit compare} measures them.
 */
final class TierLooserThanRequired implements LintRule {

    @Override
    public String id() {
        return "tier-looser-than-required";
    }

    @Override
    public String summary() {
        return "a tier's target is looser (longer, best effort, or missing) than the one of a tier it requires";
    }

    @Override
    public List<LintWarning> check(LintSubject c) {
        Policy p = c.policy();
        List<LintWarning> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        List<Optional<String>> channels =
                scopes(p.targets().stream().flatMap(t -> t.channels().stream()).toList());
        List<Optional<String>> regions =
                scopes(p.targets().stream().flatMap(t -> t.regions().stream()).toList());
        for (Tier tier : p.commercial().tiers().values()) {
            for (String required : tier.requires()) {
                for (ReadingChoice reading : p.readingVariants()) {
                    for (Metric metric : Metric.values()) {
                        for (String priority : p.priorities().keySet()) {
                            List<Target> candidates = TargetChoice.candidates(p, reading, metric, priority);
                            for (Optional<String> channel : channels) {
                                for (Optional<String> region : regions) {
                                    Optional<Target> own =
                                            TargetChoice.select(candidates, Optional.of(tier.key()), channel, region);
                                    Optional<Target> base =
                                            TargetChoice.select(candidates, Optional.of(required), channel, region);
                                    if (base.isEmpty() || base.get().guarantee() != Guarantee.GUARANTEED) {
                                        continue;
                                    }
                                    looser(own, base.get(), metric, priority).ifPresent(why -> {
                                        int ownIndex =
                                                own.map(p.targets()::indexOf).orElse(-1);
                                        int baseIndex = p.targets().indexOf(base.get());
                                        String key = tier.key() + "|" + required + "|" + ownIndex + "|" + baseIndex;
                                        if (reported.add(key)) {
                                            out.add(c.warning(
                                                    this,
                                                    ownIndex >= 0
                                                            ? "targets/" + ownIndex + "/within"
                                                            : "tiers/" + tier.key() + "/requires",
                                                    message(
                                                            p,
                                                            tier,
                                                            required,
                                                            own,
                                                            ownIndex,
                                                            base.get(),
                                                            baseIndex,
                                                            why)));
                                        }
                                    });
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Optional<String>> scopes(List<String> named) {
        List<Optional<String>> out = new ArrayList<>();
        out.add(Optional.empty());
        new LinkedHashSet<>(named).forEach(n -> out.add(Optional.of(n)));
        return out;
    }

    /** How {@code own} is looser than the guaranteed {@code base}, or empty if it is not (or cannot be told). */
    private static Optional<String> looser(Optional<Target> own, Target base, Metric metric, String priority) {
        if (own.isEmpty()) {
            return Optional.of("has no " + metric + " target for priority '" + priority + "'");
        }
        Target t = own.get();
        if (t.guarantee() != Guarantee.GUARANTEED) {
            return Optional.of("promises only best effort"
                    + t.within().map(w -> " (" + w + ")").orElse(""));
        }
        TargetTime a = t.within().orElseThrow();
        TargetTime b = base.within().orElseThrow();
        boolean alike = a.business() == b.business()
                && a.isBusinessDays() == b.isBusinessDays()
                && t.calendar().equals(base.calendar())
                && t.clock().equals(base.clock());
        if (!alike) {
            return Optional.empty();
        }
        int cmp = a.isBusinessDays()
                ? a.amount().compareTo(b.amount())
                : a.duration().compareTo(b.duration());
        return cmp > 0 ? Optional.of("allows " + a) : Optional.empty();
    }

    private static String message(
            Policy p,
            Tier tier,
            String required,
            Optional<Target> own,
            int ownIndex,
            Target base,
            int baseIndex,
            String why) {
        Tier req = p.commercial().tiers().get(required);
        String reqName = req == null ? "'" + required + "'" : "'" + required + "' (" + req.label() + ")";
        return "tier '" + tier.key() + "' (" + tier.label() + ") requires tier " + reqName + " but promises less: "
                + (own.isPresent() ? TargetText.of(ownIndex, own.get()) + " " + why : "it " + why)
                + " where " + TargetText.of(baseIndex, base) + " guarantees "
                + base.within().orElseThrow()
                + "; a customer who books '" + tier.key() + "' on top of '" + required + "' gets the weaker promise";
    }
}
