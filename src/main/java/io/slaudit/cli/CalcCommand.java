package io.slaudit.cli;

import picocli.CommandLine.Command;

/** {@code slaudit calc}: the business-time calculator. */
@Command(
        name = "calc",
        mixinStandardHelpOptions = true,
        description = "Business-time arithmetic on a calendar: deadlines and elapsed business time.",
        subcommands = {CalcDeadlineCommand.class, CalcElapsedCommand.class})
final class CalcCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a calculation: deadline or elapsed");
    }
}
