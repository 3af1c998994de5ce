package io.slaudit.audit;

import io.slaudit.tickets.RejectedRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished audit, as renderers take it: the header (what was judged, with the evidence), the
 * summary, and the per-ticket verdicts and rejected rows when they were kept.
 */
public final class AuditReport implements AutoCloseable {

    private final AuditHeader header;
    private final AuditSummary summary;
    private final Optional<VerdictSpool> spool;

    AuditReport(AuditHeader header, AuditSummary summary, Optional<VerdictSpool> spool) {
        this.header = Objects.requireNonNull(header, "header");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.spool = Objects.requireNonNull(spool, "spool");
    }

    public AuditHeader header() {
        return header;
    }

    public AuditSummary summary() {
        return summary;
    }

    /** The tickets in input order; empty when the audit was run without keeping them. */
    public Iterable<TicketVerdict> tickets() {
        return spool.<Iterable<TicketVerdict>>map(VerdictSpool::verdicts).orElse(List.of());
    }

    /** Every rejected row in input order (the summary holds only the first ones). */
    public Iterable<RejectedRow> rejected() {
        return spool.<Iterable<RejectedRow>>map(VerdictSpool::rejected).orElse(summary.rejectedSample());
    }

    public boolean keptTickets() {
        return spool.isPresent();
    }

    @Override
    public void close() {
        spool.ifPresent(VerdictSpool::close);
    }
}
