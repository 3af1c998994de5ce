package io.slaudit.audit;

import static io.slaudit.policy.Metric.FIRST_RESPONSE;
import static io.slaudit.policy.Metric.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.calendar.TimeText;
import io.slaudit.input.InputException;
import io.slaudit.policy.Metric;
import io.slaudit.policy.PriorityChangeRule;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence for one ticket: hand-checked timelines, and the verdict is the audit's own. */
class TraceTest {

    @TempDir
    Path dir;

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final String POLICY = """
            policy: trace
            vendor: Test GmbH
            version: "2025-01"
            calendars:
              office:
                zone: Europe/Berlin
                hours: { mon-fri: "09:00-17:00" }
                holidays: [ { region: DE-BY } ]
                exceptions: [ { date: 2025-12-23, hours: "09:00-12:00" } ]
            default-calendar: office
            priorities:
              urgent: { label: Dringend, aliases: [P1] }
              high: { label: Hoch, aliases: [P2] }
            targets:
              - { metric: first-response, priority: urgent, within: 4 business hours }
              - { metric: first-response, priority: high, within: 16 business hours }
              - { metric: resolution, priority: any, within: 2 days, clock: { start: next-opening } }
            pause-on: [pending]
            """;

    static final String HEADER = "id,created,priority,first_response,resolved\n";

    /** Easter 2025: Good Friday 18 April and Easter Monday 21 April are holidays in Bavaria. */
    static final String EASTER = HEADER + "A,2025-04-17 15:00,P2,2025-04-22 12:00,\n";

    static final String EASTER_EVENTS = """
            id,at,state,priority
            A,2025-04-22 09:15,,P1
            A,2025-04-22 10:00,pending,
            A,2025-04-22 10:30,open,
            """;

    AuditFixture audit(String policyTail) {
        return new AuditFixture(dir).policy(POLICY + policyTail).asOf("2025-04-30T00:00:00+02:00");
    }

    static String at(long epochSecond) {
        return TimeText.format(Instant.ofEpochSecond(epochSecond), BERLIN);
    }

    /** Steps as "why from .. to counted [detail]", to compare by eye. */
    static List<String> lines(MetricTrace t) {
        List<String> out = new ArrayList<>();
        for (TraceStep s : t.steps()) {
            out.add(s.why() + " " + at(s.from()).substring(0, 16) + " .. "
                    + at(s.to()).substring(0, 16) + " "
                    + s.countedSeconds()
                    + s.name().map(n -> " " + n).orElse("")
                    + s.source().map(n -> " [" + n + "]").orElse("")
                    + s.state().map(n -> " (" + n + ")").orElse("")
                    + s.hours().map(n -> " {" + n + "}").orElse(""));
        }
        return out;
    }

    static MetricTrace result(TraceReport r, String id, Metric metric) {
        return r.tickets().stream()
                .filter(t -> t.verdict().ticket().id().equals(id))
                .flatMap(t -> t.results().stream())
                .filter(m -> m.result().metric() == metric)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aTicketAcrossEasterAPauseAndARaiseToUrgentIsShownStepByStep() {
        // Hoch raised Thursday 17 April 15:00, raised to Dringend Tuesday 22 April 09:15 (retarget:
        // Dringend's 4 business hours from the original start), pending 10:00-10:30, answered 12:00.
        // Thu 15:00-17:00 = 2 h; Good Friday, the weekend and Easter Monday count nothing; Tue
        // 09:00-10:00 = 1 h (3 h in all), the pause holds 30 min, so the fourth hour ends at 11:30:
        // due 11:30. Counted: 7200 + 3600 + 3600 + 1800 = 16200 s, breached by 1800 s.
        TraceReport r = audit("").tickets(EASTER).events(EASTER_EVENTS).trace("A");
        MetricTrace t = result(r, "A", FIRST_RESPONSE);
        assertThat(lines(t))
                .containsExactly(
                        "open 2025-04-17T15:00 .. 2025-04-17T17:00 7200",
                        "closed 2025-04-17T17:00 .. 2025-04-18T00:00 0",
                        "holiday 2025-04-18T00:00 .. 2025-04-19T00:00 0 Good Friday [DE-BY]",
                        "closed 2025-04-19T00:00 .. 2025-04-21T00:00 0",
                        "holiday 2025-04-21T00:00 .. 2025-04-22T00:00 0 Easter Monday [DE-BY]",
                        "closed 2025-04-22T00:00 .. 2025-04-22T09:00 0",
                        "open 2025-04-22T09:00 .. 2025-04-22T10:00 3600",
                        "paused 2025-04-22T10:00 .. 2025-04-22T10:30 0 (pending)",
                        "open 2025-04-22T10:30 .. 2025-04-22T11:30 3600",
                        "open 2025-04-22T11:30 .. 2025-04-22T12:00 1800");
        assertThat(t.result().status()).isEqualTo(Status.BREACHED);
        assertThat(at(t.result().due().getAsLong())).isEqualTo("2025-04-22T11:30:00+02:00");
        assertThat(t.dueStep()).hasValue(8);
        assertThat(t.countedSeconds())
                .isEqualTo(16_200)
                .isEqualTo(t.result().elapsedSeconds().getAsLong());
        assertThat(t.result().lateBySeconds()).hasValue(1_800);
        TicketTrace ticket = r.tickets().get(0);
        assertThat(ticket.priorityRule()).isEqualTo(PriorityChangeRule.RETARGET);
        assertThat(ticket.priorityChanges()).singleElement().satisfies(c -> {
            assertThat(at(c.at())).isEqualTo("2025-04-22T09:15:00+02:00");
            assertThat(c.from()).isEqualTo("high");
            assertThat(c.to()).isEqualTo("urgent");
        });
        assertThat(ticket.verdict().policyVersion()).isEqualTo("2025-01");
        assertThat(ticket.calendar()).isEqualTo("office");
    }

    @Test
    void underRestartTheTimeBeforeTheChangeCountsNothing() {
        // restart: Dringend's 4 h from the change, Tue 09:15. 09:15-10:00 = 45 min, pending
        // 10:00-10:30, 10:30-12:00 = 1 h 30 min: 2700 + 5400 = 8100 s by the answer; the 4 h would
        // run out at 10:30 + 3 h 15 min = 13:45, after the answer, so no step reaches the due time.
        TraceReport r = audit("priority-change: restart\n")
                .tickets(EASTER)
                .events(EASTER_EVENTS)
                .trace("A");
        MetricTrace t = result(r, "A", FIRST_RESPONSE);
        assertThat(lines(t))
                .containsExactly(
                        "before-restart 2025-04-17T15:00 .. 2025-04-22T09:15 0",
                        "open 2025-04-22T09:15 .. 2025-04-22T10:00 2700",
                        "paused 2025-04-22T10:00 .. 2025-04-22T10:30 0 (pending)",
                        "open 2025-04-22T10:30 .. 2025-04-22T12:00 5400");
        assertThat(t.result().status()).isEqualTo(Status.MET);
        assertThat(at(t.result().due().getAsLong())).isEqualTo("2025-04-22T13:45:00+02:00");
        assertThat(t.dueStep()).isEmpty();
        assertThat(t.countedSeconds())
                .isEqualTo(8_100)
                .isEqualTo(t.result().elapsedSeconds().getAsLong());
        assertThat(at(t.clockStart())).isEqualTo("2025-04-22T09:15:00+02:00");
    }

    @Test
    void underKeepThePriorityChangeIsShownButTheOriginalTargetStays() {
        // keep: Hoch's 16 business hours from Thu 15:00: 2 h Thu, then Tue 09:00-17:00 less the
        // 30 min pause = 7 h 30 min (9 h 30 min), Wed 09:00-15:30 = 6 h 30 min: due Wed 15:30. By the
        // answer Tue 12:00: 2 h + 1 h + 1 h 30 min = 16200 s.
        TraceReport r = audit("priority-change: keep\n")
                .tickets(EASTER)
                .events(EASTER_EVENTS)
                .trace("A");
        MetricTrace t = result(r, "A", FIRST_RESPONSE);
        assertThat(t.result().priority()).isEqualTo("high");
        assertThat(at(t.result().due().getAsLong())).isEqualTo("2025-04-23T15:30:00+02:00");
        assertThat(t.countedSeconds()).isEqualTo(16_200);
        assertThat(r.tickets().get(0).priorityChanges()).hasSize(1);
    }

    @Test
    void aClockTimeTargetStartingAtTheNextOpeningRunsThroughTheNightButNotThroughAPause() {
        // Raised Saturday 12 April 10:00: the 2 days start Monday 09:00. Pending Monday 12:00-13:00,
        // solved Tuesday 09:00: 3 h + 20 h = 82800 s of clock time; due Wednesday 10:00 (48 h + the
        // hour of the pause).
        TraceReport r = audit("")
                .tickets(HEADER + "B,2025-04-12 10:00,P2,,2025-04-15 09:00\n")
                .events("id,at,state\nB,2025-04-14 12:00,pending\nB,2025-04-14 13:00,open\n")
                .trace("B");
        MetricTrace t = result(r, "B", RESOLUTION);
        assertThat(lines(t))
                .containsExactly(
                        "closed 2025-04-12T10:00 .. 2025-04-14T09:00 0",
                        "open 2025-04-14T09:00 .. 2025-04-14T12:00 10800",
                        "paused 2025-04-14T12:00 .. 2025-04-14T13:00 0 (pending)",
                        "open 2025-04-14T13:00 .. 2025-04-15T09:00 72000");
        assertThat(t.countedSeconds())
                .isEqualTo(82_800)
                .isEqualTo(t.result().elapsedSeconds().getAsLong());
        assertThat(at(t.result().due().getAsLong())).isEqualTo("2025-04-16T10:00:00+02:00");
        assertThat(t.result().status()).isEqualTo(Status.MET);
    }

    @Test
    void aHalfDayIsAnExceptionWithItsHours() {
        // Mon 22 Dec 2025 16:00 Dringend: 1 h Monday, 23 Dec is a half day 09:00-12:00 (3 h): due
        // 12:00 on the 23rd, answered then: 1 h + 3 h = 14400 s, met exactly at the due instant.
        TraceReport r = audit("")
                .asOf("2025-12-31T00:00:00+01:00")
                .tickets(HEADER + "C,2025-12-22 16:00,P1,2025-12-23 12:00,\n")
                .trace("C");
        MetricTrace t = result(r, "C", FIRST_RESPONSE);
        assertThat(lines(t))
                .containsExactly(
                        "open 2025-12-22T16:00 .. 2025-12-22T17:00 3600",
                        "closed 2025-12-22T17:00 .. 2025-12-23T00:00 0",
                        "exception 2025-12-23T00:00 .. 2025-12-23T09:00 0 {09:00-12:00}",
                        "exception 2025-12-23T09:00 .. 2025-12-23T12:00 10800 {09:00-12:00}");
        assertThat(t.result().status()).isEqualTo(Status.MET);
        assertThat(t.dueStep()).hasValue(3);
    }

    @Test
    void theVerdictIsTheAuditsOwn() {
        AuditFixture f = audit("").tickets(EASTER).events(EASTER_EVENTS);
        TicketVerdict audited = f.outcome().tickets().get("A");
        TicketVerdict traced = f.trace("A").tickets().get(0).verdict();
        assertThat(traced).isEqualTo(audited);
    }

    @Test
    void anIdThatIsNotInTheExportIsAnErrorNamingIt() {
        AuditFixture f = audit("").tickets(EASTER);
        assertThatThrownBy(() -> f.trace("A", "Z-404", "Q"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(Object::toString)
                        .containsExactly(
                                dir.resolve("tickets.csv") + ": no ticket 'Z-404' in the export",
                                dir.resolve("tickets.csv") + ": no ticket 'Q' in the export"));
    }

    @Test
    void aRejectedRowIsAnErrorWithItsLineAndReason() {
        AuditFixture f = audit("").tickets(HEADER + "A,2025-04-17 15:00,P9,,\n");
        assertThatThrownBy(() -> f.trace("A"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("tickets.csv:2")
                .hasMessageContaining("ticket 'A' was not audited: ")
                .hasMessageContaining("P9");
    }
}
