package io.slaudit.policy;

import java.util.List;

/**
 * What a verdict rests on besides the contract's words: the ids of the assumptions of the
 * encoding, and the keys of the values supplied for what the contract leaves open. Both empty
 * means the verdict follows from the document alone.
 */
public record Grounds(List<String> assumptions, List<String> supplied) {

    public static final Grounds NONE = new Grounds(List.of(), List.of());

    public Grounds {
        assumptions = List.copyOf(assumptions);
        supplied = List.copyOf(supplied);
    }

    public boolean isEmpty() {
        return assumptions.isEmpty() && supplied.isEmpty();
    }
}
