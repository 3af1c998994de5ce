package io.slaudit.audit;

import io.slaudit.calendar.TimeText;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.tickets.RejectedRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs a whole audit in-process from a policy and exports written inline. */
final class AuditFixture {

    private final Path dir;
    private final List<Path> policies = new ArrayList<>();
    private Path tickets;
    private Path events;
    private Optional<Period> period = Optional.empty();
    private Optional<String> reading = Optional.empty();
    private String asOf = "2025-04-01T00:00:00+02:00";
    private boolean strict;
    private Optional<NameTranslation> names = Optional.empty();

    AuditFixture(Path dir) {
        this.dir = dir;
    }

    AuditFixture policy(String yaml) {
        policies.add(write("policy-" + policies.size() + ".yaml", yaml));
        return this;
    }

    AuditFixture tickets(String csv) {
        tickets = write("tickets.csv", csv);
        return this;
    }

    AuditFixture events(String csv) {
        events = write("events.csv", csv);
        return this;
    }

    AuditFixture period(String text) {
        period = Optional.of(Period.parse(text));
        return this;
    }

    AuditFixture reading(String text) {
        reading = Optional.of(text);
        return this;
    }

    AuditFixture asOf(String instant) {
        asOf = instant;
        return this;
    }

    AuditFixture names(NameTranslation translation) {
        names = Optional.of(translation);
        return this;
    }

    AuditFixture strict() {
        strict = true;
        return this;
    }

    /** The finished audit; the caller closes it. */
    AuditReport run() {
        return Audit.run(request(), Progress.NONE);
    }

    /** The evidence for the tickets named, as {@code slaudit trace} gives it. */
    TraceReport trace(String... ids) {
        return Trace.run(request(), List.of(ids), java.util.Locale.ENGLISH);
    }

    private AuditRequest request() {
        List<Policy> loaded = policies.stream().map(PolicyReader::read).toList();
        ContractVersions contract = ContractVersions.of(loaded, policies);
        long asOfSecond = TimeText.parseInstant(asOf, ZoneId.of("UTC")).getEpochSecond();
        return new AuditRequest(
                contract,
                tickets,
                Optional.ofNullable(events),
                Optional.empty(),
                Optional.empty(),
                period,
                asOfSecond,
                true,
                reading,
                Optional.empty(),
                Optional.empty(),
                strict,
                true,
                names);
    }

    /** The verdicts by ticket id, and the rejected rows, of a finished audit. */
    record Outcome(AuditSummary summary, Map<String, TicketVerdict> tickets, List<RejectedRow> rejected) {
        MetricResult result(String id, Metric metric) {
            TicketVerdict v = tickets.get(id);
            if (v == null) {
                throw new AssertionError("no verdict for " + id + "; rejected: " + rejected);
            }
            return v.results().stream()
                    .filter(r -> r.metric() == metric)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + metric + " result for " + id + ": " + v.results()));
        }

        String due(String id, Metric metric) {
            MetricResult r = result(id, metric);
            return r.due().isPresent()
                    ? TimeText.format(java.time.Instant.ofEpochSecond(r.due().getAsLong()), r.zone())
                    : "none";
        }
    }

    Outcome outcome() {
        try (AuditReport report = run()) {
            Map<String, TicketVerdict> byId = new LinkedHashMap<>();
            for (TicketVerdict v : report.tickets()) {
                byId.put(v.ticket().id(), v);
            }
            List<RejectedRow> rejected = new ArrayList<>();
            report.rejected().forEach(rejected::add);
            return new Outcome(report.summary(), byId, rejected);
        }
    }

    private Path write(String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
