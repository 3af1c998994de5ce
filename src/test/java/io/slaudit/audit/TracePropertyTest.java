package io.slaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.TimeText;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random tickets with pauses and priority changes, under each priority-change rule: the
 * steps of every traced result run from the request to the instant judged without gap or overlap,
 * count all of an open step and nothing of another, add up to the audit's own elapsed time, and the
 * traced verdicts are the audit's verdicts.
 */
class TracePropertyTest {

    @TempDir
    Path dir;

    static final String POLICY = """
            policy: property
            vendor: Test GmbH
            calendars:
              office:
                zone: Europe/Berlin
                hours: { mon-thu: "09:00-17:00", fri: ["09:00-12:30", "13:30-16:00"] }
                holidays: [ { region: DE-BY }, { from: 2025-12-27, to: 2025-12-31, name: Betriebsferien } ]
                exceptions: [ { date: 2025-12-23, hours: "09:00-12:00" } ]
              hotline: { zone: America/New_York, hours: { mon-sun: "00:00-24:00" } }
            default-calendar: office
            business-day: %s
            priority-change: %s
            priorities:
              urgent: { label: Dringend }
              high: { label: Hoch }
              low: { label: Niedrig }
            targets:
              - { metric: first-response, priority: urgent, within: 4 business hours }
              - { metric: first-response, priority: high, within: 1.5 business days }
              - { metric: first-response, priority: low, within: 3 hours, clock: { start: next-opening } }
              - { metric: resolution, priority: urgent, within: 10 business hours, calendar: hotline }
              - { metric: resolution, priority: high, guarantee: best-effort }
              - { metric: resolution, priority: low, within: 5 days }
            pause-on: [pending, waiting]
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(11L, "retarget", "same-time"),
                Arguments.of(12L, "restart", "end-of-day"),
                Arguments.of(13L, "keep", "hours:8"),
                Arguments.of(14L, "retarget", "end-of-day"),
                Arguments.of(15L, "restart", "same-time"));
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2}")
    @MethodSource("cases")
    void stepsOfRandomTicketsAreContiguousAndAddUpToTheAuditsElapsedTime(long seed, String rule, String days)
            throws Exception {
        Path policyFile = dir.resolve("p.yaml");
        Files.writeString(policyFile, POLICY.formatted(days, rule));
        Policy policy = PolicyReader.read(policyFile);
        Map<String, BusinessClock> clocks = new HashMap<>();
        policy.calendars().forEach((name, c) -> clocks.put(name, BusinessClock.of(c, PublicHolidays.library())));
        ZoneId zone = clocks.get("office").zone();
        Random random = new Random(seed);
        String[] priorities = {"Dringend", "Hoch", "Niedrig"};
        String[] states = {"pending", "waiting", "open", "in progress"};
        long from = Instant.parse("2025-11-20T00:00:00Z").getEpochSecond();
        long span = 45L * 86_400;
        long asOf = from + span + 5L * 86_400;
        StringBuilder csv = new StringBuilder("id,created,priority,first_response,resolved\n");
        StringBuilder events = new StringBuilder("id,at,state,priority\n");
        int n = 60;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "T" + i;
            ids.add(id);
            long created = from + (long) (random.nextDouble() * span);
            long answered = random.nextInt(6) == 0 ? -1 : created + (long) (random.nextDouble() * 6 * 86_400);
            long resolved =
                    answered < 0 || random.nextInt(4) == 0 ? -1 : answered + (long) (random.nextDouble() * 8 * 86_400);
            csv.append(id)
                    .append(',')
                    .append(text(created, zone))
                    .append(',')
                    .append(priorities[random.nextInt(3)])
                    .append(',')
                    .append(answered < 0 ? "" : text(answered, zone))
                    .append(',')
                    .append(resolved < 0 ? "" : text(resolved, zone))
                    .append('\n');
            long t = created;
            for (int e = random.nextInt(6); e > 0; e--) {
                t += (long) (random.nextDouble() * 2 * 86_400);
                boolean priority = random.nextInt(4) == 0;
                events.append(id)
                        .append(',')
                        .append(text(t, zone))
                        .append(',')
                        .append(priority ? "" : states[random.nextInt(states.length)])
                        .append(',')
                        .append(priority ? priorities[random.nextInt(3)] : "")
                        .append('\n');
            }
        }
        AuditFixture f = new AuditFixture(dir)
                .policy(POLICY.formatted(days, rule))
                .tickets(csv.toString())
                .events(events.toString())
                .asOf(text(asOf, zone));
        AuditFixture.Outcome audited = f.outcome();
        TraceReport traced = f.trace(ids.toArray(String[]::new));
        assertThat(traced.tickets()).hasSize(n);
        int results = 0;
        for (TicketTrace t : traced.tickets()) {
            String id = t.verdict().ticket().id();
            assertThat(t.verdict()).as(id).isEqualTo(audited.tickets().get(id));
            long created = t.verdict().ticket().created();
            for (MetricTrace m : t.results()) {
                String where = "seed " + seed + ", " + id + " " + m.result().metric();
                long end = m.result().at().orElse(asOf);
                long cursor = created;
                long counted = 0;
                for (TraceStep s : m.steps()) {
                    assertThat(s.from()).as("contiguous, " + where).isEqualTo(cursor);
                    boolean runs = s.why() == TraceStep.Why.OPEN
                            || (s.why() == TraceStep.Why.EXCEPTION && s.countedSeconds() > 0);
                    assertThat(s.countedSeconds())
                            .as("all or nothing, %s at %s", where, text(s.from(), zone))
                            .isEqualTo(runs ? s.to() - s.from() : 0);
                    boolean calendarStep = s.why() != TraceStep.Why.PAUSED && s.why() != TraceStep.Why.BEFORE_RESTART;
                    if (m.result().businessTime() && calendarStep) {
                        // the calendar's own verdict on the step's first and last second
                        BusinessClock clock = clocks.get(m.result().calendar().orElseThrow());
                        String at = where + " at " + text(s.from(), zone);
                        if (runs) {
                            assertThat(clock.isOpenAt(s.from()) && clock.isOpenAt(s.to() - 1))
                                    .as("open throughout, " + at)
                                    .isTrue();
                        } else {
                            assertThat(clock.isOpenAt(s.from()) || clock.isOpenAt(s.to() - 1))
                                    .as("closed throughout, " + at)
                                    .isFalse();
                        }
                    }
                    if (s.why() == TraceStep.Why.PAUSED) {
                        assertThat(s.state()).as(where).isPresent();
                    }
                    counted += s.countedSeconds();
                    cursor = s.to();
                }
                if (!m.steps().isEmpty()) {
                    assertThat(cursor)
                            .as("reaches the instant judged, " + where)
                            .isEqualTo(end);
                }
                assertThat(counted)
                        .as("counted, " + where)
                        .isEqualTo(m.result().elapsedSeconds().getAsLong());
                if (m.dueStep().isPresent()) {
                    assertThat(m.steps().get(m.dueStep().getAsInt()).to())
                            .as(where)
                            .isEqualTo(m.result().due().getAsLong());
                }
                results++;
            }
        }
        assertThat(results).isGreaterThan(n);
    }

    static String text(long epochSecond, ZoneId zone) {
        return TimeText.format(Instant.ofEpochSecond(epochSecond), zone);
    }
}
