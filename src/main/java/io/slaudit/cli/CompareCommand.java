package io.slaudit.cli;

import io.slaudit.calendar.TimeText;
import io.slaudit.compare.Compare;
import io.slaudit.compare.CompareRequest;
import io.slaudit.compare.Comparison;
import io.slaudit.compare.CostScenario;
import io.slaudit.compare.SeverityMap;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.report.DocumentOptions;
import io.slaudit.report.Renderer;
import io.slaudit.report.Renderers;
import io.slaudit.tickets.ExportProfile;
import io.slaudit.tickets.ExportProfiles;
import io.slaudit.tickets.ProfileReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slaudit compare}: vendors' support contracts side by side, and a ticket export under each. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description =
                "Puts support contracts side by side in the same units: coverage in open hours, channels, each severity's targets as written and as wall-clock time to the deadline (worst case over every arrival of the year with the arrival that suffers it, median and mean), under every reading of an ambiguous clause, phone support, hotline, exclusions. With --tickets, replays an export under every contract through the severity mapping and lists the tickets whose verdict depends on the vendor. With --scenario, prices a month of support on every tier of each contract and names the cheapest tier that meets the required first response. Folders are searched for *.yaml and *.yml files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "2:bad usage or unusable input"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "POLICY", description = "Policy files or folders of them.")
    List<Path> policies = new ArrayList<>();

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "The year whose arrivals are timed (default: the current year).")
    Integer year;

    @Option(
            names = "--severity-map",
            paramLabel = "FILE",
            description = "Maps the contracts' classes (and the export's priorities) onto critical, high, normal,"
                    + " low; overrides what the contracts state. See docs/compare.md.")
    Path severityMap;

    @Option(names = "--tickets", paramLabel = "FILE", description = "A ticket export to replay under every contract.")
    Path tickets;

    @Option(
            names = "--events",
            paramLabel = "FILE",
            description = "State and priority changes of the tickets: CSV id,at,state[,priority].")
    Path events;

    @ArgGroup(exclusive = true)
    Source source;

    @Option(
            names = "--scenario",
            paramLabel = "FILE",
            description = "A month of support to price on every tier of each contract (YAML: phone minutes, hotline"
                    + " calls, a required first response); see docs/compare.md.")
    Path scenario;

    static final class Source {
        @Option(
                names = "--profile",
                paramLabel = "NAME",
                description = "The export's system: canonical, zendesk, jira,"
                        + " freshdesk, otrs, zammad, servicenow (default: recognised from the header).")
        String profile;

        @Option(names = "--mapping", paramLabel = "FILE", description = "A mapping file for any other export.")
        Path mapping;
    }

    @Option(
            names = "--as-of",
            paramLabel = "INSTANT",
            description = "The instant open tickets are judged at (default: now).")
    String asOf;

    @Option(
            names = "--tickets-zone",
            paramLabel = "ZONE",
            description = "The zone of export timestamps without an offset, the same for every contract"
                    + " (default: the first contract's default calendar zone).")
    String ticketsZone;

    @Option(
            names = "--format",
            paramLabel = "FORMATS",
            description = "text (default), md, json, html, pdf; several separated by commas with --out DIR.")
    String formats;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            description = "A file (one format), a directory (several, or a path ending in /), or - for stdout."
                    + " Never one of the inputs; an existing file is replaced only once the documents are complete.")
    String out;

    @Option(
            names = "--lang",
            paramLabel = "en|de",
            description = "Language of the text, md, html and pdf documents (default: en).")
    Lang lang = Lang.en;

    @Mixin
    SuppliedOptions supplied = new SuppliedOptions();

    @Override
    public Integer call() {
        List<Renderer<Comparison>> renderers = renderers();
        if (tickets == null && (events != null || source != null || asOf != null || ticketsZone != null)) {
            throw new UsageException("--events, --profile, --mapping, --as-of and --tickets-zone apply to --tickets");
        }
        List<Path> files = distinct(PolicyFiles.expand(policies, true, ""));
        Outputs outputs = Outputs.of("--out", out, Formats.documents(renderers), inputs(files));
        int y = year == null ? Year.now().getValue() : year;
        List<Policy> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : files) {
            try {
                loaded.add(PolicyReader.read(p));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        // a comparison may show a placeholder; its results then rest on the placeholder's assumption
        loaded = supplied.apply(loaded, "the comparison", SuppliedOptions.Need.PLACEHOLDERS);
        SeverityMap map = severityMap == null ? SeverityMap.none() : SeverityMap.read(severityMap);
        Optional<CostScenario> month = scenario == null ? Optional.empty() : Optional.of(CostScenario.read(scenario));
        Optional<CompareRequest.Replay> replay = Optional.empty();
        if (tickets != null) {
            replay = Optional.of(replay(loaded.get(0)));
        }
        Comparison comparison = Compare.run(new CompareRequest(loaded, files, y, map, replay, month));
        write(comparison, renderers, outputs);
        return ExitCode.OK.code();
    }

    private CompareRequest.Replay replay(Policy first) {
        Optional<ExportProfile> profile = Optional.empty();
        Optional<Path> mapping = Optional.empty();
        if (source != null && source.profile != null) {
            profile = Optional.of(ExportProfiles.named(source.profile)
                    .orElseThrow(() -> new UsageException("--profile: no profile '" + source.profile + "'; profiles: "
                            + String.join(", ", ExportProfiles.NAMES))));
        } else if (source != null && source.mapping != null) {
            profile = Optional.of(ProfileReader.read(source.mapping));
            mapping = Optional.of(source.mapping);
        }
        // One zone for every contract's replay: the same row must be the same instant under each.
        ZoneId zone = first.zone();
        if (ticketsZone != null) {
            try {
                zone = ZoneId.of(ticketsZone);
            } catch (DateTimeException e) {
                throw new UsageException("--tickets-zone: unknown time zone '" + ticketsZone + "'");
            }
        }
        long asOfSecond;
        if (asOf != null) {
            try {
                asOfSecond = TimeText.parseInstant(asOf, zone).getEpochSecond();
            } catch (IllegalArgumentException e) {
                throw new UsageException("--as-of: " + e.getMessage());
            }
        } else {
            asOfSecond = Instant.now().getEpochSecond();
        }
        return new CompareRequest.Replay(
                tickets, Optional.ofNullable(events), profile, mapping, asOfSecond, asOf != null, Optional.of(zone));
    }

    private List<Renderer<Comparison>> renderers() {
        DocumentOptions options = new DocumentOptions(
                lang.locale(),
                Optional.empty(),
                OptionalDouble.empty(),
                CreationDate.from(System.getenv("SOURCE_DATE_EPOCH")));
        return Formats.choose(formats, Renderers.forComparison(options), "text");
    }

    /** A file named twice (directly and through its folder) is compared once. */
    private static List<Path> distinct(List<Path> files) {
        Map<Path, Path> byReal = new LinkedHashMap<>();
        for (Path f : files) {
            Path key = f;
            try {
                key = f.toRealPath();
            } catch (IOException e) {
                // an unreadable file is reported when it is read
            }
            byReal.putIfAbsent(key, f);
        }
        return List.copyOf(byReal.values());
    }

    /** Every file the command reads: no output may be one of them. */
    private List<Path> inputs(List<Path> files) {
        List<Path> in = new ArrayList<>(files);
        for (Path p : new Path[] {severityMap, scenario, tickets, events, source == null ? null : source.mapping}) {
            if (p != null) {
                in.add(p);
            }
        }
        return in;
    }

    private void write(Comparison comparison, List<Renderer<Comparison>> renderers, Outputs outputs) {
        List<Path> written;
        try (Outputs.Writing w = outputs.begin(spec.commandLine().getOut())) {
            for (Renderer<Comparison> r : renderers) {
                try (OutputStream o = w.open(new Outputs.Document(r.format(), r.fileName(), r.binary()))) {
                    r.render(comparison, o);
                }
            }
            written = w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : written) {
            spec.commandLine().getErr().println("slaudit: wrote " + p);
        }
    }
}
