package io.slaudit.compare;

import io.slaudit.policy.Policy;
import io.slaudit.tickets.ExportProfile;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to compare: the policies (each with the file it was read from), the year, the severity
 * map (or none), optionally a ticket export to replay under each policy and a month of support to
 * price under each.
 */
public record CompareRequest(
        List<Policy> policies,
        List<Path> files,
        int year,
        SeverityMap severities,
        Optional<Replay> replay,
        Optional<CostScenario> scenario) {

    public CompareRequest(
            List<Policy> policies, List<Path> files, int year, SeverityMap severities, Optional<Replay> replay) {
        this(policies, files, year, severities, replay, Optional.empty());
    }

    /** The export to replay: as an audit reads it, judged at {@code asOf}. */
    public record Replay(
            Path tickets,
            Optional<Path> events,
            Optional<ExportProfile> profile,
            Optional<Path> mapping,
            long asOf,
            boolean asOfGiven,
            Optional<ZoneId> ticketsZone) {
        public Replay {
            Objects.requireNonNull(tickets, "tickets");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(mapping, "mapping");
            Objects.requireNonNull(ticketsZone, "ticketsZone");
        }
    }

    public CompareRequest {
        policies = List.copyOf(policies);
        files = List.copyOf(files);
        if (policies.isEmpty() || policies.size() != files.size()) {
            throw new IllegalArgumentException("each compared policy needs its file");
        }
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(scenario, "scenario");
    }
}
