package io.slaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.Goldens;
import io.slaudit.audit.Audit;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditRequest;
import io.slaudit.audit.ContractVersions;
import io.slaudit.audit.Progress;
import io.slaudit.policy.PolicyReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The terminal summary in both languages, and the item-support policy's aims and order of handling. */
class TextSummaryTest {

    /** The item-support policy on the hand-made export of BestEffortAimTest and HandlingOrderTest. */
    static AuditReport itemSupport(Optional<String> reading) {
        Path policy = Path.of("contracts/item-support-policy.yaml");
        ContractVersions contract = ContractVersions.of(List.of(PolicyReader.read(policy)), List.of(policy));
        return Audit.run(
                new AuditRequest(
                        contract,
                        Path.of("src/test/resources/io/slaudit/audit/order/tickets.csv"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Instant.parse("2025-03-10T00:00:00Z").getEpochSecond(),
                        true,
                        reading,
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        true),
                Progress.NONE);
    }

    @Test
    void anAssumptionsKeysAreCutAfterFiftyCharactersWithHowManyMore() {
        // 23 + 2 + 27 = 52 characters would pass 50: the second key is left to the JSON
        assertThat(TextRenderer.affected(
                        List.of("calendar.guarantee.zone", "calendar.guarantee.holidays", "calendar.phone.zone")))
                .isEqualTo("calendar.guarantee.zone +2");
        // one key is always shown, however long
        assertThat(TextRenderer.affected(List.of("pricing.phone-billed-per-started-minutes-and-then-some-more")))
                .isEqualTo("pricing.phone-billed-per-started-minutes-and-then-some-more");
        assertThat(TextRenderer.affected(List.of("tier.level-1", "tier.level-2")))
                .isEqualTo("tier.level-1, tier.level-2");
    }

    @Test
    void theGermanSummarySaysTheScenarioInGermanWithGermanNumbersAndDates() throws IOException {
        try (AuditReport report = RendererContractTest.scenario()) {
            String text = RendererContractTest.render(new TextRenderer(Locale.GERMAN), report);
            Goldens.assertMatches("io/slaudit/report/golden/audit-de.txt", text);
            assertThat(text).contains("Einhaltung", "25,0 %", "01.04.2025 00:00", "k. A.");
        }
    }

    @Test
    void theEnglishSummaryIsTheDefault() throws IOException {
        try (AuditReport report = RendererContractTest.scenario()) {
            assertThat(RendererContractTest.render(new TextRenderer(Locale.ENGLISH), report))
                    .isEqualTo(
                            RendererContractTest.render(Renderers.named("text").orElseThrow(), report));
        }
    }

    @Test
    void theItemSupportSummaryShowsBothReadingsOfTheAimAndTheOvertakenTickets() throws IOException {
        try (AuditReport report = itemSupport(Optional.empty())) {
            String en = RendererContractTest.render(new TextRenderer(Locale.ENGLISH), report);
            Goldens.assertMatches("io/slaudit/report/golden/item-support.txt", en);
            assertThat(en)
                    .contains("48 hours          4      2    1       66.7 %")
                    .contains("within aim: first-response Anfrage 24 hours: 3 of 6 (50.0 %)")
                    .contains("7 tickets compared, 3 overtaken");
            Goldens.assertMatches(
                    "io/slaudit/report/golden/item-support-de.txt",
                    RendererContractTest.render(new TextRenderer(Locale.GERMAN), report));
            Goldens.assertMatches(
                    "io/slaudit/report/golden/item-support.json",
                    RendererContractTest.render(Renderers.named("json").orElseThrow(), report));
        }
    }
}
