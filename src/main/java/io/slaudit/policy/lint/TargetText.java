package io.slaudit.policy.lint;

import io.slaudit.policy.Target;
import java.util.ArrayList;
import java.util.List;

/** A target named as the contract's author knows it: its number in {@code targets:} and what it applies to. */
final class TargetText {

    private TargetText() {}

    /** "target 3 (first-response, priority any, tier level-2)"; {@code index} is 0-based. */
    static String of(int index, Target t) {
        List<String> scope = new ArrayList<>();
        scope.add(t.metric().key());
        scope.add((t.priorities().any() ? "priority " : t.priorities().keys().size() == 1 ? "priority " : "priorities ")
                + t.priorities());
        if (!t.tiers().isEmpty()) {
            scope.add((t.tiers().size() == 1 ? "tier " : "tiers ") + String.join(", ", t.tiers()));
        }
        if (!t.channels().isEmpty()) {
            scope.add((t.channels().size() == 1 ? "channel " : "channels ") + String.join(", ", t.channels()));
        }
        if (!t.regions().isEmpty()) {
            scope.add((t.regions().size() == 1 ? "region " : "regions ") + String.join(", ", t.regions()));
        }
        t.when().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> scope.add("when " + e.getKey() + "=" + e.getValue()));
        return "target " + (index + 1) + " (" + String.join(", ", scope) + ")";
    }
}
