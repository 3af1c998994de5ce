package io.slaudit.cli;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlNode;
import io.slaudit.policy.CanonicalYaml;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.policy.PolicySchema;
import io.slaudit.policy.lint.Lint;
import io.slaudit.policy.lint.LintResult;
import io.slaudit.policy.lint.LintWarning;
import io.slaudit.report.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code slaudit validate}: checks policy files against the format and for meaning; with {@code
 * --strict} also lints the valid ones (io.slaudit.policy.lint) and fails on a warning.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Checks policy files: the format (unknown keys, bad values) and the meaning (undefined references, an alias claimed twice, a target on an uncovered channel, a missing tier prerequisite, hotline price bands that overlap or leave gaps, a calendar that is never open). Every problem is reported with file:line:column. Directories are searched for *.yaml and *.yml files. With --strict, valid files are also linted for what a contract's author likely did not mean (holiday data that ends within two years, gaps in a 24/7 calendar, a target longer than a year of open time, names that shadow each other, a tier looser than a tier it requires, a hotline's price on a weekday holiday left unsaid); warnings go to stderr as 'warning: file:line:column: message [rule]'.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file is valid (with --strict: and has no lint warning)",
            "1:a file is invalid (with --strict: or has a lint warning)",
            "2:a file cannot be read (or bad usage)"
        })
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

    @Option(
            names = "--strict",
            description = "Also lint every valid file and exit 1 on any warning the contract does not accept in"
                    + " 'lint: ignore'. Rules: holiday-data-ends, round-the-clock-gap, target-exceeds-year, alias-shadowed,"
                    + " tier-looser-than-required, hotline-holiday-price-unstated, package-tier-unclear (and lint-ignore for an entry of"
                    + " 'lint: ignore' that accepts nothing).")
    boolean strict;

    @Option(
            names = "--today",
            paramLabel = "DATE",
            description = "With --strict: the date (YYYY-MM-DD) the lint looks ahead from, instead of today in the"
                    + " default calendar's zone; for reproducible CI runs.")
    String today;

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
        if (today != null && !strict) {
            throw new UsageException("--today only applies with --strict");
        }
        Optional<LocalDate> fixedToday = Optional.ofNullable(today).map(ValidateCommand::date);
        int exit = ExitCode.OK.code();
        int valid = 0;
        int warned = 0;
        int warnings = 0;
        for (Path file : policies) {
            try {
                YamlNode root = YamlDocuments.read(file);
                Policy policy = PolicyReader.read(file.toString(), root);
                valid++;
                String lintNote = "";
                boolean hasWarnings = false;
                if (strict) {
                    // A default calendar the contract leaves to another document has no zone here:
                    // any stated calendar's, else UTC, is as good a "today" for a two-year horizon.
                    LocalDate day = fixedToday.orElseGet(() -> LocalDate.now(policy.statedZone()
                            .or(() -> policy.calendars().values().stream()
                                    .findFirst()
                                    .map(io.slaudit.calendar.BusinessCalendar::zone))
                            .orElse(java.time.ZoneOffset.UTC)));
                    LintResult lint = Lint.run(policy, root, day, PublicHolidays.library());
                    for (LintWarning w : lint.warnings()) {
                        err.println("warning: " + TerminalText.clean(w.toString()));
                    }
                    hasWarnings = !lint.warnings().isEmpty();
                    if (hasWarnings) {
                        warned++;
                        warnings += lint.warnings().size();
                        exit = Math.max(exit, ExitCode.FINDINGS.code());
                    }
                    lintNote = count(lint.warnings().size(), "warning", "warnings", true)
                            + count(lint.ignored().size(), "accepted warning", "accepted warnings", false);
                }
                if (canonical) {
                    out.print(CanonicalYaml.of(policy));
                } else {
                    int targets = policy.targets().size();
                    out.printf(
                            "%s %s (%s%s, %d %s%s)%n",
                            hasWarnings ? "warnings" : "valid   ",
                            file,
                            policy.id(),
                            policy.identity()
                                    .version()
                                    .map(v -> " version " + v)
                                    .orElse(""),
                            targets,
                            targets == 1 ? "target" : "targets",
                            lintNote);
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
            out.printf(
                    Locale.ROOT,
                    "%d files: %d valid, %d not%s%n",
                    policies.size(),
                    valid,
                    policies.size() - valid,
                    strict
                            ? String.format(
                                    Locale.ROOT,
                                    "; %d %s in %d %s",
                                    warnings,
                                    warnings == 1 ? "warning" : "warnings",
                                    warned,
                                    warned == 1 ? "file" : "files")
                            : "");
        }
        return exit;
    }

    /** ", 2 warnings"; nothing for none unless {@code evenNone}. */
    private static String count(int n, String one, String many, boolean evenNone) {
        if (n == 0 && !evenNone) {
            return "";
        }
        return ", " + n + " " + (n == 1 ? one : many);
    }

    private static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeException e) {
            throw new UsageException("--today must be a date such as 2026-12-02, not '" + text + "'");
        }
        if (date.getYear() < BusinessClock.FIRST_YEAR || date.getYear() > BusinessClock.LAST_YEAR) {
            throw new UsageException("--today must lie in " + BusinessClock.FIRST_YEAR + " to "
                    + BusinessClock.LAST_YEAR + ", the years slaudit computes calendars for, not " + date);
        }
        return date;
    }
}
