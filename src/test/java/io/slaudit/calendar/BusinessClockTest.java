package io.slaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessClockTest {

    private static final BusinessClock MUNICH = TestCalendars.clock(TestCalendars.MUNICH_SPLIT_FRIDAY);

    private static String deadline(BusinessClock clock, String start, String duration) {
        Instant due = clock.deadline(TimeText.parseInstant(start, clock.zone()), Duration.parse(duration));
        return TimeText.format(due, clock.zone());
    }

    private static long elapsed(BusinessClock clock, String from, String to) {
        return clock.elapsed(TimeText.parseInstant(from, clock.zone()), TimeText.parseInstant(to, clock.zone()))
                .getSeconds();
    }

    @Nested
    class OnASplitDayCalendarWithBavarianHolidays {

        @ParameterizedTest(name = "{0} + {1} is due {2}")
        @CsvSource(delimiter = '|', textBlock = """
                # start               | duration | due
                # Friday 12:00-12:30 is 30 min, lunch is closed, 13:30 + 30 min = 14:00
                2025-03-07 12:00      | PT1H     | 2025-03-07T14:00:00+01:00
                # after Friday's 16:00 close: Monday 09:00 + 4 h
                2025-03-07 16:20      | PT4H     | 2025-03-10T13:00:00+01:00
                # before opening: the clock starts at 09:00
                2025-03-10 07:00      | PT1H     | 2025-03-10T10:00:00+01:00
                # after closing: Tuesday 09:00 + 1 h
                2025-03-10 18:00      | PT1H     | 2025-03-11T10:00:00+01:00
                # on Corpus Christi (Thu 19 June): Friday 09:00 + 2 h
                2025-06-19 10:00      | PT2H     | 2025-06-20T11:00:00+02:00
                # Assumption Day (Fri 15 Aug) is a holiday in Munich: Thu 16-17 is 1 h, Monday 09:00 + 1 h
                2025-08-14 16:00      | PT2H     | 2025-08-18T10:00:00+02:00
                # runs out exactly at closing time: due 17:00, not the next morning
                2025-03-10 09:00      | PT8H     | 2025-03-10T17:00:00+01:00
                2025-03-10 12:00      | PT5H     | 2025-03-10T17:00:00+01:00
                # runs out at the start of Friday's lunch break: due 12:30, not 13:30
                2025-03-07 09:00      | PT3H30M  | 2025-03-07T12:30:00+01:00
                # zero duration is the start itself, even on a closed Saturday
                2025-03-08 10:00      | PT0S     | 2025-03-08T10:00:00+01:00
                # half day 23 Dec (09-12) gives 1 h; 24 Dec, the holidays, the company holidays
                # to 31 Dec and New Year are closed; Friday 2 Jan 2026 09:00 + 1 h
                2025-12-23 11:00      | PT2H     | 2026-01-02T10:00:00+01:00
                """)
        void deadlinesFollowTheCalendar(String start, String duration, String due) {
            assertThat(deadline(MUNICH, start, duration)).isEqualTo(due);
        }

        @ParameterizedTest(name = "{0} to {1} holds {2} s")
        @CsvSource(delimiter = '|', textBlock = """
                # Friday 12:00-12:30 and 13:30-14:00
                2025-03-07 12:00 | 2025-03-07 14:00 | 3600
                # Friday 09:00-12:30 + 13:30-16:00 = 6 h, Monday 09:00-12:00 = 3 h
                2025-03-07 08:00 | 2025-03-10 12:00 | 32400
                # March 2025: 17 Mon-Thu x 8 h + 4 Fridays x 6 h = 160 h
                2025-03-01 00:00 | 2025-04-01 00:00 | 576000
                # a holiday holds nothing
                2025-06-19 00:00 | 2025-06-20 00:00 | 0
                # from inside a closed stretch to inside an open window: Monday 09:00-09:30
                2025-03-08 10:00 | 2025-03-10 09:30 | 1800
                """)
        void elapsedCountsOnlyOpenWindows(String from, String to, long seconds) {
            assertThat(elapsed(MUNICH, from, to)).isEqualTo(seconds);
        }

        @Test
        void elapsedBackwardsIsNegative() {
            // 6 h on Friday + 3 h on Monday, counted backwards
            assertThat(elapsed(MUNICH, "2025-03-10 12:00", "2025-03-07 08:00")).isEqualTo(-32400);
        }

        @Test
        void aRequestOutsideHoursStartsTheClockAtTheNextOpening() {
            Instant saturday = TimeText.parseInstant("2025-03-08 10:00", MUNICH.zone());
            assertThat(MUNICH.isOpen(saturday)).isFalse();
            assertThat(TimeText.format(MUNICH.nextOpening(saturday), MUNICH.zone()))
                    .isEqualTo("2025-03-10T09:00:00+01:00");
            Instant lunch = TimeText.parseInstant("2025-03-07 12:45", MUNICH.zone());
            assertThat(TimeText.format(MUNICH.nextOpening(lunch), MUNICH.zone()))
                    .isEqualTo("2025-03-07T13:30:00+01:00");
        }

        @Test
        void everyDayOf2025HoldsItsWallClockHours() {
            // No window of this calendar touches 02:00-03:00, so DST never changes a day's open time.
            for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
                assertThat(MUNICH.openSecondsOn(d))
                        .as(d.toString())
                        .isEqualTo(MUNICH.hoursOn(d).wallClockSeconds());
            }
        }
    }

    @Nested
    class AcrossDaylightSavingTime {

        private final BusinessClock berlinAllDay = TestCalendars.clock("""
                zone: Europe/Berlin
                hours: { mon-sun: "00:00-24:00" }
                """);

        private final BusinessClock newYorkOffice = TestCalendars.clock("""
                zone: America/New_York
                hours: { mon-fri: "09:00-17:00" }
                """);

        private final BusinessClock newYorkAllDay = TestCalendars.clock("""
                zone: America/New_York
                hours: { mon-sun: "00:00-24:00" }
                """);

        private final BusinessClock newYorkSundayNight = TestCalendars.clock("""
                zone: America/New_York
                hours: { sun: "01:00-04:00" }
                """);

        @Test
        void aWholeDayHolds23HoursInSpringAnd25InAutumnInBerlin() {
            assertThat(elapsed(berlinAllDay, "2025-03-30T00:00+01:00", "2025-03-31T00:00+02:00"))
                    .isEqualTo(23 * 3600);
            assertThat(elapsed(berlinAllDay, "2025-10-26T00:00+02:00", "2025-10-27T00:00+01:00"))
                    .isEqualTo(25 * 3600);
        }

        @Test
        void twentyFourBusinessHoursOnA24hCalendarAreTwentyFourRealHours() {
            // 2025-03-29 12:00 CET is 11:00 UTC; 24 h later is 11:00 UTC = 13:00 CEST
            assertThat(deadline(berlinAllDay, "2025-03-29T12:00+01:00", "PT24H"))
                    .isEqualTo("2025-03-30T13:00:00+02:00");
            // 2025-10-25 12:00 CEST is 10:00 UTC; 24 h later is 10:00 UTC = 11:00 CET
            assertThat(deadline(berlinAllDay, "2025-10-25T12:00+02:00", "PT24H"))
                    .isEqualTo("2025-10-26T11:00:00+01:00");
        }

        @Test
        void aWholeDayHolds23HoursInSpringAnd25InAutumnInNewYork() {
            assertThat(elapsed(newYorkAllDay, "2025-03-09T00:00-05:00", "2025-03-10T00:00-04:00"))
                    .isEqualTo(23 * 3600);
            assertThat(elapsed(newYorkAllDay, "2025-11-02T00:00-04:00", "2025-11-03T00:00-05:00"))
                    .isEqualTo(25 * 3600);
        }

        @Test
        void officeHoursAcrossTheSpringWeekendAreUnaffected() {
            // Friday 16:00-17:00 EST and Monday 09:00-10:00 EDT
            assertThat(elapsed(newYorkOffice, "2025-03-07T16:00-05:00", "2025-03-10T10:00-04:00"))
                    .isEqualTo(7200);
            assertThat(deadline(newYorkOffice, "2025-03-07T16:00-05:00", "PT2H"))
                    .isEqualTo("2025-03-10T10:00:00-04:00");
        }

        @Test
        void aWindowOverTheSkippedHourHoldsOnlyTheHoursThatExist() {
            // 2025-03-09: 01:00-02:00 EST exists, 02:00-03:00 is skipped, 03:00-04:00 EDT exists: 2 h
            assertThat(elapsed(newYorkSundayNight, "2025-03-09T00:00-05:00", "2025-03-09T12:00-04:00"))
                    .isEqualTo(7200);
            // 01:30 EST + 30 min reaches the gap; the other 30 min run from 03:00 EDT
            assertThat(deadline(newYorkSundayNight, "2025-03-09T01:30-05:00", "PT1H"))
                    .isEqualTo("2025-03-09T03:30:00-04:00");
        }

        @Test
        void aWindowOverTheRepeatedHourCountsItTwice() {
            // 2025-11-02: the wall clock shows 01:00-02:00 twice, so 01:00-04:00 holds 4 real hours
            assertThat(elapsed(newYorkSundayNight, "2025-11-02T00:00-04:00", "2025-11-02T12:00-05:00"))
                    .isEqualTo(4 * 3600);
            // 01:00 EDT + 90 min is the second 01:30, in EST
            assertThat(deadline(newYorkSundayNight, "2025-11-02T01:00-04:00", "PT1H30M"))
                    .isEqualTo("2025-11-02T01:30:00-05:00");
        }
    }

    @Nested
    class WeeklyHours {

        @Test
        void aLaterKeyOverridesAnEarlierOneForTheSameWeekday() {
            BusinessClock clock = TestCalendars.clock("""
                    zone: UTC
                    hours:
                      mon-fri: "08:00-18:00"
                      fri: "08:00-12:00"
                    """);
            // Monday 2025-03-10 holds 10 h, Friday 2025-03-14 only 4 h
            assertThat(clock.openSecondsOn(LocalDate.of(2025, 3, 10))).isEqualTo(10 * 3600);
            assertThat(clock.openSecondsOn(LocalDate.of(2025, 3, 14))).isEqualTo(4 * 3600);
        }

        @Test
        void aRangeMayWrapThroughTheWeekend() {
            BusinessClock clock = TestCalendars.clock("""
                    zone: UTC
                    hours: { fri-mon: "10:00-12:00" }
                    """);
            // 2025-03-07 is a Friday: Fri, Sat, Sun, Mon open; Tue-Thu closed
            for (int day = 7; day <= 13; day++) {
                LocalDate d = LocalDate.of(2025, 3, day);
                boolean open = day <= 10;
                assertThat(clock.openSecondsOn(d)).as(d.toString()).isEqualTo(open ? 7200 : 0);
            }
        }

        @Test
        void windowsThatTouchFormOneStretch() {
            BusinessClock clock = TestCalendars.clock("""
                    zone: UTC
                    hours: { mon-fri: ["09:00-12:00", "12:00-13:00"], sat: "00:00-24:00", sun: "00:00-24:00" }
                    """);
            // Monday 11:00 + 2 h crosses 12:00 without a stop
            assertThat(deadline(clock, "2025-03-10T11:00Z", "PT2H")).isEqualTo("2025-03-10T13:00:00+00:00");
            // Saturday and Sunday are open around the clock: 48 h
            assertThat(elapsed(clock, "2025-03-08T00:00Z", "2025-03-10T00:00Z")).isEqualTo(48 * 3600);
        }
    }

    @Nested
    class OpenSpans {

        private static long at(String text) {
            return TimeText.parseInstant(text, ZoneId.of("Europe/Berlin")).getEpochSecond();
        }

        @Test
        void aSplitFridayAndAMondayAreThreeSpansUnclippedAtTheEnds() {
            // from Friday 10:00 (inside the morning window) to Monday 12:00 (inside Monday's)
            long[] spans = MUNICH.openSpans(at("2025-03-07 10:00"), at("2025-03-10 12:00"));
            assertThat(spans)
                    .containsExactly(
                            at("2025-03-07 09:00"), at("2025-03-07 12:30"),
                            at("2025-03-07 13:30"), at("2025-03-07 16:00"),
                            at("2025-03-10 09:00"), at("2025-03-10 17:00"));
        }

        @Test
        void stretchesThatTouchAcrossAYearAreOne() {
            BusinessClock always = TestCalendars.clock("zone: UTC\nhours: { mon-sun: \"00:00-24:00\" }\n");
            long from = Instant.parse("2025-12-31T12:00:00Z").getEpochSecond();
            long to = Instant.parse("2026-01-01T12:00:00Z").getEpochSecond();
            long[] spans = always.openSpans(from, to);
            assertThat(spans).hasSize(2);
            assertThat(spans[0])
                    .isLessThanOrEqualTo(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond());
            assertThat(spans[1])
                    .isGreaterThanOrEqualTo(
                            Instant.parse("2027-01-01T00:00:00Z").getEpochSecond());
        }

        @Test
        void theSpansClippedToAPeriodHoldItsElapsedTime() {
            java.util.Random random = new java.util.Random(12);
            long base = at("2025-01-01 00:00");
            for (int i = 0; i < 200; i++) {
                long from = base + random.nextInt(365 * 86_400);
                long to = from + random.nextInt(40 * 86_400);
                long[] spans = MUNICH.openSpans(from, to);
                long sum = 0;
                for (int k = 0; k < spans.length; k += 2) {
                    assertThat(spans[k]).isLessThan(spans[k + 1]);
                    if (k > 0) {
                        assertThat(spans[k]).isGreaterThan(spans[k - 1]);
                    }
                    sum += Math.max(0, Math.min(to, spans[k + 1]) - Math.max(from, spans[k]));
                }
                assertThat(sum).as("from %d to %d", from, to).isEqualTo(MUNICH.elapsedSeconds(from, to));
            }
        }
    }

    @Test
    void aTenYearSpanEqualsTheSumOfItsYears() {
        long sum = 0;
        for (int y = 2020; y < 2030; y++) {
            sum += elapsed(MUNICH, y + "-01-01 00:00", (y + 1) + "-01-01 00:00");
        }
        assertThat(elapsed(MUNICH, "2020-01-01 00:00", "2030-01-01 00:00")).isEqualTo(sum);
    }

    @Test
    void queriesOutsideTheSupportedYearsAreRefusedWithAReason() {
        Instant far = Instant.parse("2300-01-01T00:00:00Z");
        assertThatThrownBy(() -> MUNICH.elapsed(Instant.parse("2025-01-01T00:00:00Z"), far))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessageContaining("1900 to 2199");
    }

    @Test
    void negativeOrFractionalDurationsAreRefused() {
        Instant start = Instant.parse("2025-03-10T09:00:00Z");
        assertThatThrownBy(() -> MUNICH.deadline(start, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MUNICH.deadline(start, Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole seconds");
    }

    @Test
    void aCalendarThatIsNeverOpenIsRefusedAtConstruction() {
        assertThatThrownBy(() -> new BusinessCalendar(
                        ZoneId.of("UTC"),
                        new io.slaudit.calendar.WeeklyHours(java.util.Map.of()),
                        java.util.List.of(),
                        java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never open");
    }
}
