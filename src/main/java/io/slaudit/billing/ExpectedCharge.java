package io.slaudit.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A charge the contract leads one to expect on an invoice: a month's tier fee, a month's paid
 * phone minutes, one hotline call, or a month's VAT. {@code key} names it across readings
 * ({@code fee:2026-10:level-2}, {@code phone:2026-10}, {@code hotline:17}, {@code vat:2026-10}).
 */
public record ExpectedCharge(
        InvoiceLine.Kind kind,
        YearMonth month,
        Optional<String> tier,
        Optional<PricedCall> call,
        BigDecimal amount,
        String key) {

    public ExpectedCharge {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(key, "key");
    }

    static String feeKey(YearMonth month, String tier) {
        return "fee:" + month + ":" + tier;
    }

    static String phoneKey(YearMonth month) {
        return "phone:" + month;
    }

    static String hotlineKey(long row) {
        return "hotline:" + row;
    }

    static String vatKey(YearMonth month) {
        return "vat:" + month;
    }
}
