package io.slaudit.audit;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@code slaudit trace}: the audit's header (contract, versions, reading, as-of,
 * inputs with their hashes) and the evidence for each ticket asked for, in the order asked.
 */
public record TraceReport(AuditHeader header, List<TicketTrace> tickets) {

    public TraceReport {
        Objects.requireNonNull(header, "header");
        tickets = List.copyOf(tickets);
    }
}
