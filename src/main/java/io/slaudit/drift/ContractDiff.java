package io.slaudit.drift;

import io.slaudit.input.SourceMark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two sets of contracts compared policy by policy ({@code slaudit diff} of folders or revisions,
 * {@code slaudit verify} against a lock): matched by their {@code policy} id, and by id and {@code
 * version} for an id that several files hold on one side (the versions of one contract). A policy
 * whose canonical form is the same on both sides is unchanged whatever its formatting; one only on
 * the new side is added (neutral: it promises more, it takes nothing away), one only on the old side
 * removed (loosened: every promise it made is gone).
 */
public final class ContractDiff {

    private ContractDiff() {}

    /**
     * @param pairAlone whether one contract on each side is compared whatever their ids ({@code
     *     slaudit diff old.yaml new.yaml}); the id's change is then one of the changes
     * @param year the year whose arrivals time the worst cases
     */
    public static List<PolicyChanges> between(
            List<ContractSource> old, List<ContractSource> now, boolean pairAlone, int year) {
        List<PolicyChanges> out = new ArrayList<>();
        if (pairAlone && old.size() == 1 && now.size() == 1) {
            out.add(compare(old.get(0), now.get(0), year));
            return out;
        }
        Map<String, ContractSource> before = keyed(old, now);
        Map<String, ContractSource> after = keyed(now, old);
        for (Map.Entry<String, ContractSource> e : after.entrySet()) {
            ContractSource a = before.get(e.getKey());
            ContractSource b = e.getValue();
            if (a == null) {
                out.add(added(b));
            } else {
                out.add(compare(a, b, year));
            }
        }
        for (Map.Entry<String, ContractSource> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                out.add(removed(e.getValue()));
            }
        }
        out.sort(java.util.Comparator.comparing(PolicyChanges::policy));
        return out;
    }

    /** The key a contract is matched by: its id, with its version when either side holds the id twice. */
    public static String key(ContractSource c, List<ContractSource> side, List<ContractSource> other) {
        String id = c.policy().identity().id();
        long here =
                side.stream().filter(x -> x.policy().identity().id().equals(id)).count();
        long there = other.stream()
                .filter(x -> x.policy().identity().id().equals(id))
                .count();
        return here > 1 || there > 1
                ? id + "@" + c.policy().identity().version().orElse("")
                : id;
    }

    private static Map<String, ContractSource> keyed(List<ContractSource> side, List<ContractSource> other) {
        Map<String, ContractSource> out = new LinkedHashMap<>();
        for (ContractSource c : side) {
            ContractSource earlier = out.putIfAbsent(key(c, side, other), c);
            if (earlier != null) {
                throw io.slaudit.input.InputException.invalid(
                        c.policy().identity().version().isPresent()
                                ? c.lines().at("version")
                                : c.lines().at("policy"),
                        "policy '" + c.policy().identity().id() + "'"
                                + c.policy()
                                        .identity()
                                        .version()
                                        .map(v -> " version " + v)
                                        .orElse("")
                                + " is also in " + earlier.source() + "; give each version its own 'version'");
            }
        }
        return out;
    }

    /** One contract in two versions. */
    public static PolicyChanges compare(ContractSource a, ContractSource b, int year) {
        String id = b.policy().identity().id();
        if (a.canonical().equals(b.canonical())) {
            return new PolicyChanges(
                    id, PolicyChanges.Status.UNCHANGED, Optional.of(a.side()), Optional.of(b.side()), List.of());
        }
        List<Change> changes = PolicyDiff.between(a, b, year);
        return new PolicyChanges(
                id,
                changes.isEmpty() ? PolicyChanges.Status.UNCHANGED : PolicyChanges.Status.CHANGED,
                Optional.of(a.side()),
                Optional.of(b.side()),
                changes);
    }

    static PolicyChanges added(ContractSource b) {
        String id = b.policy().identity().id();
        Change c = Change.of(
                Classification.NEUTRAL,
                "policy-added",
                "policy " + id,
                "policy " + id + version(b) + " added",
                Optional.of(b.lines().at("policy")));
        return new PolicyChanges(id, PolicyChanges.Status.ADDED, Optional.empty(), Optional.of(b.side()), List.of(c));
    }

    static PolicyChanges removed(ContractSource a) {
        String id = a.policy().identity().id();
        Change c = Change.of(
                Classification.LOOSENED,
                "policy-removed",
                "policy " + id,
                "policy " + id + version(a) + " removed",
                Optional.of(SourceMark.file(a.source())));
        return new PolicyChanges(
                id,
                PolicyChanges.Status.REMOVED,
                Optional.of(a.side()),
                Optional.empty(),
                List.of(c.withEffect("every promise it made is gone")));
    }

    private static String version(ContractSource c) {
        return c.policy().identity().version().map(v -> " (version " + v + ")").orElse("");
    }
}
