package io.slaudit.compare;

import io.slaudit.input.InputException;
import io.slaudit.input.Problems;
import io.slaudit.input.SourceMark;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlFields;
import io.slaudit.input.YamlNode;
import io.slaudit.policy.Policy;
import io.slaudit.policy.Priority;
import io.slaudit.policy.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A user's mapping of contracts' classes onto the normalised severities ({@code compare
 * --severity-map FILE}), overriding what the policies state, and of the priorities a ticket
 * export uses:
 *
 * <pre>
 * policies:
 *   smashdocs-support: { urgent: critical, high: high }        # class (key, label or alias): severity
 *   saas-support-levels: { request: [critical, high, normal, low] }
 * tickets:                                                      # the export's priorities
 *   Sev1: critical
 * </pre>
 *
 * A policy's entry replaces that policy's own mapping as a whole; an empty list leaves a class
 * unmapped. Every problem is reported at its line and column.
 */
public final class SeverityMap {

    /** One class of one policy, as the map names it. */
    private record ClassEntry(String name, SourceMark at, List<Severity> severities) {}

    private record PolicyEntry(String id, SourceMark at, List<ClassEntry> classes) {}

    /** One priority of the export. */
    private record TicketEntry(String name, SourceMark at, Severity severity) {}

    private final Optional<Path> file;
    private final Map<String, PolicyEntry> policies;
    private final Map<String, TicketEntry> tickets;

    private SeverityMap(Optional<Path> file, Map<String, PolicyEntry> policies, Map<String, TicketEntry> tickets) {
        this.file = file;
        this.policies = policies;
        this.tickets = tickets;
    }

    /** No map: the policies' own mappings. */
    public static SeverityMap none() {
        return new SeverityMap(Optional.empty(), Map.of(), Map.of());
    }

    public Optional<Path> file() {
        return file;
    }

    /**
     * Reads a map file and checks its form.
     *
     * @throws InputException unreadable, or invalid with every problem found
     */
    public static SeverityMap read(Path path) {
        YamlNode root = YamlDocuments.read(path);
        Problems problems = new Problems();
        Map<String, PolicyEntry> policies = new LinkedHashMap<>();
        Map<String, TicketEntry> tickets = new LinkedHashMap<>();
        YamlFields.of(root, "the severity map", problems).ifPresent(f -> {
            f.optional("policies").ifPresent(n -> {
                for (YamlNode.Entry e : entries(n, "'policies'", problems)) {
                    String id = e.key().name();
                    List<ClassEntry> classes = new ArrayList<>();
                    for (YamlNode.Entry c : entries(e.value(), "policy '" + id + "'", problems)) {
                        List<Severity> severities = new ArrayList<>();
                        for (YamlNode item : YamlFields.items(c.value(), "a severity", problems, true)) {
                            severity(item, problems).ifPresent(severities::add);
                        }
                        classes.add(new ClassEntry(c.key().name(), c.key().mark(), severities));
                    }
                    policies.put(id, new PolicyEntry(id, e.key().mark(), classes));
                }
            });
            f.optional("tickets").ifPresent(n -> {
                for (YamlNode.Entry e : entries(n, "'tickets'", problems)) {
                    if (!(e.value() instanceof YamlNode.Scalar)) {
                        problems.add(
                                e.value().mark(),
                                "a ticket's priority maps to one severity, not "
                                        + e.value().kindName());
                        continue;
                    }
                    severity(e.value(), problems)
                            .ifPresent(s -> tickets.put(
                                    lower(e.key().name()),
                                    new TicketEntry(e.key().name(), e.key().mark(), s)));
                }
            });
            f.rejectUnknown();
        });
        problems.throwIfAny(InputException.Kind.INVALID);
        return new SeverityMap(Optional.of(path), policies, tickets);
    }

    private static Optional<Severity> severity(YamlNode node, Problems problems) {
        return YamlFields.text(node, "a severity", problems).flatMap(t -> {
            Optional<Severity> s = Severity.parse(t);
            if (s.isEmpty()) {
                problems.add(node.mark(), "unknown severity '" + t + "'; severities: " + Severity.keys());
            }
            return s;
        });
    }

    private static List<YamlNode.Entry> entries(YamlNode node, String what, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return List.copyOf(m.entries().values());
        }
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        problems.add(node.mark(), what + " must be a mapping, not " + node.kindName());
        return List.of();
    }

    /**
     * The mapping of each compared policy; checks what the map names against them.
     *
     * @throws InputException naming every policy id, class or severity of the map that does not fit
     */
    public Map<Policy, SeverityClasses> classesOf(List<Policy> compared) {
        Problems problems = new Problems();
        List<String> ids = compared.stream().map(Policy::id).distinct().toList();
        for (PolicyEntry entry : policies.values()) {
            if (!ids.contains(entry.id())) {
                problems.add(
                        entry.at(),
                        "the severity map names policy '" + entry.id() + "', which is not compared"
                                + YamlFields.DidYouMean.closest(entry.id(), ids)
                                        .map(s -> "; did you mean '" + s + "'?")
                                        .orElse("")
                                + " (compared: " + String.join(", ", ids) + ")");
            }
        }
        Map<Policy, SeverityClasses> out = new LinkedHashMap<>();
        for (Policy p : compared) {
            PolicyEntry entry = policies.get(p.id());
            Optional<Map<String, List<Severity>>> fromMap = Optional.empty();
            if (entry != null) {
                Map<String, List<Severity>> byKey = new LinkedHashMap<>();
                Map<Severity, String> owner = new EnumMap<>(Severity.class);
                for (ClassEntry c : entry.classes()) {
                    Optional<Priority> named = named(p, c.name());
                    if (named.isEmpty()) {
                        List<String> names = p.priorities().values().stream()
                                .flatMap(pr -> pr.names().stream())
                                .toList();
                        problems.add(
                                c.at(),
                                "policy '" + p.id() + "' has no priority class '" + c.name() + "'"
                                        + YamlFields.DidYouMean.closest(c.name(), names)
                                                .map(s -> "; did you mean '" + s + "'?")
                                                .orElse("")
                                        + " (its classes: "
                                        + String.join(", ", p.priorities().keySet()) + ")");
                        continue;
                    }
                    String key = named.get().key();
                    if (byKey.containsKey(key)) {
                        problems.add(c.at(), "class '" + key + "' of policy '" + p.id() + "' is mapped twice");
                        continue;
                    }
                    for (Severity s : c.severities()) {
                        String earlier = owner.putIfAbsent(s, key);
                        if (earlier != null) {
                            problems.add(
                                    c.at(),
                                    "severity '" + s + "' is given to both class '" + earlier + "' and '" + key
                                            + "' of policy '" + p.id() + "'; a ticket of a severity must map to one"
                                            + " class");
                        }
                    }
                    byKey.put(key, c.severities());
                }
                fromMap = Optional.of(byKey);
            }
            out.put(p, SeverityClasses.of(p, fromMap));
        }
        problems.throwIfAny(InputException.Kind.INVALID);
        return out;
    }

    /** A class by key, label or alias, case-insensitively; not through the catch-all. */
    static Optional<Priority> named(Policy p, String name) {
        String wanted = lower(name);
        for (Priority pr : p.priorities().values()) {
            for (String n : pr.names()) {
                if (lower(n).equals(wanted)) {
                    return Optional.of(pr);
                }
            }
        }
        return Optional.empty();
    }

    /** The severity the map gives an export's priority, if it names it. */
    public Optional<Severity> ticketSeverity(String exportPriority) {
        TicketEntry e = tickets.get(lower(exportPriority));
        return e == null ? Optional.empty() : Optional.of(e.severity());
    }

    static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
