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
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // picocli reads every annotation of the root command (some 170 classes of its own,
            // loaded and verified, none of them in a CDS archive) before it prints the version:
            // most of the time of a version check. MainTest checks the texts are the same.
            for (String line : VersionProvider.lines()) {
                out.println(line);
            }
            out.flush();
            return ExitCode.OK.code();
        }
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        CommandLine cli = commandLine(args);
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

    /**
     * The command line for {@code args}: the root and the one subcommand they name, the root alone
     * for {@code --version}, or, for anything else (help, a typo to suggest a name for, an argument
     * file), every command. The result parses {@code args} as the whole tree would.
     */
    static CommandLine commandLine(String... args) {
        int i = 0;
        while (i < args.length && args[i].equals("--stacktrace")) {
            i++;
        }
        if (i < args.length && !args[i].startsWith("-")) {
            Optional<Class<?>> named = subcommandNamed(args[i]);
            if (named.isPresent()) {
                CommandLine cli = new CommandLine(new RootCommand());
                cli.addSubcommand(named.get());
                return cli;
            }
        }
        boolean versionOnly = true;
        boolean version = false;
        for (String arg : args) {
            boolean isVersion = arg.equals("--version") || arg.equals("-V");
            versionOnly &= isVersion || arg.equals("--stacktrace");
            version |= isVersion;
        }
        return new CommandLine(versionOnly && version ? new RootCommand() : new SlauditCommand());
    }

    private static Optional<Class<?>> subcommandNamed(String arg) {
        for (Class<?> type : SlauditCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = type.getAnnotation(Command.class);
            if (command.name().equals(arg) || Arrays.asList(command.aliases()).contains(arg)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
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
        } else if (outOfMemory(e)) {
            // Not a bug but a limit the user sets: say which, and how to lift it.
            err.println("error: the input needs more memory than this JVM may use (at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give it more, e.g. SLAUDIT_JAVA_OPTS=-Xmx2g (docs/benchmarks.md: memory)");
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
