package io.slaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTimeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "4 business hours, 4 business hours",
        "1 business hour, 1 business hour",
        "1 Business Day, 1 business day",
        "1.5 business days, 1.5 business days",
        "30 minutes, 30 minutes",
        "1.50 hours, 1.5 hours",
        "  24   hours , 24 hours",
    })
    void parsesTheFixedGrammarAndPrintsItBack(String text, String printed) {
        assertThat(TargetTime.parse(text)).hasToString(printed);
        assertThat(TargetTime.parse(printed)).isEqualTo(TargetTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4h", "four hours", "4 business", "-1 hours", "4 weeks", "1,5 days", "business 4 hours"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> TargetTime.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTimeThatIsNoWholeNumberOfSecondsIsRefusedWhenRead() {
        // 0.0000001 hours = 0.00036 s; 1.5 minutes = 90 s is fine; business-day fractions are
        // rounded against each day's hours, so they may have any precision
        assertThatThrownBy(() -> TargetTime.parse("0.0000001 business hours"))
                .hasMessage("'0.0000001 business hours' is not a whole number of seconds;"
                        + " slaudit counts time to the second");
        assertThat(TargetTime.parse("1.5 minutes").duration()).hasSeconds(90);
        assertThat(TargetTime.parse("2.5555555555 business days").amount()).hasToString("2.5555555555");
    }

    @Test
    void aTimeOfMoreThanACenturyIsRefusedWhenRead() {
        // 36,525 days = 100 years of 365.25 days = 876,600 hours
        assertThat(TargetTime.parse("876600 hours").duration()).hasSeconds(876_600L * 3600);
        assertThatThrownBy(() -> TargetTime.parse("876601 hours")).hasMessageContaining("more than a century");
        assertThatThrownBy(() -> TargetTime.parse("99999999999999999999 business hours"))
                .hasMessageContaining("more than a century");
        assertThatThrownBy(() -> TargetTime.parse("36526 business days")).hasMessageContaining("more than a century");
    }

    @Test
    void convertsToSecondsExceptForBusinessDays() {
        assertThat(TargetTime.parse("1.5 hours").duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(TargetTime.parse("2 days").duration()).isEqualTo(Duration.ofHours(48));
        assertThatThrownBy(() -> TargetTime.parse("2 business days").duration())
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"same-time", "end-of-day", "hours:8", "hours:7.5"})
    void businessDayRulesRoundTrip(String text) {
        assertThat(BusinessDayRule.parse(text)).hasToString(text);
    }

    @org.junit.jupiter.api.Test
    void businessDayRulesRefuseOtherWords() {
        assertThatThrownBy(() -> BusinessDayRule.parse("next-day"))
                .hasMessageContaining("same-time, end-of-day or hours:H");
        assertThatThrownBy(() -> BusinessDayRule.parse("hours:25")).isInstanceOf(IllegalArgumentException.class);
    }
}
