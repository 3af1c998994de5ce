package io.slaudit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.billing.Scenario;
import io.slaudit.billing.ScenarioQuote;
import io.slaudit.billing.Scenarios;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.policy.Severity;
import io.slaudit.policy.TargetTime;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario file as compare reads it and hands it to the billing engine: the sample month, the
 * forms a call may take, and seeded random months on the support-level contract against a plain
 * reference of its price list.
 */
class CostScenarioTest {

    static final Policy LEVELS = PolicyReader.read(Path.of("contracts/saas-support-levels.yaml"));

    @TempDir
    Path dir;

    @Test
    void theSampleMonthIsIssue12sExample() {
        CostScenario s = CostScenario.read(Path.of("samples/scenarios/typical-month.yaml"));
        assertThat(s.phoneMinutesPerMonth()).isEqualTo(120);
        assertThat(s.hotlineCalls())
                .containsExactly(new CostScenario.HotlineCall(
                        DayOfWeek.SATURDAY, LocalTime.of(23, 0), Duration.ofMinutes(12), 2));
        assertThat(s.required())
                .contains(new CostScenario.Requirement(TargetTime.parse("8 business hours"), Optional.empty()));
        // 'times: 2' is two calls for the billing engine, each priced on its own
        Scenario month = s.forPolicy(SeverityClasses.of(LEVELS, Optional.empty()));
        assertThat(month.hotlineCalls()).hasSize(2);
        assertThat(month.requirement().orElseThrow().priority()).isEmpty();
    }

    @Test
    void aCallMayNameItsDayShortAndLastMinutesAndSeconds() throws IOException {
        Path f = write("hotline-calls:\n  - { day: Sun, at: \"06:15:30\", minutes: 12.5 }\n");
        CostScenario s = CostScenario.read(f);
        assertThat(s.hotlineCalls())
                .containsExactly(new CostScenario.HotlineCall(
                        DayOfWeek.SUNDAY, LocalTime.of(6, 15, 30), Duration.ofSeconds(12 * 60 + 30), 1));
        assertThat(s.phoneMinutesPerMonth()).isZero();
        assertThat(s.required()).isEmpty();
    }

    @Test
    void aRequiredSeverityBecomesEachContractsOwnClass() throws IOException {
        Path f = write("required:\n  first-response: 4 business hours\n  severity: critical\n");
        CostScenario s = CostScenario.read(f);
        // the support levels' one class catches every request, so it is the class of every severity
        SeverityClasses classes = SeverityClasses.of(LEVELS, Optional.empty());
        assertThat(s.requiredClass(classes)).isEqualTo(classes.classFor(Severity.CRITICAL));
        assertThat(s.forPolicy(classes).requirement().orElseThrow().priority())
                .isEqualTo(classes.classFor(Severity.CRITICAL));
    }

    /**
     * Random months on the support levels, priced through the scenario file and the billing engine,
     * against the price list worked by hand: Saturday and Sunday calls are all 'Wochenende', 36.00
     * for the first 5 minutes and 5 x 6.00 for each further started 5 minutes, and none falls in
     * the regular phone hours (Mon-Fri); a tier's month is its fee plus 0.50 a minute beyond its
     * free minutes plus the calls. Level 1 guarantees nothing, level 2 24 business hours, level 3
     * 4 business hours.
     */
    @Test
    void randomMonthsCostWhatThePriceListSays() throws IOException {
        Random random = new Random(20261202L);
        String[] fees = {"0.00", "39.00", "89.00"};
        int[] free = {15, 30, 90};
        int[] guaranteedHours = {-1, 24, 4};
        for (int run = 0; run < 200; run++) {
            int minutes = random.nextInt(3000);
            StringBuilder yaml = new StringBuilder("phone-minutes-per-month: " + minutes + "\n");
            BigDecimal hotline = BigDecimal.ZERO.setScale(2);
            int calls = random.nextInt(5);
            if (calls > 0) {
                yaml.append("hotline-calls:\n");
            }
            for (int i = 0; i < calls; i++) {
                // a multiple of 3 seconds: a whole number of seconds written as decimal minutes (0.05 min)
                int seconds = 3 * (1 + random.nextInt(40 * 60));
                int start = random.nextInt(24 * 3600 - seconds);
                int times = 1 + random.nextInt(3);
                String day = random.nextBoolean() ? "saturday" : "sunday";
                yaml.append(String.format(
                        Locale.ROOT,
                        "  - { day: %s, at: \"%s\", minutes: %s, times: %d }%n",
                        day,
                        LocalTime.ofSecondOfDay(start),
                        BigDecimal.valueOf(seconds)
                                .divide(BigDecimal.valueOf(60), 10, RoundingMode.UNNECESSARY)
                                .stripTrailingZeros()
                                .toPlainString(),
                        times));
                int blocks = Math.max(0, (seconds - 300 + 299) / 300);
                BigDecimal call =
                        new BigDecimal("36.00").add(new BigDecimal("30.00").multiply(BigDecimal.valueOf(blocks)));
                hotline = hotline.add(call.multiply(BigDecimal.valueOf(times)));
            }
            int required = 1 + random.nextInt(30);
            yaml.append("required:\n  first-response: ").append(required).append(" business hours\n");
            CostScenario s = CostScenario.read(write(yaml.toString()));
            ScenarioQuote q = Scenarios.quote(LEVELS, s.forPolicy(SeverityClasses.of(LEVELS, Optional.empty())));

            List<BigDecimal> expected = new ArrayList<>();
            Optional<String> cheapestMeeting = Optional.empty();
            for (int t = 0; t < 3; t++) {
                BigDecimal phone = new BigDecimal("0.50").multiply(BigDecimal.valueOf(Math.max(0, minutes - free[t])));
                expected.add(new BigDecimal(fees[t]).add(phone).add(hotline).setScale(2));
                boolean meets = guaranteedHours[t] > 0 && guaranteedHours[t] <= required;
                // the levels cost more the higher they are, so the lowest that meets is the cheapest
                if (meets && cheapestMeeting.isEmpty()) {
                    cheapestMeeting = Optional.of("level-" + (t + 1));
                }
            }
            assertThat(q.tiers())
                    .as("%s", yaml)
                    .extracting(ScenarioQuote.TierQuote::total)
                    .containsExactlyElementsOf(expected);
            assertThat(q.cheapestMeeting()).as("%s", yaml).isEqualTo(cheapestMeeting);
            assertThat(q.cheapest()).contains("level-1");
        }
    }

    private Path write(String yaml) throws IOException {
        Path f = Files.createTempFile(dir, "month", ".yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
