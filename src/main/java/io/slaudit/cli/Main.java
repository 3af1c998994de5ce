package io.slaudit.cli;

import io.slaudit.calendar.CalendarRangeException;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.report.TerminalText;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point: builds the command line, runs it, and turns failures into messages and exit codes. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(
                new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        System.exit(code);
    }

    /** Runs slaudit in-process; tests call this. Returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        CommandLine cli = new CommandLine(new SlauditCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, given) -> {
            err.println("error: " + TerminalText.clean(e.getMessage()));
            if (!e.getCommandLine().getCommandSpec().subcommands().isEmpty()
                    && e instanceof CommandLine.UnmatchedArgumentException) {
                CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            }
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE_OR_INPUT.code();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, err, stacktrace));
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands errors (not exceptions) through; a bug must still not end in a raw trace
            Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            code = fail(cause instanceof Exception ex ? ex : new RuntimeException(cause), err, stacktrace);
        } finally {
            out.flush();
            err.flush();
        }
        return code;
    }

    private static int fail(Exception e, PrintWriter err, boolean stacktrace) {
        int code;
        if (e instanceof InputException input) {
            for (Problem p : input.problems()) {
                err.println("error: " + TerminalText.clean(p.toString()));
            }
            code = ExitCode.USAGE_OR_INPUT.code();
        } else if (e instanceof CalendarRangeException || e instanceof UsageException) {
            err.println("error: " + TerminalText.clean(e.getMessage()));
            code = ExitCode.USAGE_OR_INPUT.code();
        } else if (e instanceof UncheckedIOException io) {
            err.println("error: " + io.getCause().getMessage());
            code = ExitCode.USAGE_OR_INPUT.code();
        } else {
            err.println("error: internal error: " + e + (stacktrace ? "" : " (run with --stacktrace for details)"));
            code = ExitCode.INTERNAL.code();
        }
        if (stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
