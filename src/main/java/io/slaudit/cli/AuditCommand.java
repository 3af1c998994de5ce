package io.slaudit.cli;

import io.slaudit.audit.Audit;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditRequest;
import io.slaudit.audit.AuditSummary;
import io.slaudit.audit.Period;
import io.slaudit.report.DocumentOptions;
import io.slaudit.report.Renderer;
import io.slaudit.report.Renderers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        exitCodeList = {
            "0:audited",
            "1:compliance under --fail-under (or nothing judged), or more rejected rows than --max-rejected",
            "2:bad usage or unusable input"
        })
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AuditInput input;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            description = "Tickets created in 2025-Q1, 2025-03, 2025 or"
                    + " 2025-01-01..2025-03-31 (local dates of the contract's default calendar).")
    String period;

    @Option(
            names = "--format",
            paramLabel = "FORMATS",
            description =
                    "text (default), json, csv, junit, html, pdf;" + " several separated by commas with --out DIR.")
    String formats;

    @Option(
            names = "--lang",
            paramLabel = "en|de",
            description =
                    "Language of the text summary and the html and pdf reports: labels, numbers, dates (default: en).")
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
                    + " open tickets, rejected rows (default: 500; 0 for all), and overtaken tickets (at most 100"
                    + " unless 0). JSON and CSV always have every ticket.")
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
            description = "Exit 1 when overall compliance is under this, or when nothing was judged.")
    Double failUnder;

    @Option(
            names = "--max-rejected",
            paramLabel = "N|P%",
            description = "Exit 1 when more rows than this are rejected: a number of rows (10) or a share of the"
                    + " rows read (5%%). Without it rejected rows are reported and counted, and never fail the audit.")
    String maxRejected;

    @Option(names = "--strict", description = "A bad row is fatal (exit 2) instead of reported and counted.")
    boolean strict;

    @Override
    public Integer call() {
        if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) {
            throw new UsageException("--fail-under takes a percentage from 0 to 100, not " + given("--fail-under"));
        }
        Optional<RejectedRowLimit> rejectedLimit = maxRejected == null
                ? Optional.empty()
                : Optional.of(RejectedRowLimit.parse("--max-rejected", maxRejected));
        List<Renderer<AuditReport>> renderers = renderers();
        List<Path> policyFiles = input.policyFiles();
        Outputs outputs = Outputs.of("--out", out, Formats.documents(renderers), inputs(policyFiles));
        Optional<Period> p = Optional.empty();
        if (period != null) {
            try {
                p = Optional.of(Period.parse(period));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--period: " + e.getMessage());
            }
        }
        boolean keep = renderers.stream().anyMatch(Renderer::listsItems);
        AuditRequest request = input.request(policyFiles, p, strict, keep);
        try (AuditReport report = Audit.run(request, TerminalProgress.forTerminal("audit"))) {
            Formats.write(
                    report,
                    renderers,
                    outputs,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            return gates(report.summary(), rejectedLimit);
        }
    }

    /**
     * The checks a CI job fails a build on: compliance under --fail-under, where no judged result
     * means no compliance (an export whose every row was rejected must not pass), and more rejected
     * rows than --max-rejected allows. Each failed check says why on stderr.
     */
    private int gates(AuditSummary s, Optional<RejectedRowLimit> rejectedLimit) {
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCode.OK.code();
        if (failUnder != null) {
            String threshold = Percent.plain(failUnder) + " %";
            if (s.nothingJudged()) {
                err.println("slaudit: " + s.nothingJudgedReason() + "; --fail-under " + threshold + " is not met");
                exit = ExitCode.FINDINGS.code();
            } else {
                AuditSummary.Tally all = s.overall();
                double compliance = all.compliance().orElseThrow();
                if (compliance < failUnder) {
                    err.println("slaudit: compliance " + Percent.under(compliance, failUnder) + " % (" + all.met()
                            + " of " + all.judged() + " judged results met) is under --fail-under " + threshold);
                    exit = ExitCode.FINDINGS.code();
                }
            }
        }
        if (rejectedLimit.isPresent()) {
            AuditSummary.Counts c = s.counts();
            RejectedRowLimit limit = rejectedLimit.get();
            if (limit.exceededBy(c.rejected(), c.rowsRead())) {
                err.println("slaudit: " + c.rejected() + " of " + c.rowsRead() + " rows rejected ("
                        + Percent.plain(c.rowsRead() == 0 ? 0 : 100.0 * c.rejected() / c.rowsRead())
                        + " %), more than --max-rejected " + limit);
                exit = ExitCode.FINDINGS.code();
            }
        }
        return exit;
    }

    /** The text an option was given as on the command line. */
    private String given(String option) {
        var matched = spec.commandLine().getParseResult().matchedOption(option);
        return matched == null || matched.originalStringValues().isEmpty()
                ? ""
                : String.join(",", matched.originalStringValues());
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
        List<Path> in = new ArrayList<>(input.inputs(policyFiles));
        if (template != null) {
            in.add(template.resolve("report.ftlh"));
        }
        return in;
    }
}
