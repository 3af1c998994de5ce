package io.slaudit.cli;

import picocli.CommandLine.Command;

/** {@code slaudit samples}: realistic ticket exports to try slaudit on. */
@Command(
        name = "samples",
        mixinStandardHelpOptions = true,
        description = "Generate realistic, reproducible ticket exports for a contract.",
        subcommands = {SamplesGenerateCommand.class})
final class SamplesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: generate");
    }
}
