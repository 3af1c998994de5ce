package io.slaudit.policy.lint;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.HolidayRule;
import io.slaudit.calendar.OpenWindow;
import io.slaudit.input.YamlNode;
import io.slaudit.policy.Channel;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar meant to run around the clock whose windows leave a gap: {@code 00:00-23:59} closes
 * the last minute of each day, a forgotten weekend closes two days, holidays close it on public
 * holidays. A calendar is taken as meant for 24/7 when its name, or the name of a channel or
 * hotline that runs on it, says so ("always", "24/7", "24h", "rund um die Uhr", ...), or when it is
 * open at least {@value #NEARLY_ALWAYS_PERCENT}% of the week but not all of it: gaps that small are
 * slips, not opening hours.
 */
final class RoundTheClockGap implements LintRule {

    static final int NEARLY_ALWAYS_PERCENT = 90;

    private static final Pattern ROUND_THE_CLOCK = Pattern.compile(
            "(?iu)(\\b24\\s*[/x×]\\s*7\\b|\\b24\\s*-?\\s*(h|hours?|stunden|std)\\b|round[- ]the[- ]clock"
                    + "|around[- ]the[- ]clock|rund um die uhr|\\balways\\b|\\bdurchgehend\\b|\\bimmer\\b)");

    private static final int DAY = OpenWindow.DAY_SECONDS;

    private static final int SHOWN_GAPS = 6;

    @Override
    public String id() {
        return "round-the-clock-gap";
    }

    @Override
    public String summary() {
        return "a calendar meant to be open 24/7 (by its name, its channel's or hotline's, or being open"
                + " nearly all week) leaves a gap in its windows or closes on holidays";
    }

    @Override
    public List<LintWarning> check(LintSubject c) {
        List<LintWarning> out = new ArrayList<>();
        for (Map.Entry<String, BusinessCalendar> e : c.policy().calendars().entrySet()) {
            String name = e.getKey();
            BusinessCalendar calendar = e.getValue();
            long open = calendar.hours().wallClockSecondsPerWeek();
            Optional<String> intent = intent(c, name, open);
            if (intent.isEmpty()) {
                continue;
            }
            List<String> gaps = new ArrayList<>();
            DayOfWeek firstGapDay = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                for (int[] gap : gaps(calendar.hours().on(d))) {
                    gaps.add(weekday(d) + " " + OpenWindow.clock(gap[0]) + "-" + OpenWindow.clock(gap[1]));
                    if (firstGapDay == null) {
                        firstGapDay = d;
                    }
                }
            }
            if (!gaps.isEmpty()) {
                String shown = String.join(", ", gaps.subList(0, Math.min(SHOWN_GAPS, gaps.size())))
                        + (gaps.size() > SHOWN_GAPS ? " and " + (gaps.size() - SHOWN_GAPS) + " more" : "");
                out.add(c.warning(
                        this,
                        hoursPath(c, name, firstGapDay),
                        "calendar '" + name + "' looks meant to be open around the clock (" + intent.get()
                                + ") but its hours leave it closed " + shown + "; write \"00:00-24:00\" for"
                                + " a whole day, or rename it if the gaps are meant"));
            }
            List<HolidayRule> holidays = calendar.holidays();
            if (!holidays.isEmpty()) {
                out.add(c.warning(
                        this,
                        "calendars/" + name + "/holidays",
                        "calendar '" + name + "' looks meant to be open around the clock (" + intent.get()
                                + ") but its holidays close it all day; a round-the-clock service usually runs"
                                + " on holidays too"));
            }
        }
        return out;
    }

    /** Why the calendar looks meant for 24/7, or empty. */
    private static Optional<String> intent(LintSubject c, String name, long openPerWeek) {
        if (ROUND_THE_CLOCK.matcher(name).find()) {
            return Optional.of("its name");
        }
        for (Channel ch : c.policy().channels().values()) {
            if (ch.calendar().filter(name::equals).isPresent()
                    && (ROUND_THE_CLOCK.matcher(ch.key()).find()
                            || ch.label()
                                    .map(l -> ROUND_THE_CLOCK.matcher(l).find())
                                    .orElse(false))) {
                return Optional.of("channel '" + ch.key() + "' runs on it");
            }
        }
        var hotline = c.policy().commercial().hotline();
        if (hotline.isPresent()
                && hotline.get().calendar().equals(name)
                && ROUND_THE_CLOCK.matcher(hotline.get().label()).find()) {
            return Optional.of("the hotline '" + hotline.get().label() + "' runs on it");
        }
        long week = 7L * DAY;
        if (openPerWeek < week && openPerWeek * 100 >= week * NEARLY_ALWAYS_PERCENT) {
            return Optional.of("it is open " + openPerWeek * 100 / week + "% of the week");
        }
        return Optional.empty();
    }

    /** The closed stretches of a day as [start, end) seconds of the day. */
    static List<int[]> gaps(DayHours hours) {
        List<OpenWindow> windows = new ArrayList<>(hours.windows());
        windows.sort(null);
        List<int[]> out = new ArrayList<>();
        int at = 0;
        for (OpenWindow w : windows) {
            if (w.startSecond() > at) {
                out.add(new int[] {at, w.startSecond()});
            }
            at = Math.max(at, w.endSecond());
        }
        if (at < DAY) {
            out.add(new int[] {at, DAY});
        }
        return out;
    }

    /** The hours entry (such as {@code mon-fri}) that covers the day with the first gap, else the hours. */
    private static String hoursPath(LintSubject c, String name, DayOfWeek day) {
        String hours = "calendars/" + name + "/hours";
        Optional<YamlNode> node = c.positions().node(hours);
        if (node.isPresent() && node.get() instanceof YamlNode.Mapping m) {
            String covering = null;
            for (String key : m.entries().keySet()) {
                if (covers(key, day)) {
                    covering = key; // a later key overrides an earlier one for the same weekday
                }
            }
            if (covering != null) {
                return hours + "/" + covering;
            }
        }
        return hours;
    }

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private static boolean covers(String key, DayOfWeek day) {
        String[] parts = key.trim().toLowerCase(Locale.ROOT).split("-", -1);
        if (parts.length > 2) {
            return false;
        }
        int first = DAYS.indexOf(parts[0].trim());
        int last = parts.length == 2 ? DAYS.indexOf(parts[1].trim()) : first;
        if (first < 0 || last < 0) {
            return false;
        }
        int d = day.getValue() - 1;
        // a range that wraps (fri-mon) runs through the weekend, as the calendar reader reads it
        return first <= last ? d >= first && d <= last : d >= first || d <= last;
    }

    private static String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
