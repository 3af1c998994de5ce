package io.slaudit.cli;

import picocli.CommandLine.Command;

/** {@code slaudit calendar}: look at calendars and holiday regions. */
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = "Show a calendar's hours and closed dates, list holiday regions.",
        subcommands = {CalendarShowCommand.class, CalendarRegionsCommand.class})
final class CalendarCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: show or regions");
    }
}
