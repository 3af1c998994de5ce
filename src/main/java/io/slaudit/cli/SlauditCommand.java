package io.slaudit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: lists the subcommands and the global options. */
@Command(
        name = "slaudit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Audits support tickets against the service levels of a support contract.",
        subcommands = {
            AuditCommand.class,
            ValidateCommand.class,
            ExplainCommand.class,
            CompareCommand.class,
            SamplesCommand.class,
            CalcCommand.class,
            CalendarCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done, nothing to report",
            "1:findings (compliance under --fail-under, drift, an invalid contract)",
            "2:bad usage or unusable input",
            "3:internal error (a bug; run with --stacktrace and report it)"
        })
public final class SlauditCommand implements Runnable {

    @Option(
            names = "--stacktrace",
            scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for bug reports).")
    boolean stacktrace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
