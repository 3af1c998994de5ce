package io.slaudit.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {

    private final TimestampParser parser = new TimestampParser(
            ZoneId.of("Europe/Berlin"), List.of(DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-07T16:20:00+01:00     | 2025-03-07T15:20:00Z
            2025-03-07T16:20:00.123+01:00 | 2025-03-07T15:20:00Z
            2025-03-07T16:20:00Z          | 2025-03-07T16:20:00Z
            2025-03-07 16:20:00 +0100     | 2025-03-07T15:20:00Z
            2025-03-07 16:20:00 UTC       | 2025-03-07T16:20:00Z
            2025-03-07 16:20:00-05        | 2025-03-07T21:20:00Z
            2025-03-07T16:20              | 2025-03-07T15:20:00Z
            2025-03-07 16:20              | 2025-03-07T15:20:00Z
            07.03.2025 16:20              | 2025-03-07T15:20:00Z
            07.03.2025 16:20:30           | 2025-03-07T15:20:30Z
            2025-07-07 16:20              | 2025-07-07T14:20:00Z
            07/Mar/25 4:20 PM             | 2025-03-07T15:20:00Z
            2025-03-30 02:30              | 2025-03-30T01:30:00Z
            2025-10-26 02:30              | 2025-10-26T00:30:00Z
            """)
    void readsTheFormsExportsUse(String text, String expected) {
        assertThat(parser.parse(text)).isEqualTo(Instant.parse(expected).getEpochSecond());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-07", "10:00", "tomorrow", "2025-03-07 16:20 +25:00"})
    void refusesWhatIsNoTimestamp(String text) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a timestamp");
    }

    @Test
    void aTimestampThatNamesNoRealDateOrTimeIsCalledThatInTheRowsReason() {
        assertThat(parser.unreadable("created", "2025-02-29 10:00").toString())
                .isEqualTo("created: '2025-02-29 10:00' is no date: 2025-02 has days 1 to 28");
        assertThat(parser.unreadable("created", "31.02.2025 10:00").text(java.util.Locale.GERMAN))
                .isEqualTo("created: '31.02.2025 10:00' ist kein Datum: 2025-02 hat die Tage 1 bis 28");
        assertThat(parser.unreadable("resolved", "2025-03-07 24:00").toString())
                .startsWith("resolved: '2025-03-07 24:00' is no time of day: a day runs from 00:00 to 23:59:59");
        assertThat(parser.unreadable("resolved", "2025-03-07 23:59:60").toString())
                .contains("a leap second (:60) is not counted");
        assertThat(parser.unreadable("created", "2025-03-07 25:00").key()).isEqualTo("value.no-such-time");
        assertThat(parser.unreadable("created", "tomorrow").key()).startsWith("value.not-a-timestamp");
        assertThatThrownBy(() -> parser.parse("2025-02-29 10:00")).hasMessageContaining("is no date");
    }
}
