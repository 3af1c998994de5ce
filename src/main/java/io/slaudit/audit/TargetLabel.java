package io.slaudit.audit;

import io.slaudit.policy.Policy;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetTime;
import io.slaudit.policy.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a target is named in the results: its time and, when it applies only to some tiers,
 * channels or regions, those names ("4 business hours, Gold"). The English text ({@link
 * #toString()}) is what JSON, CSV and JUnit carry and what results are grouped by; the parts let
 * a report state the time in its own language without reading the text back.
 */
public record TargetLabel(Optional<TargetTime> time, List<String> scope) {

    public TargetLabel {
        Objects.requireNonNull(time, "time");
        scope = List.copyOf(scope);
    }

    /** The label of a target of a policy: tiers by their label, channels and regions by key. */
    public static TargetLabel of(Target target, Policy policy) {
        List<String> scope = new ArrayList<>();
        for (String tier : target.tiers()) {
            scope.add(Optional.ofNullable(policy.commercial().tiers().get(tier))
                    .map(Tier::label)
                    .orElse(tier));
        }
        scope.addAll(target.channels());
        scope.addAll(target.regions());
        return new TargetLabel(target.within(), scope);
    }

    @Override
    public String toString() {
        String text = time.map(TargetTime::toString).orElse("no time stated");
        return scope.isEmpty() ? text : text + ", " + String.join(", ", scope);
    }
}
