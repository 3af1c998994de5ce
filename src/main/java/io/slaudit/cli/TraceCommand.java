package io.slaudit.cli;

import io.slaudit.audit.AuditRequest;
import io.slaudit.audit.Trace;
import io.slaudit.audit.TraceReport;
import io.slaudit.report.DocumentOptions;
import io.slaudit.report.Renderer;
import io.slaudit.report.TraceRenderers;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code slaudit trace}: the evidence for named tickets, for an auditor to show a vendor how a
 * verdict came about. The export is audited as {@code audit} audits it; the documents show, per
 * target, the audit's verdict and its timeline from the request to the instant judged.
 */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        description =
                "Shows how the audit's verdicts on the named tickets came about: per target the contract version, the priority and its changes, the due time and where the clock reached it, and the timeline from the request to the instant judged, in steps (open, closed, holiday, paused, exception) whose counted time adds up to the time used. The same inputs and options as audit.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:traced",
            "2:bad usage or unusable input, or a ticket that is not in the export (or was not audited)"
        })
final class TraceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "The tickets to trace, by their id in the export.")
    List<String> ids;

    @Mixin
    AuditInput input;

    @Option(
            names = "--format",
            paramLabel = "FORMATS",
            description = "text (default), json, html, pdf; several separated by commas with --out DIR.")
    String formats;

    @Option(
            names = "--lang",
            paramLabel = "en|de",
            description = "Language of the text, html and pdf documents and of holiday names (default: en).")
    Lang lang = Lang.en;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            description = "A file (one format), a directory (several, or a path ending in /), or - for stdout."
                    + " Never one of the inputs; an existing file is replaced only once the document is complete.")
    String out;

    @Override
    public Integer call() {
        DocumentOptions options = new DocumentOptions(
                lang.locale(),
                Optional.empty(),
                OptionalDouble.empty(),
                CreationDate.from(System.getenv("SOURCE_DATE_EPOCH")));
        List<Renderer<TraceReport>> renderers = Formats.choose(formats, TraceRenderers.forTrace(options), "text");
        List<Path> policyFiles = input.policyFiles();
        Outputs outputs = Outputs.of("--out", out, Formats.documents(renderers), input.inputs(policyFiles));
        for (String id : ids) {
            if (id.isBlank()) {
                throw new UsageException("trace: an empty ticket id");
            }
        }
        AuditRequest request = input.request(policyFiles, Optional.empty(), false, false);
        TraceReport report = Trace.run(request, ids, lang.locale());
        Formats.write(
                report,
                renderers,
                outputs,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return ExitCode.OK.code();
    }
}
