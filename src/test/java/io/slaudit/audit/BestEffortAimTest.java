package io.slaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.policy.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Best-effort aims with a time, on the item-support policy ("innerhalb von 24-48 Stunden", clock
 * hours, UTC) and the hand-made export of src/test/resources/io/slaudit/audit/order, as of
 * 2025-03-10 00:00 UTC:
 *
 * <pre>
 *   A answered after 12 h    within 48 h, within 24 h
 *   B answered after 30 h    within 48 h, missed 24 h
 *   C answered after  2 h    within both
 *   D solved after   72 h    missed both (solved without a first reply: the solution answers it)
 *   E answered after 10 h    within both
 *   F open for 12 h          not yet due under either reading: no aim_met
 *   G open for 72 h          missed both (open past the aim)
 *
 *   upper-bound (48 h): within A B C E = 4, missed D G = 2, open F = 1: 4 / 6 = 66.7 %
 *   lower-bound (24 h): within A C E   = 3, missed B D G = 3, open F = 1: 3 / 6 = 50.0 %
 * </pre>
 */
class BestEffortAimTest {

    static final Path EXPORT = Path.of("src/test/resources/io/slaudit/audit/order/tickets.csv");

    @TempDir
    Path dir;

    private AuditFixture fixture() throws IOException {
        return new AuditFixture(dir)
                .policy(Files.readString(Path.of("contracts/item-support-policy.yaml")))
                .tickets(Files.readString(EXPORT))
                .asOf("2025-03-10T00:00:00Z");
    }

    private static long asOf() {
        return java.time.Instant.parse("2025-03-10T00:00:00Z").getEpochSecond();
    }

    private static Map<String, Optional<Boolean>> aims(AuditFixture.Outcome o) {
        Map<String, Optional<Boolean>> out = new HashMap<>();
        o.tickets()
                .forEach((id, v) ->
                        out.put(id, o.result(id, Metric.FIRST_RESPONSE).aimMet(asOf())));
        return out;
    }

    @Test
    void theUpperBoundReadingMeasuresTheAimAt48HoursAndKeepsEveryResultBestEffort() throws IOException {
        AuditFixture.Outcome o = fixture().outcome();
        for (String id : o.tickets().keySet()) {
            MetricResult r = o.result(id, Metric.FIRST_RESPONSE);
            assertThat(r.status()).as(id).isEqualTo(Status.BEST_EFFORT);
            assertThat(r.targetSeconds()).as(id).hasValue(48 * 3600);
        }
        assertThat(aims(o))
                .containsEntry("A", Optional.of(true))
                .containsEntry("B", Optional.of(true))
                .containsEntry("C", Optional.of(true))
                .containsEntry("D", Optional.of(false))
                .containsEntry("E", Optional.of(true))
                .containsEntry("F", Optional.empty())
                .containsEntry("G", Optional.of(false));
        // B: created 03-01 09:00, answered 03-02 15:00 = 30 h of clock time; due 03-03 09:00
        MetricResult b = o.result("B", Metric.FIRST_RESPONSE);
        assertThat(b.elapsedSeconds()).hasValue(30 * 3600);
        assertThat(o.due("B", Metric.FIRST_RESPONSE)).isEqualTo("2025-03-03T09:00:00+00:00");
        assertThat(o.summary().aims()).singleElement().satisfies(a -> {
            assertThat(a.metric()).isEqualTo(Metric.FIRST_RESPONSE);
            assertThat(a.target()).isEqualTo("48 hours");
            assertThat(new long[] {a.met(), a.missed(), a.open()}).containsExactly(4, 2, 1);
            assertThat(a.withinAim().getAsDouble()).isCloseTo(66.666, org.assertj.core.data.Offset.offset(0.01));
        });
        assertThat(o.summary().overall().judged())
                .as("best effort is never judged")
                .isZero();
    }

    @Test
    void theLowerBoundReadingMissesTheAimAfter24HoursAndTheOtherReadingsListShowsTheDifference() throws IOException {
        AuditFixture.Outcome upper = fixture().outcome();
        assertThat(upper.summary().readings()).singleElement().satisfies(d -> {
            assertThat(d.reading()).isEqualTo("response-window=lower-bound");
            assertThat(d.changed()).as("statuses stay best-effort").isZero();
            assertThat(d.aims()).singleElement().satisfies(a -> {
                assertThat(a.target()).isEqualTo("24 hours");
                assertThat(new long[] {a.met(), a.missed(), a.open()}).containsExactly(3, 3, 1);
                assertThat(a.withinAim()).hasValue(50.0);
            });
        });

        AuditFixture.Outcome lower =
                fixture().reading("response-window=lower-bound").outcome();
        assertThat(aims(lower))
                .containsEntry("A", Optional.of(true))
                .containsEntry("B", Optional.of(false))
                .containsEntry("F", Optional.empty())
                .containsEntry("G", Optional.of(false));
        assertThat(lower.summary().aims()).singleElement().satisfies(a -> {
            assertThat(a.target()).isEqualTo("24 hours");
            assertThat(new long[] {a.met(), a.missed(), a.open()}).containsExactly(3, 3, 1);
        });
        assertThat(lower.summary().readings().get(0).aims()).singleElement().satisfies(a -> {
            assertThat(a.target()).isEqualTo("48 hours");
            assertThat(new long[] {a.met(), a.missed(), a.open()}).containsExactly(4, 2, 1);
        });
    }

    @Test
    void aBestEffortTargetWithoutATimeHasNoAim() throws IOException {
        AuditFixture.Outcome o = fixture().outcome();
        assertThat(o.result("A", Metric.RESOLUTION).aimMet(asOf())).isEmpty();
        assertThat(o.summary().aims()).noneMatch(a -> a.metric() == Metric.RESOLUTION);
    }

    @Test
    void aGuaranteeThatDoesNotHoldOutsideItsHoursIsNoAim() {
        // guaranteed, 4 business hours, only for requests raised in hours: raised Saturday it is
        // best effort, and no aim is measured, since the contract states none for it
        AuditFixture.Outcome o = new AuditFixture(dir)
                .policy("""
                        policy: p
                        vendor: v
                        calendars:
                          office: { zone: Europe/Berlin, hours: { mon-fri: "09:00-17:00" } }
                        default-calendar: office
                        priorities:
                          urgent: { label: Dringend, aliases: [P1] }
                        targets:
                          - { metric: first-response, priority: urgent, within: 4 business hours,
                              clock: { only-if-raised-in-hours: true } }
                        """)
                .tickets("id,created,priority,first_response\nS,2025-03-08T10:00,P1,2025-03-10T15:00\n")
                .outcome();
        MetricResult r = o.result("S", Metric.FIRST_RESPONSE);
        assertThat(r.status()).isEqualTo(Status.BEST_EFFORT);
        assertThat(r.aimMet(asOf())).isEmpty();
        assertThat(o.summary().aims()).isEmpty();
    }
}
