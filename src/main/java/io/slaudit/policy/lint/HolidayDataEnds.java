package io.slaudit.policy.lint;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.HolidayRegion;
import io.slaudit.calendar.HolidayRule;
import io.slaudit.calendar.PublicHolidays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Holiday data that runs out while the contract is still in force (two years from today, or the
 * contract's end if sooner). Two sources can run out: the public holidays of a region, which
 * slaudit trusts only up to {@link PublicHolidays#LAST_TRUSTED_YEAR} (the audit rejects tickets
 * after that), and the closed dates a calendar lists itself, after whose last one every such day
 * silently counts as open.
 */
final class HolidayDataEnds implements LintRule {

    @Override
    public String id() {
        return "holiday-data-ends";
    }

    @Override
    public String summary() {
        return "a calendar's holiday data (a region's public holidays, or the dates it lists itself) ends"
                + " within the next two years while the contract is in force";
    }

    @Override
    public List<LintWarning> check(LintSubject c) {
        LocalDate horizon = c.horizon();
        if (horizon.isBefore(c.today())) {
            return List.of(); // the contract has ended: its past is covered or it is not
        }
        List<LintWarning> out = new ArrayList<>();
        LocalDate trustedUntil = LocalDate.of(PublicHolidays.LAST_TRUSTED_YEAR, 12, 31);
        for (Map.Entry<String, BusinessCalendar> e : c.policy().calendars().entrySet()) {
            String name = e.getKey();
            List<HolidayRule> rules = e.getValue().holidays();
            List<HolidayRegion> regions = e.getValue().regions();
            if (!regions.isEmpty() && trustedUntil.isBefore(horizon)) {
                int first = firstIndex(rules, HolidayRule.Regional.class);
                out.add(c.warning(
                        this,
                        "calendars/" + name + "/holidays/" + first,
                        "calendar '" + name + "' closes on the public holidays of "
                                + regions.stream().map(HolidayRegion::toString).collect(Collectors.joining(", "))
                                + ", whose data (" + c.holidays().source() + ") slaudit trusts only until "
                                + trustedUntil + ", before " + horizon + reason(c, horizon)
                                + "; an audit rejects tickets after " + trustedUntil
                                + " until slaudit ships newer holiday data"));
            }
            int last = -1;
            LocalDate lastDate = null;
            for (int i = 0; i < rules.size(); i++) {
                LocalDate end = rules.get(i) instanceof HolidayRule.OnDate d
                        ? d.date()
                        : rules.get(i) instanceof HolidayRule.Period p ? p.to() : null;
                if (end != null && (lastDate == null || end.isAfter(lastDate))) {
                    lastDate = end;
                    last = i;
                }
            }
            if (lastDate != null && lastDate.isBefore(horizon)) {
                out.add(c.warning(
                        this,
                        "calendars/" + name + "/holidays/" + last,
                        "calendar '" + name + "' lists its own closed dates only until " + lastDate
                                + ", before " + horizon + reason(c, horizon)
                                + "; after that such days count as open days unless the list is extended"));
            }
        }
        return out;
    }

    private static String reason(LintSubject c, LocalDate horizon) {
        return horizon.equals(c.today().plusYears(LintSubject.HORIZON_YEARS))
                ? " (two years from " + c.today() + ")"
                : " (the contract's effective-to)";
    }

    private static int firstIndex(List<HolidayRule> rules, Class<?> kind) {
        for (int i = 0; i < rules.size(); i++) {
            if (kind.isInstance(rules.get(i))) {
                return i;
            }
        }
        return 0;
    }
}
