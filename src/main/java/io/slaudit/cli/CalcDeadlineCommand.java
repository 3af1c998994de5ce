package io.slaudit.cli;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.TimeText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slaudit calc deadline}: when a business duration that starts at an instant runs out. */
@Command(
        name = "deadline",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the earliest instant at which DURATION of business time has passed since START."
                    + " A duration that runs out exactly at closing time is due at closing time; PT0S gives START.",
            "",
            "INSTANT is ISO-8601 with an offset (2025-03-07T16:20:00+01:00) or local time in the calendar's zone"
                    + " (2025-03-07T16:20, 2025-03-07 16:20). DURATION is ISO-8601 (PT4H, PT14400S).",
            "",
            "Batch: --input FILE.csv with columns start,duration; prints CSV with the input columns, 'deadline' and"
                    + " 'error' (empty where the row was answered). Exit 1 when a row was not answered, 2 when the"
                    + " file cannot be used."
        })
final class CalcDeadlineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions calendar;

    @Option(names = "--start", paramLabel = "INSTANT", description = "When the clock starts.")
    String start;

    @Option(names = "--duration", paramLabel = "DURATION", description = "Business time, ISO-8601 (PT4H).")
    String duration;

    @Option(
            names = "--input",
            paramLabel = "FILE.csv",
            description = "Many queries: a CSV with columns start,duration.")
    Path input;

    @Override
    public Integer call() {
        CalcArguments.requireSingleOrBatch(input, "--start", start, "--duration", duration);
        BusinessClock clock = calendar.clock();
        if (input != null) {
            CalcBatch.Outcome outcome = new CalcBatch(clock, calendar.load().calendar())
                    .deadlines(
                            input,
                            spec.commandLine().getOut(),
                            spec.commandLine().getErr());
            return outcome.failed() > 0 ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
        }
        Instant from = CalcArguments.instant("--start", start, clock);
        Duration d = CalcArguments.duration("--duration", duration);
        Instant due = clock.deadline(from, d);
        spec.commandLine().getOut().println(TimeText.format(due, clock.zone()));
        HolidayTrust trust = new HolidayTrust(calendar.load().calendar());
        trust.uses(from);
        trust.uses(due);
        trust.warning().ifPresent(spec.commandLine().getErr()::println);
        return ExitCode.OK.code();
    }
}
