package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private static final CommandLine WHOLE = new CommandLine(new SlauditCommand());

    /** Every command below {@code cli} with its usage text, depth first. */
    private static List<String> usages(CommandLine cli) {
        List<String> out = new ArrayList<>();
        out.add(cli.getCommandSpec().qualifiedName() + "\n" + cli.getUsageMessage());
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            out.addAll(usages(sub.getValue()));
        }
        return out;
    }

    @Test
    void aCommandLineBuiltForOneSubcommandDescribesItAsTheWholeTreeDoes() {
        assertThat(WHOLE.getSubcommands()).hasSizeGreaterThan(5);
        for (Map.Entry<String, CommandLine> sub : WHOLE.getSubcommands().entrySet()) {
            CommandLine lazy = Main.commandLine(sub.getKey(), "--help");
            assertThat(lazy.getSubcommands()).containsOnlyKeys(sub.getKey());
            assertThat(usages(lazy.getSubcommands().get(sub.getKey())))
                    .as(sub.getKey())
                    .isEqualTo(usages(sub.getValue()));
        }
    }

    @Test
    void theStacktraceOptionBeforeTheSubcommandStillSelectsOnlyThatSubcommand() {
        assertThat(Main.commandLine("--stacktrace", "validate", "x.yaml").getSubcommands())
                .containsOnlyKeys("validate");
    }

    @Test
    void helpTyposArgumentFilesAndNoArgumentsGetTheWholeTree() {
        for (String[] args :
                new String[][] {{}, {"--help"}, {"-h", "audit"}, {"valdate"}, {"@args.txt"}, {"--", "audit"}}) {
            assertThat(Main.commandLine(args).getSubcommands().keySet())
                    .as(String.join(" ", args))
                    .isEqualTo(WHOLE.getSubcommands().keySet());
        }
    }

    @Test
    void theVersionNeedsNoSubcommandButTheSameRootOptions() {
        CommandLine version = Main.commandLine("--version");
        assertThat(version.getSubcommands()).isEmpty();
        assertThat(version.getCommandSpec().options().stream().map(o -> o.longestName()))
                .containsExactlyInAnyOrderElementsOf(WHOLE.getCommandSpec().options().stream()
                        .map(o -> o.longestName())
                        .toList());
        assertThat(Main.commandLine("--version", "--help").getSubcommands()).isNotEmpty();
    }

    @Test
    void theRootHelpListsEveryCommand() {
        Cli.Result help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        for (String name : WHOLE.getSubcommands().keySet()) {
            assertThat(help.out()).contains("  " + name + " ");
        }
    }
}
