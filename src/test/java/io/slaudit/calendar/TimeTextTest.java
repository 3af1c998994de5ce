package io.slaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTextTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2025-03-07T16:20:00+01:00, 2025-03-07T15:20:00Z",
        "2025-03-07T16:20:00Z, 2025-03-07T16:20:00Z",
        "2025-03-07T16:20, 2025-03-07T15:20:00Z",
        "2025-03-07 16:20, 2025-03-07T15:20:00Z",
        "2025-03-07 16:20:30, 2025-03-07T15:20:30Z",
        "2025-07-07T16:20, 2025-07-07T14:20:00Z",
        "2025-03-07T16:20:00.250+01:00, 2025-03-07T15:20:00.250Z",
        // 02:30 does not exist on 30 March in Berlin: moved forward by the gap to 03:30 CEST
        "2025-03-30 02:30, 2025-03-30T01:30:00Z",
        // 02:30 exists twice on 26 October: the earlier (CEST) is taken
        "2025-10-26 02:30, 2025-10-26T00:30:00Z",
    })
    void instantsAreReadWithOffsetOrInTheCalendarZone(String text, String expected) {
        assertThat(TimeText.parseInstant(text, BERLIN)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"07.03.2025 16:20", "yesterday", "2025-03-07", ""})
    void malformedInstantsAreRefusedWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> TimeText.parseInstant(text, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO-8601");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "2025-13-01T10:00|'2025-13-01T10:00' is no date: there is no month 13 (months are 1 to 12)",
                "2025-02-29 10:00|'2025-02-29 10:00' is no date: 2025-02 has days 1 to 28",
                "2025-03-07 24:00|'2025-03-07 24:00' is no time of day: a day runs from 00:00 to 23:59:59; write"
                        + " 00:00 of the next day for midnight at its end",
                "2025-03-07T23:59:60+01:00|'2025-03-07T23:59:60+01:00' is no time slaudit reads: a leap second (:60)"
                        + " is not counted; write :59",
                "2025-03-07 25:00|'2025-03-07 25:00' is no time of day: hours run from 00 to 23, minutes and seconds"
                        + " from 00 to 59"
            })
    void aTimestampThatNamesNoRealDateOrTimeSaysWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> TimeText.parseInstant(text, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void durationsAreIsoAndWholeSeconds() {
        assertThat(TimeText.parseDuration("PT4H")).isEqualTo(Duration.ofHours(4));
        assertThat(TimeText.parseDuration("PT14400S")).isEqualTo(Duration.ofHours(4));
        assertThat(TimeText.parseDuration("P1DT2H")).isEqualTo(Duration.ofHours(26));
        assertThatThrownBy(() -> TimeText.parseDuration("4h")).hasMessageContaining("PT4H");
        assertThatThrownBy(() -> TimeText.parseDuration("-PT1H")).hasMessageContaining("negative");
        assertThatThrownBy(() -> TimeText.parseDuration("PT0.5S")).hasMessageContaining("whole seconds");
    }

    @Test
    void printedInstantsCarrySecondsAndANumericOffset() {
        Instant t = Instant.parse("2025-03-12T11:00:00Z");
        assertThat(TimeText.format(t, BERLIN)).isEqualTo("2025-03-12T12:00:00+01:00");
        assertThat(TimeText.format(t, ZoneId.of("UTC"))).isEqualTo("2025-03-12T11:00:00+00:00");
    }
}
