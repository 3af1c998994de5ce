package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.Goldens;
import io.slaudit.policy.lint.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --strict}: the lint's warnings, where they point, and what they do to the exit code. */
class ValidateStrictTest {

    @TempDir
    Path dir;

    /** Valid, but its 'always' calendar closes a minute each night (line 5). */
    private static final String GAP = """
            policy: gap
            vendor: Test GmbH
            calendars:
              always:
                zone: Europe/Berlin
                hours: { mon-sun: "00:00-23:59" }
            default-calendar: always
            priorities: { normal: { label: Normal } }
            targets: [ { metric: first-response, priority: normal, within: 4 hours } ]
            """;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void theShippedContractsHaveNoWarningsToday() {
        Cli.Result r = Cli.run("validate", "--strict", "--today", "2026-12-02", "contracts");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("valid    contracts/smashdocs-support.yaml (smashdocs-support version 2024-10-12, 8 targets,"
                        + " 0 warnings)\n")
                .endsWith("14 files: 14 valid, 0 not; 0 warnings in 0 files\n");
    }

    @Test
    void aContractWhoseDefaultCalendarIsLeftToAnotherDocumentIsLintedFromTodayWithoutFailing() {
        // Dispositionsportal's support hours are "as published on the website": no zone of its own
        // for today's date, which once ended in an internal error
        Cli.Result r = Cli.run("validate", "--strict", "contracts/clauses/dispositionsportal.yaml");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).doesNotContain("internal error");
    }

    @Test
    void aSeedContractLookedAtFromMid2030WarnsThatItsHolidayDataEnds() {
        // 2030-06-01 + 2 years lies beyond 2031-12-31, the last year of trusted holiday data
        Cli.Result r = Cli.run("validate", "--strict", "--today", "2030-06-01", "contracts/saas-support-levels.yaml");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        Goldens.assertMatches("io/slaudit/cli/validate-strict/saas-support-levels-2030-06-01.txt", r.toString());
    }

    @Test
    void aWarningFailsOnlyTheStrictRun() throws IOException {
        Path gap = write("gap.yaml", GAP);
        Cli.Result plain = Cli.run("validate", gap.toString());
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.err()).isEmpty();
        assertThat(plain.out()).isEqualTo("valid    " + gap + " (gap, 1 target)\n");

        Cli.Result strict = Cli.run("validate", "--strict", "--today", "2026-12-02", gap.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).isEqualTo("warnings " + gap + " (gap, 1 target, 1 warning)\n");
        assertThat(strict.err())
                .startsWith("warning: " + gap + ":6:23: calendar 'always' looks meant to be open around the clock"
                        + " (its name) but its hours leave it closed Mon 23:59-24:00,")
                .endsWith(" [round-the-clock-gap]\n");
    }

    @Test
    void anAcceptedWarningIsCountedButDoesNotFail() throws IOException {
        Path gap = write(
                "gap.yaml",
                GAP + "lint: { ignore: [ { rule: round-the-clock-gap, reason: maintenance minute at midnight } ] }\n");
        Cli.Result r = Cli.run("validate", "--strict", "--today", "2026-12-02", gap.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("valid    " + gap + " (gap, 1 target, 0 warnings, 1 accepted warning)\n");
    }

    @Test
    void anUnreadableFileStillExitsWithTwoBesideWarnings() throws IOException {
        write("a/gap.yaml", GAP);
        write("a/broken.yaml", "policy: [\n");
        Cli.Result r = Cli.run("validate", "--strict", dir.resolve("a").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).endsWith("2 files: 1 valid, 1 not; 1 warning in 1 file\n");
    }

    @Test
    void anInvalidFileIsReportedAsBeforeAndNotLinted() throws IOException {
        Path bad = write("bad.yaml", GAP.replace("priority: normal", "priority: urgent"));
        Cli.Result r = Cli.run("validate", "--strict", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: " + bad + ":9:48: target 1 names an undefined priority 'urgent'");
        assertThat(r.err()).doesNotContain("warning:");
    }

    @Test
    void aMalformedLintBlockIsAnErrorEvenWithoutStrict() throws IOException {
        Path bad = write("bad.yaml", GAP + "lint:\n  ignore:\n    - { rule: round-the-clock-gap }\n  ignroe: []\n");
        Cli.Result r = Cli.run("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains(
                        bad + ":12:9: an entry of 'lint: ignore' lacks the required key 'reason'",
                        bad + ":13:3: unknown key 'ignroe' in 'lint'; did you mean 'ignore'?");
    }

    @Test
    void anAcceptanceWithoutAReasonIsRefused() throws IOException {
        Path bad = write("bad.yaml", GAP + "lint: { ignore: [ { rule: round-the-clock-gap, reason: \" \" } ] }\n");
        Cli.Result r = Cli.run("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("an accepted lint warning needs a reason");
    }

    @Test
    void todayNeedsStrictAndADate() throws IOException {
        Path gap = write("gap.yaml", GAP);
        Cli.Result without = Cli.run("validate", "--today", "2026-12-02", gap.toString());
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("error: --today only applies with --strict");
        Cli.Result bad = Cli.run("validate", "--strict", "--today", "2026-13-01", gap.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err())
                .contains("error: --today must be a date such as 2026-12-02, not '2026-13-01'")
                .doesNotContain("Exception");
        Cli.Result far = Cli.run("validate", "--strict", "--today", "+999999999-12-31", gap.toString());
        assertThat(far.exitCode()).isEqualTo(2);
        assertThat(far.err())
                .contains("error: --today must lie in 1900 to 2199, the years slaudit computes calendars for")
                .doesNotContain("Exception");
        Cli.Result last = Cli.run("validate", "--strict", "--today", "2199-12-31", gap.toString());
        assertThat(last.exitCode()).as(last.toString()).isEqualTo(1);
    }

    @Test
    void theHelpNamesEveryRule() {
        Cli.Result r = Cli.run("validate", "--help");
        String help = r.out().replaceAll("\\s+", " ");
        for (String id : Lint.ids()) {
            assertThat(help).contains(id);
        }
    }
}
