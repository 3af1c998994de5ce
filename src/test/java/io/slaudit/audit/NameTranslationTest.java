package io.slaudit.audit;

import static io.slaudit.policy.Metric.FIRST_RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.tickets.Reason;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export whose priorities are not the contract's, replayed through a translation (compare's seam). */
class NameTranslationTest {

    @TempDir
    Path dir;

    /** The export says critical/high/low; the contract knows Dringend and Hoch only. */
    static final NameTranslation SEVERITIES = exportPriority -> {
        String to = Map.of("critical", "urgent", "high", "Hoch").get(exportPriority.toLowerCase(Locale.ROOT));
        return to == null
                ? new NameTranslation.None(Reason.of("ticket.unknown-priority", exportPriority, "test"))
                : new NameTranslation.To(to);
    };

    private AuditFixture audit() {
        return new AuditFixture(dir)
                .policy(AuditSemanticsTest.OFFICE + AuditSemanticsTest.PRIORITIES + AuditSemanticsTest.FOUR_HOURS)
                .names(SEVERITIES);
    }

    @Test
    void theExportsPrioritiesAreJudgedAsTheContractsClassesAndTheTicketKeepsItsOwnName() {
        // critical is Dringend: Monday 10:00 + 4 business hours = 14:00
        // high is Hoch: Monday 10:00 + 1 business day (same time) = Tuesday 10:00
        var o = audit().tickets(AuditSemanticsTest.HEADER
                        + "A,2025-03-10 10:00,critical,,2025-03-10 13:00,\n"
                        + "B,2025-03-10 10:00,high,,2025-03-11 10:30,\n")
                .outcome();
        assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T14:00:00+01:00");
        assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
        assertThat(o.due("B", FIRST_RESPONSE)).isEqualTo("2025-03-11T10:00:00+01:00");
        assertThat(o.result("B", FIRST_RESPONSE).status()).isEqualTo(Status.BREACHED);
        assertThat(o.tickets().get("A").priority()).isEqualTo("urgent");
        assertThat(o.tickets().get("A").ticket().priority()).isEqualTo("critical");
        assertThat(o.tickets().get("B").priority()).isEqualTo("high");
    }

    @Test
    void aPriorityTheContractHasNoClassForIsRejectedWithTheTranslationsReasonAndTheRestIsJudged() {
        var o = audit().tickets(AuditSemanticsTest.HEADER
                        + "A,2025-03-10 10:00,low,,2025-03-10 13:00,\n"
                        + "B,2025-03-10 10:00,critical,,2025-03-10 13:00,\n")
                .outcome();
        assertThat(o.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo(Reason.of("ticket.unknown-priority", "low", "test"));
        });
        assertThat(o.tickets()).containsOnlyKeys("B");
        // without a translation the contract itself does not know 'critical' either: the seam is what judges it
        var plain = new AuditFixture(dir)
                .policy(AuditSemanticsTest.OFFICE + AuditSemanticsTest.PRIORITIES + AuditSemanticsTest.FOUR_HOURS)
                .tickets(AuditSemanticsTest.HEADER + "B,2025-03-10 10:00,critical,,2025-03-10 13:00,\n")
                .outcome();
        assertThat(plain.tickets()).isEmpty();
    }

    @Test
    void aPriorityChangeInTheEventsIsTranslatedToo() {
        // high (Hoch) raised Monday 10:00, raised to critical (Dringend) at 11:00; retarget: Dringend's
        // 4 business hours from the original start, due 14:00; answered 15:00 is breached.
        // The change to 'low' has no class: reported, not applied.
        var o = audit().tickets(AuditSemanticsTest.HEADER + "A,2025-03-10 10:00,high,,2025-03-10 15:00,\n")
                .events("id,at,state,priority\n" + "A,2025-03-10 11:00,,critical\n" + "A,2025-03-10 12:00,,low\n")
                .outcome();
        assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T14:00:00+01:00");
        assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.BREACHED);
        assertThat(o.summary().eventProblems())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo(Reason.of("ticket.unknown-priority", "low", "test")));
    }

    @Test
    void aChannelTheContractDoesNotKnowCanBeLeftOutSoTheTicketIsJudgedAsOneWithout() {
        // the contract covers e-mail only; the export says 'portal', a name of its own system
        String policy = AuditSemanticsTest.OFFICE + AuditSemanticsTest.PRIORITIES + """
                channels:
                  email: { covered: true }
                  phone: { covered: false }
                """ + AuditSemanticsTest.FOUR_HOURS;
        NameTranslation leaveOutPortal = new NameTranslation() {
            @Override
            public Translated priority(String exportPriority) {
                return SEVERITIES.priority(exportPriority);
            }

            @Override
            public java.util.Optional<String> channel(String name) {
                return name.equals("portal") ? java.util.Optional.empty() : java.util.Optional.of(name);
            }
        };
        var o = new AuditFixture(dir)
                .policy(policy)
                .names(leaveOutPortal)
                .tickets(AuditSemanticsTest.HEADER
                        + "A,2025-03-10 10:00,critical,portal,2025-03-10 13:00,\n"
                        + "B,2025-03-10 10:00,critical,phone,2025-03-10 13:00,\n")
                .outcome();
        // judged as a ticket without a channel: Monday 10:00 + 4 business hours = 14:00, met
        assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
        // a channel the contract names as not covered still excludes
        assertThat(o.result("B", FIRST_RESPONSE).status()).isEqualTo(Status.EXCLUDED);
        // without the translation the unknown channel excludes, as in an audit
        var plain = new AuditFixture(dir)
                .policy(policy)
                .tickets(AuditSemanticsTest.HEADER + "A,2025-03-10 10:00,P1,portal,2025-03-10 13:00,\n")
                .outcome();
        assertThat(plain.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.EXCLUDED);
    }
}
