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
        // the five questions of the price list, each with its one other reading, whether it changes
        // this month or not; then the guarantee read as clock hours, which changes a verdict
        assertThat(q.otherReadings())
                .map(o -> o.changed().orElseThrow().name())
                .containsExactly(
                        "unused-minutes=carry-over",
                        "activation-credit=last",
                        "level-3-fee=charged",
                        "band-crossing=per-block",
                        "hotline-holidays=weekday",
                        "guarantee-window=clock-hours",
                        "guarantee-window=next-working-day");
        ScenarioQuote charged = q.otherReadings().get(2);
        // level 3 with level 2's fee on top: 39.00 + 89.00 + 15.00 + 192.00 = 335.00
        assertThat(charged.tier("level-3").orElseThrow().total()).isEqualTo(money("335.00"));
        assertThat(charged.cheapestMeeting()).contains("level-3");
        // a month without holidays, crossings or unused minutes, the activation credit left out:
        // the other four questions of the price list change nothing
        for (ScenarioQuote o : List.of(
                q.otherReadings().get(0),
                q.otherReadings().get(1),
                q.otherReadings().get(3),
                q.otherReadings().get(4))) {
            assertThat(o.tiers())
                    .as(o.reading())
                    .extracting(ScenarioQuote.TierQuote::total)
                    .containsExactly(money("244.50"), money("276.00"), money("296.00"));
        }
        assertThat(q.otherReadings().get(5).cheapestMeeting()).isEmpty();
        assertThat(q.changed()).isEmpty();
    }

    @Test
    void aReadingThatChangesNoVerdictAndNoPriceIsLeftOut() {
        // without a requirement the guarantee's reading changes nothing a quote says
        Scenario noRequirement = new Scenario(120, List.of(SATURDAY_NIGHT), Optional.empty());
        ScenarioQuote q = Scenarios.quote(SaasContract.POLICY, noRequirement);
        assertThat(q.otherReadings())
                .map(o -> o.changed().orElseThrow().ambiguity())
                .doesNotContain("guarantee-window")
                .hasSize(5);
    }

    @Test
    void eachPrioritysCheckIsKeptForDocumentsInOtherLanguages() {
        ScenarioQuote q = Scenarios.quote(SaasContract.POLICY, EXAMPLE);
        assertThat(q.tier("level-1").orElseThrow().verdict().checks())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.priority()).contains("request");
                    assertThat(c.outcome()).isEqualTo(ScenarioQuote.Outcome.BEST_EFFORT);
                });
        assertThat(q.tier("level-3").orElseThrow().verdict().checks())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(ScenarioQuote.Outcome.WITHIN);
                    assertThat(c.target()).contains(TargetTime.parse("4 business hours"));
                });
    }

    @Test
    void aRequirementNoPriorityAnswersIsMetByNoTier() {
        Scenario s = new Scenario(
                0,
                List.of(),
                Optional.of(new Scenario.ResponseRequirement(
                        TargetTime.parse("8 business hours"),
                        Optional.empty(),
                        Optional.of("the contract has no class for severity high"))));
        ScenarioQuote q = Scenarios.quote(SaasContract.POLICY, s);
        assertThat(q.tiers()).allSatisfy(t -> {
            assertThat(t.meets()).isEqualTo(ScenarioQuote.Meets.NO);
            assertThat(t.because()).isEqualTo("the contract has no class for severity high");
            assertThat(t.verdict().checks())
                    .extracting(ScenarioQuote.Check::outcome)
                    .containsExactly(ScenarioQuote.Outcome.NO_PRIORITY);
        });
        assertThat(q.cheapestMeeting()).isEmpty();
        assertThat(q.cheapest()).contains("level-1");
    }

    @Test
    void aRequestWithoutATierGetsOnlyTheTargetsForEveryTier() {
        // the support levels' targets all name a tier, except resolution: without a tier there is
        // no first-response target at all
        ScenarioQuote.Verdict v = Scenarios.requirement(
                SaasContract.POLICY,
                SaasContract.POLICY.defaultReading(),
                Optional.empty(),
                EXAMPLE.requirement().orElseThrow());
        assertThat(v.meets()).isEqualTo(ScenarioQuote.Meets.NO);
        assertThat(v.because()).isEqualTo("no first-response target");
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
