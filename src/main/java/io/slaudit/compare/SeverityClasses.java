package io.slaudit.compare;

import io.slaudit.policy.Policy;
import io.slaudit.policy.Priority;
import io.slaudit.policy.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one contract's own priority classes map onto the normalised severities: which class a
 * request of each severity is handled as, which severities each class stands for, and who said
 * so. A class that stands for no severity, and a severity no class stands for, are kept and
 * shown, never dropped.
 */
public record SeverityClasses(Map<Severity, String> classOf, Map<String, List<Severity>> severitiesOf, Source source) {

    /** Where a policy's mapping comes from. */
    public enum Source {
        /** The severity map given with {@code --severity-map}. */
        MAP("severity-map"),
        /** The policy's own {@code severity:} keys. */
        POLICY("policy"),
        /** The policy has one class, which catches every request: it stands for every severity. */
        ONE_CLASS("one-class"),
        /** Nobody says: every class is unmapped. */
        NONE("none");

        private final String key;

        Source(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public SeverityClasses {
        Map<Severity, String> classes = new EnumMap<>(Severity.class);
        classes.putAll(classOf);
        classOf = Collections.unmodifiableMap(classes);
        Map<String, List<Severity>> copy = new LinkedHashMap<>();
        severitiesOf.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        severitiesOf = Collections.unmodifiableMap(copy);
    }

    /**
     * The mapping of a policy: the map's entry for it where there is one, else the policy's own
     * {@code severity:} keys, else every severity for a policy whose one class catches every request.
     *
     * @param fromMap the map's entry for the policy, class key to severities, if it has one
     */
    public static SeverityClasses of(Policy policy, Optional<Map<String, List<Severity>>> fromMap) {
        Map<String, List<Severity>> by = new LinkedHashMap<>();
        Source source;
        if (fromMap.isPresent()) {
            source = Source.MAP;
            for (String key : policy.priorities().keySet()) {
                by.put(key, fromMap.get().getOrDefault(key, List.of()));
            }
        } else if (policy.priorities().values().stream()
                .anyMatch(p -> !p.severities().isEmpty())) {
            source = Source.POLICY;
            policy.priorities().values().forEach(p -> by.put(p.key(), p.severities()));
        } else if (policy.priorities().size() == 1
                && policy.priorities().values().iterator().next().catchesAll()) {
            source = Source.ONE_CLASS;
            by.put(policy.priorities().keySet().iterator().next(), List.of(Severity.values()));
        } else {
            source = Source.NONE;
            policy.priorities().keySet().forEach(k -> by.put(k, List.of()));
        }
        Map<Severity, String> classOf = new EnumMap<>(Severity.class);
        by.forEach((key, severities) -> severities.forEach(s -> classOf.putIfAbsent(s, key)));
        return new SeverityClasses(classOf, by, source);
    }

    public Optional<String> classFor(Severity severity) {
        return Optional.ofNullable(classOf.get(severity));
    }

    /** The classes that stand for no severity, in the policy's order. */
    public List<String> unmappedClasses() {
        List<String> out = new ArrayList<>();
        severitiesOf.forEach((k, v) -> {
            if (v.isEmpty()) {
                out.add(k);
            }
        });
        return out;
    }

    /** The severities no class stands for. */
    public List<Severity> unmappedSeverities() {
        List<Severity> out = new ArrayList<>();
        for (Severity s : Severity.values()) {
            if (!classOf.containsKey(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The label of a class, for texts. */
    static String label(Policy policy, String key) {
        Priority p = policy.priorities().get(key);
        return p == null ? key : p.label();
    }
}
