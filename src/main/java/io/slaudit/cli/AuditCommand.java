package io.slaudit.cli;

import io.slaudit.audit.Audit;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditRequest;
import io.slaudit.audit.ContractVersions;
import io.slaudit.audit.Period;
import io.slaudit.calendar.TimeText;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.report.DocumentOptions;
import io.slaudit.report.Renderer;
import io.slaudit.report.Renderers;
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
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slaudit audit}: replays a ticket export against a contract and reports every verdict. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description =
                "Replays every ticket of an export against the contract and reports, per ticket and target, the verdict (met, breached, open, open-breached, best-effort, excluded) with its due time, the time judged and the business time used; totals reconcile with the rows read. Without --out a summary goes to the terminal.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:audited", "1:compliance under --fail-under", "2:bad usage or unusable input"})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--policy",
            required = true,
            paramLabel = "FILE",
            split = ",",
            description = "The contract; several versions of one contract, or a folder of them.")
    List<Path> policies;

    @Option(names = "--tickets", required = true, paramLabel = "FILE", description = "The ticket export (CSV).")
    Path tickets;

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
            names = "--period",
            paramLabel = "PERIOD",
            description = "Tickets created in 2025-Q1, 2025-03, 2025 or"
                    + " 2025-01-01..2025-03-31 (local dates of the contract's default calendar).")
    String period;

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
            names = "--format",
            paramLabel = "FORMATS",
            description =
                    "text (default), json, csv, junit, html, pdf;" + " several separated by commas with --out DIR.")
    String formats;

    @Option(
            names = "--lang",
            paramLabel = "en|de",
            description = "Language of the html and pdf reports: labels, numbers, dates (default: en).")
    Lang lang = Lang.en;

    @Option(
            names = "--template",
            paramLabel = "DIR",
            description = "A folder with your own report.ftlh for --format html (FreeMarker, restricted:"
                    + " no Java access). The built-in templates stay reachable for #include.")
    Path template;

    @Option(
            names = "--list-limit",
            paramLabel = "N",
            description = "How many tickets each list of the html and pdf reports shows: breaches,"
                    + " open tickets, rejected rows (default: 500; 0 for all). JSON and CSV always have every ticket.")
    Integer listLimit;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            description = "A file (one format), a directory (several, or a path ending in /), or - for stdout."
                    + " Never one of the inputs; an existing file is replaced only once the report is complete.")
    String out;

    @Option(
            names = "--fail-under",
            paramLabel = "PERCENT",
            description = "Exit 1 when overall compliance is under this.")
    Double failUnder;

    @Option(names = "--strict", description = "A bad row is fatal (exit 2) instead of reported and counted.")
    boolean strict;

    @Option(
            names = "--tickets-zone",
            paramLabel = "ZONE",
            description = "The zone of export timestamps without an"
                    + " offset (default: the contract's default calendar zone).")
    String ticketsZone;

    @Override
    public Integer call() {
        List<Renderer<AuditReport>> renderers = renderers();
        List<Path> policyFiles = PolicyFiles.expand(policies, false, "--policy: ");
        Outputs outputs = Outputs.of("--out", out, Formats.documents(renderers), inputs(policyFiles));
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
        ContractVersions contract = ContractVersions.of(loaded, policyFiles);
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
        Optional<Period> p = Optional.empty();
        if (period != null) {
            try {
                p = Optional.of(Period.parse(period));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--period: " + e.getMessage());
            }
        }
        Optional<ZoneId> zone = Optional.empty();
        if (ticketsZone != null) {
            try {
                zone = Optional.of(ZoneId.of(ticketsZone));
            } catch (DateTimeException e) {
                throw new UsageException("--tickets-zone: unknown time zone '" + ticketsZone + "'");
            }
        }
        long asOfSecond;
        if (asOf != null) {
            try {
                asOfSecond = TimeText.parseInstant(asOf, contract.zone()).getEpochSecond();
            } catch (IllegalArgumentException e) {
                throw new UsageException("--as-of: " + e.getMessage());
            }
        } else {
            asOfSecond = Instant.now().getEpochSecond();
        }
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            throw new UsageException("--fail-under takes a percentage from 0 to 100");
        }
        boolean keep = renderers.stream().anyMatch(Renderer::listsItems);
        AuditRequest request = new AuditRequest(
                contract,
                tickets,
                Optional.ofNullable(events),
                profile,
                mapping,
                p,
                asOfSecond,
                asOf != null,
                Optional.ofNullable(reading),
                zone,
                strict,
                keep);
        try (AuditReport report = Audit.run(request, TerminalProgress.forTerminal("audit"))) {
            Formats.write(
                    report,
                    renderers,
                    outputs,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            double compliance = report.summary().overall().compliance().orElse(100.0);
            if (failUnder != null && compliance < failUnder) {
                spec.commandLine()
                        .getErr()
                        .printf("slaudit: compliance %.1f %% is under --fail-under %.1f %%%n", compliance, failUnder);
                return ExitCode.FINDINGS.code();
            }
            return ExitCode.OK.code();
        }
    }

    private List<Renderer<AuditReport>> renderers() {
        boolean documents = Formats.names(formats, "html") || Formats.names(formats, "pdf");
        if (template != null && !Formats.names(formats, "html")) {
            throw new UsageException("--template applies to --format html");
        }
        if (listLimit != null) {
            if (!documents) {
                throw new UsageException("--list-limit applies to --format html and pdf");
            }
            if (listLimit < 0) {
                throw new UsageException("--list-limit takes a number of rows, or 0 for all; not " + listLimit);
            }
        }
        DocumentOptions options = new DocumentOptions(
                lang.locale(),
                Optional.ofNullable(template),
                failUnder == null ? OptionalDouble.empty() : OptionalDouble.of(failUnder),
                CreationDate.from(System.getenv("SOURCE_DATE_EPOCH")),
                listLimit == null
                        ? DocumentOptions.DEFAULT_LIST_LIMIT
                        : listLimit == 0 ? DocumentOptions.UNLIMITED : listLimit);
        return Formats.choose(formats, Renderers.forOneAudit(options), "text");
    }

    /** Every file the audit reads: no output may be one of them. */
    private List<Path> inputs(List<Path> policyFiles) {
        List<Path> in = new ArrayList<>(policyFiles);
        in.add(tickets);
        if (events != null) {
            in.add(events);
        }
        if (source != null && source.mapping != null) {
            in.add(source.mapping);
        }
        if (template != null) {
            in.add(template.resolve("report.ftlh"));
        }
        return in;
    }
}
