package io.slaudit.drift;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.compare.TimeToDeadline;
import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.Guarantee;
import io.slaudit.policy.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a kind of ticket is promised on one metric: the target that applies to it, the calendar that
 * target counts on (its own, the ticket's region's, or the default), and how business days are
 * read. Two promises are compared aspect by aspect: the guarantee, the clock's rules, and the time,
 * as a plain difference where both count the same thing on the same hours, else by the worst-case
 * wall-clock time to the deadline over the year.
 *
 * @param index the target's place in its contract's {@code targets:} list (from 0), for its line;
 *     -1 for a target that no contract file holds (a ticketing system's)
 */
record Promise(Target target, int index, String calendarName, BusinessCalendar calendar, BusinessDayRule rule) {

    Promise {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(calendarName, "calendarName");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rule, "rule");
    }

    boolean guaranteedTime() {
        return target.guarantee() == Guarantee.GUARANTEED && target.within().isPresent();
    }

    /** The promise as written: {@code 4 business hours}, {@code best effort}, {@code 24 hours, best effort}. */
    String written() {
        String time = target.within().map(Object::toString).orElse("no time");
        return target.guarantee() == Guarantee.BEST_EFFORT ? time + ", best effort" : time;
    }

    /**
     * How a promise moved from {@code old} to this one.
     *
     * @param calendarsAlike whether the two calendars may be taken to count the same hours (a
     *     calendar whose definition changed is reported on its own): the times are then compared as
     *     numbers where they count the same thing
     */
    static Verdict compare(Promise old, Promise now, boolean calendarsAlike, WorstCases worst) {
        List<Classification> aspects = new ArrayList<>();
        List<String> what = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Optional<String> effect = Optional.empty();
        String field = "within";
        Target o = old.target;
        Target n = now.target;
        if (o.guarantee() != n.guarantee()) {
            boolean nowGuaranteed = n.guarantee() == Guarantee.GUARANTEED;
            aspects.add(nowGuaranteed ? Classification.TIGHTENED : Classification.LOOSENED);
            what.add(nowGuaranteed ? "best effort -> guaranteed" : "guaranteed -> best effort");
            field = "guarantee";
        }
        if (o.clock().onlyIfRaisedInHours() != n.clock().onlyIfRaisedInHours()) {
            boolean now1 = n.clock().onlyIfRaisedInHours();
            aspects.add(now1 ? Classification.LOOSENED : Classification.TIGHTENED);
            what.add(now1 ? "now only for requests raised in hours" : "no longer only for requests raised in hours");
            field = "clock";
        }
        if (o.clock().startsAtNextOpening() != n.clock().startsAtNextOpening()) {
            boolean now1 = n.clock().startsAtNextOpening();
            aspects.add(now1 ? Classification.LOOSENED : Classification.TIGHTENED);
            what.add(now1 ? "clock now starts at the next opening" : "clock now starts at the request");
            field = "clock";
        }
        boolean timed = o.within().isPresent() && n.within().isPresent();
        if (o.within().isPresent() != n.within().isPresent()) {
            aspects.add(n.within().isPresent() ? Classification.TIGHTENED : Classification.LOOSENED);
            what.add(o.within().map(Object::toString).orElse("no time") + " -> "
                    + n.within().map(Object::toString).orElse("no time"));
            field = "within";
        } else if (timed) {
            Lengths.Length a = Lengths.of(o.within().get(), old.rule);
            Lengths.Length b = Lengths.of(n.within().get(), now.rule);
            boolean sameHours = calendarsAlike || old.calendar.equals(now.calendar);
            boolean sameText = o.within().equals(n.within()) && (a.kind() != Lengths.Kind.BUSINESS_DAYS || a.equals(b));
            if (sameHours && Lengths.comparable(a, b) && !sameText) {
                int sign = b.amount().compareTo(a.amount());
                if (sign != 0) {
                    aspects.add(sign > 0 ? Classification.LOOSENED : Classification.TIGHTENED);
                    what.add(Lengths.change(o.within().get(), n.within().get()));
                    effect = Optional.of("by " + Lengths.difference(a, b));
                    field = "within";
                }
            } else if (!(sameHours && sameText)) {
                Optional<TimeToDeadline.Figures> fa = worst.of(o, old.calendar, old.rule);
                Optional<TimeToDeadline.Figures> fb = worst.of(n, now.calendar, now.rule);
                String from = o.within().get() + onCalendar(old, now);
                String to = n.within().get() + onCalendar(now, old);
                if (!from.equals(to)) {
                    what.add(from + " -> " + to);
                }
                if (fa.isPresent() && fb.isPresent()) {
                    long d = fb.get().worstSeconds() - fa.get().worstSeconds();
                    if (d != 0) {
                        aspects.add(d > 0 ? Classification.LOOSENED : Classification.TIGHTENED);
                        effect = Optional.of(
                                "worst case " + Lengths.wallClock(fa.get().worstSeconds()) + " -> "
                                        + Lengths.wallClock(fb.get().worstSeconds()) + " (" + (d > 0 ? "+" : "-")
                                        + Lengths.wallClock(Math.abs(d)) + ")");
                    } else if (!from.equals(to)) {
                        effect = Optional.of("worst case unchanged at "
                                + Lengths.wallClock(fa.get().worstSeconds()));
                    }
                    details.add("worst case before: " + WorstCases.describe(fa, old.calendar));
                    details.add("worst case now: " + WorstCases.describe(fb, now.calendar));
                } else if (!from.equals(to)) {
                    effect = Optional.of("worst case " + WorstCases.describe(fa, old.calendar) + " -> "
                            + WorstCases.describe(fb, now.calendar));
                }
                field = "within";
            }
        }
        return new Verdict(Classification.combine(aspects), String.join("; ", what), effect, details, field);
    }

    private static String onCalendar(Promise p, Promise other) {
        return p.calendarName.equals(other.calendarName) ? "" : " on '" + p.calendarName + "'";
    }

    /**
     * How a promise moved: its classification, what changed ({@code 4 -> 8 business hours}), its
     * size, the worst cases behind it, and the target key whose line shows the change.
     */
    record Verdict(
            Classification classification, String what, Optional<String> effect, List<String> details, String field) {
        boolean changed() {
            return !what.isEmpty() || effect.isPresent();
        }
    }
}
