package io.slaudit.drift;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@code slaudit diff}, {@code verify} or {@code drift}: every policy compared, its
 * changes classified, the rule that decides the exit code, and notes on how the comparison was
 * made (the year timed, the schedule a system counts business hours on, how its priorities were
 * matched). The renderers format it; they compute nothing.
 */
public record ChangeReport(
        Kind kind, String oldLabel, String newLabel, FailOn failOn, List<PolicyChanges> policies, List<String> notes) {

    /** Which command made the report; it decides the words ("loosened" or "looser"). */
    public enum Kind {
        DIFF("diff"),
        VERIFY("verify"),
        DRIFT("drift");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public ChangeReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oldLabel, "oldLabel");
        Objects.requireNonNull(newLabel, "newLabel");
        Objects.requireNonNull(failOn, "failOn");
        policies = List.copyOf(policies);
        notes = List.copyOf(notes);
    }

    public long count(Classification c) {
        return policies.stream().mapToLong(p -> p.count(c)).sum();
    }

    public long changes() {
        return policies.stream().mapToLong(p -> p.changes().size()).sum();
    }

    /** Whether a change fails the job under {@link #failOn}. */
    public boolean fails() {
        return policies.stream().flatMap(p -> p.changes().stream()).anyMatch(c -> failOn.fails(c.classification()));
    }

    public boolean fails(Change c) {
        return failOn.fails(c.classification());
    }

    /** The word for a classification in this kind of report. */
    public String word(Change c) {
        if (kind == Kind.DRIFT) {
            return c.missing() ? "missing" : c.classification().comparative();
        }
        return c.classification().key();
    }
}
