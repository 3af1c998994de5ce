package io.slaudit.cli;

import io.slaudit.audit.Period;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.samples.ExportDialect;
import io.slaudit.samples.SampleExport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slaudit samples generate}: writes a ticket export (and its events) for a contract. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Writes a realistic ticket export for a contract: arrivals peak in office hours, most responses"
                + " are in time, some late or still open, some tickets pause or change priority (--events), some"
                + " come through channels the contract does not cover, and a few rows are bad. The same --seed"
                + " gives the same file.")
final class SamplesGenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The contract.")
    Path policy;

    @Option(names = "--tickets", required = true, paramLabel = "N", description = "How many tickets.")
    int tickets;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = "canonical",
            description = "The export to imitate:"
                    + " canonical, excel-de, zendesk, jira, freshdesk, otrs, zammad, servicenow (default: canonical).")
    String profile;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: 1).")
    long seed;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            defaultValue = "2025-Q1",
            description = "Creation dates (default: 2025-Q1).")
    String period;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the export (default: stdout).")
    Path out;

    @Option(
            names = "--events",
            paramLabel = "FILE",
            description = "Also write state and priority changes to this file.")
    Path events;

    @Override
    public Integer call() {
        if (tickets < 0) {
            throw new UsageException("--tickets cannot be negative");
        }
        ExportDialect dialect = ExportDialect.named(profile)
                .orElseThrow(() -> new UsageException("--profile: no profile '" + profile + "'; profiles: "
                        + String.join(", ", ExportDialect.names())));
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--period: " + e.getMessage());
        }
        Policy contract = PolicyReader.read(policy);
        SampleExport export =
                new SampleExport(contract, new SampleExport.Spec(dialect, tickets, seed, p.from(), p.to()));
        try {
            if (out == null && events == null) {
                Writer w = spec.commandLine().getOut();
                export.write(w, Optional.empty());
                w.flush();
                return ExitCode.OK.code();
            }
            Path ticketTemp = temp(out);
            Path eventTemp = events == null ? null : temp(events);
            try {
                try (Writer t = writer(ticketTemp, dialect);
                        Writer e = eventTemp == null ? null : writer(eventTemp, ExportDialect.CANONICAL)) {
                    export.write(t, Optional.ofNullable(e));
                }
                if (out == null) {
                    Files.copy(ticketTemp, System.out);
                } else {
                    Files.move(ticketTemp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                if (eventTemp != null) {
                    Files.move(eventTemp, events, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                Files.deleteIfExists(ticketTemp);
                if (eventTemp != null) {
                    Files.deleteIfExists(eventTemp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCode.OK.code();
    }

    private static Path temp(Path target) throws IOException {
        Path dir = target == null ? null : target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
            return Files.createFile(dir.resolve(".slaudit-" + java.util.UUID.randomUUID() + ".tmp"));
        }
        return Files.createTempFile("slaudit-", ".tmp");
    }

    private static Writer writer(Path file, ExportDialect dialect) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), dialect.charset()), 1 << 16);
    }
}
