package io.slaudit.audit;

import static io.slaudit.policy.Metric.FIRST_RESPONSE;
import static io.slaudit.policy.Metric.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.input.InputException;
import io.slaudit.tickets.Reason;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay rules of docs/audit-semantics.md, one hand-checked case each. The office calendar is
 * Mon-Fri 09:00-17:00 Europe/Berlin without holidays unless a case says otherwise; March 2025 is
 * CET (+01:00) until the 30th.
 */
class AuditSemanticsTest {

    @TempDir
    Path dir;

    static final String OFFICE = """
            policy: test
            vendor: Test GmbH
            calendars:
              office: { zone: Europe/Berlin, hours: { mon-fri: "09:00-17:00" } }
            default-calendar: office
            """;

    static final String PRIORITIES = """
            priorities:
              urgent: { label: Dringend, aliases: [P1] }
              high: { label: Hoch, aliases: [P2] }
            """;

    static final String HEADER = "id,created,priority,channel,first_response,resolved\n";

    AuditFixture audit(String policyTail) {
        return new AuditFixture(dir).policy(OFFICE + PRIORITIES + policyTail);
    }

    static final String FOUR_HOURS = """
            targets:
              - { metric: first-response, priority: urgent, within: 4 business hours }
              - { metric: first-response, priority: high, within: 1 business day }
              - { metric: resolution, priority: any, guarantee: best-effort }
            """;

    @Nested
    class TheClock {

        @Test
        void aRequestOutsideHoursStartsTheClockAtTheNextOpening() {
            // Friday 18:00 is after hours: Monday 09:00 + 4 h = 13:00
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,2025-03-07 18:00,P1,,2025-03-10 12:59,\n")
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T13:00:00+01:00");
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
            // elapsed: Monday 09:00-12:59 = 3 h 59 min = 14340 s of the 14400 s target
            assertThat(o.result("A", FIRST_RESPONSE).elapsedSeconds()).hasValue(14_340);
            assertThat(o.result("A", FIRST_RESPONSE).targetSeconds()).hasValue(14_400);
        }

        @Test
        void anAnswerAtTheDueSecondIsMetAndOneSecondLaterIsBreached() {
            // Monday 10:00 + 4 h = 14:00
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER
                            + "A,2025-03-10 10:00,P1,,2025-03-10 14:00:00,\n"
                            + "B,2025-03-10 10:00,P1,,2025-03-10 14:00:01,\n")
                    .outcome();
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
            assertThat(o.result("B", FIRST_RESPONSE).status()).isEqualTo(Status.BREACHED);
            assertThat(o.result("B", FIRST_RESPONSE).lateBySeconds()).hasValue(1);
        }

        @Test
        void anAnswerAfterClosingOnTheDueDayIsLateThoughNoBusinessTimePassed() {
            // Monday 14:00 + 4 h: 14:00-17:00 is 3 h, Tuesday 09:00-10:00 the fourth: due Tuesday 10:00.
            // A target running out at 17:00 is due at 17:00: Monday 13:00 + 4 h = 17:00; answered 18:30.
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,2025-03-10 13:00,P1,,2025-03-10 18:30,\n")
                    .outcome();
            MetricResult r = o.result("A", FIRST_RESPONSE);
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T17:00:00+01:00");
            assertThat(r.status()).isEqualTo(Status.BREACHED);
            assertThat(r.elapsedSeconds()).hasValue(14_400);
            assertThat(r.lateBySeconds()).hasValue(0);
            assertThat(r.lateByClockSeconds(0)).hasValue(5400);
        }

        @Test
        void openTicketsAreJudgedAtAsOf() {
            // due Monday 14:00 for both; as of 13:00 one is open, as of 15:00 open-breached by 1 h
            String tickets = HEADER + "A,2025-03-10 10:00,P1,,,\n";
            assertThat(audit(FOUR_HOURS)
                            .tickets(tickets)
                            .asOf("2025-03-10T13:00:00+01:00")
                            .outcome()
                            .result("A", FIRST_RESPONSE)
                            .status())
                    .isEqualTo(Status.OPEN);
            MetricResult late = audit(FOUR_HOURS)
                    .tickets(tickets)
                    .asOf("2025-03-10T15:00:00+01:00")
                    .outcome()
                    .result("A", FIRST_RESPONSE);
            assertThat(late.status()).isEqualTo(Status.OPEN_BREACHED);
            assertThat(late.lateBySeconds()).hasValue(3600);
        }

        @Test
        void anAnswerAfterAsOfIsNotKnownYet() {
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,2025-03-10 13:00,\n")
                    .asOf("2025-03-10T12:00:00+01:00")
                    .outcome();
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.OPEN);
            assertThat(o.result("A", FIRST_RESPONSE).at()).isEmpty();
        }

        @Test
        void anExportWithoutAFirstResponseColumnMeasuresNoFirstResponseAndSaysSo() {
            var o = audit(FOUR_HOURS)
                    .tickets("id,created,priority,resolved\nA,2025-03-10 10:00,P1,2025-03-10 11:00\n")
                    .outcome();
            assertThat(o.tickets().get("A").results())
                    .extracting(MetricResult::metric)
                    .containsExactly(RESOLUTION);
            assertThat(o.summary().notes())
                    .extracting(Object::toString)
                    .containsExactly(
                            "nothing was judged, so there is no compliance figure: the 1 audited ticket has only"
                                    + " open, best-effort or excluded results",
                            "first-response is not measured: the export (canonical profile)"
                                    + " has no first-response column");
        }

        @Test
        void aTicketSolvedBeforeItsFirstReplyWasAnsweredWhenItWasSolved() {
            // Monday 10:00 + 4 h = 14:00; solved 12:00, the recorded "first reply" (a courtesy note
            // after the fix) at 16:00: answered at 12:00, met, as it would be without the reply
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER
                            + "A,2025-03-10 10:00,P1,,2025-03-10 16:00,2025-03-10 12:00\n"
                            + "B,2025-03-10 10:00,P1,,,2025-03-10 12:00\n")
                    .outcome();
            for (String id : new String[] {"A", "B"}) {
                assertThat(o.result(id, FIRST_RESPONSE).status()).isEqualTo(Status.MET);
                assertThat(o.result(id, FIRST_RESPONSE).at())
                        .hasValue(
                                java.time.Instant.parse("2025-03-10T11:00:00Z").getEpochSecond());
                // 10:00-12:00 of business time used
                assertThat(o.result(id, FIRST_RESPONSE).elapsedSeconds()).hasValue(7_200);
            }
        }

        @Test
        void aReplyAfterAsOfDoesNotHideASolutionBeforeIt() {
            // solved 12:00, replied 13:00, as of 12:30: answered by the solution
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,2025-03-10 13:00,2025-03-10 12:00\n")
                    .asOf("2025-03-10T12:30:00+01:00")
                    .outcome();
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
        }

        @Test
        void aSolutionWithoutAFirstResponseAnswersTheRequest() {
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,,2025-03-10 11:00\n")
                    .outcome();
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
            assertThat(o.result("A", FIRST_RESPONSE).at())
                    .hasValue(java.time.Instant.parse("2025-03-10T10:00:00Z").getEpochSecond());
        }
    }

    @Nested
    class BusinessDays {

        String policy(String rule) {
            return "business-day: " + rule + "\n" + FOUR_HOURS;
        }

        @Test
        void sameTimeIsTheSameWallClockTimeOnTheNextBusinessDay() {
            // Tuesday 14:00 -> Wednesday 14:00; Friday 14:00 -> Monday 14:00
            var o = audit(policy("same-time"))
                    .tickets(HEADER + "A,2025-03-11 14:00,P2,,,\n" + "B,2025-03-14 14:00,P2,,,\n")
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-12T14:00:00+01:00");
            assertThat(o.due("B", FIRST_RESPONSE)).isEqualTo("2025-03-17T14:00:00+01:00");
        }

        @Test
        void sameTimeForARequestBeforeHoursIsDueAtTheNextDaysOpening() {
            // Monday 07:00: the clock starts Monday 09:00, so due Tuesday 09:00, not Monday 17:00
            // (both hold 8 business hours; an answer Tuesday 08:30 is in time)
            var o = audit(policy("same-time"))
                    .tickets(HEADER + "A,2025-03-10 07:00,P2,,2025-03-11 08:30,\n")
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-11T09:00:00+01:00");
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
        }

        @Test
        void endOfDayIsWhenTheNextBusinessDayCloses() {
            // Tuesday 14:00 -> Wednesday 17:00
            var o = audit(policy("end-of-day"))
                    .tickets(HEADER + "A,2025-03-11 14:00,P2,,,\n")
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-12T17:00:00+01:00");
        }

        @Test
        void hoursCountsBusinessHours() {
            // 1 business day = 6 h: Tuesday 14:00-17:00 is 3 h, Wednesday 09:00-12:00 the rest
            var o = audit(policy("hours:6"))
                    .tickets(HEADER + "A,2025-03-11 14:00,P2,,,\n")
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-12T12:00:00+01:00");
        }

        @Test
        void fractionsTakeTheFractionOfADaysOpenTime() {
            String p = "business-day: same-time\n"
                    + FOUR_HOURS.replace("within: 1 business day", "within: 1.5 business days");
            // Tuesday 10:00 -> Wednesday 10:00, then half of Wednesday's 8 h = 4 h: Wednesday 14:00
            var o = audit(p).tickets(HEADER + "A,2025-03-11 10:00,P2,,,\n").outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-12T14:00:00+01:00");
        }

        @Test
        void holidaysAreNotBusinessDays() {
            String withHolidays = OFFICE.replace(
                    "hours: { mon-fri: \"09:00-17:00\" } }",
                    "hours: { mon-fri: \"09:00-17:00\" }, holidays: [ { region: DE-BY } ] }");
            // Wednesday 18 June 2025 14:00; Thursday 19 June is Corpus Christi in Bavaria: due Friday 14:00
            var o = new AuditFixture(dir)
                    .policy(withHolidays + PRIORITIES + FOUR_HOURS)
                    .tickets(HEADER + "A,2025-06-18 14:00,P2,,,\n")
                    .asOf("2025-07-01T00:00:00+02:00")
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-06-20T14:00:00+02:00");
        }
    }

    @Nested
    class Coverage {

        static final String CHANNELS = """
                channels:
                  email: { covered: true, aliases: [mail] }
                  hotline: { covered: true, excluded-roles: [Ableser] }
                  info: { covered: false, note: not read in time }
                """;

        @Test
        void ticketsOnUncoveredOrUnnamedChannelsAreExcludedWithTheReason() {
            var o = audit(CHANNELS + FOUR_HOURS)
                    .tickets(HEADER
                            + "A,2025-03-10 10:00,P1,Mail,2025-03-10 11:00,\n"
                            + "B,2025-03-10 10:00,P1,info,2025-03-10 11:00,\n"
                            + "C,2025-03-10 10:00,P1,fax,,\n")
                    .outcome();
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
            assertThat(o.tickets().get("B").exclusion().map(Reason::toString))
                    .hasValue("channel 'info' is not covered: not read in time");
            assertThat(o.result("B", FIRST_RESPONSE).status()).isEqualTo(Status.EXCLUDED);
            assertThat(o.tickets().get("C").exclusion().map(Reason::toString))
                    .hasValue("channel 'fax' is not named in the contract");
            assertThat(o.summary().counts().excluded()).isEqualTo(2);
        }

        @Test
        void aRoleExcludedFromAChannelIsExcluded() {
            var o = audit(CHANNELS + FOUR_HOURS)
                    .tickets("id,created,priority,channel,role,first_response\n"
                            + "A,2025-03-10 10:00,P1,hotline,Disponent,2025-03-10 11:00\n"
                            + "B,2025-03-10 10:00,P1,hotline,Ableser,2025-03-10 11:00\n")
                    .outcome();
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
            assertThat(o.tickets().get("B").exclusion().map(Reason::toString))
                    .hasValue("requesters in the role 'Ableser' are excluded from channel" + " 'hotline'");
        }

        @Test
        void bestEffortTargetsAreReportedButNeverBreached() {
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,2025-03-10 11:00,2025-04-01 10:00\n")
                    .outcome();
            MetricResult r = o.result("A", RESOLUTION);
            assertThat(r.status()).isEqualTo(Status.BEST_EFFORT);
            assertThat(r.due()).isEmpty();
            // 10:00-17:00 on 10 March, then 15 business days of 8 h through 31 March (no holidays)
            assertThat(r.elapsedSeconds()).hasValue(7 * 3600 + 15 * 8 * 3600);
        }

        @Test
        void aGuaranteeOnlyForRequestsRaisedInHoursLeavesTheOthersBestEffort() {
            String p = """
                    targets:
                      - { metric: first-response, priority: any, within: 24 hours, clock: { only-if-raised-in-hours: true } }
                    """;
            var o = audit(p).tickets(HEADER
                            + "A,2025-03-10 10:00,P1,,2025-03-11 09:00,\n"
                            + "B,2025-03-10 20:00,P1,,2025-03-12 09:00,\n")
                    .outcome();
            // A: 24 clock hours from Monday 10:00 = Tuesday 10:00; answered 09:00
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-11T10:00:00+01:00");
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
            assertThat(o.result("B", FIRST_RESPONSE).status()).isEqualTo(Status.BEST_EFFORT);
            assertThat(o.result("B", FIRST_RESPONSE).reason())
                    .hasValueSatisfying(r -> assertThat(r.toString()).contains("raised outside the guaranteed hours"));
        }

        @Test
        void aTicketsRegionPicksItsCalendar() {
            String p = OFFICE.replace("default-calendar: office", """
                      ny: { zone: America/New_York, hours: { mon-fri: "09:00-17:00" } }
                    default-calendar: office
                    regions:
                      europe: { calendar: office, aliases: [EU] }
                      america: { calendar: ny, aliases: [NA] }
                    """) + PRIORITIES + FOUR_HOURS;
            // 2025-03-10 15:00 UTC: 16:00 in Berlin (1 h left, then Tuesday 09:00-12:00), 11:00 in New York
            var o = new AuditFixture(dir)
                    .policy(p)
                    .tickets(
                            "id,created,priority,region,first_response\nE,2025-03-10T15:00:00Z,P1,EU,\nA,2025-03-10T15:00:00Z,P1,NA,\n")
                    .outcome();
            assertThat(o.due("E", FIRST_RESPONSE)).isEqualTo("2025-03-11T12:00:00+01:00");
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T15:00:00-04:00");
        }

        @Test
        void theTargetOfTheTicketsTierApplies() {
            String p = """
                    tiers:
                      basic: { label: Basic, default: true }
                      gold: { label: Gold }
                    targets:
                      - { metric: first-response, priority: any, within: 8 business hours }
                      - { metric: first-response, priority: any, tier: gold, within: 2 business hours }
                    """;
            var o = audit(p).tickets(
                            "id,created,priority,tier,first_response\nB,2025-03-10 10:00,P1,,\nG,2025-03-10 10:00,P1,Gold,\n")
                    .outcome();
            assertThat(o.due("B", FIRST_RESPONSE)).isEqualTo("2025-03-11T10:00:00+01:00");
            assertThat(o.due("G", FIRST_RESPONSE)).isEqualTo("2025-03-10T12:00:00+01:00");
            assertThat(o.result("G", FIRST_RESPONSE).target()).isEqualTo("2 business hours, Gold");
        }
    }

    @Nested
    class Events {

        static final String PAUSING = "pause-on: [pending]\n" + FOUR_HOURS;

        @Test
        void theClockStopsInPauseStates() {
            // Monday 10:00 + 4 h, paused 11:00-13:00: 1 h before, 3 h after 13:00 -> due 16:00
            var o = audit(PAUSING)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,2025-03-10 15:30,\n")
                    .events("id,at,state\nA,2025-03-10 11:00,pending\nA,2025-03-10 13:00,open\n")
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T16:00:00+01:00");
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
            // used: 10:00-11:00 and 13:00-15:30 = 3 h 30 min
            assertThat(o.result("A", FIRST_RESPONSE).elapsedSeconds()).hasValue(12_600);
        }

        @Test
        void aPauseThatHasNotEndedLeavesTheTicketOpen() {
            var o = audit(PAUSING)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,,\n")
                    .events("id,at,state\nA,2025-03-10 11:00,pending\n")
                    .asOf("2025-03-12T12:00:00+01:00")
                    .outcome();
            MetricResult r = o.result("A", FIRST_RESPONSE);
            assertThat(r.status()).isEqualTo(Status.OPEN);
            assertThat(r.due()).isEmpty();
            assertThat(r.reason().map(Reason::toString))
                    .hasValue("the clock has stood still since 2025-03-10T11:00:00+01:00");
        }

        @Test
        void statesThatDoNotPauseLetTheClockRun() {
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,2025-03-10 15:30,\n")
                    .events("id,at,state\nA,2025-03-10 11:00,pending\nA,2025-03-10 13:00,open\n")
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T14:00:00+01:00");
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.BREACHED);
        }

        @Test
        void aPauseAndAResumeInTheSameSecondLeaveTheClockRunning() {
            // the file lists the resume first; the fixed order applies the pause first, then the resume
            var o = audit(PAUSING)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,,\n")
                    .events("id,at,state\nA,2025-03-10 11:00,open\nA,2025-03-10 11:00,pending\n")
                    .asOf("2025-03-10T12:00:00+01:00")
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T14:00:00+01:00");
        }

        static final String CHANGE = """
                targets:
                  - { metric: first-response, priority: urgent, within: 2 business hours }
                  - { metric: first-response, priority: high, within: 8 business hours }
                """;
        static final String UPGRADE = "id,at,state,priority\nA,2025-03-10 12:00,,Dringend\n";
        static final String TICKET = HEADER + "A,2025-03-10 10:00,P2,,2025-03-10 13:30,\n";

        @Test
        void retargetAppliesTheNewPrioritysTargetFromTheOriginalStart() {
            // upgraded to Dringend at 12:00: 2 h from 10:00 = 12:00, answered 13:30 -> breached
            var o = audit("priority-change: retarget\n" + CHANGE)
                    .tickets(TICKET)
                    .events(UPGRADE)
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T12:00:00+01:00");
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.BREACHED);
            assertThat(o.tickets().get("A").priority()).isEqualTo("urgent");
            assertThat(o.tickets().get("A").originalPriority()).hasValue("high");
        }

        @Test
        void restartCountsTheNewTargetFromTheChange() {
            // 2 h from 12:00 = 14:00, answered 13:30 -> met
            var o = audit("priority-change: restart\n" + CHANGE)
                    .tickets(TICKET)
                    .events(UPGRADE)
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-10T14:00:00+01:00");
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
        }

        @Test
        void keepHoldsTheOriginalTarget() {
            // Hoch: 8 h from 10:00 = Tuesday 10:00
            var o = audit("priority-change: keep\n" + CHANGE)
                    .tickets(TICKET)
                    .events(UPGRADE)
                    .outcome();
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-11T10:00:00+01:00");
        }

        @Test
        void aChangeAfterTheAnswerDoesNotMoveIt() {
            var o = audit(CHANGE)
                    .tickets(HEADER + "A,2025-03-10 10:00,P2,,2025-03-10 11:00,\n")
                    .events(UPGRADE)
                    .outcome();
            assertThat(o.result("A", FIRST_RESPONSE).priority()).isEqualTo("high");
        }

        @Test
        void eventStatesThatNoRuleNamesAreCountedWithTheirFirstEvents() {
            // 'pendng' is a typo of the pause state: it lets the clock run, and the report says so
            var o = audit(PAUSING)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,,\n" + "B,2025-03-10 10:00,P1,,,\n")
                    .events("id,at,state\n"
                            + "B,2025-03-10 11:00,pending\n"
                            + "A,2025-03-10 11:00,pendng\n"
                            + "A,2025-03-10 12:00,Open\n"
                            + "B,2025-03-10 12:00,open\n"
                            + "B,2025-03-10 12:30,PENDNG\n")
                    .outcome();
            assertThat(o.summary().unusedStates())
                    .extracting(u -> u.state() + " " + u.events() + " " + u.examples())
                    .containsExactly(
                            "Open 2 [StateEvent[line=4, id=A], StateEvent[line=5, id=B]]",
                            "pendng 2 [StateEvent[line=3, id=A], StateEvent[line=6, id=B]]");
        }

        @Test
        void badEventsAreReportedNotApplied() {
            var o = audit(PAUSING)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,,\n")
                    .events(
                            "id,at,state,priority\nA,2025-03-09 10:00,pending,\nA,2025-03-10 11:00,,P9\nZ,2025-03-10 11:00,open,\n"
                                    + "A,yesterday,open,\n")
                    .outcome();
            assertThat(o.summary().eventProblems())
                    .extracting(r -> r.line() + ": " + r.reason())
                    .containsExactly(
                            "2: event at 2025-03-09T10:00:00+01:00 lies before the ticket was created (2025-03-10T10:00:00+01:00);"
                                    + " ignored",
                            "3: unknown priority 'P9' in a priority change; ignored",
                            "4: event for a ticket that is not in the export",
                            "5: at: 'yesterday' is not a timestamp this export uses (ISO-8601 like 2025-03-07T16:20:00+01:00 or"
                                    + " 2025-03-07 16:20, or 07.03.2025 16:20)");
        }
    }

    @Nested
    class BadRows {

        @Test
        void badRowsAreRejectedWithLineAndReasonAndTheRestIsAudited() {
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER
                            + "A,2025-03-10 10:00,P1,,2025-03-10 11:00,\n"
                            + "B,2025-03-10 10:00,P9,,,\n"
                            + "C,2025-03-10 10:00,P1,,2025-03-10 09:00,\n"
                            + "A,2025-03-10 12:00,P1,,,\n"
                            + "D,tomorrow,P1,,,\n"
                            + ",2025-03-10 10:00,P1,,,\n"
                            + "E,2025-03-10 10:00,P1\n")
                    .outcome();
            assertThat(o.rejected())
                    .extracting(r -> r.line() + ": " + r.reason())
                    .containsExactly(
                            "3: unknown priority 'P9'; the contract's priorities: Dringend (urgent, P1); Hoch (high, P2)",
                            "4: first_response (2025-03-10T09:00:00+01:00) is before created (2025-03-10T10:00:00+01:00)",
                            "5: duplicate id 'A' (first at line 2)",
                            "6: created: 'tomorrow' is not a timestamp this export uses (ISO-8601 like 2025-03-07T16:20:00+01:00 or"
                                    + " 2025-03-07 16:20, or 07.03.2025 16:20)",
                            "7: no id",
                            "8: the row has 3 fields, the header 6");
            AuditSummary.Counts c = o.summary().counts();
            assertThat(c.rowsRead()).isEqualTo(7);
            assertThat(c.audited()).isEqualTo(1);
            assertThat(c.rejected()).isEqualTo(6);
            assertThat(c.reconciles()).isTrue();
        }

        @Test
        void strictMakesTheFirstBadRowFatal() {
            assertThatThrownBy(() -> audit(FOUR_HOURS)
                            .tickets(HEADER + "A,2025-03-10 10:00,P9,,,\n")
                            .strict()
                            .run())
                    .isInstanceOf(InputException.class)
                    .hasMessageEndingWith(
                            "tickets.csv:2: unknown priority 'P9'; the contract's priorities: Dringend (urgent,"
                                    + " P1); Hoch (high, P2) (--strict: a bad row is fatal)");
        }

        @Test
        void aTicketInAYearWithoutTrustedHolidayDataIsRejected() {
            String withHolidays = OFFICE.replace(
                    "hours: { mon-fri: \"09:00-17:00\" } }",
                    "hours: { mon-fri: \"09:00-17:00\" }, holidays: [ { region: DE-NW } ] }");
            var o = new AuditFixture(dir)
                    .policy(withHolidays + PRIORITIES + FOUR_HOURS)
                    .tickets(HEADER + "A,2040-03-12 10:00,P1,,2040-03-12 11:00,\n")
                    .asOf("2040-04-01T00:00:00Z")
                    .outcome();
            assertThat(o.rejected())
                    .singleElement()
                    .satisfies(r -> assertThat(r.reason().toString())
                            .isEqualTo(
                                    "no public holiday data for 2040: calendar 'office' takes the holidays of DE-NW from Jollyday 2.19.0,"
                                            + " which slaudit trusts for 1990 to 2031"));
        }

        @Test
        void aTicketCreatedAfterAsOfIsOutOfTheAuditCountedAndListed() {
            // as of Monday 12:00: B (raised 13:00) did not exist yet; it is neither open nor due
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,2025-03-10 11:00,\n" + "B,2025-03-10 13:00,P1,,,\n")
                    .asOf("2025-03-10T12:00:00+01:00")
                    .outcome();
            assertThat(o.tickets()).containsOnlyKeys("A");
            AuditSummary.Counts c = o.summary().counts();
            assertThat(c.rowsRead()).isEqualTo(2);
            assertThat(c.audited()).isEqualTo(1);
            assertThat(c.outOfPeriod()).isEqualTo(1);
            assertThat(c.afterAsOf()).isEqualTo(1);
            assertThat(c.reconciles()).isTrue();
            assertThat(o.summary().afterAsOfSample()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(3);
                assertThat(r.id()).isEqualTo("B");
                assertThat(r.reason().toString())
                        .isEqualTo("created 2025-03-10T13:00:00+01:00, after --as-of 2025-03-10T12:00:00+01:00:"
                                + " not raised yet at the instant the audit judges");
            });
        }

        @Test
        void anAuditThatJudgesNothingSaysWhy() {
            var rejected = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,garbage,P1,,,\n" + "B,garbage,P1,,,\n")
                    .outcome();
            assertThat(rejected.summary().nothingJudged()).isTrue();
            assertThat(rejected.summary().notes())
                    .extracting(Object::toString)
                    .contains("nothing was judged, so there is no compliance figure: none of the 2 rows was audited"
                            + " (2 rejected)");
            var open = audit(FOUR_HOURS)
                    .tickets(HEADER + "A,2025-03-10 10:00,P1,,,\n")
                    .asOf("2025-03-10T11:00:00+01:00")
                    .outcome();
            assertThat(open.summary().nothingJudgedReason())
                    .isEqualTo("nothing was judged, so there is no compliance figure: the 1 audited ticket has only"
                            + " open, best-effort or excluded results");
        }

        @Test
        void anIdOrNameOfRunawayLengthRejectsItsRowByLine() {
            String longId = "X".repeat(70_000);
            var o = audit(FOUR_HOURS)
                    .tickets(HEADER
                            + "A,2025-03-10 10:00,P1,,2025-03-10 11:00,\n"
                            + longId + ",2025-03-10 10:00,P1,,,\n"
                            + "C,2025-03-10 10:00," + "P".repeat(1001) + ",,,\n")
                    .outcome();
            assertThat(o.tickets()).containsOnlyKeys("A");
            assertThat(o.rejected())
                    .extracting(r -> r.line() + ": " + r.reason())
                    .containsExactly(
                            "3: id holds 70000 characters; an id or a name has at most 1000",
                            "4: priority holds 1001 characters; an id or a name has at most 1000");
            // the rejected row keeps the start of its id, not all of it
            assertThat(o.rejected().get(0).id()).hasSize(201).startsWith("XXX").endsWith("\u2026");
        }

        @Test
        void theSummaryCountsReconcileWithThePeriod() {
            var o = audit(FOUR_HOURS)
                    .period("2025-03")
                    .tickets(HEADER
                            + "A,2025-02-28 10:00,P1,,,\n"
                            + "B,2025-03-03 10:00,P1,,2025-03-03 11:00,\n"
                            + "C,2025-04-01 10:00,P1,,,\n")
                    .outcome();
            AuditSummary.Counts c = o.summary().counts();
            assertThat(c.outOfPeriod()).isEqualTo(2);
            assertThat(c.audited()).isEqualTo(1);
            assertThat(c.rowsRead()).isEqualTo(3);
        }
    }

    @Nested
    class ReadingsAndVersions {

        @Test
        void everyOtherReadingIsEvaluatedAndTheChangedVerdictsListed() {
            String p = "business-day: same-time\n" + """
                    ambiguities:
                      business-day:
                        question: Same time or end of the next business day?
                        default: same-time
                        readings:
                          same-time: { meaning: same time, business-day: same-time }
                          end-of-day: { meaning: end of the day, business-day: end-of-day }
                    """ + FOUR_HOURS;
            // Tuesday 10:00, answered Wednesday 15:00: same-time due Wednesday 10:00 (breached),
            // end-of-day due Wednesday 17:00 (met)
            var o = audit(p).tickets(HEADER + "A,2025-03-11 10:00,P2,,2025-03-12 15:00,\n"
                            + "B,2025-03-11 10:00,P2,,2025-03-11 15:00,\n")
                    .outcome();
            assertThat(o.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.BREACHED);
            assertThat(o.summary().readings()).singleElement().satisfies(d -> {
                assertThat(d.reading()).isEqualTo("business-day=end-of-day");
                assertThat(d.changed()).isEqualTo(1);
                assertThat(d.changes())
                        .containsExactly(new AuditSummary.Change("A", FIRST_RESPONSE, "breached", "met"));
            });
            // and on the ticket itself, for the per-ticket outputs (read back from the spool)
            assertThat(o.tickets().get("A").otherReadings())
                    .containsExactly(new OtherReading(
                            "business-day=end-of-day", FIRST_RESPONSE, java.util.Optional.of(Status.MET)));
            assertThat(o.tickets().get("B").otherReadings()).isEmpty();
            var other = audit(p).reading("end-of-day")
                    .tickets(HEADER + "A,2025-03-11 10:00,P2,,2025-03-12 15:00,\n")
                    .outcome();
            assertThat(other.result("A", FIRST_RESPONSE).status()).isEqualTo(Status.MET);
        }

        @Test
        void eachTicketIsJudgedUnderTheVersionInForceWhenItWasCreated() {
            String v1 = OFFICE.replace("vendor:", "version: v1\neffective-to: 2025-03-09\nvendor:")
                    + PRIORITIES
                    + FOUR_HOURS;
            String v2 = OFFICE.replace("vendor:", "version: v2\neffective-from: 2025-03-10\nvendor:")
                    + PRIORITIES
                    + FOUR_HOURS.replace("within: 4 business hours", "within: 2 business hours");
            var o = new AuditFixture(dir)
                    .policy(v1)
                    .policy(v2)
                    .tickets(HEADER + "A,2025-03-07 10:00,P1,,,\n" + "B,2025-03-10 10:00,P1,,,\n")
                    .outcome();
            assertThat(o.tickets().get("A").policyVersion()).isEqualTo("v1");
            assertThat(o.due("A", FIRST_RESPONSE)).isEqualTo("2025-03-07T14:00:00+01:00");
            assertThat(o.tickets().get("B").policyVersion()).isEqualTo("v2");
            assertThat(o.due("B", FIRST_RESPONSE)).isEqualTo("2025-03-10T12:00:00+01:00");
        }

        @Test
        void aTicketFromBeforeTheContractIsExcluded() {
            String v = OFFICE.replace("vendor:", "effective-from: 2025-03-10\nvendor:") + PRIORITIES + FOUR_HOURS;
            var o = new AuditFixture(dir)
                    .policy(v)
                    .tickets(HEADER + "A,2025-03-07 10:00,P1,,,\n")
                    .outcome();
            assertThat(o.tickets().get("A").exclusion().map(Reason::toString))
                    .hasValue("no version of the contract was in force on 2025-03-07");
        }

        @Test
        void overlappingVersionsAreRefused() {
            assertThatThrownBy(() -> new AuditFixture(dir)
                            .policy(OFFICE + PRIORITIES + FOUR_HOURS)
                            .policy(OFFICE + PRIORITIES + FOUR_HOURS)
                            .tickets(HEADER)
                            .run())
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("both versions are in force on every date;");
        }
    }
}
