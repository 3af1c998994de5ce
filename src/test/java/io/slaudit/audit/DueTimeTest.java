package io.slaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.TimeText;
import io.slaudit.calendar.ZoneTime;
import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.DueTime;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.policy.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DueTime is the audit's own timing: for seeded random tickets without pauses, the due time and the
 * guarantee it gives are those of the verdicts an audit writes, on the shipped contracts (business
 * hours, business days under each reading, clock hours only for requests raised in hours).
 */
class DueTimeTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "contracts/smashdocs-support.yaml",
                // dispositionsportal leaves its hours to the website: an audit refuses it unsupplied
                "contracts/saas-support-levels.yaml",
                "contracts/item-support-policy.yaml"
            })
    void givesTheDueTimeAndTheGuaranteeOfTheAuditsVerdicts(String file) throws IOException {
        Policy policy = PolicyReader.read(Path.of(file));
        Random random = new Random(file.hashCode());
        long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        StringBuilder csv = new StringBuilder("id,created,priority,tier,first_response,resolved\n");
        String[] priorities = policy.priorities().keySet().toArray(String[]::new);
        String[] tiers = policy.commercial().tiers().keySet().toArray(String[]::new);
        int n = 400;
        long[] created = new long[n];
        for (int i = 0; i < n; i++) {
            // minutes, and now and then an odd second, over the whole year
            created[i] = from + random.nextInt(365 * 24 * 60) * 60L + (i % 7 == 0 ? random.nextInt(60) : 0);
            csv.append("T")
                    .append(i)
                    .append(',')
                    .append(TimeText.format(Instant.ofEpochSecond(created[i]), java.time.ZoneOffset.UTC))
                    .append(',')
                    .append(priorities[random.nextInt(priorities.length)])
                    .append(',')
                    .append(tiers.length == 0 ? "" : tiers[random.nextInt(tiers.length)])
                    .append(",,\n");
        }
        String reading = policy.ambiguities().isEmpty()
                ? null
                : policy.otherReadings(policy.defaultReading()).get(0).toString();
        java.util.Map<String, BusinessClock> clocks = new java.util.HashMap<>();
        for (String r : new String[] {null, reading}) {
            AuditFixture audit = new AuditFixture(dir).policy(Files.readString(Path.of(file)));
            audit.tickets(csv.toString()).asOf("2026-06-01T00:00:00Z");
            if (r != null) {
                audit.reading(r);
            }
            var o = audit.outcome();
            var choice = r == null ? policy.defaultReading() : policy.reading(r, false);
            BusinessDayRule rule = policy.businessDayUnder(choice);
            int checked = 0;
            for (TicketVerdict v : o.tickets().values()) {
                long at = v.ticket().created();
                for (MetricResult m : v.results()) {
                    Target target = policy.targetsUnder(choice).stream()
                            .filter(t ->
                                    t.metric() == m.metric() && t.priorities().matches(v.priority()))
                            .filter(t -> t.tiers().isEmpty()
                                    || t.tiers().equals(v.tier().stream().toList()))
                            .max(java.util.Comparator.comparingInt(Target::specificity))
                            .orElseThrow();
                    if (target.within().isEmpty()) {
                        continue;
                    }
                    String calendar = target.calendar().orElse(policy.defaultCalendar());
                    BusinessClock clock = clocks.computeIfAbsent(
                            calendar, c -> BusinessClock.of(policy.calendars().get(c), PublicHolidays.library()));
                    long due = DueTime.withoutPauses(clock, new ZoneTime(clock.zone()), target, at, rule);
                    assertThat(m.due())
                            .as("%s %s %s", v.ticket().id(), m.metric(), r)
                            .hasValue(due);
                    assertThat(m.status() == Status.BEST_EFFORT)
                            .as("%s best effort", v.ticket().id())
                            .isEqualTo(!DueTime.guaranteedFor(target, clock, at));
                    checked++;
                }
            }
            assertThat(checked).isPositive();
        }
    }
}
