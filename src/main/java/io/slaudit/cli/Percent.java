package io.slaudit.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages in the messages of the exit gates. */
final class Percent {

    private Percent() {}

    /** {@code 90}, {@code 66.7}: a percentage as given, without trailing zeros. */
    static String plain(double value) {
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /**
     * A figure known to be under a threshold, with as many decimals as it takes to show it under:
     * 2 of 3 met is 66.666... %, which one decimal would print as 66.7 % and so "under 66.7 %".
     */
    static String under(double value, double threshold) {
        BigDecimal limit = BigDecimal.valueOf(threshold);
        for (int decimals = 1; decimals <= 6; decimals++) {
            BigDecimal shown = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
            if (shown.compareTo(limit) < 0) {
                return shown.toPlainString();
            }
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.DOWN).toPlainString();
    }
}
