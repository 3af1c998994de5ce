package io.slaudit.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Seeded random calls in 2026 priced by the engine and by a plain reference written from the
 * price list's table with java.time, and month totals checked against the sum of their parts.
 */
class PricingPropertyTest {

    /** Germany's nationwide public holidays in 2026 that fall on a weekday. */
    private static final Set<LocalDate> WEEKDAY_HOLIDAYS = Set.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 14),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 12, 25));

    /** The reference: the band (or "regular") by the local weekday and time, holidays at the weekend rate. */
    private static String reference(ZonedDateTime t) {
        LocalDate d = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        DayOfWeek w = d.getDayOfWeek();
        if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY || WEEKDAY_HOLIDAYS.contains(d)) {
            return "Wochenende";
        }
        if (time.isBefore(LocalTime.of(8, 0)) || !time.isBefore(LocalTime.of(22, 0))) {
            return "Mo-Fr Nacht";
        }
        if (time.isBefore(LocalTime.of(9, 30))
                || !time.isBefore(LocalTime.of(12, 30)) && time.isBefore(LocalTime.of(13, 30))
                || !time.isBefore(LocalTime.of(17, 0))) {
            return "Mo-Fr Randzeiten";
        }
        return "regular";
    }

    private static BigDecimal referencePrice(String band, long seconds) {
        if (seconds == 0) {
            return Money.ZERO;
        }
        BigDecimal first = band.equals("Mo-Fr Randzeiten") ? new BigDecimal("30.00") : new BigDecimal("36.00");
        BigDecimal perMinute = band.equals("Mo-Fr Randzeiten") ? new BigDecimal("5.00") : new BigDecimal("6.00");
        long blocks = Math.max(0, (seconds - 300 + 299) / 300);
        return Money.cents(first.add(perMinute.multiply(BigDecimal.valueOf(blocks * 5))));
    }

    @RepeatedTest(4)
    void hotlineCallsCostWhatThePriceListsTableSays(RepetitionInfo run) {
        Random random = new Random(20261 + run.getCurrentRepetition());
        Tariff t = SaasContract.tariff("");
        CallPricer pricer = new CallPricer(t, t.instants());
        long yearStart =
                LocalDateTime.of(2026, 1, 1, 0, 0).atZone(SaasContract.BERLIN).toEpochSecond();
        for (int i = 0; i < 1500; i++) {
            long start = yearStart + random.nextInt(365 * 86_400);
            long seconds = random.nextInt(4) == 0 ? random.nextInt(3) * 300 : random.nextInt(90 * 60);
            CallCost c = pricer.price(PhoneLine.HOTLINE, start, start + seconds);
            String band = reference(Instant.ofEpochSecond(start).atZone(SaasContract.BERLIN));
            String what = Instant.ofEpochSecond(start).atZone(SaasContract.BERLIN) + " for " + seconds + " s";
            if (band.equals("regular")) {
                assertThat(c.band()).as(what).isEmpty();
                assertThat(c.regularMinutes()).as(what).isEqualTo((int) ((seconds + 59) / 60));
                assertThat(c.hotlineCharge()).as(what).isEqualTo(Money.ZERO);
            } else {
                assertThat(c.band()).as(what).contains(band);
                assertThat(c.hotlineCharge()).as(what).isEqualTo(referencePrice(band, seconds));
                assertThat(c.regularMinutes()).as(what).isZero();
            }
            BigDecimal items = c.hotlineItems().stream().map(ChargeItem::amount).reduce(Money.ZERO, BigDecimal::add);
            assertThat(items).as(what + ": its steps add up").isEqualTo(c.hotlineCharge());
        }
    }

    @RepeatedTest(4)
    void perBlockEachBlockCostsWhatTheTableSaysWhereItStarts(RepetitionInfo run) {
        Random random = new Random(7 + run.getCurrentRepetition());
        Tariff t = SaasContract.tariff("band-crossing=per-block");
        CallPricer pricer = new CallPricer(t, t.instants());
        long yearStart =
                LocalDateTime.of(2026, 1, 1, 0, 0).atZone(SaasContract.BERLIN).toEpochSecond();
        for (int i = 0; i < 800; i++) {
            long start = yearStart + random.nextInt(365 * 86_400);
            long end = start + random.nextInt(120 * 60);
            CallCost c = pricer.price(PhoneLine.HOTLINE, start, end);
            // the reference walks the call: the first block of 5 minutes once, in the first band
            // met; then 5-minute blocks at the band's price a minute, 1-minute blocks in regular hours
            BigDecimal charge = Money.ZERO;
            int regular = 0;
            boolean flat = false;
            for (long at = start; at < end; ) {
                String band = reference(Instant.ofEpochSecond(at).atZone(SaasContract.BERLIN));
                if (band.equals("regular")) {
                    regular++;
                    at += 60;
                } else if (!flat) {
                    charge = charge.add(band.equals("Mo-Fr Randzeiten") ? new BigDecimal("30") : new BigDecimal("36"));
                    flat = true;
                    at += 300;
                } else {
                    charge = charge.add(band.equals("Mo-Fr Randzeiten") ? new BigDecimal("25") : new BigDecimal("30"));
                    at += 300;
                }
            }
            String what = Instant.ofEpochSecond(start).atZone(SaasContract.BERLIN) + " to "
                    + Instant.ofEpochSecond(end).atZone(SaasContract.BERLIN);
            assertThat(c.hotlineCharge()).as(what).isEqualTo(Money.cents(charge));
            assertThat(c.regularMinutes()).as(what).isEqualTo(regular);
        }
    }

    @RepeatedTest(3)
    void aMonthsTotalIsItsFeesAndItsCallsAndNoMinuteIsCountedTwice(RepetitionInfo run) {
        Random random = new Random(99 + run.getCurrentRepetition());
        SaasContract.Calls calls = new SaasContract.Calls();
        long start =
                LocalDateTime.of(2026, 9, 20, 0, 0).atZone(SaasContract.BERLIN).toEpochSecond();
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            starts.add(start + random.nextInt(120 * 86_400));
        }
        starts.sort(Long::compare);
        for (long s : starts) {
            calls.add(random.nextBoolean() ? PhoneLine.SUPPORT : PhoneLine.HOTLINE, s, random.nextInt(40 * 60));
        }
        String[] readings = {"", "unused-minutes=carry-over", "activation-credit=last", "band-crossing=per-block"};
        String[] tiers = {"level-1", "level-2", "level-3"};
        String reading = readings[run.getCurrentRepetition() % readings.length];
        PricedBill b = Pricing.price(
                SaasContract.tariff(reading),
                Booking.named(SaasContract.POLICY, tiers[run.getCurrentRepetition() % 3], Optional.empty()),
                calls.list,
                YearMonth.of(2026, 10),
                YearMonth.of(2026, 12),
                Optional.of(LocalDate.of(2026, 9, 21)));
        int creditBefore = 60;
        for (MonthTotal m : b.months()) {
            List<PricedCall> mine =
                    b.calls().stream().filter(c -> c.month().equals(m.month())).toList();
            BigDecimal sum = mine.stream().map(PricedCall::charge).reduce(Money.ZERO, BigDecimal::add);
            assertThat(m.total()).isEqualTo(m.feeTotal().add(sum));
            assertThat(m.creditMinutes() + m.freeMinutes() + m.paidMinutes()).isEqualTo(m.regularMinutes());
            assertThat(m.freeMinutes()).isLessThanOrEqualTo(m.includedMinutes() + m.carriedInMinutes());
            assertThat(m.creditLeft()).isBetween(0, creditBefore);
            creditBefore = m.creditLeft();
            assertThat(m.calls()).isEqualTo(mine.size());
        }
        assertThat(b.total())
                .isEqualTo(b.months().stream().map(MonthTotal::total).reduce(Money.ZERO, BigDecimal::add));
    }
}
