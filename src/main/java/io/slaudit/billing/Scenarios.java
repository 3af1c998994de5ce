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

    /** The scenario under the contract's default readings and every other reading that changes it. */
    public static ScenarioQuote quote(Policy policy, Scenario scenario) {
        return quote(policy, scenario, policy.defaultReading());
    }

    /**
     * The scenario under a reading, with the same under each other reading of the price list (every
     * one, whether it changes this scenario's figures or not: a document states every open
     * question of the price list) and under each other reading that changes whether a tier meets
     * the requirement (guaranteed hours read as clock hours).
     *
     * @throws IllegalArgumentException when the scenario names a package or priority the contract lacks
     */
    public static ScenarioQuote quote(Policy policy, Scenario scenario, ReadingChoice reading) {
        ScenarioQuote main = quoteOne(policy, scenario, reading, Optional.empty());
        List<ScenarioQuote> others = new ArrayList<>();
        List<ReadingChoice> pricing = policy.otherPricingReadings(reading);
        for (ReadingChoice alt : pricing) {
            others.add(quoteOne(policy, scenario, alt, changeOf(reading, alt)));
        }
        if (scenario.requirement().isPresent()) {
            for (ReadingChoice alt : policy.otherReadings(reading)) {
                if (pricing.contains(alt)) {
                    continue;
                }
                ScenarioQuote q = quoteOne(policy, scenario, alt, changeOf(reading, alt));
                if (!q.tiers().stream()
                        .map(ScenarioQuote.TierQuote::meets)
                        .toList()
                        .equals(main.tiers().stream()
                                .map(ScenarioQuote.TierQuote::meets)
                                .toList())) {
                    others.add(q);
                }
            }
        }
        return new ScenarioQuote(
                main.policy(),
                main.currency(),
                main.reading(),
                Optional.empty(),
                main.tiers(),
                main.cheapest(),
                main.cheapestMeeting(),
                others);
    }

    /** The one ambiguity {@code alt} reads otherwise than {@code base}. */
    private static Optional<ScenarioQuote.ReadingChange> changeOf(ReadingChoice base, ReadingChoice alt) {
        return alt.choices().entrySet().stream()
                .filter(e -> !e.getValue().equals(base.readingOf(e.getKey())))
                .findFirst()
                .map(e -> new ScenarioQuote.ReadingChange(e.getKey(), e.getValue()));
    }

    private static ScenarioQuote quoteOne(
            Policy policy, Scenario scenario, ReadingChoice reading, Optional<ScenarioQuote.ReadingChange> changed) {
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
            ScenarioQuote.Verdict v = scenario.requirement()
                    .map(r -> requirement(policy, reading, Optional.of(t.key()), r))
                    .orElse(ScenarioQuote.Verdict.NOT_ASKED);
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
                    v));
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
                changed,
                tiers,
                cheapest,
                cheapestMeeting,
                List.of());
    }

    /**
     * Whether a tier of the contract, or with an empty {@code tier} a request without one (a
     * contract without tiers), meets the requirement under a reading: the first-response target
     * each priority asked about gets (the most specific that applies, as the audit chooses it,
     * among targets for any channel and region) is guaranteed and no longer than required.
     *
     * @throws IllegalArgumentException when the requirement names a priority or tier the contract lacks
     */
    public static ScenarioQuote.Verdict requirement(
            Policy policy, ReadingChoice reading, Optional<String> tier, Scenario.ResponseRequirement r) {
        if (r.unanswerable().isPresent()) {
            return new ScenarioQuote.Verdict(
                    ScenarioQuote.Meets.NO,
                    r.unanswerable().get(),
                    List.of(new ScenarioQuote.Check(
                            Optional.empty(),
                            Optional.empty(),
                            ScenarioQuote.Outcome.NO_PRIORITY,
                            Optional.empty(),
                            false)));
        }
        tier.ifPresent(k -> {
            if (!policy.commercial().tiers().containsKey(k)) {
                throw new IllegalArgumentException("the contract has no tier '" + k + "'");
            }
        });
        List<Priority> priorities = r.priority()
                .map(n -> List.of(policy.priorityNamed(n)
                        .orElseThrow(() ->
                                new IllegalArgumentException("the contract has no priority '" + n + "'; priorities: "
                                        + String.join(", ", policy.priorities().keySet())))))
                .orElse(List.copyOf(policy.priorities().values()));
        List<Target> targets = policy.targetsUnder(reading).stream()
                .filter(t -> t.metric() == Metric.FIRST_RESPONSE)
                .filter(t -> t.channels().isEmpty() && t.regions().isEmpty())
                .filter(t -> t.tiers().isEmpty()
                        || tier.map(k -> t.tiers().contains(k)).orElse(false))
                .toList();
        List<String> reasons = new ArrayList<>();
        List<ScenarioQuote.Check> checks = new ArrayList<>();
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
            Optional<String> key = Optional.of(p.key());
            Optional<String> label = Optional.of(p.label());
            if (best == null) {
                reasons.add(who + "no first-response target");
                checks.add(
                        new ScenarioQuote.Check(key, label, ScenarioQuote.Outcome.NO_TARGET, Optional.empty(), false));
                result = ScenarioQuote.Meets.NO;
                continue;
            }
            if (best.guarantee() == Guarantee.BEST_EFFORT || best.within().isEmpty()) {
                reasons.add(who + "first response on a best-effort basis, no guaranteed time");
                checks.add(
                        new ScenarioQuote.Check(key, label, ScenarioQuote.Outcome.BEST_EFFORT, best.within(), false));
                result = ScenarioQuote.Meets.NO;
                continue;
            }
            TargetTime has = best.within().get();
            int cmp = compare(has, r.within());
            boolean inHours = best.clock().onlyIfRaisedInHours();
            String onlyInHours = inHours ? ", only for requests raised in its hours" : "";
            if (cmp == Integer.MIN_VALUE) {
                reasons.add(who + has + onlyInHours + " and " + r.within() + " are not the same kind of time");
                checks.add(new ScenarioQuote.Check(
                        key, label, ScenarioQuote.Outcome.NOT_COMPARABLE, Optional.of(has), inHours));
                if (result == ScenarioQuote.Meets.YES) {
                    result = ScenarioQuote.Meets.NOT_COMPARABLE;
                }
            } else if (cmp > 0) {
                reasons.add(who + has + onlyInHours + " is longer than " + r.within());
                checks.add(
                        new ScenarioQuote.Check(key, label, ScenarioQuote.Outcome.LONGER, Optional.of(has), inHours));
                result = ScenarioQuote.Meets.NO;
            } else {
                reasons.add(who + has + onlyInHours + " is within " + r.within());
                checks.add(
                        new ScenarioQuote.Check(key, label, ScenarioQuote.Outcome.WITHIN, Optional.of(has), inHours));
            }
        }
        return new ScenarioQuote.Verdict(result, String.join("; ", reasons), checks);
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
