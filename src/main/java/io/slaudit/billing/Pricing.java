package io.slaudit.billing;

import io.slaudit.policy.PhoneSupport;
import io.slaudit.policy.PricingRules;
import io.slaudit.policy.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices the calls of a period for one booking under one set of pricing rules, month by month.
 *
 * <p>Each call's regular minutes are covered, in the order of the calls, by the activation
 * credit and the month's free minutes (which first, the rules say), and the rest is paid at the
 * tier's price a minute. The minutes a month leaves lapse or carry over as the rules say. Calls
 * before the period are priced too, so that the credit and any carried minutes stand as they do
 * when the period starts; they are not part of the bill.
 */
final class Pricing {

    private Pricing() {}

    /**
     * @param calls every accepted call, in the order they started
     * @param activated the date the activation credit was granted (local date in the bill's zone)
     */
    static PricedBill price(
            Tariff tariff,
            Booking booking,
            List<Call> calls,
            YearMonth from,
            YearMonth to,
            Optional<LocalDate> activated) {
        PricingRules rules = tariff.rules();
        CallPricer pricer = new CallPricer(tariff, tariff.instants());
        Optional<Tier.PhoneQuota> quota = booking.tier().phone();
        int included = quota.map(Tier.PhoneQuota::includedMinutesPerMonth).orElse(0);
        BigDecimal price = quota.map(Tier.PhoneQuota::pricePerMinute).orElse(BigDecimal.ZERO);
        int credit = activated.isPresent()
                ? tariff.policy()
                        .commercial()
                        .phoneSupport()
                        .map(PhoneSupport::activationCreditMinutes)
                        .orElse(0)
                : 0;
        long creditFrom = activated
                .map(d -> d.atStartOfDay(tariff.zone()).toEpochSecond())
                .orElse(Long.MAX_VALUE);
        List<Fee> fees = booking.fees(tariff.policy(), rules);

        YearMonth first = from;
        if (!calls.isEmpty()) {
            YearMonth m = month(calls.get(0).start(), tariff);
            first = m.isBefore(first) ? m : first;
        }
        if (activated.isPresent() && YearMonth.from(activated.get()).isBefore(first)) {
            first = YearMonth.from(activated.get());
        }

        List<PricedCall> priced = new ArrayList<>();
        List<MonthTotal> months = new ArrayList<>();
        int carried = 0;
        int next = 0;
        for (YearMonth m = first; !m.isAfter(to); m = m.plusMonths(1)) {
            int free = included + carried;
            int carriedIn = carried;
            int callCount = 0;
            int hotlineCalls = 0;
            int regular = 0;
            int creditUsed = 0;
            int freeUsed = 0;
            int paid = 0;
            BigDecimal phoneCharge = Money.ZERO;
            BigDecimal hotlineCharge = Money.ZERO;
            while (next < calls.size()
                    && !month(calls.get(next).start(), tariff).isAfter(m)) {
                Call call = calls.get(next++);
                CallCost cost = pricer.price(call.line(), call.start(), call.end());
                int rest = cost.regularMinutes();
                boolean eligible = call.start() >= creditFrom;
                int fromCredit = 0;
                int fromFree;
                if (rules.activationCredit() == PricingRules.CreditOrder.FIRST) {
                    fromCredit = eligible ? Math.min(rest, credit) : 0;
                    rest -= fromCredit;
                    fromFree = Math.min(rest, free);
                    rest -= fromFree;
                } else {
                    fromFree = Math.min(rest, free);
                    rest -= fromFree;
                    fromCredit = eligible ? Math.min(rest, credit) : 0;
                    rest -= fromCredit;
                }
                credit -= fromCredit;
                free -= fromFree;
                BigDecimal callPhone = Money.cents(price.multiply(BigDecimal.valueOf(rest)));
                List<ChargeItem> items = new ArrayList<>(cost.hotlineItems());
                String tierLabel = booking.tier().label();
                int increment = rules.phoneIncrementMinutes();
                if (fromCredit > 0) {
                    items.add(new ChargeItem(
                            ChargeItem.Kind.CREDIT, tierLabel, fromCredit, increment, BigDecimal.ZERO, Money.ZERO));
                }
                if (fromFree > 0) {
                    items.add(new ChargeItem(
                            ChargeItem.Kind.FREE, tierLabel, fromFree, increment, BigDecimal.ZERO, Money.ZERO));
                }
                if (rest > 0) {
                    items.add(new ChargeItem(
                            quota.isPresent() ? ChargeItem.Kind.PAID : ChargeItem.Kind.UNPRICED,
                            tierLabel,
                            rest,
                            increment,
                            price,
                            callPhone));
                }
                boolean outside =
                        call.line() == PhoneLine.SUPPORT && !tariff.instants().supportOpen(call.start());
                Optional<BigDecimal> asHotline = Optional.empty();
                if (outside && tariff.hasHotline()) {
                    CallCost alt = pricer.price(PhoneLine.HOTLINE, call.start(), call.end());
                    if (alt.hotlineCharge().signum() > 0) {
                        asHotline = Optional.of(alt.hotlineCharge());
                    }
                }
                PricedCall pc = new PricedCall(
                        call,
                        m,
                        cost.rule(),
                        cost.band(),
                        cost.holiday(),
                        cost.crosses(),
                        cost.regularMinutes() + cost.hotlineMinutes(),
                        cost.regularMinutes(),
                        fromCredit,
                        fromFree,
                        rest,
                        callPhone,
                        cost.hotlineCharge(),
                        items,
                        outside,
                        activated.isPresent() && !eligible,
                        asHotline);
                callCount++;
                hotlineCalls += call.line() == PhoneLine.HOTLINE ? 1 : 0;
                regular += cost.regularMinutes();
                creditUsed += fromCredit;
                freeUsed += fromFree;
                paid += rest;
                phoneCharge = phoneCharge.add(callPhone);
                hotlineCharge = hotlineCharge.add(cost.hotlineCharge());
                if (!m.isBefore(from)) {
                    priced.add(pc);
                }
            }
            carried = rules.unusedMinutes() == PricingRules.UnusedMinutes.CARRY_OVER ? free : 0;
            if (!m.isBefore(from)) {
                months.add(new MonthTotal(
                        m,
                        fees,
                        included,
                        carriedIn,
                        callCount,
                        hotlineCalls,
                        regular,
                        creditUsed,
                        freeUsed,
                        paid,
                        phoneCharge,
                        hotlineCharge,
                        free,
                        credit));
            }
        }
        return new PricedBill(booking, priced, months);
    }

    static YearMonth month(long epochSecond, Tariff tariff) {
        return YearMonth.from(Instant.ofEpochSecond(epochSecond).atZone(tariff.zone()));
    }
}
