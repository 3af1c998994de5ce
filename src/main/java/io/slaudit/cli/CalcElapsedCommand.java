package io.slaudit.cli;

import io.slaudit.calendar.BusinessClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slaudit calc elapsed}: how much business time lies between two instants. */
@Command(
        name = "elapsed",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the business time between FROM and TO: the real time inside open windows.",
            "",
            "INSTANT is ISO-8601 with an offset or local time in the calendar's zone.",
            "",
            "Batch: --input FILE.csv with columns from,to; prints CSV with the input columns, 'elapsed_seconds' and"
                    + " 'error' (empty where the row was answered). Exit 1 when a row was not answered, 2 when the"
                    + " file cannot be used."
        })
final class CalcElapsedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions calendar;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Start of the span.")
    String from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "End of the span, not before --from.")
    String to;

    @Option(names = "--seconds", description = "Print whole seconds instead of an ISO-8601 duration.")
    boolean seconds;

    @Option(names = "--input", paramLabel = "FILE.csv", description = "Many queries: a CSV with columns from,to.")
    Path input;

    @Override
    public Integer call() {
        CalcArguments.requireSingleOrBatch(input, "--from", from, "--to", to);
        if (input != null && seconds) {
            throw new UsageException("--seconds applies to a single query; batch output is always in seconds");
        }
        BusinessClock clock = calendar.clock();
        if (input != null) {
            CalcBatch.Outcome outcome = new CalcBatch(clock, calendar.load().calendar())
                    .elapsed(
                            input,
                            spec.commandLine().getOut(),
                            spec.commandLine().getErr());
            return outcome.failed() > 0 ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
        }
        Instant a = CalcArguments.instant("--from", from, clock);
        Instant b = CalcArguments.instant("--to", to, clock);
        if (b.isBefore(a)) {
            throw new UsageException("--to (" + to + ") is before --from (" + from + ")");
        }
        Duration elapsed = clock.elapsed(a, b);
        spec.commandLine().getOut().println(seconds ? Long.toString(elapsed.getSeconds()) : elapsed.toString());
        HolidayTrust trust = new HolidayTrust(calendar.load().calendar());
        trust.uses(a);
        trust.uses(b);
        trust.warning().ifPresent(spec.commandLine().getErr()::println);
        return ExitCode.OK.code();
    }
}
