package io.slaudit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command's own options and texts, without subcommands. picocli builds the model of every
 * subcommand (annotations, fields, defaults) when a command line is made, which costs a short run
 * more than the run itself, so {@link Main} starts from this class and adds only the subcommand the
 * arguments name; {@link SlauditCommand} adds them all.
 */
@Command(
        name = "slaudit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        description = "Audits support tickets against the service levels of a support contract.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done, nothing to report",
            "1:findings (compliance under --fail-under, drift, an invalid contract)",
            "2:bad usage or unusable input",
            "3:internal error (a bug; run with --stacktrace and report it)"
        })
public class RootCommand implements Runnable {

    @Option(
            names = "--stacktrace",
            scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for bug reports).")
    boolean stacktrace;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
