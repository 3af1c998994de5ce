package io.slaudit.policy.lint;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.policy.Ambiguity;
import io.slaudit.policy.Hotline;
import io.slaudit.policy.Policy;
import java.util.List;
import java.util.Optional;

/**
 * A hotline priced by weekday and hour whose regular support closes on public holidays, while the
 * contract says nothing of what a call costs on a weekday holiday: neither {@code pricing:
 * hotline-on-holidays} nor a reading of an ambiguity that sets it. slaudit then prices the day as
 * its weekday (the default of docs/billing.md), which may be a price list's gap rather than its
 * meaning: the regular-hours band names no price for hours in which regular support is closed.
 */
final class HotlineHolidayPriceUnstated implements LintRule {

    @Override
    public String id() {
        return "hotline-holiday-price-unstated";
    }

    @Override
    public String summary() {
        return "the hotline's price on a weekday public holiday is not stated (no pricing.hotline-on-holidays,"
                + " no reading that sets it)";
    }

    @Override
    public List<LintWarning> check(LintSubject c) {
        Policy p = c.policy();
        Optional<Hotline> hotline = p.commercial().hotline();
        if (hotline.isEmpty() || hotline.get().bands().isEmpty()) {
            return List.of();
        }
        String regular =
                hotline.get().regularHoursCalendar().orElse(hotline.get().calendar());
        BusinessCalendar calendar = p.calendars().get(regular);
        if (calendar == null
                || (calendar.regions().isEmpty() && calendar.holidays().isEmpty())) {
            return List.of(); // no holidays close it: a holiday is priced as any other day
        }
        if (c.positions().node("pricing/hotline-on-holidays").isPresent()) {
            return List.of();
        }
        for (Ambiguity a : p.ambiguities().values()) {
            for (Ambiguity.Reading r : a.readings().values()) {
                if (r.pricing().hotlineOnHolidays().isPresent()) {
                    return List.of();
                }
            }
        }
        return List.of(c.warning(
                this,
                "hotline/bands",
                "the hotline '" + hotline.get().label() + "' is priced by weekday and hour and calendar '" + regular
                        + "' closes on public holidays, but the contract does not say what a call costs on a weekday"
                        + " holiday; slaudit prices it as its weekday. State it with pricing: { hotline-on-holidays:"
                        + " weekday | { band: LABEL } }, or as an ambiguity whose readings set it"));
    }
}
