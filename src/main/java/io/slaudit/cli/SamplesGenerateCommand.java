package io.slaudit.cli;

import io.slaudit.audit.Period;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.samples.ExportDialect;
import io.slaudit.samples.SampleExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(
            names = "--xlsx",
            description = "Write an .xlsx workbook (as the system's sheet, or its CSV opened and saved by a"
                    + " spreadsheet: dates as date cells) instead of the CSV; needs --out.")
    boolean xlsx;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the export (default: stdout).")
    String out;

    @Option(
            names = "--events",
            paramLabel = "FILE",
            description = "Also write state and priority changes to this file.")
    String events;

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
        Outputs.Document ticketsDoc = xlsx
                ? new Outputs.Document("xlsx", "tickets.xlsx", true)
                : new Outputs.Document("tickets", "tickets.csv", false);
        Outputs.Document eventsDoc = new Outputs.Document("events", "events.csv", false);
        Map<Outputs.Document, Outputs.Target> targets = new LinkedHashMap<>();
        targets.put(ticketsDoc, Outputs.file("--out", out, ticketsDoc, List.of(policy)));
        if (events != null) {
            targets.put(eventsDoc, Outputs.file("--events", events, eventsDoc, List.of(policy)));
        }
        Outputs outputs = Outputs.of(targets);
        // sample data may stand on the encoding's placeholders; an audit of it needs the values supplied
        Policy contract = io.slaudit.policy.SuppliedValues.withPlaceholders(PolicyReader.read(policy));
        SampleExport export =
                new SampleExport(contract, new SampleExport.Spec(dialect, tickets, seed, p.from(), p.to()));
        List<Path> written;
        try (Outputs.Writing w = outputs.begin(spec.commandLine().getOut())) {
            try (OutputStream t = w.open(ticketsDoc);
                    Writer e = events == null ? null : writer(w.open(eventsDoc), ExportDialect.CANONICAL)) {
                if (xlsx) {
                    export.writeWorkbook(t, Optional.ofNullable(e));
                } else {
                    Writer csv = writer(t, dialect);
                    export.write(csv, Optional.ofNullable(e));
                    csv.flush();
                }
            }
            written = w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : written) {
            spec.commandLine().getErr().println("slaudit: wrote " + f);
        }
        return ExitCode.OK.code();
    }

    private static Writer writer(OutputStream out, ExportDialect dialect) {
        return new OutputStreamWriter(out, dialect.charset());
    }
}
