package io.slaudit.billing;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.WeeklyHours;
import io.slaudit.policy.CommercialTerms;
import io.slaudit.policy.Hotline;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PriceBand;
import io.slaudit.policy.PricingRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contract's phone and hotline terms compiled for pricing under one set of pricing rules: the
 * support line's hours, the hotline's reachable hours, the regular hours in which a hotline call is
 * regular phone support, and each price band as a clock of its own (in the hotline's zone, DST
 * included), so that "which band is this instant in" is one lookup.
 */
final class Tariff {

    private final Policy policy;
    private final PricingRules rules;
    private final ZoneId zone;
    private final Optional<BusinessClock> support;
    private final Optional<Hotline> hotline;
    private final Optional<BusinessClock> reachable;
    private final Optional<BusinessClock> regular;
    private final List<BusinessClock> bands = new ArrayList<>();
    private final int holidayBand;
    private final Timeline instants;
    /** Local times of the regular hours' zone; the tariff prices one bill at a time, on one thread. */
    private final io.slaudit.calendar.ZoneTime regularTime;

    Tariff(Policy policy, PricingRules rules, PublicHolidays holidays) {
        this.policy = policy;
        this.rules = rules;
        CommercialTerms c = policy.commercial();
        this.support = c.phoneSupport().map(p -> clock(policy.calendars().get(p.calendar()), holidays));
        this.hotline = c.hotline();
        this.reachable = hotline.map(h -> clock(policy.calendars().get(h.calendar()), holidays));
        this.regular = hotline.flatMap(Hotline::regularHoursCalendar)
                .map(r -> clock(policy.calendars().get(r), holidays));
        ZoneId hotlineZone =
                hotline.map(h -> policy.calendars().get(h.calendar()).zone()).orElse(null);
        hotline.ifPresent(h -> {
            for (PriceBand b : h.bands()) {
                bands.add(
                        BusinessClock.of(new BusinessCalendar(hotlineZone, b.hours(), List.of(), List.of()), holidays));
            }
        });
        this.holidayBand = rules.hotlineOnHolidays()
                .band()
                .map(label -> hotline.map(h -> labelIndex(h, label)).orElse(-1))
                .orElse(-1);
        this.zone = c.phoneSupport()
                .map(p -> policy.calendars().get(p.calendar()).zone())
                .or(() -> Optional.ofNullable(hotlineZone))
                .orElseGet(policy::zone);
        this.regularTime = new io.slaudit.calendar.ZoneTime(
                regular.map(BusinessClock::zone).orElse(zone));
        this.instants = new Instants();
    }

    private static int labelIndex(Hotline h, String label) {
        for (int i = 0; i < h.bands().size(); i++) {
            if (h.bands().get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private static BusinessClock clock(BusinessCalendar calendar, PublicHolidays holidays) {
        return BusinessClock.of(calendar, holidays);
    }

    Policy policy() {
        return policy;
    }

    PricingRules rules() {
        return rules;
    }

    /** The zone of the bill: months, dates and local times of calls. */
    ZoneId zone() {
        return zone;
    }

    boolean hasHotline() {
        return hotline.isPresent();
    }

    List<PriceBand> bands() {
        return hotline.map(Hotline::bands).orElse(List.of());
    }

    PriceBand band(int index) {
        return bands().get(index);
    }

    /** The contract's calendar for real instants: holidays, exceptions and DST as the calendars say. */
    Timeline instants() {
        return instants;
    }

    private final class Instants implements Timeline {
        @Override
        public boolean supportOpen(long t) {
            return support.map(c -> c.isOpenAt(t)).orElse(true);
        }

        /** The local date last looked at, its weekday's regular hours and whether it is a holiday. */
        private long day = Long.MIN_VALUE;

        private DayHours weekly = DayHours.CLOSED;
        private boolean holiday;

        @Override
        public Place hotlineAt(long t) {
            if (reachable.isEmpty() || !reachable.get().isOpenAt(t)) {
                return Place.UNREACHABLE;
            }
            if (regular.isEmpty()) {
                return bandAt(t, false);
            }
            BusinessClock r = regular.get();
            long local = regularTime.local(t);
            long epochDay = Math.floorDiv(local, 86_400);
            if (epochDay != day) {
                LocalDate date = LocalDate.ofEpochDay(epochDay);
                day = epochDay;
                weekly = r.calendar().hours().on(date.getDayOfWeek());
                holiday = r.hoursOn(date).isClosed() && !weekly.isClosed();
            }
            if (holiday && holidayBand >= 0) {
                return Place.band(holidayBand, true);
            }
            if (r.isOpenAt(t)) {
                return Place.REGULAR;
            }
            Place band = bandAt(t, holiday);
            if (band.kind() != Place.Kind.UNREACHABLE) {
                return band;
            }
            // Closed by a holiday or an exception in hours that are regular on this weekday: the
            // bands leave them to the regular terms, so the holiday rule decides.
            if (weekly.contains((int) Math.floorMod(local, 86_400L))) {
                return holidayBand >= 0 ? Place.band(holidayBand, true) : Place.regular(true);
            }
            return Place.UNREACHABLE;
        }

        private Place bandAt(long t, boolean holiday) {
            for (int i = 0; i < bands.size(); i++) {
                if (bands.get(i).isOpenAt(t)) {
                    return Place.band(i, holiday);
                }
            }
            return Place.UNREACHABLE;
        }
    }

    /**
     * A regular week without holidays or DST, for scenarios: moment 0 is Monday 00:00 and the week
     * repeats.
     */
    Timeline week() {
        CommercialTerms c = policy.commercial();
        Optional<WeeklyHours> supportHours =
                c.phoneSupport().map(p -> policy.calendars().get(p.calendar()).hours());
        Optional<WeeklyHours> reachableHours =
                hotline.map(h -> policy.calendars().get(h.calendar()).hours());
        Optional<WeeklyHours> regularHours = hotline.flatMap(Hotline::regularHoursCalendar)
                .map(r -> policy.calendars().get(r).hours());
        return new Timeline() {
            @Override
            public boolean supportOpen(long t) {
                return supportHours.map(h -> open(h, t)).orElse(true);
            }

            @Override
            public Place hotlineAt(long t) {
                if (reachableHours.isEmpty() || !open(reachableHours.get(), t)) {
                    return Place.UNREACHABLE;
                }
                if (regularHours.isPresent() && open(regularHours.get(), t)) {
                    return Place.REGULAR;
                }
                for (int i = 0; i < bands().size(); i++) {
                    if (open(bands().get(i).hours(), t)) {
                        return Place.band(i, false);
                    }
                }
                return Place.UNREACHABLE;
            }
        };
    }

    private static final long WEEK = 7 * 86_400L;

    private static boolean open(WeeklyHours hours, long t) {
        long inWeek = Math.floorMod(t, WEEK);
        DayOfWeek day = DayOfWeek.of((int) (inWeek / 86_400) + 1);
        return hours.on(day).contains((int) (inWeek % 86_400));
    }
}
