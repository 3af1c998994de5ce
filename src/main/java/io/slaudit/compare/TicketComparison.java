package io.slaudit.compare;

import io.slaudit.audit.AuditSummary;
import io.slaudit.audit.InputFile;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Severity;
import io.slaudit.tickets.RejectedRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ticket export replayed under every compared contract through the severity mapping, with the
 * audit's engine: how each contract would have judged the tickets, per severity and metric, and
 * the tickets whose verdict depends on the vendor (in time under one contract, late under
 * another).
 */
public record TicketComparison(
        List<InputFile> inputs,
        String profile,
        boolean profileDetected,
        long asOf,
        boolean asOfGiven,
        long rows,
        List<PrioritySeverity> priorities,
        List<PolicyTickets> policies,
        List<DifferingTicket> differing,
        long differingCount) {

    /** The most differing tickets kept; more are counted. */
    public static final int DIFFERING_KEPT = 10_000;

    public TicketComparison {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(profile, "profile");
        priorities = List.copyOf(priorities);
        policies = List.copyOf(policies);
        differing = List.copyOf(differing);
    }

    /** How the export's priority names were given severities, with the tickets of each. */
    public record PrioritySeverity(String priority, Optional<Severity> severity, String how, long tickets) {}

    /** One contract's verdicts on the export. */
    public record PolicyTickets(
            String policy,
            String name,
            AuditSummary.Counts counts,
            List<SeverityTally> tallies,
            AuditSummary.Tally overall,
            List<RejectedRow> rejected,
            long eventProblems,
            List<UnknownName> unknownNames) {
        public PolicyTickets {
            tallies = List.copyOf(tallies);
            rejected = List.copyOf(rejected);
            unknownNames = List.copyOf(unknownNames);
        }
    }

    /**
     * A channel, region or tier of the export that the contract does not name ({@code channel
     * 'portal'}), and how many tickets were judged as if the export named none.
     */
    public record UnknownName(String name, long tickets) {}

    /** The verdicts of a severity on a metric under one contract. */
    public record SeverityTally(Severity severity, Metric metric, AuditSummary.Tally tally) {}

    /**
     * A ticket and metric whose verdict differs between contracts; {@code verdicts} holds one entry
     * per compared contract, in order: a status key, {@code rejected} or {@code no target}.
     */
    public record DifferingTicket(
            String id,
            long line,
            long created,
            String priority,
            Optional<Severity> severity,
            String subject,
            Metric metric,
            List<String> verdicts) {
        public DifferingTicket {
            verdicts = List.copyOf(verdicts);
        }
    }
}
