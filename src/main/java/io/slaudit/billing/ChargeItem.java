package io.slaudit.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a call's price, so that every charge can be recomputed by hand: the flat first
 * minutes of a hotline band, a run of started increments at a band's price a minute, or regular
 * phone minutes spent from the activation credit, from the month's free minutes, or paid.
 *
 * @param label the band's label, or the tier's for regular minutes
 * @param minutes the minutes this step bills
 * @param increment the minutes of one block (the band's increment; the rounding of regular minutes)
 * @param price the flat price ({@link Kind#FIRST_MINUTES}) or the price a minute
 * @param amount what the step costs
 */
public record ChargeItem(Kind kind, String label, int minutes, int increment, BigDecimal price, BigDecimal amount) {

    /** What a step of a price is. */
    public enum Kind {
        FIRST_MINUTES("first-minutes"),
        BLOCKS("blocks"),
        CREDIT("credit"),
        FREE("free"),
        PAID("paid"),
        UNPRICED("unpriced");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public ChargeItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(amount, "amount");
        if (minutes < 0 || increment < 1) {
            throw new IllegalArgumentException("a charge item bills 0 or more minutes in blocks of at least 1");
        }
    }

    /** The number of blocks of {@code increment} minutes. */
    public int blocks() {
        return minutes / increment;
    }
}
