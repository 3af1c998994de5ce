package io.slaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.Goldens;
import io.slaudit.Tool;
import io.slaudit.audit.Audit;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditRequest;
import io.slaudit.audit.ContractVersions;
import io.slaudit.audit.Period;
import io.slaudit.audit.Progress;
import io.slaudit.calendar.TimeText;
import io.slaudit.policy.PolicyReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One scenario, every format: the audit of src/test/resources/io/slaudit/report/scenario is
 * rendered by each renderer and compared with its golden file. Only the tool version is volatile
 * and is blanked before comparing.
 */
class RendererContractTest {

    static final Path SCENARIO = Path.of("src/test/resources/io/slaudit/report/scenario");

    /** The scenario's audit: Q1 2025, as of 1 April 2025 00:00 Berlin time. */
    static AuditReport scenario() {
        Path policy = SCENARIO.resolve("policy.yaml");
        ContractVersions contract = ContractVersions.of(List.of(PolicyReader.read(policy)), List.of(policy));
        long asOf = TimeText.parseInstant("2025-04-01T00:00:00+02:00", ZoneId.of("UTC"))
                .getEpochSecond();
        return Audit.run(
                new AuditRequest(
                        contract,
                        SCENARIO.resolve("tickets.csv"),
                        Optional.of(SCENARIO.resolve("events.csv")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Period.parse("2025-Q1")),
                        asOf,
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        true),
                Progress.NONE);
    }

    static String render(Renderer<AuditReport> renderer, AuditReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, out);
        return filter(out.toString(StandardCharsets.UTF_8));
    }

    /** Blanks what changes from build to build. */
    static String filter(String text) {
        return text.replace(Tool.version(), "VERSION");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "json", "csv", "junit", "html"})
    void everyFormatMatchesItsGoldenFile(String format) throws IOException {
        Renderer<AuditReport> renderer = Renderers.named(format).orElseThrow();
        try (AuditReport report = scenario()) {
            String text = render(renderer, report);
            Goldens.assertMatches("io/slaudit/report/golden/" + renderer.fileName(), text);
            assertThat(render(renderer, report))
                    .as("rendering twice gives the same document")
                    .isEqualTo(text);
        }
    }
}
