package io.slaudit.billing;

import io.slaudit.policy.PriceBand;
import io.slaudit.policy.PricingRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices one call on a timeline by the contract's rules, before the month's minutes are counted.
 *
 * <p>A support-line call bills its length as regular phone minutes, rounded up per started
 * increment ({@code phone-billed-per-started-minutes}). A hotline call is priced by the terms in
 * force when it starts ({@code start-band}): in regular phone hours it is regular phone support;
 * in a band it costs the band's flat price for the first minutes and the price a minute for every
 * started increment beyond them ({@link PriceBand#priceOf}). Under {@code per-block} it is cut
 * into blocks from its start (the first minutes, then increments; regular minutes in regular
 * hours) and each block is priced by the terms in force when the block starts, the flat price once.
 */
final class CallPricer {

    private final Tariff tariff;
    private final Timeline timeline;
    private final int phoneIncrement;

    CallPricer(Tariff tariff, Timeline timeline) {
        this.tariff = tariff;
        this.timeline = timeline;
        this.phoneIncrement = tariff.rules().phoneIncrementMinutes();
    }

    /** The regular minutes a call of this length bills: per started increment. */
    int regularMinutes(long seconds) {
        long block = phoneIncrement * 60L;
        return (int) (((seconds + block - 1) / block) * phoneIncrement);
    }

    CallCost price(PhoneLine line, long start, long end) {
        long seconds = end - start;
        if (line == PhoneLine.SUPPORT) {
            return new CallCost(
                    Rule.REGULAR_PHONE,
                    Optional.empty(),
                    false,
                    false,
                    regularMinutes(seconds),
                    0,
                    Money.ZERO,
                    List.of());
        }
        Place first = timeline.hotlineAt(start);
        return tariff.rules().hotlineCrossing() == PricingRules.HotlineCrossing.PER_BLOCK
                ? perBlock(first, start, end)
                : startBand(first, start, end);
    }

    private CallCost startBand(Place first, long start, long end) {
        long seconds = end - start;
        boolean crosses = crosses(first, start, end);
        switch (first.kind()) {
            case REGULAR:
                return new CallCost(
                        first.holiday() ? Rule.HOTLINE_HOLIDAY : Rule.HOTLINE_IN_REGULAR_HOURS,
                        Optional.empty(),
                        first.holiday(),
                        crosses,
                        regularMinutes(seconds),
                        0,
                        Money.ZERO,
                        List.of());
            case BAND: {
                PriceBand b = tariff.band(first.band());
                List<ChargeItem> items = new ArrayList<>();
                int minutes = 0;
                if (seconds > 0 && b.firstMinutes() > 0) {
                    items.add(new ChargeItem(
                            ChargeItem.Kind.FIRST_MINUTES,
                            b.label(),
                            b.firstMinutes(),
                            b.firstMinutes(),
                            b.firstPrice(),
                            Money.cents(b.firstPrice())));
                    minutes += b.firstMinutes();
                }
                long beyond = Math.max(0, seconds - b.firstMinutes() * 60L);
                long incrementSeconds = b.incrementMinutes() * 60L;
                int blocks = (int) ((beyond + incrementSeconds - 1) / incrementSeconds);
                if (blocks > 0) {
                    int m = blocks * b.incrementMinutes();
                    items.add(new ChargeItem(
                            ChargeItem.Kind.BLOCKS,
                            b.label(),
                            m,
                            b.incrementMinutes(),
                            b.perMinute(),
                            Money.cents(b.perMinute().multiply(BigDecimal.valueOf(m)))));
                    minutes += m;
                }
                BigDecimal charge = Money.cents(b.priceOf(seconds));
                return new CallCost(
                        first.holiday() ? Rule.HOTLINE_HOLIDAY : Rule.HOTLINE_BAND,
                        Optional.of(b.label()),
                        first.holiday(),
                        crosses,
                        0,
                        minutes,
                        charge,
                        items);
            }
            default:
                return unreachable(crosses);
        }
    }

    private CallCost perBlock(Place first, long start, long end) {
        if (first.kind() == Place.Kind.UNREACHABLE) {
            return unreachable(crosses(first, start, end));
        }
        List<ChargeItem> items = new ArrayList<>();
        BigDecimal charge = Money.ZERO;
        int regular = 0;
        int hotlineMinutes = 0;
        boolean flatCharged = false;
        boolean crosses = crosses(first, start, end);
        long t = start;
        while (t < end) {
            Place p = timeline.hotlineAt(t);
            if (p.kind() == Place.Kind.REGULAR) {
                regular += phoneIncrement;
                t += phoneIncrement * 60L;
                continue;
            }
            if (p.kind() == Place.Kind.UNREACHABLE) {
                // no price: the minute is not billed
                t += 60;
                continue;
            }
            PriceBand b = tariff.band(p.band());
            if (!flatCharged && b.firstMinutes() > 0) {
                items.add(new ChargeItem(
                        ChargeItem.Kind.FIRST_MINUTES,
                        b.label(),
                        b.firstMinutes(),
                        b.firstMinutes(),
                        b.firstPrice(),
                        Money.cents(b.firstPrice())));
                charge = charge.add(b.firstPrice());
                hotlineMinutes += b.firstMinutes();
                flatCharged = true;
                t += b.firstMinutes() * 60L;
                continue;
            }
            flatCharged = true;
            BigDecimal block = b.perMinute().multiply(BigDecimal.valueOf(b.incrementMinutes()));
            ChargeItem last = items.isEmpty() ? null : items.get(items.size() - 1);
            if (last != null
                    && last.kind() == ChargeItem.Kind.BLOCKS
                    && last.label().equals(b.label())) {
                items.set(
                        items.size() - 1,
                        new ChargeItem(
                                ChargeItem.Kind.BLOCKS,
                                b.label(),
                                last.minutes() + b.incrementMinutes(),
                                b.incrementMinutes(),
                                b.perMinute(),
                                Money.cents(last.amount().add(block))));
            } else {
                items.add(new ChargeItem(
                        ChargeItem.Kind.BLOCKS,
                        b.label(),
                        b.incrementMinutes(),
                        b.incrementMinutes(),
                        b.perMinute(),
                        Money.cents(block)));
            }
            charge = charge.add(block);
            hotlineMinutes += b.incrementMinutes();
            t += b.incrementMinutes() * 60L;
        }
        Rule rule = first.kind() == Place.Kind.REGULAR
                ? (first.holiday() ? Rule.HOTLINE_HOLIDAY : Rule.HOTLINE_IN_REGULAR_HOURS)
                : (first.holiday() ? Rule.HOTLINE_HOLIDAY : Rule.HOTLINE_BAND);
        Optional<String> band = first.kind() == Place.Kind.BAND
                ? Optional.of(tariff.band(first.band()).label())
                : Optional.empty();
        return new CallCost(rule, band, first.holiday(), crosses, regular, hotlineMinutes, Money.cents(charge), items);
    }

    private CallCost unreachable(boolean crosses) {
        return new CallCost(Rule.HOTLINE_NOT_REACHABLE, Optional.empty(), false, crosses, 0, 0, Money.ZERO, List.of());
    }

    /**
     * Whether the call meets other terms than its first moment's, looked at on every whole minute
     * it spans (bands and hours begin and end on whole minutes).
     */
    private boolean crosses(Place first, long start, long end) {
        for (long t = Math.floorDiv(start, 60) * 60 + 60; t < end; t += 60) {
            if (!sameTerms(timeline.hotlineAt(t), first)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameTerms(Place a, Place b) {
        return a.kind() == b.kind() && a.band() == b.band();
    }
}
