package io.slaudit.audit;

import io.slaudit.policy.PriorityChangeRule;
import java.util.List;
import java.util.Objects;

/**
 * The evidence for one ticket's verdict ({@code slaudit trace}): the verdict as the audit gave it
 * (contract version, priority, results), the calendar the ticket was judged on, the priority
 * changes its events made with the contract's rule for them, and a timeline per result.
 */
public record TicketTrace(
        TicketVerdict verdict,
        String calendar,
        PriorityChangeRule priorityRule,
        List<PriorityChange> priorityChanges,
        List<MetricTrace> results) {

    /** A change of priority at an instant, as the events file states it. */
    public record PriorityChange(long at, String from, String to) {
        public PriorityChange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public TicketTrace {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(priorityRule, "priorityRule");
        priorityChanges = List.copyOf(priorityChanges);
        results = List.copyOf(results);
    }
}
