package io.slaudit.compare;

import io.slaudit.audit.Audit;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditRequest;
import io.slaudit.audit.AuditSummary;
import io.slaudit.audit.ContractVersions;
import io.slaudit.audit.InputFile;
import io.slaudit.audit.MetricResult;
import io.slaudit.audit.NameTranslation;
import io.slaudit.audit.Progress;
import io.slaudit.audit.Status;
import io.slaudit.audit.TicketVerdict;
import io.slaudit.compare.TicketComparison.DifferingTicket;
import io.slaudit.compare.TicketComparison.PolicyTickets;
import io.slaudit.compare.TicketComparison.SeverityTally;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.Severity;
import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays one ticket export under every compared contract: each ticket's priority is given its
 * normalised severity ({@link TicketSeverities}) and judged, by the audit itself, as the contract's
 * class of that severity. The per-contract verdicts are then walked side by side, ticket by ticket
 * (each audit keeps them in file order on disk), so memory does not grow with the export.
 */
final class TicketReplay {

    private static final List<Metric> METRICS = List.of(Metric.FIRST_RESPONSE, Metric.RESOLUTION);
    private static final int REJECTED_KEPT = 200;

    private TicketReplay() {}

    static TicketComparison run(
            List<Policy> policies,
            List<Path> files,
            Map<Policy, SeverityClasses> classes,
            CompareRequest.Replay replay,
            CompareRequest request) {
        TicketSeverities severities = new TicketSeverities(request.severities(), classes);
        List<AuditReport> reports = new ArrayList<>();
        List<ContractNames> names = new ArrayList<>();
        try {
            for (int i = 0; i < policies.size(); i++) {
                Policy p = policies.get(i);
                ContractNames translation = new ContractNames(p, classes.get(p), severities);
                names.add(translation);
                AuditRequest audit = new AuditRequest(
                        ContractVersions.of(List.of(p), List.of(files.get(i))),
                        replay.tickets(),
                        replay.events(),
                        replay.profile(),
                        replay.mapping(),
                        Optional.empty(),
                        replay.asOf(),
                        replay.asOfGiven(),
                        Optional.empty(),
                        replay.ticketsZone(),
                        Optional.empty(),
                        false,
                        true,
                        Optional.of(translation));
                reports.add(Audit.run(audit, Progress.NONE));
            }
            return compare(policies, reports, severities, names);
        } finally {
            reports.forEach(AuditReport::close);
        }
    }

    private static TicketComparison compare(
            List<Policy> policies, List<AuditReport> reports, TicketSeverities severities, List<ContractNames> names) {
        int n = policies.size();
        List<Map<Severity, Map<Metric, AuditSummary.Tally>>> tallies = new ArrayList<>();
        List<Iterator<TicketVerdict>> streams = new ArrayList<>();
        TicketVerdict[] heads = new TicketVerdict[n];
        for (int i = 0; i < n; i++) {
            tallies.add(new EnumMap<>(Severity.class));
            Iterator<TicketVerdict> it = reports.get(i).tickets().iterator();
            streams.add(it);
            heads[i] = it.hasNext() ? it.next() : null;
        }
        // Rows the first contract rejected for want of a severity or class, by line: counted by
        // priority unless another contract judged the ticket.
        Map<Long, String> unmapped = new HashMap<>();
        for (RejectedRow r : reports.get(0).rejected()) {
            String key = r.reason().key();
            if (key.equals("ticket.no-severity") || key.equals("ticket.severity-without-class")) {
                unmapped.put(r.line(), r.reason().arguments().get(0));
            }
        }
        List<DifferingTicket> differing = new ArrayList<>();
        long differingCount = 0;
        TicketVerdict[] now = new TicketVerdict[n];
        while (true) {
            long line = Long.MAX_VALUE;
            for (TicketVerdict h : heads) {
                if (h != null) {
                    line = Math.min(line, h.ticket().line());
                }
            }
            if (line == Long.MAX_VALUE) {
                break;
            }
            TicketVerdict any = null;
            for (int i = 0; i < n; i++) {
                now[i] = null;
                if (heads[i] != null && heads[i].ticket().line() == line) {
                    now[i] = heads[i];
                    any = heads[i];
                    heads[i] = streams.get(i).hasNext() ? streams.get(i).next() : null;
                }
            }
            String priority = any.ticket().priority();
            severities.count(priority);
            unmapped.remove(line);
            Optional<Severity> severity = severities.of(priority).severity();
            for (int i = 0; i < n; i++) {
                if (now[i] != null && severity.isPresent()) {
                    for (MetricResult r : now[i].results()) {
                        tallies.get(i)
                                .computeIfAbsent(severity.get(), s -> new EnumMap<>(Metric.class))
                                .merge(r.metric(), AuditSummary.Tally.ZERO.plus(r.status()), AuditSummary.Tally::plus);
                    }
                }
            }
            for (Metric m : METRICS) {
                List<String> verdicts = new ArrayList<>(n);
                boolean inTime = false;
                boolean late = false;
                for (int i = 0; i < n; i++) {
                    Optional<Status> status = now[i] == null ? Optional.empty() : statusOf(now[i], m);
                    verdicts.add(
                            now[i] == null
                                    ? "rejected"
                                    : status.map(Status::key).orElse("no target"));
                    if (status.isPresent()) {
                        Status s = status.get();
                        inTime |= s == Status.MET || s == Status.OPEN;
                        late |= s.isBreach();
                    }
                }
                if (inTime && late) {
                    differingCount++;
                    if (differing.size() < TicketComparison.DIFFERING_KEPT) {
                        differing.add(new DifferingTicket(
                                any.ticket().id(),
                                line,
                                any.ticket().created(),
                                priority,
                                severity,
                                any.ticket().subject(),
                                m,
                                verdicts));
                    }
                }
            }
        }
        unmapped.values().forEach(severities::count);

        List<PolicyTickets> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditReport r = reports.get(i);
            List<SeverityTally> rows = new ArrayList<>();
            AuditSummary.Tally overall = AuditSummary.Tally.ZERO;
            for (Severity s : Severity.values()) {
                Map<Metric, AuditSummary.Tally> byMetric = tallies.get(i).get(s);
                for (Metric m : METRICS) {
                    AuditSummary.Tally t = byMetric == null ? null : byMetric.get(m);
                    if (t != null) {
                        rows.add(new SeverityTally(s, m, t));
                        overall = overall.plus(t);
                    }
                }
            }
            AuditSummary summary = r.summary();
            List<RejectedRow> rejected = new ArrayList<>();
            for (RejectedRow row : r.rejected()) {
                if (rejected.size() == REJECTED_KEPT) {
                    break;
                }
                rejected.add(row);
            }
            Policy p = policies.get(i);
            out.add(new PolicyTickets(
                    p.id(),
                    p.id() + p.identity().version().map(v -> " (" + v + ")").orElse(""),
                    summary.counts(),
                    rows,
                    overall,
                    rejected,
                    summary.eventProblemCount(),
                    names.get(i).unknown()));
        }
        AuditReport first = reports.get(0);
        List<InputFile> inputs = first.header().inputs().stream()
                .filter(f -> !f.role().equals("policy"))
                .toList();
        return new TicketComparison(
                inputs,
                first.header().profile(),
                first.header().profileDetected(),
                first.header().asOf(),
                first.header().asOfGiven(),
                first.summary().counts().rowsRead(),
                severities.seen(),
                out,
                differing,
                differingCount);
    }

    /**
     * A contract's names for the export's: the priority's severity mapped onto the contract's class
     * of it; a channel, region or tier the contract does not name is left out (the export's system
     * names them its own way, and a contract that does not know a name cannot be said to exclude
     * it), counted for the report.
     */
    private static final class ContractNames implements NameTranslation {
        private final Policy policy;
        private final SeverityClasses mapping;
        private final TicketSeverities severities;
        private final Map<String, Long> unknown = new java.util.TreeMap<>();

        ContractNames(Policy policy, SeverityClasses mapping, TicketSeverities severities) {
            this.policy = policy;
            this.mapping = mapping;
            this.severities = severities;
        }

        @Override
        public Translated priority(String exportPriority) {
            TicketSeverities.Resolved r = severities.of(exportPriority);
            if (r.severity().isEmpty()) {
                return new None(Reason.of("ticket.no-severity", exportPriority));
            }
            Severity s = r.severity().get();
            return mapping.classFor(s)
                    .<Translated>map(To::new)
                    .orElseGet(() -> new None(Reason.of("ticket.severity-without-class", exportPriority, s.key())));
        }

        @Override
        public Optional<String> channel(String name) {
            return known(
                    "channel",
                    name,
                    policy.channels().isEmpty() || policy.channelNamed(name).isPresent());
        }

        @Override
        public Optional<String> region(String name) {
            return known(
                    "region",
                    name,
                    policy.regions().isEmpty() || policy.regionNamed(name).isPresent());
        }

        @Override
        public Optional<String> tier(String name) {
            return known(
                    "tier",
                    name,
                    policy.commercial().tiers().isEmpty()
                            || policy.tierOrPackageNamed(name).isPresent());
        }

        private Optional<String> known(String kind, String name, boolean known) {
            if (known || name.isBlank()) {
                return Optional.of(name);
            }
            if (unknown.size() < 1000) {
                unknown.merge(kind + " '" + name + "'", 1L, Long::sum);
            }
            return Optional.empty();
        }

        List<TicketComparison.UnknownName> unknown() {
            List<TicketComparison.UnknownName> out = new ArrayList<>();
            unknown.forEach((name, count) -> out.add(new TicketComparison.UnknownName(name, count)));
            return out;
        }
    }

    private static Optional<Status> statusOf(TicketVerdict v, Metric m) {
        for (MetricResult r : v.results()) {
            if (r.metric() == m) {
                return Optional.of(r.status());
            }
        }
        return Optional.empty();
    }
}
