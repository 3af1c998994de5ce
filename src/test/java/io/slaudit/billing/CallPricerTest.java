package io.slaudit.billing;

import static io.slaudit.billing.SaasContract.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hotline calls on the support-level contract priced by hand at every band boundary. The bands
 * (Mon-Fri): Nacht 00:00-08:00 and 22:00-24:00 at 36.00 for the first 5 minutes then 6.00 a minute;
 * Randzeiten 08:00-09:30, 12:30-13:30, 17:00-22:00 at 30.00 then 5.00; regular phone support
 * 09:30-12:30 and 13:30-17:00 (regular minutes); Wochenende Sat-Sun at 36.00 then 6.00. Each
 * started 5 minutes beyond the first 5 cost 5 x the price a minute. 2026-10-05 is a Monday.
 */
class CallPricerTest {

    private static CallCost hotline(String reading, String start, long seconds) {
        Tariff t = SaasContract.tariff(reading);
        long s = at(start);
        return new CallPricer(t, t.instants()).price(PhoneLine.HOTLINE, s, s + seconds);
    }

    @ParameterizedTest(name = "{0} for {1} s: {2} {3} {4} + {5} regular minutes")
    @CsvSource({
        // start, seconds, rule, band, charge, regular minutes        arithmetic
        "2026-10-05T07:59, 180, hotline-band, Mo-Fr Nacht, 36.00, 0", //  3 min <= 5: flat 36
        "2026-10-05T08:00, 420, hotline-band, Mo-Fr Randzeiten, 55.00, 0", //  7 min: 30 + 1 x 5 x 5
        "2026-10-05T09:29, 240, hotline-band, Mo-Fr Randzeiten, 30.00, 0", //  starts 09:29: flat 30
        "2026-10-05T09:28, 720, hotline-band, Mo-Fr Randzeiten, 80.00, 0", // 12 min: 30 + 2 x 25
        "2026-10-05T09:30, 720, hotline-in-regular-hours, , 0.00, 12", //  regular hours: 12 minutes
        "2026-10-05T12:29, 120, hotline-in-regular-hours, , 0.00, 2", //  starts in regular hours
        "2026-10-05T12:30, 300, hotline-band, Mo-Fr Randzeiten, 30.00, 0", //  exactly 5 min: flat 30
        "2026-10-05T12:30, 301, hotline-band, Mo-Fr Randzeiten, 55.00, 0", //  5 min 1 s: 30 + 25
        "2026-10-05T13:29, 60, hotline-band, Mo-Fr Randzeiten, 30.00, 0", //  1 min: flat 30
        "2026-10-05T13:30, 60, hotline-in-regular-hours, , 0.00, 1", //  regular again
        "2026-10-05T16:59, 600, hotline-in-regular-hours, , 0.00, 10", //  starts at 16:59: regular
        "2026-10-05T17:00, 600, hotline-band, Mo-Fr Randzeiten, 55.00, 0", // 10 min: 30 + 1 x 25
        "2026-10-05T21:58, 600, hotline-band, Mo-Fr Randzeiten, 55.00, 0", // into the night: band at start
        "2026-10-05T22:00, 360, hotline-band, Mo-Fr Nacht, 66.00, 0", //  6 min: 36 + 1 x 5 x 6
        "2026-10-09T23:55, 900, hotline-band, Mo-Fr Nacht, 96.00, 0", //  Fri into Sat: 36 + 2 x 30
        "2026-10-10T00:00, 720, hotline-band, Wochenende, 96.00, 0", //  Sat 12 min: 36 + 2 x 30
        "2026-10-11T23:58, 300, hotline-band, Wochenende, 36.00, 0", //  Sun into Mon: flat 36
        "2026-10-12T00:00, 0, hotline-band, Mo-Fr Nacht, 0.00, 0", //  no time, no charge
    })
    void aCallIsPricedByTheBandItStartsIn(
            String start, long seconds, String rule, String band, BigDecimal charge, int regular) {
        CallCost c = hotline("", start, seconds);
        assertThat(c.rule().key()).isEqualTo(rule);
        assertThat(c.band().orElse(null)).isEqualTo(band);
        assertThat(c.hotlineCharge()).isEqualTo(charge);
        assertThat(c.regularMinutes()).isEqualTo(regular);
    }

    @ParameterizedTest(name = "per block: {0} for {1} s: {2} + {3} regular minutes")
    @CsvSource({
        "2026-10-05T21:58, 600, 60.00, 0", // 21:58-22:03 flat 30 (Randzeiten); 22:03-22:08 Nacht 5 x 6
        "2026-10-05T09:28, 720, 30.00, 7", // 09:28-09:33 flat 30; 09:33-09:40 regular, 7 minutes
        "2026-10-05T16:50, 1200, 55.00, 10", // 16:50-17:00 regular 10 min; 17:00-17:05 flat 30; 17:05 25
        "2026-10-05T07:59, 180, 36.00, 0", // all inside the first block, which starts in the night
        "2026-10-09T23:55, 900, 96.00, 0", // Nacht 36, then Wochenende 2 x 30: the same prices
    })
    void perBlockEachBlockIsPricedByTheBandItStartsIn(String start, long seconds, BigDecimal charge, int regular) {
        CallCost c = hotline("band-crossing=per-block", start, seconds);
        assertThat(c.hotlineCharge()).isEqualTo(charge);
        assertThat(c.regularMinutes()).isEqualTo(regular);
        assertThat(c.crosses()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {2} {3} or regular {4}")
    @CsvSource({
        // Friday 25 Dec 2026 (Christmas): regular phone support is closed
        "2026-12-25T10:00, , Wochenende, 96.00, 0", // weekend reading: 36 + 2 x 30 for 12 minutes
        "2026-12-25T08:30, , Wochenende, 96.00, 0", // the whole day, even the weekday's edge hours
        "2026-12-25T10:00, hotline-holidays=weekday, , 0.00, 12", // as on a Friday: regular minutes
        "2026-12-25T08:30, hotline-holidays=weekday, Mo-Fr Randzeiten, 80.00, 0", // Friday edge: 30 + 2 x 25
    })
    void aPublicHolidayIsPricedByTheHolidayReading(
            String start, String reading, String band, BigDecimal charge, int regular) {
        CallCost c = hotline(reading == null ? "" : reading, start, 720);
        assertThat(c.rule()).isEqualTo(Rule.HOTLINE_HOLIDAY);
        assertThat(c.holiday()).isTrue();
        assertThat(c.band().orElse(null)).isEqualTo(band);
        assertThat(c.hotlineCharge()).isEqualTo(charge);
        assertThat(c.regularMinutes()).isEqualTo(regular);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        // 25 Oct 2026, Sunday: 03:00 CEST becomes 02:00 CET. 01:50+02 to 02:10+01 is 80 minutes, not 20.
        "2026-10-25T01:50:00+02:00, 2026-10-25T02:10:00+01:00, 486.00", // 36 + 15 x 30
        // 02:50+02 to 02:10+01 is 20 minutes, though the wall clock goes back 40
        "2026-10-25T02:50:00+02:00, 2026-10-25T02:10:00+01:00, 126.00", // 36 + 3 x 30
        // 29 Mar 2026, Sunday: 02:00 CET becomes 03:00 CEST. 01:55 to 03:05 is 10 minutes, not 70.
        "2026-03-29T01:55:00+01:00, 2026-03-29T03:05:00+02:00, 66.00", // 36 + 1 x 30
    })
    void aCallAcrossADstChangeIsPricedByItsRealLength(String start, String end, BigDecimal charge) {
        Tariff t = SaasContract.tariff("");
        CallCost c = new CallPricer(t, t.instants()).price(PhoneLine.HOTLINE, at(start), at(end));
        assertThat(c.band()).contains("Wochenende");
        assertThat(c.hotlineCharge()).isEqualTo(charge);
    }
}
