package io.slaudit.compare;

import io.slaudit.policy.Policy;
import io.slaudit.policy.Priority;
import io.slaudit.policy.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The normalised severity of a ticket from the priority its export gives it, in this order: the
 * severity map's {@code tickets} section; a severity's own name ({@code critical}, {@code High});
 * a class name (key, label or alias) of a compared contract whose class stands for exactly one
 * severity, when every such contract that knows the name agrees ({@code Dringend} is critical by
 * SMASHDOCs' class {@code urgent}). Anything else has no severity, and its tickets are rejected
 * under every contract with the reason. Remembers how each name seen was resolved, for the report.
 */
final class TicketSeverities {

    /** How one of the export's priorities was read. */
    record Resolved(String priority, Optional<Severity> severity, String how) {}

    private final SeverityMap map;
    private final Map<String, Resolved> byClassName = new HashMap<>();
    private final Map<String, Resolved> seen = new LinkedHashMap<>();
    private final Map<String, Long> counts = new HashMap<>();

    TicketSeverities(SeverityMap map, Map<Policy, SeverityClasses> classes) {
        this.map = map;
        Map<String, List<String>> conflicts = new HashMap<>();
        classes.forEach((policy, mapping) -> {
            for (Priority p : policy.priorities().values()) {
                List<Severity> of = mapping.severitiesOf().getOrDefault(p.key(), List.of());
                if (of.size() != 1) {
                    continue;
                }
                for (String name : p.names()) {
                    String key = SeverityMap.lower(name);
                    Resolved r =
                            new Resolved(name, Optional.of(of.get(0)), "class '" + p.key() + "' of " + policy.id());
                    Resolved earlier = byClassName.putIfAbsent(key, r);
                    if (earlier != null && !earlier.severity().equals(r.severity())) {
                        conflicts
                                .computeIfAbsent(key, k -> new ArrayList<>(List.of(earlier.how())))
                                .add(r.how());
                    }
                }
            }
        });
        conflicts.forEach((key, hows) -> byClassName.put(
                key,
                new Resolved(
                        key,
                        Optional.empty(),
                        "classes that stand for different severities: " + String.join(", ", hows))));
    }

    /** The severity of a ticket's priority; empty when nothing says. Counted per priority name. */
    Resolved of(String exportPriority) {
        String key = SeverityMap.lower(exportPriority);
        Resolved known = seen.get(key);
        if (known == null) {
            known = resolve(exportPriority, key);
            if (seen.size() < 1000) {
                seen.put(key, known);
            }
        }
        return known;
    }

    /** Counts one ticket of the priority (once per ticket, not per contract). */
    void count(String exportPriority) {
        counts.merge(SeverityMap.lower(exportPriority), 1L, Long::sum);
    }

    private Resolved resolve(String name, String key) {
        Optional<Severity> fromMap = map.ticketSeverity(name);
        if (fromMap.isPresent()) {
            return new Resolved(name, fromMap, "severity-map");
        }
        Optional<Severity> named = Severity.parse(key);
        if (named.isPresent()) {
            return new Resolved(name, named, "severity name");
        }
        Resolved byClass = byClassName.get(key);
        if (byClass != null) {
            return new Resolved(name, byClass.severity(), byClass.how());
        }
        return new Resolved(name, Optional.empty(), "no severity");
    }

    /** Every priority seen, in the order first seen, with its ticket count. */
    List<TicketComparison.PrioritySeverity> seen() {
        List<TicketComparison.PrioritySeverity> out = new ArrayList<>();
        seen.forEach((key, r) -> out.add(new TicketComparison.PrioritySeverity(
                r.priority(), r.severity(), r.how(), counts.getOrDefault(key, 0L))));
        return out;
    }
}
