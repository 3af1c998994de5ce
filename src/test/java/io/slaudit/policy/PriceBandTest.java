package io.slaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.calendar.WeeklyHours;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceBandTest {

    /** "30,00 EUR for the first 5 minutes, then 5,00 EUR per minute, billed per started 5 minutes". */
    private static final PriceBand EVENING =
            new PriceBand("evening", new WeeklyHours(Map.of()), 5, new BigDecimal("30.00"), new BigDecimal("5.00"), 5);

    @ParameterizedTest(name = "{0} s cost {1}")
    @CsvSource({
        // nothing called, nothing billed
        "0, 0.00",
        // within the first 5 minutes: the flat 30
        "1, 30.00",
        "300, 30.00",
        // one second beyond starts a 5-minute increment: 30 + 5 x 5 = 55
        "301, 55.00",
        // 7 minutes: still one started increment
        "420, 55.00",
        "600, 55.00",
        // 10 min 1 s: two started increments, 30 + 10 x 5 = 80
        "601, 80.00",
    })
    void callsAreBilledPerStartedIncrement(long seconds, String price) {
        assertThat(EVENING.priceOf(seconds)).isEqualByComparingTo(price);
    }
}
