package io.slaudit.audit;

import io.slaudit.tickets.Reason;
import io.slaudit.tickets.TicketRecord;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ticket as the audit judged it: the ticket, the policy names it resolved to, the contract
 * version it was judged under, and a result per target. An excluded ticket carries the reason.
 * Where another reading of an ambiguous clause gives another verdict, {@code otherReadings} says
 * which, so that no per-ticket output loses a verdict that depends on how a clause is read.
 */
public record TicketVerdict(
        TicketRecord ticket,
        String priority,
        Optional<String> originalPriority,
        String policyVersion,
        Optional<String> channel,
        Optional<String> region,
        Optional<String> tier,
        Optional<Reason> exclusion,
        ZoneId zone,
        List<MetricResult> results,
        List<OtherReading> otherReadings) {

    public TicketVerdict {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(originalPriority, "originalPriority");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(exclusion, "exclusion");
        Objects.requireNonNull(zone, "zone");
        results = List.copyOf(results);
        otherReadings = List.copyOf(otherReadings);
    }

    public TicketVerdict withOtherReadings(List<OtherReading> others) {
        return new TicketVerdict(
                ticket,
                priority,
                originalPriority,
                policyVersion,
                channel,
                region,
                tier,
                exclusion,
                zone,
                results,
                others);
    }

    public boolean isExcluded() {
        return exclusion.isPresent();
    }
}
