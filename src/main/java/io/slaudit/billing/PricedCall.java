package io.slaudit.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call as billed: the rule and band that priced it, its minutes and where they came from (the
 * activation credit, the month's free minutes, paid), its charge, each step of the price, and what
 * an auditor should look at (a support-line call outside the line's hours, a call before the
 * activation date).
 *
 * @param billedMinutes the minutes charged or counted: regular minutes plus hotline minutes
 * @param asHotline for a support-line call outside its hours, what it would cost as a hotline call
 */
public record PricedCall(
        Call call,
        YearMonth month,
        Rule rule,
        Optional<String> band,
        boolean holiday,
        boolean crosses,
        int billedMinutes,
        int regularMinutes,
        int creditMinutes,
        int freeMinutes,
        int paidMinutes,
        BigDecimal phoneCharge,
        BigDecimal hotlineCharge,
        List<ChargeItem> items,
        boolean outsideSupportHours,
        boolean beforeActivation,
        Optional<BigDecimal> asHotline) {

    public PricedCall {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(phoneCharge, "phoneCharge");
        Objects.requireNonNull(hotlineCharge, "hotlineCharge");
        items = List.copyOf(items);
        Objects.requireNonNull(asHotline, "asHotline");
        if (creditMinutes + freeMinutes + paidMinutes != regularMinutes) {
            throw new IllegalArgumentException("a call's regular minutes are credit, free or paid");
        }
    }

    /** What the call costs: its paid regular minutes and its hotline part. */
    public BigDecimal charge() {
        return phoneCharge.add(hotlineCharge);
    }

    public boolean flagged() {
        return outsideSupportHours || rule == Rule.HOTLINE_NOT_REACHABLE;
    }
}
