package io.slaudit.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a call costs before the month's minutes are counted: the regular phone minutes it bills
 * (which the free minutes and the activation credit may cover) and what its hotline part costs.
 *
 * @param band the label of the band the call starts in, if it does
 * @param crosses whether the call runs into other terms than those it starts in
 * @param hotlineMinutes the minutes billed at hotline prices
 * @param hotlineItems how the hotline part is priced, step by step
 */
record CallCost(
        Rule rule,
        Optional<String> band,
        boolean holiday,
        boolean crosses,
        int regularMinutes,
        int hotlineMinutes,
        BigDecimal hotlineCharge,
        List<ChargeItem> hotlineItems) {

    CallCost {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(hotlineCharge, "hotlineCharge");
        hotlineItems = List.copyOf(hotlineItems);
    }
}
