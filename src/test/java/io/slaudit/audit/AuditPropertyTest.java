package io.slaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.TimeText;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random tickets: every verdict the audit reaches is derived again here, straight from the
 * calendar engine (business hours) and from a plain walk over dates with java.time (business days,
 * same-time reading), and must agree to the second.
 */
class AuditPropertyTest {

    @TempDir
    Path dir;

    static final String POLICY = """
            policy: property
            vendor: Test GmbH
            calendars:
              office:
                zone: Europe/Berlin
                hours: { mon-thu: "09:00-17:00", fri: ["09:00-12:30", "13:30-16:00"] }
                holidays: [ { region: DE-BY } ]
            default-calendar: office
            business-day: same-time
            priorities:
              urgent: { label: Dringend }
              high: { label: Hoch }
            targets:
              - { metric: first-response, priority: urgent, within: 4 business hours }
              - { metric: first-response, priority: high, within: 2 business days }
            """;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyVerdictAgreesWithOneDerivedFromTheEngine(long seed) throws Exception {
        Path policyFile = dir.resolve("p.yaml");
        Files.writeString(policyFile, POLICY);
        Policy policy = PolicyReader.read(policyFile);
        BusinessClock clock = BusinessClock.of(policy.calendars().get("office"), PublicHolidays.library());
        ZoneId zone = clock.zone();
        Random random = new Random(seed);
        long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long span = 90L * 86_400;
        long asOf = from + span + 10L * 86_400;
        StringBuilder csv = new StringBuilder("id,created,priority,first_response\n");
        int n = 300;
        long[] created = new long[n];
        long[] answered = new long[n];
        boolean[] urgent = new boolean[n];
        for (int i = 0; i < n; i++) {
            created[i] = from + (long) (random.nextDouble() * span);
            urgent[i] = random.nextBoolean();
            answered[i] = random.nextInt(8) == 0 ? -1 : created[i] + (long) (random.nextDouble() * 5 * 86_400);
            csv.append('T')
                    .append(i)
                    .append(',')
                    .append(TimeText.format(Instant.ofEpochSecond(created[i]), zone))
                    .append(',')
                    .append(urgent[i] ? "Dringend" : "Hoch")
                    .append(',')
                    .append(answered[i] < 0 ? "" : TimeText.format(Instant.ofEpochSecond(answered[i]), zone))
                    .append('\n');
        }
        var o = new AuditFixture(dir)
                .policy(POLICY)
                .tickets(csv.toString())
                .asOf(TimeText.format(Instant.ofEpochSecond(asOf), zone))
                .outcome();
        for (int i = 0; i < n; i++) {
            String where = "seed " + seed + ", ticket T" + i + " created " + Instant.ofEpochSecond(created[i]);
            long due = urgent[i]
                    ? clock.deadlineSecond(created[i], 4 * 3600)
                    : sameTimeTwoBusinessDaysLater(clock, created[i]);
            MetricResult r = o.result("T" + i, Metric.FIRST_RESPONSE);
            assertThat(r.due()).as("due, " + where).hasValue(due);
            long end = answered[i] < 0 ? asOf : answered[i];
            assertThat(r.elapsedSeconds()).as("elapsed, " + where).hasValue(clock.elapsedSeconds(created[i], end));
            Status expected = answered[i] < 0
                    ? (asOf > due ? Status.OPEN_BREACHED : Status.OPEN)
                    : (answered[i] <= due ? Status.MET : Status.BREACHED);
            assertThat(r.status()).as("status, " + where).isEqualTo(expected);
        }
        assertThat(o.summary().counts().reconciles()).isTrue();
    }

    /**
     * The same-time reading done by hand with java.time: from the next opening, walk dates to the
     * second one with open time, take the same wall-clock time there, and move it to where the
     * clock stands at that time (an opening if it is before hours, the last close if after).
     */
    static long sameTimeTwoBusinessDaysLater(BusinessClock clock, long created) {
        ZoneId zone = clock.zone();
        Instant start = clock.nextOpening(Instant.ofEpochSecond(created));
        LocalDateTime local = LocalDateTime.ofInstant(start, zone);
        LocalDate day = local.toLocalDate();
        for (int found = 0; found < 2; ) {
            day = day.plusDays(1);
            if (clock.openSecondsOn(day) > 0) {
                found++;
            }
        }
        LocalTime time = local.toLocalTime();
        Instant same = day.atTime(time).atZone(zone).toInstant();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Duration before = clock.elapsed(dayStart, same);
        if (before.isZero()) {
            return clock.nextOpening(dayStart).getEpochSecond();
        }
        return clock.deadline(dayStart, before).getEpochSecond();
    }
}
