package io.slaudit.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money in the contract's currency, to the cent. Prices multiply exactly (minutes times
 * a price a minute); only a percentage (VAT) is rounded, half up, as invoices round it.
 */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {}

    /** The amount to the cent: exact where it is, else half up. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code percent} % of an amount, to the cent, half up. */
    public static BigDecimal percent(BigDecimal amount, BigDecimal percent) {
        return cents(amount.multiply(percent).movePointLeft(2));
    }

    /** The plain decimal string the machine outputs write: {@code 1234.50}, never {@code 1.23450E+3}. */
    public static String text(BigDecimal amount) {
        return cents(amount).toPlainString();
    }
}
