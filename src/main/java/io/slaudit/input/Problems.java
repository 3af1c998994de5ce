package io.slaudit.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one input while it is read, so that all of them are reported at once.
 * Not thread-safe; one instance per file being read.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(SourceMark at, String message) {
        found.add(new Problem(at, message));
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    /** The problems in file order: by source, then line and column, as an editor would visit them. */
    public List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Problem p) -> p.at().source())
                .thenComparingInt(p -> p.at().line())
                .thenComparingInt(p -> p.at().column()));
        return List.copyOf(sorted);
    }

    /** Throws an {@link InputException} of the given kind if anything was found. */
    public void throwIfAny(InputException.Kind kind) {
        if (!found.isEmpty()) {
            throw new InputException(kind, list());
        }
    }
}
