package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --out does to the files it is pointed at: never destroy an input, never replace what it writes into. */
class OutputsTest {

    static final String SCENARIO = AuditCommandTest.SCENARIO;

    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
        Path to = dir.resolve(name);
        Files.copy(Path.of(SCENARIO, name), to);
        return to;
    }

    private static String[] audit(Path policy, Path tickets, String... more) {
        return Stream.concat(
                        Stream.of(
                                "audit",
                                "--policy",
                                policy.toString(),
                                "--tickets",
                                tickets.toString(),
                                "--as-of",
                                "2025-04-01T00:00:00+02:00"),
                        Stream.of(more))
                .toArray(String[]::new);
    }

    @Test
    void anOutputThatIsTheTicketExportIsRefusedAndTheExportKept() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        byte[] before = Files.readAllBytes(tickets);
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "csv", "--out", tickets.toString()));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("error: --out: " + tickets + " is an input of this command");
        assertThat(Files.readAllBytes(tickets)).isEqualTo(before);
    }

    @Test
    void anOutputThatIsThePolicyByAnotherPathIsRefused() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        byte[] before = Files.readAllBytes(policy);
        Path sameFile = dir.resolve(".").resolve("policy.yaml");
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json", "--out", sameFile.toString()));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("is the same file as the input " + policy);
        assertThat(Files.readAllBytes(policy)).isEqualTo(before);
    }

    @Test
    void aLinkToAnInputIsRefusedToo() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Path link = Files.createSymbolicLink(dir.resolve("report.csv"), tickets);
        byte[] before = Files.readAllBytes(tickets);
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "csv", "--out", link.toString()));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(Files.readAllBytes(tickets)).isEqualTo(before);
    }

    @Test
    void aDirectoryHoldingTheExportUnderAReportsNameIsRefused() throws IOException {
        Path policy = copy("policy.yaml");
        Path out = Files.createDirectory(dir.resolve("out"));
        Path tickets = out.resolve("audit.csv");
        Files.copy(Path.of(SCENARIO, "tickets.csv"), tickets);
        byte[] before = Files.readAllBytes(tickets);
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json,csv", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(Files.readAllBytes(tickets)).isEqualTo(before);
        assertThat(out.resolve("audit.json")).doesNotExist();
    }

    @Test
    void aSymbolicLinkIsFollowedSoItsTargetIsWrittenAndTheLinkStays() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json", "--out", link.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("{").contains("\"policy\"");
    }

    @Test
    void aDanglingLinkCreatesItsTarget() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Path real = dir.resolve("made.json");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json", "--out", link.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("\"policy\"");
    }

    @Test
    void aNamedPipeIsWrittenThroughAndStaysAPipe() throws Exception {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Path fifo = dir.resolve("fifo");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json", "--out", fifo.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).contains("\"policy\"");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aDeviceIsWrittenThroughAndAFullOneIsAnErrorThatSaysSo() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full)).isTrue();
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json", "--out", full.toString()));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("error: cannot write /dev/full: no space left on device");
        assertThat(Files.isRegularFile(full)).isFalse();
        Cli.Result devNull = Cli.run(audit(policy, tickets, "--format", "json", "--out", "/dev/null"));
        assertThat(devNull.exitCode()).as(devNull.toString()).isZero();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aDashIsStdout() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json", "--out", "-"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"policy\"");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void aPathEndingInASlashIsADirectoryEvenForOneFormat() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json", "--out", dir.resolve("reports") + "/"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(dir.resolve("reports").resolve("audit.json")).isRegularFile();
    }

    @Test
    void anEmptyOutIsAUsageError() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json", "--out", ""));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --out needs a path; it was empty\n");
    }

    @Test
    void anEmptyFormatNameIsAUsageError() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", ","));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --format: an empty format name in the list");
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndNoTemporaryFileIsLeft() throws IOException {
        Path policy = copy("policy.yaml");
        Path tickets = copy("tickets.csv");
        Path out = Files.writeString(dir.resolve("audit.json"), "old");
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Cli.Result r = Cli.run(audit(policy, tickets, "--format", "json", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-r-----");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".slaudit-"));
        }
    }
}
