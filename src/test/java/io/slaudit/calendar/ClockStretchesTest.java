package io.slaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClockStretchesTest {

    private static final BusinessClock MUNICH = TestCalendars.clock(TestCalendars.MUNICH_SPLIT_FRIDAY);

    private static long at(BusinessClock clock, String text) {
        return TimeText.parseInstant(text, clock.zone()).getEpochSecond();
    }

    /** "open 2025-04-17T16:00 .. 2025-04-17T17:00" lines, to compare by eye. */
    private static List<String> lines(BusinessClock clock, List<ClockStretch> stretches) {
        List<String> out = new ArrayList<>();
        for (ClockStretch s : stretches) {
            out.add(s.kind()
                    + (s.kind() == ClockStretch.Kind.EXCEPTION ? (s.open() ? " open" : " closed") : "")
                    + " " + TimeText.format(Instant.ofEpochSecond(s.from()), clock.zone())
                    + " .. " + TimeText.format(Instant.ofEpochSecond(s.to()), clock.zone())
                    + s.name().map(n -> " " + n).orElse("")
                    + s.source().map(n -> " [" + n + "]").orElse(""));
        }
        return out;
    }

    @Test
    void easterIsCutIntoOpenTimeNightsTheWeekendAndTheTwoHolidaysByName() {
        // Thu 17 April 2025 16:00 to Tue 22 April 11:00 on Mon-Thu 09-17, Fri 09-12:30 and
        // 13:30-16:00, Munich: Good Friday (18th) and Easter Monday (21st) are holidays.
        // Open: Thu 16:00-17:00 (1 h) + Tue 09:00-11:00 (2 h) = 3 h.
        long from = at(MUNICH, "2025-04-17 16:00");
        long to = at(MUNICH, "2025-04-22 11:00");
        List<ClockStretch> stretches = MUNICH.stretches(from, to, Locale.ENGLISH);
        assertThat(lines(MUNICH, stretches))
                .containsExactly(
                        "open 2025-04-17T16:00:00+02:00 .. 2025-04-17T17:00:00+02:00",
                        "closed 2025-04-17T17:00:00+02:00 .. 2025-04-18T00:00:00+02:00",
                        "holiday 2025-04-18T00:00:00+02:00 .. 2025-04-19T00:00:00+02:00 Good Friday [DE-BY/mu]",
                        "closed 2025-04-19T00:00:00+02:00 .. 2025-04-21T00:00:00+02:00",
                        "holiday 2025-04-21T00:00:00+02:00 .. 2025-04-22T00:00:00+02:00 Easter Monday [DE-BY/mu]",
                        "closed 2025-04-22T00:00:00+02:00 .. 2025-04-22T09:00:00+02:00",
                        "open 2025-04-22T09:00:00+02:00 .. 2025-04-22T11:00:00+02:00");
        assertThat(stretches.stream().mapToLong(ClockStretch::openSeconds).sum())
                .isEqualTo(3 * 3600)
                .isEqualTo(MUNICH.elapsedSeconds(from, to));
    }

    @Test
    void holidaysAreNamedInTheLanguageAsked() {
        long from = at(MUNICH, "2025-04-18 10:00");
        long to = at(MUNICH, "2025-04-18 11:00");
        assertThat(MUNICH.stretches(from, to, Locale.GERMAN))
                .singleElement()
                .satisfies(s -> assertThat(s.name()).contains("Karfreitag"));
    }

    @Test
    void aHalfDayExceptionAndTheCompanyHolidaysAreShownAsTheCalendarSaysThem() {
        // 23 Dec 2025 is an exception (09:00-12:00); 24 Dec is Heiligabend (a closed date),
        // 25 and 26 Dec public holidays, 27-31 Dec Betriebsferien (a period).
        long from = at(MUNICH, "2025-12-23 11:00");
        long to = at(MUNICH, "2025-12-28 12:00");
        assertThat(lines(MUNICH, MUNICH.stretches(from, to, Locale.ENGLISH)))
                .containsExactly(
                        "exception open 2025-12-23T11:00:00+01:00 .. 2025-12-23T12:00:00+01:00",
                        "exception closed 2025-12-23T12:00:00+01:00 .. 2025-12-24T00:00:00+01:00",
                        "holiday 2025-12-24T00:00:00+01:00 .. 2025-12-25T00:00:00+01:00 Heiligabend [date]",
                        "holiday 2025-12-25T00:00:00+01:00 .. 2025-12-26T00:00:00+01:00 1st Christmas day [DE-BY/mu]",
                        "holiday 2025-12-26T00:00:00+01:00 .. 2025-12-27T00:00:00+01:00 2nd Christmas day [DE-BY/mu]",
                        "holiday 2025-12-27T00:00:00+01:00 .. 2025-12-28T12:00:00+01:00 Betriebsferien"
                                + " [period 2025-12-27..2025-12-31]");
    }

    @Test
    void aDayThatClocksGoForwardHoldsTwentyThreeOpenHours() {
        // Around the clock in Berlin: 30 March 2025 has 23 real hours, and the open stretches of
        // Saturday to Monday are one stretch of 24 + 23 h.
        BusinessClock always = TestCalendars.clock("""
                zone: Europe/Berlin
                hours: { mon-sun: "00:00-24:00" }
                """);
        long from = at(always, "2025-03-29 00:00");
        long to = at(always, "2025-03-31 00:00");
        assertThat(always.stretches(from, to, Locale.ENGLISH))
                .singleElement()
                .satisfies(s -> assertThat(s.openSeconds()).isEqualTo(47 * 3600));
    }

    @Test
    void anEmptySpanHasNoStretches() {
        long t = at(MUNICH, "2025-03-10 10:00");
        assertThat(MUNICH.stretches(t, t, Locale.ENGLISH)).isEmpty();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 80).mapToObj(i -> 0x57E7L * 1_000 + i);
    }

    /**
     * Random calendars and spans: the stretches tile the span, each is open or closed throughout
     * (checked against the walking reference at its ends and inside), their open seconds add up to
     * the clock's elapsed time, no two neighbours could be one, and each says what its dates are.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stretchesTileTheSpanAndAddUpToTheElapsedTime(long seed) {
        Random random = new Random(seed);
        BusinessClock clock =
                BusinessClock.of(BusinessClockPropertyTest.randomCalendar(random), PublicHolidays.library());
        WalkingReference reference = new WalkingReference(clock);
        ZoneTime local = new ZoneTime(clock.zone());
        for (int q = 0; q < 15; q++) {
            long from = Instant.parse("2012-01-01T00:00:00Z").getEpochSecond()
                    + (long) (random.nextDouble() * 14 * 365 * 86_400L);
            long to = from + (long) (random.nextDouble() * 40 * 86_400L);
            String where = "seed " + seed + ", query " + q + ", " + clock.zone() + ", " + Instant.ofEpochSecond(from)
                    + ".." + Instant.ofEpochSecond(to);
            List<ClockStretch> stretches = clock.stretches(from, to, Locale.ENGLISH);
            long cursor = from;
            long open = 0;
            ClockStretch previous = null;
            for (ClockStretch s : stretches) {
                assertThat(s.from()).as("contiguous, " + where).isEqualTo(cursor);
                for (long t : new long[] {s.from(), s.to() - 1, s.from() + (s.to() - s.from()) / 2}) {
                    assertThat(reference.isOpen(t))
                            .as("open throughout %s at %s, %s", s, Instant.ofEpochSecond(t), where)
                            .isEqualTo(s.open());
                    LocalDate date = LocalDate.ofEpochDay(local.epochDay(t));
                    boolean exception = clock.calendar().exceptionOn(date).isPresent();
                    assertThat(s.kind() == ClockStretch.Kind.EXCEPTION)
                            .as("an exception's date, %s at %s, %s", s, date, where)
                            .isEqualTo(exception);
                    if (!exception && !s.open()) {
                        boolean holiday = clock
                                .calendar()
                                .closedDaysIn(date.getYear(), PublicHolidays.library(), Locale.ENGLISH)
                                .stream()
                                .anyMatch(d -> d.date().equals(date));
                        assertThat(s.kind() == ClockStretch.Kind.HOLIDAY)
                                .as("a holiday's date, %s at %s, %s", s, date, where)
                                .isEqualTo(holiday);
                    }
                }
                if (previous != null) {
                    assertThat(previous.continuedBy(s)).as("maximal, " + where).isFalse();
                }
                open += s.openSeconds();
                cursor = s.to();
                previous = s;
            }
            assertThat(cursor).as("reaches the end, " + where).isEqualTo(to);
            assertThat(open).as("open seconds, " + where).isEqualTo(clock.elapsedSeconds(from, to));
        }
    }
}
