package io.slaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random calendars and instants: the engine must agree with {@link WalkingReference} to the
 * second, and the algebra of elapsed time and deadlines must hold. A failure names its seed, so it
 * can be replayed by running that one case.
 */
class BusinessClockPropertyTest {

    private static final int CALENDARS = 120;
    private static final int QUERIES_PER_CALENDAR = 40;
    private static final long MAX_SPAN = 90L * 86_400;

    /** Zones with the awkward cases: 30-minute DST, DST at midnight, a skipped day, no DST. */
    private static final List<String> ZONES = List.of(
            "Europe/Berlin",
            "America/New_York",
            "UTC",
            "Australia/Lord_Howe",
            "Asia/Kolkata",
            "America/Sao_Paulo",
            "Pacific/Apia",
            "Europe/London",
            "America/Santiago");

    static Stream<Long> seeds() {
        return IntStream.range(0, CALENDARS).mapToObj(i -> 0x5EEDL * 1_000 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theEngineAgreesWithTheWalkingReferenceAndTheAlgebraHolds(long seed) {
        Random random = new Random(seed);
        BusinessClock clock = BusinessClock.of(randomCalendar(random), PublicHolidays.library());
        WalkingReference reference = new WalkingReference(clock);
        List<Long> transitions = transitions(clock.zone());

        for (int q = 0; q < QUERIES_PER_CALENDAR; q++) {
            long a = randomInstant(random, transitions);
            long b = a + (long) (random.nextDouble() * MAX_SPAN);
            long c = b + (long) (random.nextDouble() * MAX_SPAN);
            String where = "seed " + seed + ", query " + q + ", zone " + clock.zone() + ", a="
                    + Instant.ofEpochSecond(a) + ", b=" + Instant.ofEpochSecond(b);

            long ab = clock.elapsedSeconds(a, b);
            assertThat(ab).as("elapsed vs reference, " + where).isEqualTo(reference.elapsed(a, b));
            assertThat(ab).as("elapsed within real time, " + where).isBetween(0L, b - a);

            long duration = random.nextInt(4) == 0 ? ab : (long) (random.nextDouble() * 20 * 86_400);
            long due = clock.deadlineSecond(a, duration);
            assertThat(due)
                    .as("deadline vs reference, d=" + duration + ", " + where)
                    .isEqualTo(reference.deadline(a, duration));
            assertThat(clock.elapsedSeconds(a, due))
                    .as("elapsed(a, deadline(a, d)) == d, " + where)
                    .isEqualTo(duration);
            assertThat(due).as("deadline is not before start, " + where).isGreaterThanOrEqualTo(a);
            if (duration > 0) {
                // Earliest: one second earlier, less than d has elapsed.
                assertThat(clock.elapsedSeconds(a, due - 1))
                        .as("deadline is the earliest, " + where)
                        .isLessThan(duration);
            }

            assertThat(clock.elapsedSeconds(a, c))
                    .as("additivity, " + where)
                    .isEqualTo(ab + clock.elapsedSeconds(b, c));
            assertThat(clock.elapsedSeconds(b, a)).as("antisymmetry, " + where).isEqualTo(-ab);

            long longer = duration + random.nextInt(8 * 3600);
            assertThat(clock.deadlineSecond(a, longer))
                    .as("monotone in duration, " + where)
                    .isGreaterThanOrEqualTo(due);
            assertThat(clock.deadlineSecond(b, duration))
                    .as("monotone in start, " + where)
                    .isGreaterThanOrEqualTo(due);
            assertThat(clock.isOpen(Instant.ofEpochSecond(a)))
                    .as("isOpen vs reference, " + where)
                    .isEqualTo(reference.isOpen(a));
        }
    }

    static BusinessCalendar randomCalendar(Random random) {
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        java.util.Map<java.time.DayOfWeek, DayHours> days = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        do {
            for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                days.put(d, randomDay(random));
            }
        } while (new WeeklyHours(days).isNeverOpen());
        List<HolidayRule> holidays = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            holidays.add(new HolidayRule.Regional(HolidayRegion.parse(random.nextBoolean() ? "DE-NW" : "US-NY")));
        }
        for (int i = random.nextInt(6); i > 0; i--) {
            LocalDate d = randomDate(random);
            if (random.nextBoolean()) {
                holidays.add(new HolidayRule.OnDate(d, java.util.Optional.of("closed " + i)));
            } else {
                holidays.add(new HolidayRule.Period(d, d.plusDays(random.nextInt(20)), java.util.Optional.empty()));
            }
        }
        List<HoursException> exceptions = new ArrayList<>();
        java.util.Set<LocalDate> used = new java.util.HashSet<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            LocalDate d = randomDate(random);
            if (used.add(d)) {
                exceptions.add(new HoursException(d, randomDay(random), java.util.Optional.empty()));
            }
        }
        return new BusinessCalendar(zone, new WeeklyHours(days), holidays, exceptions);
    }

    /** 0 to 3 windows on a 15-minute grid, sometimes the whole day, sometimes touching. */
    private static DayHours randomDay(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return DayHours.of(new OpenWindow(0, OpenWindow.DAY_SECONDS));
        }
        if (kind <= 2) {
            return DayHours.CLOSED;
        }
        List<OpenWindow> windows = new ArrayList<>();
        int cursor = 0;
        for (int i = random.nextInt(3) + 1; i > 0 && cursor < 96; i--) {
            int start = cursor + (random.nextInt(3) == 0 ? 0 : random.nextInt(Math.max(1, 96 - cursor)));
            if (start >= 96) {
                break;
            }
            int end = start + 1 + random.nextInt(96 - start);
            windows.add(new OpenWindow(start * 900, end * 900));
            cursor = end;
        }
        return windows.isEmpty() ? DayHours.CLOSED : new DayHours(windows);
    }

    private static LocalDate randomDate(Random random) {
        return LocalDate.of(2010, 1, 1).plusDays(random.nextInt(18 * 365));
    }

    /** Half of the instants lie within a day of an offset transition, where the mistakes are. */
    private static long randomInstant(Random random, List<Long> transitions) {
        if (!transitions.isEmpty() && random.nextBoolean()) {
            long t = transitions.get(random.nextInt(transitions.size()));
            return t + random.nextInt(2 * 86_400) - 86_400;
        }
        long from = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2027-06-01T00:00:00Z").getEpochSecond();
        return from + (long) (random.nextDouble() * (to - from));
    }

    private static List<Long> transitions(ZoneId zone) {
        List<Long> out = new ArrayList<>();
        Instant t = Instant.parse("2010-01-01T00:00:00Z");
        Instant end = Instant.parse("2027-06-01T00:00:00Z");
        while (true) {
            ZoneOffsetTransition next = zone.getRules().nextTransition(t);
            if (next == null || next.getInstant().isAfter(end)) {
                return out;
            }
            out.add(next.getInstant().getEpochSecond());
            t = next.getInstant();
        }
    }
}
