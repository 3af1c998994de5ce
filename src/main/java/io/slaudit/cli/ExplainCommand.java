package io.slaudit.cli;

import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyExplainer;
import io.slaudit.policy.PolicyReader;
import io.slaudit.report.TerminalText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slaudit explain}: a contract in plain sentences, to check the encoding against the document. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "States a policy in plain sentences (hours, channels, targets per priority, tiers, prices,"
                + " ambiguities, exclusions), so that a reader can check it against the contract without reading YAML.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A policy file.")
    Path file;

    @Option(names = "--lang", paramLabel = "en|de", description = "Language (default: en).")
    Lang lang = Lang.en;

    @Override
    public Integer call() {
        Policy policy = PolicyReader.read(file);
        spec.commandLine()
                .getOut()
                .print(TerminalText.cleanLines(new PolicyExplainer(lang.locale(), PublicHolidays.library())
                        .explain(policy)
                        .toText()));
        return ExitCode.OK.code();
    }
}
