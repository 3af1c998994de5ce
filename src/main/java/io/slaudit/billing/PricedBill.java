package io.slaudit.billing;

import java.math.BigDecimal;
import java.util.List;

/** The calls of a period priced for one booking under one reading, month by month. */
public record PricedBill(Booking booking, List<PricedCall> calls, List<MonthTotal> months) {

    public PricedBill {
        calls = List.copyOf(calls);
        months = List.copyOf(months);
    }

    public BigDecimal total() {
        return months.stream().map(MonthTotal::total).reduce(Money.ZERO, BigDecimal::add);
    }
}
