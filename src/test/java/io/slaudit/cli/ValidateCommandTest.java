package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.policy.PolicySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            policy: ok
            vendor: Test GmbH
            calendars: { office: { zone: Europe/Berlin, hours: { mon-fri: "09:00-17:00" } } }
            default-calendar: office
            priorities: { normal: { label: Normal } }
            targets: [ { metric: first-response, priority: normal, within: 1 business day } ]
            """;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void everyShippedContractIsValid() {
        Cli.Result r = Cli.run("validate", "contracts");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("valid    contracts/smashdocs-support.yaml (smashdocs-support version 2024-10-12, 8 targets)")
                .endsWith("14 files: 14 valid, 0 not\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anInvalidContractExitsWithOneAndNamesEveryProblem() throws IOException {
        Path bad = write(
                "bad.yaml",
                VALID.replace("priority: normal", "priority: urgent").replace("vendor: Test GmbH\n", ""));
        Cli.Result r = Cli.run("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains(
                        bad + ":1:1: the policy lacks the required key 'vendor'",
                        bad + ":5:48: target 1 names an undefined priority 'urgent'");
        assertThat(r.out()).isEqualTo("invalid   " + bad + " (2 problems)\n");
    }

    @Test
    void anUnreadableFileExitsWithTwoEvenBesideValidOnes() throws IOException {
        Path good = write("a/good.yaml", VALID);
        Path broken = write("a/broken.yaml", "policy: [\n");
        Cli.Result r = Cli.run("validate", dir.resolve("a").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("valid    " + good, "unreadable " + broken, "2 files: 1 valid, 1 not");
        assertThat(r.err()).startsWith("error: " + broken + ":2:1: not valid YAML");
        assertThat(Cli.run("validate", dir.resolve("missing.yaml").toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void theCanonicalFormCanBePrinted() throws IOException {
        Path good = write("good.yaml", VALID);
        Cli.Result r = Cli.run("validate", "--canonical", good.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .startsWith("policy: ok\nvendor: Test GmbH\ncurrency: EUR\ncalendars:\n  office:\n")
                .contains("business-day: same-time\n", "priority-change: retarget\n");
    }

    @Test
    void theSchemaIsPrintedForEditors() {
        Cli.Result r = Cli.run("validate", "--print-schema");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(PolicySchema.text());
    }

    @Test
    void withoutFilesItIsAUsageError() {
        Cli.Result r = Cli.run("validate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: name at least one policy file or directory\n");
    }
}
