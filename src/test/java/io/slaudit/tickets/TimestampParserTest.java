package io.slaudit.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
    @ValueSource(
            strings = {
                "2025-02-29 10:00",
                "31.02.2025 25:00",
                "2025-03-07",
                "10:00",
                "tomorrow",
                "2025-03-07 24:00",
                "2025-03-07 16:20 +25:00"
            })
    void refusesWhatIsNoTimestamp(String text) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a timestamp");
    }
}
