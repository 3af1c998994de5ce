package io.slaudit.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One month of a bill: the fees, the regular phone minutes (the month's free minutes granted and
 * carried in, how many minutes came from the credit, the free minutes and how many were paid),
 * the hotline charges, and the total. {@code unusedMinutes} and {@code creditLeft} are what the
 * month leaves.
 */
public record MonthTotal(
        YearMonth month,
        List<Fee> fees,
        int includedMinutes,
        int carriedInMinutes,
        int calls,
        int hotlineCalls,
        int regularMinutes,
        int creditMinutes,
        int freeMinutes,
        int paidMinutes,
        BigDecimal phoneCharge,
        BigDecimal hotlineCharge,
        int unusedMinutes,
        int creditLeft) {

    public MonthTotal {
        Objects.requireNonNull(month, "month");
        fees = List.copyOf(fees);
        Objects.requireNonNull(phoneCharge, "phoneCharge");
        Objects.requireNonNull(hotlineCharge, "hotlineCharge");
    }

    public BigDecimal feeTotal() {
        return fees.stream().map(Fee::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return feeTotal().add(phoneCharge).add(hotlineCharge);
    }
}
