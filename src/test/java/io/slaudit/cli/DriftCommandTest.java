package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCommandTest {

    private static final String SMASHDOCS = "contracts/smashdocs-support.yaml";
    private static final String DRIFTED = "samples/drift/zendesk/smashdocs-support-drifted/";
    private static final String IN_STEP = "samples/drift/zendesk/smashdocs-support/";
    private static final String ZAMMAD = "samples/drift/zammad/smashdocs-support/";

    @TempDir
    Path dir;

    private static Cli.Result zendesk(String sample, String... more) {
        String[] base = {
            "drift",
            "--policy",
            SMASHDOCS,
            "--zendesk",
            sample + "slas.json",
            "--schedules",
            sample + "schedules.json",
            "--holidays",
            sample + "holidays.json",
            "--year",
            "2026"
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Cli.run(all);
    }

    @Test
    void theDriftedSampleFailsTheJobWithAnnotationsOnTheContractsLines() {
        Cli.Result r = zendesk(DRIFTED, "--format", "github");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out())
                .contains("::error file=contracts/smashdocs-support.yaml,line=83,")
                .contains(
                        "urgent first response: contract 4 business hours, Zendesk 8 business hours: looser by 4 business hours")
                .contains("::error file=contracts/smashdocs-support.yaml,line=93,")
                .contains("::error file=contracts/smashdocs-support.yaml,line=13,");
    }

    @Test
    void theSampleInStepPassesUnlessAnyDifferenceFails() {
        assertThat(zendesk(IN_STEP).exitCode()).isEqualTo(0);
        assertThat(zendesk(IN_STEP, "--fail-on", "any").exitCode()).isEqualTo(1);
        assertThat(zendesk(DRIFTED, "--fail-on", "none").exitCode()).isEqualTo(0);
    }

    @Test
    void theZammadSampleIsReadWithItsPriorities() {
        Cli.Result r = Cli.run(
                "drift",
                "--policy",
                SMASHDOCS,
                "--zammad",
                ZAMMAD + "slas.json",
                "--calendars",
                ZAMMAD + "calendars.json",
                "--zammad-priorities",
                ZAMMAD + "priorities.json",
                "--year",
                "2026",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).contains("\"drift\"").contains("Zammad");
    }

    @Test
    void badJsonExitsTwoNamingFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("slas.json");
        Files.writeString(bad, "{\"sla_policies\": [\n  {\"title\": \"x\" \"id\": 1}\n]}\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run(
                "drift", "--policy", SMASHDOCS, "--zendesk", bad.toString(), "--schedules", IN_STEP + "schedules.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("error: " + bad + ":2:17: is not valid JSON")
                .doesNotContain("at io.slaudit");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run("drift", "--policy", SMASHDOCS).exitCode()).isEqualTo(2);
        Cli.Result both = Cli.run(
                "drift",
                "--policy",
                SMASHDOCS,
                "--zendesk",
                IN_STEP + "slas.json",
                "--schedules",
                IN_STEP + "schedules.json",
                "--zammad",
                ZAMMAD + "slas.json",
                "--calendars",
                ZAMMAD + "calendars.json");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(zendesk(IN_STEP, "--fail-on", "sometimes").err())
                .contains("--fail-on: 'sometimes' is not loosened, any or none");
        assertThat(zendesk(IN_STEP, "--tier", "gold").err()).contains("--tier: the contract has no tier 'gold'");
    }

    @Test
    void theOutputIsNeverOneOfTheInputs() {
        Cli.Result r = zendesk(IN_STEP, "--out", IN_STEP + "slas.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ");
    }
}
