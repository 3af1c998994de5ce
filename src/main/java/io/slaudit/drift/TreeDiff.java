package io.slaudit.drift;

import io.slaudit.input.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Differences between two YAML trees value by value, positions ignored: the catch-all of the
 * semantic diff, for the parts of a canonical form that no rule classifies.
 */
final class TreeDiff {

    private TreeDiff() {}

    /** One value that differs: its path (keys and list indexes), before and after (empty where absent). */
    record Leaf(List<Object> path, Optional<YamlNode> before, Optional<YamlNode> after) {
        String describe() {
            StringBuilder p = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer i) {
                    p.append('[').append(i + 1).append(']');
                } else {
                    p.append(p.length() == 0 ? "" : " ").append(step);
                }
            }
            if (before.isEmpty()) {
                return p + " added: " + show(after.get());
            }
            if (after.isEmpty()) {
                return p + " removed (was " + show(before.get()) + ")";
            }
            return p + " " + show(before.get()) + " -> " + show(after.get());
        }
    }

    static void leaves(
            Optional<YamlNode> a,
            Optional<YamlNode> b,
            List<Object> path,
            List<Leaf> out,
            Predicate<List<Object>> skip) {
        if (skip.test(path)) {
            return;
        }
        if (a.isEmpty() || b.isEmpty()) {
            out.add(new Leaf(List.copyOf(path), a, b));
            return;
        }
        YamlNode x = a.get();
        YamlNode y = b.get();
        if (x instanceof YamlNode.Mapping mx && y instanceof YamlNode.Mapping my) {
            Set<String> keys = new LinkedHashSet<>(my.entries().keySet());
            keys.addAll(mx.entries().keySet());
            for (String k : keys) {
                path.add(k);
                leaves(mx.get(k), my.get(k), path, out, skip);
                path.remove(path.size() - 1);
            }
            return;
        }
        if (x instanceof YamlNode.Sequence sx && y instanceof YamlNode.Sequence sy) {
            int n = Math.max(sx.items().size(), sy.items().size());
            for (int i = 0; i < n; i++) {
                path.add(i);
                leaves(item(sx, i), item(sy, i), path, out, skip);
                path.remove(path.size() - 1);
            }
            return;
        }
        if (!same(x, y)) {
            out.add(new Leaf(List.copyOf(path), a, b));
        }
    }

    private static Optional<YamlNode> item(YamlNode.Sequence s, int i) {
        return i < s.items().size() ? Optional.of(s.items().get(i)) : Optional.empty();
    }

    /** Whether two trees hold the same values, wherever they were written. */
    static boolean same(YamlNode x, YamlNode y) {
        if (x instanceof YamlNode.Scalar sx && y instanceof YamlNode.Scalar sy) {
            return sx.isNull() == sy.isNull() && sx.text().equals(sy.text());
        }
        if (x instanceof YamlNode.Sequence sx && y instanceof YamlNode.Sequence sy) {
            if (sx.items().size() != sy.items().size()) {
                return false;
            }
            for (int i = 0; i < sx.items().size(); i++) {
                if (!same(sx.items().get(i), sy.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof YamlNode.Mapping mx && y instanceof YamlNode.Mapping my) {
            if (!mx.entries().keySet().equals(my.entries().keySet())) {
                return false;
            }
            for (String k : mx.entries().keySet()) {
                if (!same(mx.get(k).orElseThrow(), my.get(k).orElseThrow())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A value in one line, long texts cut: {@code 5.00}, {@code [P1, Urgent]}, {@code {band: Wochenende}}. */
    static String show(YamlNode node) {
        String s = flat(node);
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private static String flat(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.isNull() ? "(empty)" : s.text().replaceAll("\\s+", " ");
        }
        if (node instanceof YamlNode.Sequence s) {
            List<String> items = new ArrayList<>();
            s.items().forEach(i -> items.add(flat(i)));
            return "[" + String.join(", ", items) + "]";
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        List<String> items = new ArrayList<>();
        m.entries().forEach((k, e) -> items.add(k + ": " + flat(e.value())));
        return "{" + String.join(", ", items) + "}";
    }
}
