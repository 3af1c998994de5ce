package io.slaudit.cli;

import picocli.CommandLine.Command;

/**
 * The whole command line: the root command with every subcommand. The man pages, the shell
 * completion and the root's {@code --help} are made from this class; to run one command, {@link
 * Main} builds only the root and the subcommand named (see {@link RootCommand}).
 */
@Command(
        subcommands = {
            AuditCommand.class,
            TraceCommand.class,
            BillCommand.class,
            ValidateCommand.class,
            ExplainCommand.class,
            CompareCommand.class,
            DiffCommand.class,
            LockCommand.class,
            VerifyCommand.class,
            DriftCommand.class,
            SamplesCommand.class,
            CalcCommand.class,
            CalendarCommand.class
        })
public final class SlauditCommand extends RootCommand {}
