package io.slaudit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.TestCalendars;
import io.slaudit.calendar.TimeText;
import io.slaudit.calendar.ZoneTime;
import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.ClockRule;
import io.slaudit.policy.Guarantee;
import io.slaudit.policy.Metric;
import io.slaudit.policy.PrioritySelector;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact figures against plain brute force: the worst case over a whole year against every
 * minute of it and the second after each minute (on calendars whose windows and targets are whole
 * minutes, every instant at which a worst case can first occur is one of these: a window's edge, an
 * offset change, or the second after an arrival due at a window's end), and every figure against
 * every second of a few weeks around Easter, the autumn DST change and the year's end.
 */
class TimeToDeadlineTest {

    /** Munich, Mon-Thu 09-17, Friday split, Bavarian holidays, a half day and company holidays to 31 Dec. */
    static final String MUNICH = TestCalendars.MUNICH_SPLIT_FRIDAY;

    /** New York office hours with US federal holidays (4 July 2026 is a Saturday: observed Friday 3 July). */
    static final String NEW_YORK = """
            zone: America/New_York
            hours:
              mon-fri: "09:00-17:00"
            holidays:
              - region: US
            """;

    /** Night and weekend support in Berlin: open over both DST changes (Sunday 02:00-03:00). */
    static final String BERLIN_NIGHTS = """
            zone: Europe/Berlin
            hours:
              mon-fri: ["00:00-07:00", "19:00-24:00"]
              sat-sun: "00:00-24:00"
            holidays:
              - region: DE
            """;

    /** Germany-wide holidays on Mon-Fri 08:00-17:00, as the Dispositionsportal clause. */
    static final String GERMANY = """
            zone: Europe/Berlin
            hours:
              mon-fri: "08:00-17:00"
            holidays:
              - region: DE
              - from: 2026-12-24
                to: 2026-12-31
                name: Betriebsferien
            """;

    record Case(String name, String calendar, int year, String within, BusinessDayRule rule, ClockRule clock) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        BusinessDayRule same = BusinessDayRule.SAME_TIME;
        ClockRule plain = ClockRule.DEFAULT;
        return Stream.of(
                        new Case("Munich 4 business hours", MUNICH, 2025, "4 business hours", same, plain),
                        new Case("Munich 1 business day same-time", MUNICH, 2025, "1 business day", same, plain),
                        new Case(
                                "Munich 2 business days end-of-day",
                                MUNICH,
                                2025,
                                "2 business days",
                                BusinessDayRule.END_OF_DAY,
                                plain),
                        new Case(
                                "Munich 1 business day as 8 hours",
                                MUNICH,
                                2025,
                                "1 business day",
                                BusinessDayRule.hours(java.time.Duration.ofHours(8)),
                                plain),
                        new Case("New York 8 business hours", NEW_YORK, 2026, "8 business hours", same, plain),
                        new Case("New York 2 business days", NEW_YORK, 2026, "2 business days", same, plain),
                        new Case(
                                "New York 24 hours raised in hours only",
                                NEW_YORK,
                                2026,
                                "24 hours",
                                same,
                                new ClockRule(false, true)),
                        new Case(
                                "Berlin nights 3 business hours", BERLIN_NIGHTS, 2026, "3 business hours", same, plain),
                        new Case("Berlin nights 1 business day", BERLIN_NIGHTS, 2026, "1 business day", same, plain),
                        new Case(
                                "Berlin nights 4 hours from the next opening",
                                BERLIN_NIGHTS,
                                2026,
                                "4 hours",
                                same,
                                new ClockRule(true, false)),
                        new Case("Germany 6 business hours", GERMANY, 2026, "6 business hours", same, plain),
                        new Case("Germany 1.5 business days", GERMANY, 2026, "1.5 business days", same, plain),
                        new Case(
                                "Germany 1.5 business days end-of-day",
                                GERMANY,
                                2026,
                                "1.5 business days",
                                BusinessDayRule.END_OF_DAY,
                                plain))
                .map(Arguments::of);
    }

    static Target target(String within, ClockRule clock) {
        return new Target(
                Metric.FIRST_RESPONSE,
                PrioritySelector.ANY,
                Optional.of(TargetTime.parse(within)),
                Optional.empty(),
                Optional.empty(),
                Guarantee.GUARANTEED,
                clock,
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                Optional.empty(),
                Optional.empty());
    }

    private static final Map<String, BusinessClock> CLOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The rule of a case, its due time exactly the audit's. */
    static TimeToDeadline.Rule rule(Case c) {
        BusinessClock clock = CLOCKS.computeIfAbsent(c.calendar(), TestCalendars::clock);
        return TimeToDeadline.Rule.of(clock, new ZoneTime(clock.zone()), target(c.within(), c.clock()), c.rule());
    }

    static long yearStart(Case c, int year) {
        BusinessClock clock = CLOCKS.computeIfAbsent(c.calendar(), TestCalendars::clock);
        return LocalDate.of(year, 1, 1).atStartOfDay(clock.zone()).toEpochSecond();
    }

    /** The plain reference: f at each arrival of a scan, its maximum and the earliest arrival with it. */
    record Scan(long worst, long worstAt, long count, double mean, long median) {}

    /** Both scans of every second, [0] over every arrival the rule counts, [1] over those in hours. */
    static Scan[] scanEverySecond(TimeToDeadline.Rule rule, long from, long to) {
        long[][] values = {new long[(int) (to - from)], new long[(int) (to - from)]};
        int[] n = new int[2];
        long[] sum = new long[2];
        long[] worst = {Long.MIN_VALUE, Long.MIN_VALUE};
        long[] worstAt = new long[2];
        for (long t = from; t < to; t++) {
            boolean open = rule.clock().isOpenAt(t);
            if (rule.onlyRaisedInHours() && !open) {
                continue;
            }
            long f = rule.due().applyAsLong(t) - t;
            for (int k = 0; k < (open ? 2 : 1); k++) {
                values[k][n[k]++] = f;
                sum[k] += f;
                if (f > worst[k]) {
                    worst[k] = f;
                    worstAt[k] = t;
                }
            }
        }
        Scan[] out = new Scan[2];
        for (int k = 0; k < 2; k++) {
            if (n[k] == 0) {
                out[k] = new Scan(0, 0, 0, 0, 0);
                continue;
            }
            long[] sorted = Arrays.copyOf(values[k], n[k]);
            Arrays.sort(sorted);
            out[k] = new Scan(worst[k], worstAt[k], n[k], (double) sum[k] / n[k], sorted[(n[k] + 1) / 2 - 1]);
        }
        return out;
    }

    /** Every minute of the period and the second after it. */
    static Scan scanMinutes(TimeToDeadline.Rule rule, long from, long to) {
        long worst = Long.MIN_VALUE;
        long worstAt = 0;
        for (long m = from; m < to; m += 60) {
            for (long t = m; t <= m + 1 && t < to; t++) {
                if (rule.onlyRaisedInHours() && !rule.clock().isOpenAt(t)) {
                    continue;
                }
                long f = rule.due().applyAsLong(t) - t;
                if (f > worst) {
                    worst = f;
                    worstAt = t;
                }
            }
        }
        return new Scan(worst, worstAt, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theWorstCaseOfAYearIsTheBruteForceMaximumOverEveryMinuteAndTheSecondAfterIt(Case c) {
        TimeToDeadline.Rule rule = rule(c);
        long from = yearStart(c, c.year());
        long to = yearStart(c, c.year() + 1);
        TimeToDeadline exact = TimeToDeadline.over(rule, from, to);
        Scan reference = scanMinutes(rule, from, to);
        TimeToDeadline.Figures all = exact.all().orElseThrow();
        assertThat(all.worstSeconds()).as("worst case").isEqualTo(reference.worst());
        assertThat(all.worstArrival())
                .as(
                        "earliest arrival with it: %s, the scan's %s",
                        TimeText.format(
                                Instant.ofEpochSecond(all.worstArrival()),
                                rule.clock().zone()),
                        TimeText.format(
                                Instant.ofEpochSecond(reference.worstAt()),
                                rule.clock().zone()))
                .isEqualTo(reference.worstAt());
        assertThat(exact.refinements()).as("pieces the structure missed").isZero();
    }

    /** Easter, the autumn DST change (25 Oct 2026 in Berlin), the year's end, a summer week. */
    static final String[][] WEEKS = {
        {"-04-01", "-04-10"}, {"-10-22", "-10-30"}, {"-12-19", "-12-31"}, {"-07-01", "-07-04"}
    };

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFigureOfAFewWeeksIsTheBruteForceOneOverEverySecond(Case c) {
        TimeToDeadline.Rule rule = rule(c);
        BusinessClock clock = rule.clock();
        for (String[] weeks : WEEKS) {
            long from = TimeText.parseInstant(c.year() + weeks[0] + " 00:00", clock.zone())
                    .getEpochSecond();
            long to = TimeText.parseInstant(c.year() + weeks[1] + " 00:00", clock.zone())
                    .getEpochSecond();
            TimeToDeadline exact = TimeToDeadline.over(rule, from, to);
            Scan[] reference = scanEverySecond(rule, from, to);
            String period = c + " " + weeks[0] + ".." + weeks[1];
            assertThat(exact.refinements()).as(period).isZero();
            List<Optional<TimeToDeadline.Figures>> figures = List.of(exact.all(), exact.inHours());
            for (int k = 0; k < 2; k++) {
                TimeToDeadline.Figures f = figures.get(k).orElseThrow();
                Scan r = reference[k];
                String what = period + (k == 0 ? "" : " in hours");
                assertThat(f.arrivals()).as(what).isEqualTo(r.count());
                assertThat(f.worstSeconds()).as(what).isEqualTo(r.worst());
                assertThat(f.worstArrival()).as(what).isEqualTo(r.worstAt());
                assertThat(f.medianSeconds()).as(what).isEqualTo(r.median());
                assertThat(f.meanSeconds()).as(what).isCloseTo(r.mean(), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    /**
     * Seeded random calendars (windows of whole minutes, one or two a day, some days closed, a few
     * closed dates, zones with awkward offset changes) and targets: every figure of three weeks
     * around a DST change against every second of them, and no piece the structure missed.
     */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void randomCalendarsAndTargetsAgreeWithEverySecond(int seed) {
        java.util.Random random = new java.util.Random(seed * 7919L);
        String[] zones = {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Sao_Paulo", "UTC"};
        String zone = zones[random.nextInt(zones.length)];
        StringBuilder yaml = new StringBuilder("zone: " + zone + "\nhours:\n");
        String[] days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        boolean any = false;
        for (String d : days) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            int a = random.nextInt(20 * 60);
            int b = a + 30 + random.nextInt(Math.max(1, 24 * 60 - a - 30));
            String w = clock(a) + "-" + clock(Math.min(b, 24 * 60));
            if (random.nextBoolean() && b + 60 < 24 * 60) {
                int c2 = b + 30 + random.nextInt(Math.max(1, 24 * 60 - b - 30));
                int d2 = c2 + 15 + random.nextInt(Math.max(1, 24 * 60 - c2 - 15));
                if (d2 <= 24 * 60 && c2 < d2) {
                    w = w + "\", \"" + clock(c2) + "-" + clock(d2);
                }
            }
            yaml.append("  ").append(d).append(": [\"").append(w).append("\"]\n");
            any = true;
        }
        if (!any) {
            yaml.append("  mon: \"09:00-17:00\"\n");
        }
        yaml.append("holidays:\n");
        for (int i = 0; i < 3; i++) {
            yaml.append("  - date: 2026-")
                    .append(String.format("%02d", 3 + random.nextInt(8)))
                    .append("-")
                    .append(String.format("%02d", 1 + random.nextInt(28)))
                    .append("\n");
        }
        String[] times = {
            "3 business hours",
            "45 business minutes",
            "1 business day",
            "2 business days",
            "1.5 business days",
            "20 hours",
            "2 days"
        };
        String within = times[random.nextInt(times.length)];
        BusinessDayRule[] rules = {
            BusinessDayRule.SAME_TIME, BusinessDayRule.END_OF_DAY, BusinessDayRule.hours(java.time.Duration.ofHours(7))
        };
        BusinessDayRule rule = rules[random.nextInt(rules.length)];
        ClockRule clockRule = within.contains("business")
                ? ClockRule.DEFAULT
                : new ClockRule(random.nextBoolean(), random.nextBoolean());
        Case c = new Case(
                "seed " + seed + ": " + within + " " + rule + " " + zone,
                yaml.toString(),
                2026,
                within,
                rule,
                clockRule);
        TimeToDeadline.Rule r = rule(c);
        BusinessClock clock = r.clock();
        // three weeks around the zone's first offset change of 2026 (or March when it has none)
        java.time.zone.ZoneOffsetTransition t =
                clock.zone().getRules().nextTransition(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        long middle = t == null
                        || t.toEpochSecond()
                                > java.time.Instant.parse("2026-12-01T00:00:00Z")
                                        .getEpochSecond()
                ? java.time.Instant.parse("2026-03-15T00:00:00Z").getEpochSecond()
                : t.toEpochSecond();
        long from = middle - 10 * 86_400;
        long to = middle + 11 * 86_400;
        TimeToDeadline exact = TimeToDeadline.over(r, from, to);
        Scan[] reference = scanEverySecond(r, from, to);
        assertThat(exact.refinements()).as(c + "\n" + yaml).isZero();
        List<Optional<TimeToDeadline.Figures>> figures = List.of(exact.all(), exact.inHours());
        for (int k = 0; k < 2; k++) {
            Scan ref = reference[k];
            if (ref.count() == 0) {
                assertThat(figures.get(k)).as(c.toString()).isEmpty();
                continue;
            }
            TimeToDeadline.Figures f = figures.get(k).orElseThrow();
            String what = c + (k == 0 ? "" : " in hours") + "\n" + yaml;
            assertThat(f.arrivals()).as(what).isEqualTo(ref.count());
            assertThat(f.worstSeconds()).as(what).isEqualTo(ref.worst());
            assertThat(f.worstArrival()).as(what).isEqualTo(ref.worstAt());
            assertThat(f.medianSeconds()).as(what).isEqualTo(ref.median());
            assertThat(f.meanSeconds()).as(what).isCloseTo(ref.mean(), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    private static String clock(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
