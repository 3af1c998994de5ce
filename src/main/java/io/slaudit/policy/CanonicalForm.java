package io.slaudit.policy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form in which the order a contract lists its named things in is no part of it: the
 * {@link CanonicalYaml} with the entries of every keyed collection (calendars, regions, channels,
 * priorities, tiers, packages, ambiguities and their readings, a target's {@code when}) sorted by
 * key. Writing {@code phone} before {@code email} is formatting, as a YAML mapping's order is; what
 * a list holds in order (targets, holidays, clauses) stays in its order. A lock hashes this form,
 * and two versions of a contract are the same when their forms are.
 */
public final class CanonicalForm {

    private static final List<String> COLLECTIONS =
            List.of("calendars", "regions", "channels", "priorities", "tiers", "packages", "ambiguities");

    private CanonicalForm() {}

    public static String of(Policy policy) {
        Map<String, Object> root = CanonicalYaml.tree(policy);
        for (String key : COLLECTIONS) {
            Object v = root.get(key);
            if (v instanceof Map<?, ?> m) {
                root.put(key, sorted(m));
            }
        }
        if (root.get("ambiguities") instanceof Map<?, ?> ambiguities) {
            for (Object a : ambiguities.values()) {
                sortEntry(a, "readings");
            }
        }
        if (root.get("targets") instanceof List<?> targets) {
            for (Object t : targets) {
                sortEntry(t, "when");
            }
        }
        return CanonicalYaml.write(root);
    }

    @SuppressWarnings("unchecked")
    private static void sortEntry(Object parent, String key) {
        if (parent instanceof Map<?, ?> m && m.get(key) instanceof Map<?, ?> inner) {
            ((Map<String, Object>) m).put(key, sorted(inner));
        }
    }

    private static Map<String, Object> sorted(Map<?, ?> m) {
        Map<String, Object> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
