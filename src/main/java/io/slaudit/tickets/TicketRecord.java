package io.slaudit.tickets;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One ticket in canonical form, as read from an export: instants are epoch seconds, names are as
 * the export spells them (after the profile's translations); matching them to the policy is the
 * audit's job.
 */
public record TicketRecord(
        long line,
        String id,
        long created,
        String priority,
        Optional<String> channel,
        Optional<String> region,
        Optional<String> tier,
        Optional<String> role,
        OptionalLong firstResponse,
        OptionalLong resolved,
        String subject)
        implements ParsedRow {

    public TicketRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(subject, "subject");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a ticket needs an id");
        }
    }
}
