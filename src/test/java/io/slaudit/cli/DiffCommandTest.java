package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.Goldens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code slaudit diff} on a contract reformatted and changed in six places (opening an hour later,
 * Bavarian holidays, phone no longer covered, urgent first response 4 -> 8 business hours, urgent
 * resolution now guaranteed, the vendor renamed with markup in the name): golden files per format,
 * annotations on the lines of the changed values, the exit code per --fail-on, git revisions of a
 * file and of a folder in a temporary repository, and bad input.
 */
class DiffCommandTest {

    static final String SCENARIO = "src/test/resources/io/slaudit/drift/scenario/";
    static final String OLD = SCENARIO + "old.yaml";
    static final String NEW = SCENARIO + "new.yaml";

    /** The hashes change whenever the canonical form gains a key; the golden files need not. */
    static String filter(String text) {
        return text.replaceAll("\"[0-9a-f]{64}\"", "\"<sha256>\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "junit", "markdown", "github"})
    void everyFormatMatchesItsGoldenFile(String format) {
        Cli.Result r = Cli.run("diff", OLD, NEW, "--year", "2026", "--format", format);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        String name = switch (format) {
            case "text" -> "diff.txt";
            case "json" -> "diff.json";
            case "junit" -> "diff-junit.xml";
            case "markdown" -> "diff.md";
            default -> "diff-github.txt";
        };
        Goldens.assertMatches("io/slaudit/drift/golden/" + name, filter(r.out()));
    }

    @Test
    void everyAnnotationPointsAtTheLineOfTheChangedValue() throws IOException {
        List<String> yaml = Files.readAllLines(Path.of(NEW), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("diff", OLD, NEW, "--year", "2026", "--format", "github");
        Pattern command =
                Pattern.compile("::(error|warning|notice) file=([^,]+),line=(\\d+),col=(\\d+),title=[^:]*::(.*)");
        List<String> seen = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            Matcher m = command.matcher(line);
            if (!m.matches()) {
                continue;
            }
            assertThat(m.group(2)).isEqualTo(NEW);
            String at = yaml.get(Integer.parseInt(m.group(3)) - 1);
            String message = m.group(5);
            seen.add(m.group(1) + " " + at.trim());
            if (message.startsWith("urgent first response")) {
                assertThat(at).contains("within: 8 business hours");
            } else if (message.startsWith("channel phone")) {
                assertThat(at).contains("phone: { covered: false }");
            } else if (message.contains("DE-BY")) {
                assertThat(at).contains("- region: DE-BY");
            } else if (message.contains("hours mon-fri")) {
                assertThat(at).contains("mon-fri: \"10:00-17:00\"");
            } else if (message.startsWith("urgent resolution")) {
                assertThat(at).contains("metric: resolution");
            } else {
                assertThat(at).startsWith("vendor:");
            }
        }
        // four loosened changes fail the job, the tightened one warns, the vendor's name is a notice
        assertThat(seen).hasSize(6);
        assertThat(seen.stream().filter(s -> s.startsWith("error"))).hasSize(4);
        assertThat(seen.stream().filter(s -> s.startsWith("warning"))).hasSize(1);
        assertThat(seen.stream().filter(s -> s.startsWith("notice"))).hasSize(1);
    }

    @Test
    void annotationsEscapeWhatWouldEndTheWorkflowCommand() {
        Cli.Result r = Cli.run("diff", OLD, NEW, "--year", "2026", "--format", "github");
        String vendor = r.out()
                .lines()
                .filter(l -> l.startsWith("::notice"))
                .findFirst()
                .orElseThrow();
        // the vendor's comma, colon and percent sign in the message are the runner's escapes
        assertThat(vendor).contains("ACME GmbH, 100%25 <i>new</i> | *owner*: B");
        assertThat(r.out().lines().filter(l -> l.startsWith("::"))).allMatch(l -> !l.contains("\r"));
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(Cli.run("diff", OLD, NEW, "--year", "2026").exitCode()).isEqualTo(1);
        assertThat(Cli.run("diff", OLD, NEW, "--year", "2026", "--fail-on", "none")
                        .exitCode())
                .isZero();
        // old -> old: no change at all
        assertThat(Cli.run("diff", OLD, OLD, "--fail-on", "any").exitCode()).isZero();
        // new -> old tightens four things, but makes the urgent resolution best effort again
        Cli.Result back = Cli.run("diff", NEW, OLD, "--year", "2026");
        assertThat(back.exitCode()).isEqualTo(1);
        assertThat(back.out())
                .contains("! urgent resolution guaranteed -> best effort: loosened")
                .endsWith("6 changes: 1 loosened, 4 tightened, 1 neutral; fails (--fail-on loosened)\n");
        assertThat(Cli.run("diff", NEW, OLD, "--year", "2026", "--fail-on", "none")
                        .exitCode())
                .isZero();
    }

    @Test
    void aReformattedContractIsNoChange(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("same.yaml");
        String text = Files.readString(Path.of(OLD), StandardCharsets.UTF_8);
        Files.writeString(
                copy,
                "# a comment\n"
                        + text.replace(
                                "email: { covered: true }\n  phone: { covered: true }",
                                "phone:\n    covered: true\n  email:\n    covered: true"));
        Cli.Result r = Cli.run("diff", OLD, copy.toString(), "--fail-on", "any");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("): unchanged").endsWith("no changes; passes (--fail-on any)\n");
    }

    static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("git %s: %s", List.of(args), out).isZero();
    }

    /** A repository whose first commit holds the old contract and a second one, the next the new one. */
    static Path repository(Path dir) throws IOException, InterruptedException {
        Path contracts = Files.createDirectories(dir.resolve("contracts"));
        git(dir, "init", "-q");
        Files.copy(Path.of(OLD), contracts.resolve("acme.yaml"));
        Files.copy(Path.of("contracts/smashdocs-support.yaml"), contracts.resolve("smashdocs-support.yaml"));
        git(dir, "add", ".");
        git(dir, "commit", "-q", "-m", "one");
        Files.copy(Path.of(NEW), contracts.resolve("acme.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(contracts.resolve("smashdocs-support.yaml"));
        Files.copy(Path.of("contracts/item-support-policy.yaml"), contracts.resolve("item.yaml"));
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "-m", "two");
        return dir;
    }

    @Test
    void aFileAtAGitRevisionIsDiffedAndAnnotatedAtItsPathInTheRepository(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(gitAvailable(), "git is not installed");
        Path repo = repository(dir);
        Cli.Result r = Cli.run(
                "diff",
                "HEAD~1:contracts/acme.yaml",
                "HEAD:contracts/acme.yaml",
                "--repo",
                repo.toString(),
                "--year",
                "2026",
                "--format",
                "github");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("::error file=contracts/acme.yaml,line=23,col=5,");
        // the same through the working tree's file
        Cli.Result direct = Cli.run("diff", OLD, NEW, "--year", "2026", "--format", "github");
        assertThat(r.out().replace("contracts/acme.yaml", NEW)).isEqualTo(direct.out());
    }

    @Test
    void twoRevisionsOfAFolderAreMatchedByPolicyId(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(gitAvailable(), "git is not installed");
        Path repo = repository(dir);
        Cli.Result r = Cli.run(
                "diff",
                "HEAD~1:contracts",
                "HEAD:contracts",
                "--repo",
                repo.toString(),
                "--year",
                "2026",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out())
                .contains("\"policy\" : \"acme-support\",\n    \"status\" : \"changed\"")
                .contains("\"policy\" : \"item-support-policy\",\n    \"status\" : \"added\"")
                .contains("\"policy\" : \"smashdocs-support\",\n    \"status\" : \"removed\"")
                .contains("\"source\" : \"HEAD:contracts/acme.yaml\",\n      \"file\" : \"contracts/acme.yaml\"");
    }

    @Test
    void anUnknownRevisionIsUnreadableInputWithGitsReason(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(gitAvailable(), "git is not installed");
        Path repo = repository(dir);
        Cli.Result r = Cli.run("diff", "HEAD~9:contracts", "HEAD:contracts", "--repo", repo.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: HEAD~9:contracts: git cannot read it: ");
        assertThat(r.out()).isEmpty();
        Cli.Result missing = Cli.run("diff", "HEAD:contracts/nope.yaml", "HEAD:contracts", "--repo", repo.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: HEAD:contracts/nope.yaml: git cannot read it");
    }

    @Test
    void badInputExitsTwoNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(
                broken, Files.readString(Path.of(OLD)).replace("within: 4 business hours", "within: 4 fortnights"));
        Cli.Result r = Cli.run("diff", OLD, broken.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("error: " + broken + ":14:57: '4 fortnights' is not a target time")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();

        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        Cli.Result b = Cli.run("diff", binary.toString(), OLD);
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).startsWith("error: " + binary);

        Cli.Result none = Cli.run("diff", dir.resolve("missing.yaml").toString(), OLD);
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no such file or folder, and not a git revision (REV:path)");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli.Result failOn = Cli.run("diff", OLD, NEW, "--fail-on", "sometimes");
        assertThat(failOn.exitCode()).isEqualTo(2);
        assertThat(failOn.err()).isEqualTo("error: --fail-on: 'sometimes' is none of loosened, any, none\n");
        Cli.Result format = Cli.run("diff", OLD, NEW, "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err())
                .contains("--format: no format 'pdf'; formats: text, json, junit, markdown, md, github");
        Cli.Result year = Cli.run("diff", OLD, NEW, "--year", "99999");
        assertThat(year.exitCode()).isEqualTo(2);
        assertThat(Cli.run("diff", OLD).exitCode()).isEqualTo(2);
    }

    @Test
    void theOutputNeverReplacesAnInput() {
        Cli.Result r = Cli.run("diff", OLD, NEW, "--out", NEW);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --out");
    }

    @Test
    void aContractWhoseHoursAreLeftToAnotherDocumentIsRefusedByNameNotWithAnInternalError() {
        // Dispositionsportal 4.2: support hours "as published on the website" cannot be compared
        Cli.Result r = Cli.run("diff", "contracts/clauses/dispositionsportal.yaml", "contracts/smashdocs-support.yaml");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("error: contracts/clauses/dispositionsportal.yaml:11:3: ")
                .contains("needs calendar.support")
                .doesNotContain("internal error");
    }
}
