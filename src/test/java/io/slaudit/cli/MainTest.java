package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.Tool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void theVersionNamesTheReleaseTheCommitAndADateThatIsNotTheClock() {
        Cli.Result version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        String[] lines = version.out().split("\n");
        assertThat(lines[0]).isEqualTo("slaudit " + Tool.version());
        // built from a git checkout the commit is known; from a source archive it says so
        assertThat(lines[1])
                .matches("commit ([0-9a-f]{12}( with uncommitted changes)?|unknown), build date \\S+ \\(the .*\\)");
        String date = lines[1].replaceAll(".*build date (\\S+) .*", "$1");
        assertThat(Instant.parse(date)).isNotNull();
        assertThat(Optional.of(date)).isIn(Tool.commitDate(), Tool.outputTimestamp());
        assertThat(lines[2]).startsWith("Java " + System.getProperty("java.version"));
        assertThat(Cli.run("-V").out()).isEqualTo(version.out());
        // the version without picocli and through it
        Cli.Result throughPicocli = Cli.run("--stacktrace", "--version");
        assertThat(throughPicocli.exitCode()).isZero();
        assertThat(throughPicocli.out()).isEqualTo(version.out());
        assertThat(Cli.run("validate", "--version").out()).isEqualTo(version.out());
    }
}
