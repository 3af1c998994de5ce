package io.slaudit.audit;

import io.slaudit.tickets.ExportProfile;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What to audit: the contract's versions, the ticket export and its profile (or none, to
 * recognise it) and the sheet of a workbook, the optional events, the period, the as-of instant,
 * the reading, and whether a bad row is fatal. {@code keepTickets} keeps per-ticket verdicts for renderers that list them.
 * {@code names} puts the export's priorities (channels, regions, tiers) into the contract's names
 * where the export does not use them (a replay under another vendor's contract); empty in an audit.
 */
public record AuditRequest(
        ContractVersions contract,
        Path tickets,
        Optional<Path> events,
        Optional<ExportProfile> profile,
        Optional<Path> mapping,
        Optional<Period> period,
        long asOf,
        boolean asOfGiven,
        Optional<String> reading,
        Optional<ZoneId> ticketsZone,
        Optional<String> sheet,
        boolean strict,
        boolean keepTickets,
        Optional<NameTranslation> names) {

    public AuditRequest {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(ticketsZone, "ticketsZone");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(names, "names");
    }

    /** An audit: the export uses the contract's names. */
    public AuditRequest(
            ContractVersions contract,
            Path tickets,
            Optional<Path> events,
            Optional<ExportProfile> profile,
            Optional<Path> mapping,
            Optional<Period> period,
            long asOf,
            boolean asOfGiven,
            Optional<String> reading,
            Optional<ZoneId> ticketsZone,
            Optional<String> sheet,
            boolean strict,
            boolean keepTickets) {
        this(
                contract,
                tickets,
                events,
                profile,
                mapping,
                period,
                asOf,
                asOfGiven,
                reading,
                ticketsZone,
                sheet,
                strict,
                keepTickets,
                Optional.empty());
    }
}
