package io.slaudit.policy;

import java.util.List;

/**
 * The clauses kept in words: what support covers, what it excludes, statements without a
 * measurable promise, and the assumptions the encoding made where the document is silent, each
 * tied to what it fills in.
 */
public record ContractText(
        List<Clause> covers, List<Clause> exclusions, List<Clause> statements, List<Assumption> assumptions) {

    public static final ContractText NONE = new ContractText(List.of(), List.of(), List.of(), List.of());

    public ContractText {
        covers = List.copyOf(covers);
        exclusions = List.copyOf(exclusions);
        statements = List.copyOf(statements);
        assumptions = List.copyOf(assumptions);
    }

    public java.util.Optional<Assumption> assumption(String id) {
        return assumptions.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
