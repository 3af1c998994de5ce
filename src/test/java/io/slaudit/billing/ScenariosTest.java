package io.slaudit.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.policy.TargetTime;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's example on the support-level contract: "120 phone minutes a month, two 12-minute
 * hotline calls on a Saturday night, a required first response of 8 business hours".
 */
class ScenariosTest {

    private static final Scenario.ScenarioCall SATURDAY_NIGHT =
            new Scenario.ScenarioCall(DayOfWeek.SATURDAY, LocalTime.of(23, 0), Duration.ofMinutes(12));

    private static final Scenario EXAMPLE = new Scenario(
            120,
            List.of(SATURDAY_NIGHT, SATURDAY_NIGHT),
            Optional.of(new Scenario.ResponseRequirement(TargetTime.parse("8 business hours"), Optional.empty())));

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    @Test
    void eachTiersMonthlyTotalAndTheCheapestTierThatMeetsTheRequirement() {
        ScenarioQuote q = Scenarios.quote(SaasContract.POLICY, EXAMPLE);
        // each hotline call: Wochenende, 36.00 + 2 started 5-minute blocks x 5 x 6.00 = 96.00; two = 192.00
        // level 1: no fee, (120 - 15) x 0.50 = 52.50, + 192.00 = 244.50; best effort, no guarantee
        // level 2: 39.00 + (120 - 30) x 0.50 = 45.00, + 192.00 = 276.00; 24 business hours > 8
        // level 3: 89.00 + (120 - 90) x 0.50 = 15.00, + 192.00 = 296.00; 4 business hours <= 8
        assertThat(q.tiers())
                .extracting(ScenarioQuote.TierQuote::total)
                .containsExactly(money("244.50"), money("276.00"), money("296.00"));
        assertThat(q.tier("level-1").orElseThrow().hotlineCharges()).containsExactly(money("96.00"), money("96.00"));
        assertThat(q.tiers())
                .extracting(ScenarioQuote.TierQuote::meets)
                .containsExactly(ScenarioQuote.Meets.NO, ScenarioQuote.Meets.NO, ScenarioQuote.Meets.YES);
        assertThat(q.tier("level-2").orElseThrow().because())
                .isEqualTo("24 business hours is longer than 8 business hours");
        assertThat(q.cheapest()).contains("level-1");
        assertThat(q.cheapestMeeting()).contains("level-3");
    }

    @Test
    void everyReadingOfThePriceListIsQuotedToo() {
        ScenarioQuote q = Scenarios.quote(SaasContract.POLICY, EXAMPLE);
        assertThat(q.otherReadings()).hasSize(5);
        ScenarioQuote charged = q.otherReadings().stream()
                .filter(o -> o.reading().contains("level-3-fee=charged"))
                .findFirst()
                .orElseThrow();
        // level 3 with level 2's fee on top: 39.00 + 89.00 + 15.00 + 192.00 = 335.00
        assertThat(charged.tier("level-3").orElseThrow().total()).isEqualTo(money("335.00"));
        assertThat(charged.cheapestMeeting()).contains("level-3");
    }

    @Test
    void clockHoursAndBusinessHoursAreNotCompared() {
        ScenarioQuote q = Scenarios.quote(
                SaasContract.POLICY, EXAMPLE, SaasContract.POLICY.reading("guarantee-window=clock-hours", false));
        assertThat(q.tier("level-3").orElseThrow()).satisfies(t -> {
            assertThat(t.meets()).isEqualTo(ScenarioQuote.Meets.NOT_COMPARABLE);
            assertThat(t.because())
                    .isEqualTo("4 hours, only for requests raised in its hours and 8 business hours are not the same"
                            + " kind of time");
        });
        assertThat(q.cheapestMeeting()).isEmpty();
    }

    @Test
    void aHotlineCallInRegularHoursIsRegularMinutesAndTheEnterprisePackageCostsNoFee() {
        Scenario s = new Scenario(
                0,
                List.of(new Scenario.ScenarioCall(DayOfWeek.TUESDAY, LocalTime.of(10, 0), Duration.ofMinutes(40))),
                Optional.empty(),
                Optional.of("Enterprise-Paket"));
        ScenarioQuote q = Scenarios.quote(SaasContract.POLICY, s);
        // Tuesday 10:00 is regular phone support: 40 regular minutes; level 2 within the package: no fee,
        // (40 - 30) x 0.50 = 5.00
        assertThat(q.tier("level-2").orElseThrow()).satisfies(t -> {
            assertThat(t.fees()).isEqualTo(money("0.00"));
            assertThat(t.regularMinutes()).isEqualTo(40);
            assertThat(t.total()).isEqualTo(money("5.00"));
            assertThat(t.meets()).isEqualTo(ScenarioQuote.Meets.NOT_ASKED);
        });
        assertThat(q.cheapestMeeting()).isEqualTo(q.cheapest());
    }
}
