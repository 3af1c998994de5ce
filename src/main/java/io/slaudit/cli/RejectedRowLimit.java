package io.slaudit.cli;

import java.math.BigDecimal;

/**
 * How many rejected rows an audit may have before it fails (--max-rejected): a number of rows
 * ({@code 10}) or a share of the rows read ({@code 5%}).
 */
record RejectedRowLimit(BigDecimal amount, boolean share) {

    static RejectedRowLimit parse(String option, String text) {
        String t = text.trim();
        boolean share = t.endsWith("%");
        String number = share ? t.substring(0, t.length() - 1).trim() : t;
        BigDecimal amount;
        try {
            amount = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new UsageException(
                    option + " takes a number of rows (10) or a share of the rows read (5%), not '" + text + "'");
        }
        if (amount.signum() < 0 || (share && amount.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new UsageException(
                    option + " takes a number of rows from 0 or a share from 0% to 100%, not '" + text + "'");
        }
        if (!share && amount.stripTrailingZeros().scale() > 0) {
            throw new UsageException(
                    option + " takes a whole number of rows, or a share with '%' (" + text + "%), not '" + text + "'");
        }
        if (amount.precision() - amount.scale() > 15) {
            throw new UsageException(option + ": '" + text + "' is too large");
        }
        return new RejectedRowLimit(amount, share);
    }

    /** Whether this many rejected rows of so many read are more than the limit allows. */
    boolean exceededBy(long rejected, long read) {
        if (share) {
            // rejected / read > amount / 100, without rounding
            return BigDecimal.valueOf(rejected)
                            .multiply(BigDecimal.valueOf(100))
                            .compareTo(amount.multiply(BigDecimal.valueOf(read)))
                    > 0;
        }
        return BigDecimal.valueOf(rejected).compareTo(amount) > 0;
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString()
                + (share ? "%" : amount.compareTo(BigDecimal.ONE) == 0 ? " row" : " rows");
    }
}
