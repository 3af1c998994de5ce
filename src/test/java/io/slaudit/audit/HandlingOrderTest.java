package io.slaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of handling ("first come, first served"): which tickets a later arrival overtook. */
class HandlingOrderTest {

    @TempDir
    Path dir;

    /**
     * The hand-made export of src/test/resources/io/slaudit/audit/order under the item-support
     * policy (handling-order: arrival), as of 2025-03-10 00:00 UTC; one priority. In order of arrival
     * (day.month hour), with the first answer (open ones at as-of):
     *
     * <pre>
     *   A 01.03 08:00 -> 01.03 20:00   later and earlier answered: C (01.03 12:00)            1, 20:00 - 12:00 = 8 h
     *   B 01.03 09:00 -> 02.03 15:00   C (01.03 12:00), E (02.03 10:00)                      2, from C: 27 h
     *   C 01.03 10:00 -> 01.03 12:00   none                                                  0
     *   D 01.03 11:00 -> 04.03 11:00   E (02.03 10:00); solved without a reply, so answered  1, 49 h
     *   E 02.03 00:00 -> 02.03 10:00   none                                                  0
     *   G 07.03 00:00 -> open (10.03)  F is open too: answered at the same as-of, a tie      0
     *   F 09.03 12:00 -> open (10.03)  nobody arrived later                                  0
     *
     *   compared 7, overtaken 3 (A, B, D), listed by extra wait: D 49 h, B 27 h, A 8 h
     * </pre>
     */
    @Test
    void aHandMadeExportListsTheOvertakenTicketsWithTheirCountsAndLongestExtraWaits() throws IOException {
        AuditFixture.Outcome o = new AuditFixture(dir)
                .policy(Files.readString(Path.of("contracts/item-support-policy.yaml")))
                .tickets(Files.readString(BestEffortAimTest.EXPORT))
                .asOf("2025-03-10T00:00:00Z")
                .outcome();
        AuditSummary.Order order = o.summary().order().orElseThrow();
        assertThat(order.compared()).isEqualTo(7);
        assertThat(order.overtaken()).isEqualTo(3);
        assertThat(order.tickets())
                .extracting(t -> t.id() + " by " + t.overtakenBy() + " first " + t.firstBy() + " "
                        + t.extraWaitSeconds() / 3600 + " h")
                .containsExactly("D by 1 first E 49 h", "B by 2 first C 27 h", "A by 1 first C 8 h");
    }

    @Test
    void aContractThatStatesNoOrderChecksNone() throws IOException {
        String policy = Files.readString(Path.of("contracts/item-support-policy.yaml"))
                .replace("handling-order: arrival\n", "");
        AuditFixture.Outcome o = new AuditFixture(dir)
                .policy(policy)
                .tickets(Files.readString(BestEffortAimTest.EXPORT))
                .asOf("2025-03-10T00:00:00Z")
                .outcome();
        assertThat(o.summary().order()).isEmpty();
    }

    @Test
    void ticketsOfAnotherPriorityNeverOvertake() {
        HandlingOrder order = new HandlingOrder(ZoneOffset.UTC, 10);
        // b arrives after a and is answered first, but in another priority
        order.add("high", 100, 500, false, "a");
        order.add("low", 200, 300, false, "b");
        assertThat(order.result().overtaken()).isZero();
    }

    @Test
    void equalArrivalsAndEqualAnswersAreNoOvertaking() {
        HandlingOrder order = new HandlingOrder(ZoneOffset.UTC, 10);
        order.add("p", 100, 500, false, "a");
        order.add("p", 100, 300, false, "b"); // same arrival: no order between them
        order.add("p", 200, 500, false, "c"); // answered with a, not before it
        AuditSummary.Order r = order.result();
        assertThat(r.compared()).isEqualTo(3);
        assertThat(r.overtaken()).isZero();
    }

    /** One ticket for the reference. */
    private record Ticket(String id, String priority, long created, long answered) {}

    /** Seeded random exports against the plain quadratic reference: every pair compared. */
    @Test
    void randomExportsGiveTheCountsAndWaitsOfComparingEveryPair() {
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(seed % 10 == 0 ? 2000 : 120);
            int spread = 1 + random.nextInt(50); // small spreads make ties of arrivals and answers
            List<Ticket> tickets = new ArrayList<>();
            HandlingOrder order = new HandlingOrder(ZoneOffset.UTC, Integer.MAX_VALUE);
            for (int i = 0; i < n; i++) {
                long created = random.nextInt(spread * 10);
                long answered = created + random.nextInt(spread * 10);
                Ticket t = new Ticket("T" + i, "p" + random.nextInt(3), created, answered);
                tickets.add(t);
                order.add(t.priority(), t.created(), t.answered(), false, t.id());
            }
            AuditSummary.Order fast = order.result();

            long overtaken = 0;
            List<String> expected = new ArrayList<>();
            for (Ticket i : tickets) {
                long count = 0;
                long earliest = Long.MAX_VALUE;
                for (Ticket j : tickets) {
                    if (j.priority().equals(i.priority()) && j.created() > i.created()) {
                        earliest = Math.min(earliest, j.answered());
                        if (j.answered() < i.answered()) {
                            count++;
                        }
                    }
                }
                if (count > 0) {
                    overtaken++;
                    expected.add(i.id() + " " + count + " " + (i.answered() - earliest));
                }
            }
            assertThat(fast.compared()).as("seed %d", seed).isEqualTo(n);
            assertThat(fast.overtaken()).as("seed %d", seed).isEqualTo(overtaken);
            assertThat(fast.tickets())
                    .as("seed %d", seed)
                    .extracting(t -> t.id() + " " + t.overtakenBy() + " " + t.extraWaitSeconds())
                    .containsExactlyInAnyOrderElementsOf(expected);
            // the first overtaker is a later arrival whose answer is the earliest of them
            for (AuditSummary.Overtaken t : fast.tickets()) {
                assertThat(t.firstByCreated()).isGreaterThan(t.created());
                assertThat(t.answered() - t.firstByAnswered()).isEqualTo(t.extraWaitSeconds());
            }
            assertThat(fast.tickets())
                    .as("longest extra wait first")
                    .isSortedAccordingTo(Comparator.comparingLong(AuditSummary.Overtaken::extraWaitSeconds)
                            .reversed());
        }
    }

    @Test
    void theListKeepsTheLongestExtraWaitsAndCountsAll() {
        HandlingOrder order = new HandlingOrder(ZoneOffset.UTC, 2);
        // a..d arrive in order; e arrives last and is answered first: it overtakes all four,
        // whose extra waits are their answers minus e's (10): 90, 190, 290, 390
        long t0 = Instant.parse("2025-03-01T00:00:00Z").getEpochSecond();
        order.add("p", t0, t0 + 100, false, "a");
        order.add("p", t0 + 1, t0 + 200, false, "b");
        order.add("p", t0 + 2, t0 + 300, false, "c");
        order.add("p", t0 + 3, t0 + 400, false, "d");
        order.add("p", t0 + 4, t0 + 10, false, "e");
        AuditSummary.Order r = order.result();
        assertThat(r.overtaken()).isEqualTo(4);
        assertThat(r.tickets())
                .extracting(t -> t.id() + " " + t.extraWaitSeconds())
                .containsExactly("d 390", "c 290");
    }
}
