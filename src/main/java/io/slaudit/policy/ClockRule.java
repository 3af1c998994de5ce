package io.slaudit.policy;

/**
 * When a target's clock starts, and for which requests it runs at all. The default starts at the
 * request and holds for every request. {@code start: next-opening} waits for the target
 * calendar's next opening (for clock-time targets such as "24 hours from the start of business");
 * {@code only-if-raised-in-hours} limits the guarantee to requests raised while the calendar is
 * open (one reading of "guaranteed only Mon-Fri 9-18").
 */
public record ClockRule(boolean startsAtNextOpening, boolean onlyIfRaisedInHours) {

    public static final ClockRule DEFAULT = new ClockRule(false, false);

    public boolean isDefault() {
        return !startsAtNextOpening && !onlyIfRaisedInHours;
    }
}
