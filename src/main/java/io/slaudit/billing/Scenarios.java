package io.slaudit.billing;

import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.Guarantee;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PricingRules;
import io.slaudit.policy.Priority;
import io.slaudit.policy.ReadingChoice;
import io.slaudit.policy.SupportPackage;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetTime;
import io.slaudit.policy.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prices a {@link Scenario} on every tier of a contract: the public entry point for comparisons
 * ({@code slaudit compare}).
 *
 * <p>A month is priced as {@code slaudit bill} prices one, in a regular week: each tier's fees
 * (with the required tiers' fees where the rules charge them, nothing for a tier the package
 * includes); the scenario's phone minutes plus the regular minutes of its hotline calls, less the
 * tier's free minutes, at the tier's price a minute (the one-time activation credit is left out:
 * a typical month is not the first); each hotline call by the band of its weekday and time.
 *
 * <p>A tier meets a response requirement when its first-response target for each priority asked
 * about (under the reading) is guaranteed and no longer than required, compared in the same kind
 * of time: business hours with business hours (or minutes), business days with business days,
 * clock time with clock time. Across kinds the answer depends on the calendar and is
 * {@link ScenarioQuote.Meets#NOT_COMPARABLE}, which does not meet the requirement.
 */
public final class Scenarios {

    private Scenarios() {}

    /** The scenario under the contract's default readings and every other reading of its price list. */
    public static ScenarioQuote quote(Policy policy, Scenario scenario) {
        return quote(policy, scenario, policy.defaultReading());
    }

    /**
     * @throws IllegalArgumentException when the scenario names a package or priority the contract lacks
     */
    public static ScenarioQuote quote(Policy policy, Scenario scenario, ReadingChoice reading) {
        ScenarioQuote main = quoteOne(policy, scenario, reading);
        List<ScenarioQuote> others = new ArrayList<>();
        for (ReadingChoice alt : policy.otherPricingReadings(reading)) {
            others.add(quoteOne(policy, scenario, alt));
        }
        return new ScenarioQuote(
                main.policy(),
                main.currency(),
                main.reading(),
                main.tiers(),
                main.cheapest(),
                main.cheapestMeeting(),
                others);
    }

    private static ScenarioQuote quoteOne(Policy policy, Scenario scenario, ReadingChoice reading) {
        PricingRules rules = policy.pricingUnder(reading);
        Tariff tariff = new Tariff(policy, rules, PublicHolidays.library());
        CallPricer pricer = new CallPricer(tariff, tariff.week());
        Optional<SupportPackage> pkg = scenario.supportPackage()
                .map(n -> policy.commercial()
                        .packageNamed(n)
                        .orElseThrow(() -> new IllegalArgumentException("the contract has no package '" + n + "'")));
        List<CallCost> hotline = new ArrayList<>();
        for (Scenario.ScenarioCall c : scenario.hotlineCalls()) {
            long start = c.startInWeek();
            hotline.add(
                    tariff.hasHotline()
                            ? pricer.price(
                                    PhoneLine.HOTLINE, start, start + c.length().getSeconds())
                            : pricer.price(
                                    PhoneLine.SUPPORT, start, start + c.length().getSeconds()));
        }
        List<ScenarioQuote.TierQuote> tiers = new ArrayList<>();
        for (Tier t : policy.commercial().tiers().values()) {
            Booking booking = new Booking(t, pkg);
            BigDecimal fees =
                    booking.fees(policy, rules).stream().map(Fee::amount).reduce(Money.ZERO, BigDecimal::add);
            int regular = scenario.phoneMinutesPerMonth()
                    + hotline.stream().mapToInt(CallCost::regularMinutes).sum();
            int included =
                    t.phone().map(Tier.PhoneQuota::includedMinutesPerMonth).orElse(0);
            int paid = Math.max(0, regular - included);
            BigDecimal phone = Money.cents(t.phone()
                    .map(Tier.PhoneQuota::pricePerMinute)
                    .orElse(BigDecimal.ZERO)
                    .multiply(BigDecimal.valueOf(paid)));
            List<BigDecimal> charges =
                    hotline.stream().map(CallCost::hotlineCharge).toList();
            BigDecimal hotlineTotal = charges.stream().reduce(Money.ZERO, BigDecimal::add);
            Verdict v = scenario.requirement()
                    .map(r -> meets(policy, reading, t, r))
                    .orElse(new Verdict(ScenarioQuote.Meets.NOT_ASKED, ""));
            tiers.add(new ScenarioQuote.TierQuote(
                    t.key(),
                    t.label(),
                    fees,
                    regular,
                    included,
                    paid,
                    phone,
                    charges,
                    hotlineTotal,
                    fees.add(phone).add(hotlineTotal),
                    v.meets(),
                    v.because()));
        }
        Comparator<ScenarioQuote.TierQuote> cheaper = Comparator.comparing(ScenarioQuote.TierQuote::total);
        Optional<String> cheapest = tiers.stream().min(cheaper).map(ScenarioQuote.TierQuote::tier);
        Optional<String> cheapestMeeting = tiers.stream()
                .filter(q -> q.meets() == ScenarioQuote.Meets.YES || q.meets() == ScenarioQuote.Meets.NOT_ASKED)
                .min(cheaper)
                .map(ScenarioQuote.TierQuote::tier);
        return new ScenarioQuote(
                policy.id(),
                policy.commercial().currency(),
                reading.toString(),
                tiers,
                cheapest,
                cheapestMeeting,
                List.of());
    }

    private record Verdict(ScenarioQuote.Meets meets, String because) {}

    private static Verdict meets(Policy policy, ReadingChoice reading, Tier tier, Scenario.ResponseRequirement r) {
        List<Priority> priorities = r.priority()
                .map(n -> List.of(policy.priorityNamed(n)
                        .orElseThrow(() ->
                                new IllegalArgumentException("the contract has no priority '" + n + "'; priorities: "
                                        + String.join(", ", policy.priorities().keySet())))))
                .orElse(List.copyOf(policy.priorities().values()));
        List<Target> targets = policy.targetsUnder(reading).stream()
                .filter(t -> t.metric() == Metric.FIRST_RESPONSE)
                .filter(t -> t.channels().isEmpty() && t.regions().isEmpty())
                .filter(t -> t.tiers().isEmpty() || t.tiers().contains(tier.key()))
                .toList();
        List<String> reasons = new ArrayList<>();
        ScenarioQuote.Meets result = ScenarioQuote.Meets.YES;
        for (Priority p : priorities) {
            Target best = null;
            for (Target t : targets) {
                if ((t.priorities().any() || t.priorities().keys().contains(p.key()))
                        && (best == null || t.specificity() > best.specificity())) {
                    best = t;
                }
            }
            String who = priorities.size() > 1 ? p.label() + ": " : "";
            if (best == null) {
                reasons.add(who + "no first-response target");
                result = ScenarioQuote.Meets.NO;
                continue;
            }
            if (best.guarantee() == Guarantee.BEST_EFFORT || best.within().isEmpty()) {
                reasons.add(who + "first response on a best-effort basis, no guaranteed time");
                result = ScenarioQuote.Meets.NO;
                continue;
            }
            TargetTime has = best.within().get();
            int cmp = compare(has, r.within());
            String onlyInHours = best.clock().onlyIfRaisedInHours() ? ", only for requests raised in its hours" : "";
            if (cmp == Integer.MIN_VALUE) {
                reasons.add(who + has + onlyInHours + " and " + r.within() + " are not the same kind of time");
                if (result == ScenarioQuote.Meets.YES) {
                    result = ScenarioQuote.Meets.NOT_COMPARABLE;
                }
            } else if (cmp > 0) {
                reasons.add(who + has + onlyInHours + " is longer than " + r.within());
                result = ScenarioQuote.Meets.NO;
            } else {
                reasons.add(who + has + onlyInHours + " is within " + r.within());
            }
        }
        return new Verdict(result, String.join("; ", reasons));
    }

    /** Negative, zero or positive as {@code a} is shorter than, as long as or longer than {@code b}; MIN_VALUE when the kinds differ. */
    static int compare(TargetTime a, TargetTime b) {
        if (a.business() != b.business() || a.isBusinessDays() != b.isBusinessDays()) {
            return Integer.MIN_VALUE;
        }
        if (a.isBusinessDays()) {
            return Integer.signum(a.amount().compareTo(b.amount()));
        }
        return Integer.signum(a.duration().compareTo(b.duration()));
    }
}
