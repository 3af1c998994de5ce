package io.slaudit.cli;

import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.policy.CanonicalYaml;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.policy.PolicySchema;
import io.slaudit.report.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slaudit validate}: checks policy files against the format and for meaning. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Checks policy files: the format (unknown keys, bad values) and the meaning (undefined references, an alias claimed twice, a target on an uncovered channel, a missing tier prerequisite, hotline price bands that overlap or leave gaps, a calendar that is never open). Every problem is reported with file:line:column. Directories are searched for *.yaml and *.yml files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:a file is invalid", "2:a file cannot be read (or bad usage)"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Policy files or directories.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--canonical", description = "Print the canonical form of one valid policy on stdout.")
    boolean canonical;

    @Option(
            names = "--print-schema",
            description = "Print the JSON Schema of the policy format (for editors) and exit.")
    boolean printSchema;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (printSchema) {
            out.print(PolicySchema.text());
            return ExitCode.OK.code();
        }
        if (files.isEmpty()) {
            throw new UsageException("name at least one policy file or directory");
        }
        List<Path> policies = PolicyFiles.expand(files, true, "");
        if (canonical && policies.size() != 1) {
            throw new UsageException("--canonical takes exactly one policy file");
        }
        int exit = ExitCode.OK.code();
        int valid = 0;
        for (Path file : policies) {
            try {
                Policy policy = PolicyReader.read(file);
                valid++;
                if (canonical) {
                    out.print(CanonicalYaml.of(policy));
                } else {
                    int targets = policy.targets().size();
                    out.printf(
                            "valid    %s (%s%s, %d %s)%n",
                            file,
                            policy.id(),
                            policy.identity()
                                    .version()
                                    .map(v -> " version " + v)
                                    .orElse(""),
                            targets,
                            targets == 1 ? "target" : "targets");
                }
            } catch (InputException e) {
                for (Problem p : e.problems()) {
                    err.println("error: " + TerminalText.clean(p.toString()));
                }
                boolean unreadable = e.kind() == InputException.Kind.UNREADABLE;
                out.printf(
                        "%s %s (%d %s)%n",
                        unreadable ? "unreadable" : "invalid  ",
                        file,
                        e.problems().size(),
                        e.problems().size() == 1 ? "problem" : "problems");
                exit = Math.max(exit, unreadable ? ExitCode.USAGE_OR_INPUT.code() : ExitCode.FINDINGS.code());
            }
        }
        if (policies.size() > 1) {
            out.printf(Locale.ROOT, "%d files: %d valid, %d not%n", policies.size(), valid, policies.size() - valid);
        }
        return exit;
    }
}
