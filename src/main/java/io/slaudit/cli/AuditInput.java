package io.slaudit.cli;

import io.slaudit.audit.AuditRequest;
import io.slaudit.audit.ContractVersions;
import io.slaudit.audit.Period;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.tickets.ExportProfile;
import io.slaudit.tickets.ExportProfiles;
import io.slaudit.tickets.ProfileReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What an audit reads, as the command line gives it: the contract's versions, the ticket export
 * (CSV or workbook, its profile or mapping, the zone of its local times), the events, the as-of
 * instant and the reading. A mixin of {@code audit} and {@code trace}, so that a trace reads the
 * export exactly as the audit does.
 */
final class AuditInput {

    @Option(
            names = "--policy",
            required = true,
            paramLabel = "FILE",
            split = ",",
            description = "The contract; several versions of one contract, or a folder of them.")
    List<Path> policies;

    @Option(
            names = "--tickets",
            required = true,
            paramLabel = "FILE",
            description = "The ticket export: CSV (or - for stdin) or an .xlsx workbook, as the system wrote it.")
    Path tickets;

    @Option(
            names = "--sheet",
            paramLabel = "NAME",
            description = "The sheet of an .xlsx workbook to read (default: the one sheet with a ticket header).")
    String sheet;

    @Option(
            names = "--events",
            paramLabel = "FILE",
            description = "State and priority changes: CSV id,at,state[,priority].")
    Path events;

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(
                names = "--profile",
                paramLabel = "NAME",
                description = "The export's system: canonical, zendesk, jira,"
                        + " freshdesk, otrs, zammad, servicenow (default: recognised from the header).")
        String profile;

        @Option(names = "--mapping", paramLabel = "FILE", description = "A mapping file for any other export.")
        Path mapping;
    }

    @Option(
            names = "--as-of",
            paramLabel = "INSTANT",
            description = "The instant open tickets are judged at (default: now).")
    String asOf;

    @Option(
            names = "--reading",
            paramLabel = "NAME",
            description = "Decide by another reading of an ambiguous"
                    + " clause: ambiguity=reading (or a reading's name), several separated by commas.")
    String reading;

    @Option(
            names = "--tickets-zone",
            paramLabel = "ZONE",
            description = "The zone of export timestamps without an"
                    + " offset (default: the contract's default calendar zone).")
    String ticketsZone;

    @Mixin
    SuppliedOptions supplied = new SuppliedOptions();

    /** The policy files named, folders expanded; each once. */
    List<Path> policyFiles() {
        List<Path> files = PolicyFiles.expand(policies, false, "--policy: ");
        PolicyFiles.requireDistinct(files, "--policy: ");
        return files;
    }

    /** Every file read: no output may be one of them. */
    List<Path> inputs(List<Path> policyFiles) {
        List<Path> in = new ArrayList<>(policyFiles);
        in.addAll(supplied.files());
        in.add(tickets);
        if (events != null) {
            in.add(events);
        }
        if (source != null && source.mapping != null) {
            in.add(source.mapping);
        }
        return in;
    }

    /**
     * Reads the contract and the profile and makes the request.
     *
     * @throws InputException for a contract that does not read, with every problem of every file
     * @throws UsageException for an unknown profile, zone or as-of instant
     */
    AuditRequest request(List<Path> policyFiles, Optional<Period> period, boolean strict, boolean keepTickets) {
        List<Policy> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : policyFiles) {
            try {
                loaded.add(PolicyReader.read(p));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        ContractVersions contract = ContractVersions.of(supplied.apply(loaded, "the audit"), policyFiles);
        Optional<ExportProfile> profile = Optional.empty();
        Optional<Path> mapping = Optional.empty();
        if (source != null && source.profile != null) {
            profile = Optional.of(ExportProfiles.named(source.profile)
                    .orElseThrow(() -> new UsageException("--profile: no profile '" + source.profile + "'; profiles: "
                            + String.join(", ", ExportProfiles.NAMES))));
        } else if (source != null && source.mapping != null) {
            profile = Optional.of(ProfileReader.read(source.mapping));
            mapping = Optional.of(source.mapping);
        }
        Optional<ZoneId> zone = Optional.empty();
        if (ticketsZone != null) {
            try {
                zone = Optional.of(ZoneId.of(ticketsZone));
            } catch (DateTimeException e) {
                throw new UsageException("--tickets-zone: unknown time zone '" + ticketsZone + "'");
            }
        }
        long asOfSecond = asOf != null
                ? AsOf.parse("--as-of", asOf, contract.zone())
                : Instant.now().getEpochSecond();
        return new AuditRequest(
                contract,
                tickets,
                Optional.ofNullable(events),
                profile,
                mapping,
                period,
                asOfSecond,
                asOf != null,
                Optional.ofNullable(reading),
                zone,
                Optional.ofNullable(sheet),
                strict,
                keepTickets);
    }
}
