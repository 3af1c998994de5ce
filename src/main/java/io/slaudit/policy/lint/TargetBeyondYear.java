package io.slaudit.policy.lint;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.CalendarRangeException;
import io.slaudit.policy.Policy;
import io.slaudit.policy.Region;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A target longer than a year of the open time it is counted on: "3000 business hours" on
 * Mon-Fri 09:00-17:00 (about 2,000 open hours a year) is due more than a year after the ticket,
 * which no support promise means; usually a unit slipped (minutes for hours, business days for
 * hours). A target counts on its own calendar, or on the calendar of the ticket's region, so every
 * calendar it can count on is checked; the year is the one from today, holidays included. Time
 * that is not business time counts on the wall clock, whose year is 365 days.
 */
final class TargetBeyondYear implements LintRule {

    @Override
    public String id() {
        return "target-exceeds-year";
    }

    @Override
    public String summary() {
        return "a target allows more than a year of its calendar's open time";
    }

    @Override
    public List<LintWarning> check(LintSubject c) {
        List<LintWarning> out = new ArrayList<>();
        Policy policy = c.policy();
        Map<String, Optional<YearOfOpenTime>> years = new HashMap<>();
        for (int i = 0; i < policy.targets().size(); i++) {
            Target t = policy.targets().get(i);
            if (t.within().isEmpty()) {
                continue;
            }
            TargetTime within = t.within().get();
            String path = "targets/" + i + "/within";
            if (!within.business()) {
                long seconds = within.duration().getSeconds();
                if (seconds > 365L * 86_400) {
                    out.add(c.warning(
                            this,
                            path,
                            TargetText.of(i, t) + " allows " + within + ", more than a year on the wall clock"
                                    + " (365 days); the deadline lies more than a year after the ticket"));
                }
                continue;
            }
            for (String name : calendarsOf(t, policy)) {
                BusinessCalendar calendar = policy.calendars().get(name);
                if (calendar == null) {
                    continue;
                }
                Optional<YearOfOpenTime> measured = years.computeIfAbsent(name, n -> {
                    try {
                        return Optional.of(YearOfOpenTime.from(BusinessClock.of(calendar, c.holidays()), c.today()));
                    } catch (CalendarRangeException e) {
                        return Optional.empty(); // a today beyond the years slaudit computes: nothing to measure
                    }
                });
                if (measured.isEmpty()) {
                    continue;
                }
                YearOfOpenTime year = measured.get();
                boolean longer = within.isBusinessDays()
                        ? within.amount().compareTo(BigDecimal.valueOf(year.openDays())) > 0
                        : within.duration().getSeconds() > year.openSeconds();
                if (longer) {
                    String measure = within.isBusinessDays()
                            ? year.openDays() + " business days"
                            : hours(year.openSeconds()) + " open hours";
                    out.add(c.warning(
                            this,
                            path,
                            TargetText.of(i, t) + " allows " + within + ", more than a year of calendar '" + name
                                    + "' (" + measure + " from " + year.from() + " to " + year.to()
                                    + "); the deadline lies more than a year after the ticket"));
                }
            }
        }
        return out;
    }

    /** The calendars a target can count on: its own, else its regions', else the default and every region's. */
    static Set<String> calendarsOf(Target t, Policy policy) {
        Set<String> out = new LinkedHashSet<>();
        if (t.calendar().isPresent()) {
            out.add(t.calendar().get());
            return out;
        }
        if (!t.regions().isEmpty()) {
            for (String r : t.regions()) {
                Region region = policy.regions().get(r);
                if (region != null) {
                    out.add(region.calendar());
                }
            }
            return out;
        }
        out.add(policy.defaultCalendar());
        policy.regions().values().forEach(r -> out.add(r.calendar()));
        return out;
    }

    private static String hours(long seconds) {
        return seconds % 3600 == 0
                ? String.format(Locale.ROOT, "%,d", seconds / 3600)
                : String.format(Locale.ROOT, "%,.2f", seconds / 3600.0);
    }

    /** The open time of a calendar in the year from a date: seconds, and days with any open time. */
    record YearOfOpenTime(LocalDate from, LocalDate to, long openSeconds, long openDays) {

        static YearOfOpenTime from(BusinessClock clock, LocalDate today) {
            LocalDate to = today.plusYears(1);
            ZonedDateTime start = today.atStartOfDay(clock.zone());
            ZonedDateTime end = to.atStartOfDay(clock.zone());
            long seconds = clock.elapsedSeconds(start.toEpochSecond(), end.toEpochSecond());
            long days = 0;
            for (long d = today.toEpochDay(); d < to.toEpochDay(); d++) {
                if (clock.openSecondsOnDay(d) > 0) {
                    days++;
                }
            }
            return new YearOfOpenTime(today, to, seconds, days);
        }
    }
}
