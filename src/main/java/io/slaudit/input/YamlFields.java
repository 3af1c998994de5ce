package io.slaudit.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the keys of one YAML mapping while remembering which ones were asked for, so that every
 * key nobody asked for is reported as unknown (a typo in a contract must never pass silently).
 * Problems go to the shared {@link Problems}; readers keep going to find all of them in one run.
 */
public final class YamlFields {

    private final YamlNode.Mapping mapping;
    private final String what;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    private YamlFields(YamlNode.Mapping mapping, String what, Problems problems) {
        this.mapping = mapping;
        this.what = what;
        this.problems = problems;
    }

    /** The fields of {@code node}, or empty (with a problem) if it is not a mapping. */
    public static Optional<YamlFields> of(YamlNode node, String what, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new YamlFields(m, what, problems));
        }
        problems.add(node.mark(), what + " must be a mapping of keys to values, not " + node.kindName());
        return Optional.empty();
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public SourceMark mark() {
        return mapping.mark();
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        known.add(key);
        return mapping.entries().containsKey(key);
    }

    public Optional<YamlNode> optional(String key) {
        known.add(key);
        return mapping.get(key);
    }

    public Optional<YamlNode.Entry> optionalEntry(String key) {
        known.add(key);
        return mapping.entry(key);
    }

    public Optional<YamlNode> required(String key) {
        known.add(key);
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            problems.add(mapping.mark(), what + " lacks the required key '" + key + "'");
        }
        return node;
    }

    /** A scalar's text; a null value counts as absent. */
    public Optional<String> optionalText(String key) {
        return optional(key).flatMap(n -> text(n, "'" + key + "'", problems));
    }

    public Optional<String> requiredText(String key) {
        Optional<YamlNode> node = required(key);
        if (node.isPresent() && node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            problems.add(s.mark(), "'" + key + "' of " + what + " must not be empty");
            return Optional.empty();
        }
        return node.flatMap(n -> text(n, "'" + key + "'", problems));
    }

    /** Reports every key that no one asked for; call after all reads. */
    public void rejectUnknown() {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            String name = entry.key().name();
            if (!known.contains(name)) {
                StringBuilder message = new StringBuilder("unknown key '" + name + "' in " + what);
                DidYouMean.closest(name, known).ifPresent(s -> message.append("; did you mean '" + s + "'?"));
                message.append(" (known keys: ")
                        .append(String.join(", ", known))
                        .append(')');
                problems.add(entry.key().mark(), message.toString());
            }
        }
    }

    /** The text of a scalar, or empty with a problem for a list, a mapping or an empty value. */
    public static Optional<String> text(YamlNode node, String what, Problems problems) {
        if (node instanceof YamlNode.Scalar s) {
            if (s.isNull()) {
                return Optional.empty();
            }
            return Optional.of(s.text().trim());
        }
        problems.add(node.mark(), what + " must be a single value, not " + node.kindName());
        return Optional.empty();
    }

    /**
     * A scalar read by a parser; when the parser refuses the text (an {@link
     * IllegalArgumentException} or a {@link java.time.DateTimeException}) its message becomes the
     * problem at the scalar's position. Parsers throw with a message meant for the person editing
     * the file.
     */
    public static <T> Optional<T> parsed(
            YamlNode node, String what, Problems problems, java.util.function.Function<String, T> parser) {
        return text(node, what, problems).flatMap(t -> {
            try {
                return Optional.of(parser.apply(t));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                problems.add(node.mark(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Items of a list; a single scalar is read as a list of one. */
    public static List<YamlNode> items(YamlNode node, String what, Problems problems, boolean scalarAllowed) {
        if (node instanceof YamlNode.Sequence seq) {
            return seq.items();
        }
        if (scalarAllowed && node instanceof YamlNode.Scalar s) {
            return s.isNull() ? List.of() : List.of(s);
        }
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        problems.add(node.mark(), what + " must be a list, not " + node.kindName());
        return new ArrayList<>();
    }

    /** Parses a YAML boolean: only {@code true} and {@code false}, to avoid YAML 1.1's yes/no/on/off surprises. */
    public static Optional<Boolean> bool(YamlNode node, String what, Problems problems) {
        return text(node, what, problems).flatMap(t -> switch (t) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> {
                problems.add(node.mark(), what + " must be true or false, not '" + t + "'");
                yield Optional.empty();
            }
        });
    }

    /** Closest known word within a small edit distance. */
    public static final class DidYouMean {
        private DidYouMean() {}

        public static Optional<String> closest(String word, Collection<String> candidates) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String candidate : candidates) {
                int d = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
            int allowed = Math.max(1, Math.min(3, word.length() / 3));
            return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
        }

        static int distance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            int[] current = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                current[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.length()];
        }
    }
}
