package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slaudit lock} and {@code verify}: the lock is the same for a reformatted contract, verify
 * names the policy and the semantic change of one that changed, a policy added or gone, and a
 * damaged lock or an output onto an input is refused.
 */
class LockCommandTest {

    static final String OLD = DiffCommandTest.OLD;

    @TempDir
    Path dir;

    Path contracts;
    Path lock;

    Path setUp() throws IOException {
        contracts = Files.createDirectories(dir.resolve("contracts"));
        Files.copy(Path.of(OLD), contracts.resolve("acme.yaml"));
        Files.copy(Path.of("contracts/smashdocs-support.yaml"), contracts.resolve("smashdocs-support.yaml"));
        lock = dir.resolve("contracts.lock");
        Cli.Result r = Cli.run("lock", contracts.toString(), "--lock", lock.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEqualTo("slaudit: wrote " + lock + " (2 policies)\n");
        return lock;
    }

    String acme() throws IOException {
        return Files.readString(contracts.resolve("acme.yaml"), StandardCharsets.UTF_8);
    }

    void writeAcme(String text) throws IOException {
        Files.writeString(contracts.resolve("acme.yaml"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theLockHoldsEachPolicyWithItsVersionHashAndCanonicalFormRelativeToItsFolder() throws IOException {
        setUp();
        String text = Files.readString(lock);
        assertThat(text)
                .startsWith("{\n  \"lock\" : 1,")
                .contains("\"roots\" : [ \"contracts\" ]")
                .contains(
                        "\"policy\" : \"acme-support\",\n    \"version\" : \"2025-01\",\n    \"file\" : \"contracts/acme.yaml\",")
                .contains("\"policy\" : \"smashdocs-support\",\n    \"version\" : \"2024-10-12\"")
                .containsPattern("\"sha256\" : \"[0-9a-f]{64}\"")
                .contains("\"canonical\" : \"policy: acme-support\\nvendor: ACME GmbH\\n");
        Cli.Result r = Cli.run("verify", "--lock", lock.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("acme-support 2025-01 (" + contracts.resolve("acme.yaml") + "): matches the lock");
    }

    @Test
    void reformattingKeepsTheLockByteForByteAndVerifyPasses() throws IOException {
        setUp();
        byte[] before = Files.readAllBytes(lock);
        writeAcme("# reviewed 2025-02\n"
                + acme().replace(
                                "email: { covered: true }\n  phone: { covered: true }",
                                "phone:\n    covered: true\n  email: {covered: true}")
                        .replace(
                                "{ metric: first-response, priority: urgent, within: 4 business hours }",
                                "{ within: '4 business hours', priority: \"urgent\", metric: first-response }")
                        .replace("vendor: ACME GmbH", "vendor: \"ACME GmbH\""));
        Cli.Result v = Cli.run("verify", "--lock", lock.toString());
        assertThat(v.exitCode()).as(v.toString()).isZero();
        assertThat(v.out()).endsWith("no changes; passes (--fail-on any)\n");
        assertThat(Cli.run("lock", contracts.toString(), "--lock", lock.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readAllBytes(lock)).isEqualTo(before);
    }

    @Test
    void verifyNamesThePolicyAndTheSemanticChangeAtItsLine() throws IOException {
        setUp();
        writeAcme(acme().replace("within: 4 business hours", "within: 6 business hours"));
        Cli.Result r = Cli.run("verify", "--lock", lock.toString(), "--format", "github");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out())
                .contains("::error file=" + contracts.resolve("acme.yaml") + ",line=14,col=49,")
                .contains("title=slaudit verify%3A acme-support loosened::urgent first response 4 -> 6 business hours:"
                        + " loosened by 2 business hours");
        Cli.Result text = Cli.run("verify", "--lock", lock.toString());
        assertThat(text.out())
                .contains("acme-support 2025-01 (" + contracts.resolve("acme.yaml") + "): changed since it was locked");
        // a neutral change fails verify too: the contract changed without a new lock
        writeAcme(Files.readString(Path.of(OLD)).replace("vendor: ACME GmbH", "vendor: ACME AG"));
        Cli.Result neutral = Cli.run("verify", "--lock", lock.toString());
        assertThat(neutral.exitCode()).isEqualTo(1);
        assertThat(neutral.out()).contains("vendor ACME GmbH -> ACME AG: neutral");
        assertThat(Cli.run("verify", "--lock", lock.toString(), "--fail-on", "loosened")
                        .exitCode())
                .isZero();
    }

    @Test
    void aPolicyNotInTheLockAndOneLockedButGoneAreNamed() throws IOException {
        setUp();
        Files.delete(contracts.resolve("smashdocs-support.yaml"));
        Files.copy(Path.of("contracts/item-support-policy.yaml"), contracts.resolve("item.yaml"));
        Cli.Result r = Cli.run("verify", "--lock", lock.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("): not in the lock\n! policy item-support-policy")
                .contains(
                        "smashdocs-support 2024-10-12 (contracts/smashdocs-support.yaml): locked, but no longer there")
                .contains(
                        "! policy smashdocs-support (version 2024-10-12) removed: loosened, every promise it made is gone");
    }

    @Test
    void aHandEditedLockIsRefusedAsDamaged() throws IOException {
        setUp();
        String text = Files.readString(lock);
        Files.writeString(lock, text.replace("within: 4 business hours", "within: 40 business hours"));
        Cli.Result r = Cli.run("verify", "--lock", lock.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("error: " + lock + ": the sha256 of policy 'acme-support' does not match its canonical"
                        + " form: the lock was edited or damaged (write it again with slaudit lock after a review)\n");
        Files.writeString(lock, "{ \"policies\": [ ");
        Cli.Result json = Cli.run("verify", "--lock", lock.toString());
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).startsWith("error: " + lock + ":1: not a lock file: not valid JSON");
        Cli.Result missing =
                Cli.run("verify", "--lock", dir.resolve("none.lock").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file (write it with slaudit lock)");
    }

    @Test
    void theLockNeverReplacesAContractAndTwoFilesWithOneVersionAreRefused() throws IOException {
        setUp();
        Cli.Result onto = Cli.run(
                "lock",
                contracts.toString(),
                "--lock",
                contracts.resolve("acme.yaml").toString());
        assertThat(onto.exitCode()).isEqualTo(2);
        assertThat(onto.err()).startsWith("error: --lock");
        assertThat(acme()).isEqualTo(Files.readString(Path.of(OLD)));
        Files.copy(Path.of(OLD), contracts.resolve("acme-copy.yaml"));
        Cli.Result twice = Cli.run("lock", contracts.toString(), "--lock", lock.toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains(":3:1: policy 'acme-support' version 2025-01 is also in contracts/acme");
    }
}
