package io.slaudit.cli;

import io.slaudit.drift.ChangeReport;
import io.slaudit.drift.ConfigurationDrift;
import io.slaudit.drift.ContractSource;
import io.slaudit.drift.FailOn;
import io.slaudit.drift.SystemConfiguration;
import io.slaudit.drift.zammad.ZammadConfiguration;
import io.slaudit.drift.zendesk.ZendeskConfiguration;
import io.slaudit.report.ChangeRenderers;
import io.slaudit.report.Renderer;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slaudit drift}: the ticketing system's own SLA settings against the contract they should enforce. */
@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = "Compares a ticketing system's SLA settings, as its REST API returns them, with a contract:"
                + " every timed target by metric and priority, and the calendar the system counts business hours on"
                + " (zone, weekly hours, closed days of the year). Reports where the system is configured looser or"
                + " tighter than the contract, or not at all, with the contract's YAML line. Zendesk: --zendesk"
                + " (GET /api/v2/slas/policies) and --schedules (GET /api/v2/business_hours/schedules), optionally"
                + " --holidays; Zammad: --zammad (GET /api/v1/slas) and --calendars (GET /api/v1/calendars)."
                + " See docs/drift.md.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no difference that --fail-on counts",
            "1:the system is configured looser than the contract or misses a target (under --fail-on loosened)",
            "2:bad usage or unusable input"
        })
final class DriftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The contract (a policy file).")
    Path policy;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Systems systems;

    static final class Systems {
        @ArgGroup(exclusive = false)
        Zendesk zendesk;

        @ArgGroup(exclusive = false)
        Zammad zammad;
    }

    static final class Zendesk {
        @Option(
                names = "--zendesk",
                required = true,
                paramLabel = "FILE",
                description = "Zendesk's SLA policies: the JSON of GET /api/v2/slas/policies.")
        Path slas;

        @Option(
                names = "--schedules",
                required = true,
                paramLabel = "FILE",
                description = "Zendesk's business-hours schedules: the JSON of GET /api/v2/business_hours/schedules.")
        Path schedules;

        @Option(
                names = "--holidays",
                paramLabel = "FILE",
                description = "The schedule's holidays: the JSON of GET /api/v2/business_hours/schedules/{id}/holidays"
                        + " (without it, holidays are not compared).")
        Path holidays;

        @Option(
                names = "--sla-policy",
                paramLabel = "TITLE|ID",
                description = "Which SLA policy enforces the contract, when the file holds several.")
        String slaPolicy;

        @Option(
                names = "--schedule",
                paramLabel = "NAME|ID",
                description = "Which schedule the policy's tickets count on, when the file holds several.")
        String schedule;
    }

    static final class Zammad {
        @Option(
                names = "--zammad",
                required = true,
                paramLabel = "FILE",
                description = "Zammad's SLAs: the JSON of GET /api/v1/slas.")
        Path slas;

        @Option(
                names = "--calendars",
                required = true,
                paramLabel = "FILE",
                description = "Zammad's calendars: the JSON of GET /api/v1/calendars.")
        Path calendars;

        @Option(
                names = "--zammad-priorities",
                paramLabel = "FILE",
                description = "Zammad's priorities: the JSON of GET /api/v1/ticket_priorities"
                        + " (default: the seeded 1 low, 2 normal, 3 high).")
        Path priorities;

        @Option(
                names = "--sla",
                paramLabel = "NAME",
                description =
                        "Consider only this SLA (repeatable; default: every SLA, chosen per priority as Zammad does).")
        List<String> only = new ArrayList<>();
    }

    @Option(
            names = "--tier",
            paramLabel = "TIER",
            description =
                    "The contract's support tier the system's SLA enforces (default: the contract's default tier).")
    String tier;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "The year whose closed days and arrivals are compared (default: the current year).")
    Integer year;

    @Option(
            names = "--fail-on",
            paramLabel = "loosened|any|none",
            description =
                    "Which differences exit 1: loosened (default: the system is looser or misses a target), any, none.")
    String failOn;

    @Option(
            names = "--format",
            paramLabel = "FORMATS",
            description =
                    "text (default), json, junit, markdown (md), github; several separated by commas with --out DIR.")
    String formats;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            description = "A file (one format), a directory (several, or a path ending in /), or - for stdout."
                    + " Never one of the inputs.")
    String out;

    @Override
    public Integer call() {
        FailOn rule = failOn == null
                ? FailOn.LOOSENED
                : FailOn.parse(failOn)
                        .orElseThrow(
                                () -> new UsageException("--fail-on: '" + failOn + "' is not loosened, any or none"));
        int y = year == null ? Year.now().getValue() : year;
        if (y < 1990 || y > 2199) {
            throw new UsageException("--year: " + y + " is outside the years slaudit computes (1990-2199)");
        }
        List<Renderer<ChangeReport>> renderers = Formats.choose(formats, ChangeRenderers.forChanges(), "text");
        Outputs outputs = Outputs.of("--out", out, Formats.documents(renderers), inputs());
        ContractSource contract = ContractSource.read(policy);
        Optional<String> tierKey = Optional.empty();
        if (tier != null) {
            tierKey = Optional.of(contract.policy()
                    .tierNamed(tier)
                    .orElseThrow(() -> new UsageException("--tier: the contract has no tier '" + tier + "'; its tiers: "
                            + String.join(
                                    ", ", contract.policy().commercial().tiers().keySet())))
                    .key());
        }
        SystemConfiguration system = system();
        ChangeReport report =
                ConfigurationDrift.report(new ConfigurationDrift.Request(contract, system, tierKey, y), rule);
        Formats.write(
                report,
                renderers,
                outputs,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return report.fails() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private SystemConfiguration system() {
        if (systems.zendesk != null) {
            Zendesk z = systems.zendesk;
            return ZendeskConfiguration.read(
                    z.slas,
                    z.schedules,
                    Optional.ofNullable(z.holidays),
                    new ZendeskConfiguration.Choice(Optional.ofNullable(z.slaPolicy), Optional.ofNullable(z.schedule)));
        }
        Zammad z = systems.zammad;
        return ZammadConfiguration.read(z.slas, z.calendars, Optional.ofNullable(z.priorities), z.only);
    }

    /** Every file the command reads: no output may be one of them. */
    private List<Path> inputs() {
        List<Path> in = new ArrayList<>(List.of(policy));
        if (systems.zendesk != null) {
            in.add(systems.zendesk.slas);
            in.add(systems.zendesk.schedules);
            if (systems.zendesk.holidays != null) {
                in.add(systems.zendesk.holidays);
            }
        } else {
            in.add(systems.zammad.slas);
            in.add(systems.zammad.calendars);
            if (systems.zammad.priorities != null) {
                in.add(systems.zammad.priorities);
            }
        }
        return in;
    }
}
