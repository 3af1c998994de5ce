package io.slaudit.policy;

import io.slaudit.calendar.WeeklyHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One price of an emergency hotline, by weekday and time: a flat price for the first minutes, then
 * a price per minute, billed per started increment ("30 EUR for the first 5 minutes, then 5 EUR per
 * minute, billed per started 5 minutes").
 */
public record PriceBand(
        String label,
        WeeklyHours hours,
        int firstMinutes,
        BigDecimal firstPrice,
        BigDecimal perMinute,
        int incrementMinutes) {

    public PriceBand {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(firstPrice, "firstPrice");
        Objects.requireNonNull(perMinute, "perMinute");
        if (firstMinutes < 0 || incrementMinutes < 1) {
            throw new IllegalArgumentException("first minutes must be 0 or more and the increment at least 1 minute");
        }
        if (firstPrice.signum() < 0 || perMinute.signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative");
        }
    }

    /**
     * The price of a call of {@code seconds}: the flat first minutes, then every started increment
     * beyond them at the per-minute price. A call of 7 minutes at 30/5 per 5 minutes: 30 + 5 x 5 = 55.
     */
    public BigDecimal priceOf(long seconds) {
        if (seconds <= 0) {
            return BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
        }
        long beyond = Math.max(0, seconds - firstMinutes * 60L);
        long incrementSeconds = incrementMinutes * 60L;
        long increments = (beyond + incrementSeconds - 1) / incrementSeconds;
        BigDecimal extra = perMinute.multiply(BigDecimal.valueOf(increments * incrementMinutes));
        return firstPrice.add(extra).setScale(2, RoundingMode.HALF_UP);
    }
}
