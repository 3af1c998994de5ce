package io.slaudit.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Months of calls on the support-level contract, priced by hand: free minutes by tier (15, 30,
 * 90), 0.50 a minute beyond them, the 60-minute activation credit, carry-over, the tiers' fees and
 * the Enterprise package. Support-line calls are in the line's hours unless said otherwise.
 */
class PricingTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static PricedBill bill(
            String reading, String tier, SaasContract.Calls calls, Optional<LocalDate> activated) {
        return bill(reading, tier, Optional.empty(), calls, OCT, NOV, activated);
    }

    private static PricedBill bill(
            String reading,
            String tier,
            Optional<String> pkg,
            SaasContract.Calls calls,
            YearMonth from,
            YearMonth to,
            Optional<LocalDate> activated) {
        Tariff t = SaasContract.tariff(reading);
        return Pricing.price(t, Booking.named(SaasContract.POLICY, tier, pkg), calls.list, from, to, activated);
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    /** Mon 5 Oct 10:00 for 10 min, Tue 6 Oct 10:00 for 8 min 1 s (9 started minutes), Mon 2 Nov 10:00 for 40 min. */
    private static SaasContract.Calls calls() {
        return new SaasContract.Calls()
                .support("2026-10-05T10:00", 10)
                .add(PhoneLine.SUPPORT, SaasContract.at("2026-10-06T10:00"), 8 * 60 + 1)
                .support("2026-11-02T10:00", 40);
    }

    @Test
    void level1Has15FreeMinutesAMonthThen50CentsAMinute() {
        PricedBill b = bill("", "level-1", calls(), Optional.empty());
        // October: 10 + 9 = 19 minutes, 15 free, 4 x 0.50 = 2.00; no fee
        // November: 40 minutes, 15 free, 25 x 0.50 = 12.50
        assertThat(b.months()).extracting(MonthTotal::paidMinutes).containsExactly(4, 25);
        assertThat(b.months()).extracting(MonthTotal::total).containsExactly(money("2.00"), money("12.50"));
        assertThat(b.calls().get(0).freeMinutes()).isEqualTo(10);
        assertThat(b.calls().get(1)).satisfies(c -> {
            assertThat(c.regularMinutes()).isEqualTo(9); // 8 min 1 s: per started minute
            assertThat(c.freeMinutes()).isEqualTo(5);
            assertThat(c.paidMinutes()).isEqualTo(4);
            assertThat(c.charge()).isEqualTo(money("2.00"));
        });
        assertThat(b.total()).isEqualTo(money("14.50"));
    }

    @Test
    void level2Costs39AMonthWith30FreeMinutes() {
        PricedBill b = bill("", "level-2", calls(), Optional.empty());
        // October: 39.00 + 0 (19 <= 30); November: 39.00 + 10 x 0.50 = 44.00
        assertThat(b.months()).extracting(MonthTotal::total).containsExactly(money("39.00"), money("44.00"));
        assertThat(b.total()).isEqualTo(money("83.00"));
    }

    @Test
    void level3Costs89AMonthWith90FreeMinutesOr128WhenLevel2IsCharged() {
        // included: 89.00 a month, 90 free minutes cover everything
        assertThat(bill("", "level-3", calls(), Optional.empty()).total()).isEqualTo(money("178.00"));
        // charged: 39.00 + 89.00 = 128.00 a month; still level 3's 90 minutes
        PricedBill charged = bill("level-3-fee=charged", "level-3", calls(), Optional.empty());
        assertThat(charged.months().get(0).fees()).extracting(Fee::tier).containsExactly("level-2", "level-3");
        assertThat(charged.total()).isEqualTo(money("256.00"));
    }

    @Test
    void theEnterprisePackageIncludesLevel2() {
        PricedBill enterprise = bill("", "enterprise", Optional.empty(), calls(), OCT, NOV, Optional.empty());
        assertThat(enterprise.booking().tier().key()).isEqualTo("level-2");
        assertThat(enterprise.months().get(0).fees()).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualTo(money("0.00"));
            assertThat(f.includedIn()).contains("Enterprise-Paket");
        });
        // November: 10 paid minutes = 5.00, no fee
        assertThat(enterprise.total()).isEqualTo(money("5.00"));
        // level 3 on top of Enterprise, fees charged: level 2 is in the package, 89.00 a month
        PricedBill three =
                bill("level-3-fee=charged", "level-3", Optional.of("enterprise"), calls(), OCT, NOV, Optional.empty());
        assertThat(three.total()).isEqualTo(money("178.00"));
    }

    @Test
    void theActivationCreditIsSpentFirstAndDoesNotExpire() {
        PricedBill b = bill("", "level-1", calls(), Optional.of(LocalDate.of(2026, 10, 1)));
        // October: 19 minutes all from the credit (60 -> 41); the 15 free minutes lapse
        // November: 40 minutes from the credit (41 -> 1); nothing paid
        assertThat(b.months()).extracting(MonthTotal::creditMinutes).containsExactly(19, 40);
        assertThat(b.months()).extracting(MonthTotal::creditLeft).containsExactly(41, 1);
        assertThat(b.total()).isEqualTo(money("0.00"));
    }

    @Test
    void spentLastTheCreditCoversOnlyMinutesBeyondTheMonthsFreeOnes() {
        PricedBill b = bill("activation-credit=last", "level-1", calls(), Optional.of(LocalDate.of(2026, 10, 1)));
        // October: 15 free + 4 from the credit (60 -> 56); November: 15 free + 25 credit (56 -> 31)
        assertThat(b.months()).extracting(MonthTotal::creditMinutes).containsExactly(4, 25);
        assertThat(b.months()).extracting(MonthTotal::creditLeft).containsExactly(56, 31);
        assertThat(b.total()).isEqualTo(money("0.00"));
    }

    @Test
    void callsBeforeTheActivationDateGetNoCredit() {
        PricedBill b = bill("", "level-1", calls(), Optional.of(LocalDate.of(2026, 10, 6)));
        // 5 Oct: 10 min free (no credit yet); 6 Oct: 9 min from the credit; Nov: 40 from the credit
        assertThat(b.calls().get(0).beforeActivation()).isTrue();
        assertThat(b.calls().get(0).creditMinutes()).isZero();
        assertThat(b.calls().get(1).creditMinutes()).isEqualTo(9);
        assertThat(b.total()).isEqualTo(money("0.00"));
    }

    @Test
    void unusedMinutesCarryOverOnlyUnderThatReading() {
        SaasContract.Calls few =
                new SaasContract.Calls().support("2026-10-05T10:00", 5).support("2026-11-02T10:00", 30);
        // expire: Oct 5 of 15 free; Nov 30 - 15 = 15 paid = 7.50
        assertThat(bill("", "level-1", few, Optional.empty()).total()).isEqualTo(money("7.50"));
        // carry-over: Oct leaves 10, Nov has 25 free; 30 - 25 = 5 paid = 2.50
        PricedBill carried = bill("unused-minutes=carry-over", "level-1", few, Optional.empty());
        assertThat(carried.months().get(1).carriedInMinutes()).isEqualTo(10);
        assertThat(carried.total()).isEqualTo(money("2.50"));
    }

    @Test
    void callsBeforeThePeriodCountForTheCreditButAreNotBilled() {
        PricedBill b = bill("", "level-1", Optional.empty(), calls(), NOV, NOV, Optional.of(LocalDate.of(2026, 10, 1)));
        // October used 19 of the credit; November's 40 minutes take the remaining 41
        assertThat(b.calls()).hasSize(1);
        assertThat(b.months()).singleElement().satisfies(m -> {
            assertThat(m.creditMinutes()).isEqualTo(40);
            assertThat(m.creditLeft()).isEqualTo(1);
        });
    }

    @Test
    void aSupportCallOutsideTheLinesHoursIsFlaggedAndPricedAsRegularMinutes() {
        SaasContract.Calls c = new SaasContract.Calls().support("2026-10-05T18:00", 20);
        PricedBill b = bill("", "level-1", c, Optional.empty());
        assertThat(b.calls().get(0)).satisfies(p -> {
            assertThat(p.outsideSupportHours()).isTrue();
            assertThat(p.paidMinutes()).isEqualTo(5); // 20 - 15 free
            assertThat(p.charge()).isEqualTo(money("2.50"));
            // as a hotline call at 18:00 (Randzeiten): 30 + 3 x 5 x 5 = 105
            assertThat(p.asHotline()).contains(money("105.00"));
        });
    }

    @Test
    void aHotlineCallInRegularHoursSpendsTheTiersMinutes() {
        SaasContract.Calls c = new SaasContract.Calls()
                .hotline("2026-10-05T10:00", 20) // regular hours: 20 regular minutes
                .hotline("2026-10-05T18:00", 7); // Randzeiten: 30 + 5 x 5 = 55
        PricedBill b = bill("", "level-1", c, Optional.empty());
        // 20 regular minutes: 15 free, 5 x 0.50 = 2.50; plus 55.00
        assertThat(b.calls())
                .extracting(PricedCall::rule)
                .containsExactly(Rule.HOTLINE_IN_REGULAR_HOURS, Rule.HOTLINE_BAND);
        assertThat(b.total()).isEqualTo(money("57.50"));
    }

    @Test
    void aMonthWithoutCallsStillCostsItsFee() {
        PricedBill b = bill(
                "",
                "level-2",
                Optional.empty(),
                new SaasContract.Calls(),
                OCT,
                YearMonth.of(2026, 12),
                Optional.empty());
        assertThat(b.months()).hasSize(3);
        assertThat(b.total()).isEqualTo(money("117.00")); // 3 x 39.00
    }

    @Test
    void aCallAcrossMidnightAtTheMonthsEndBelongsToTheMonthItStartsIn() {
        // Saturday 31 Oct 2026 23:50 to Sunday 1 Nov 00:20: Wochenende, 36 + 5 x 30 = 186.00, in October
        SaasContract.Calls c = new SaasContract.Calls().hotline("2026-10-31T23:50", 30);
        PricedBill b = bill("", "level-1", c, Optional.empty());
        assertThat(b.calls()).singleElement().satisfies(p -> {
            assertThat(p.month()).isEqualTo(OCT);
            assertThat(p.charge()).isEqualTo(money("186.00"));
        });
        assertThat(b.months()).extracting(MonthTotal::hotlineCharge).containsExactly(money("186.00"), money("0.00"));
    }
}
