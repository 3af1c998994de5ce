package io.slaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.audit.TargetLabel;
import io.slaudit.policy.TargetTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReportLanguageTest {

    static final ReportLanguage DE = ReportLanguage.of(Locale.GERMAN);
    static final ReportLanguage EN = ReportLanguage.of(Locale.ENGLISH);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 2025-03-07T15:20:00Z, 16:20 in Berlin (CET). */
    static final long FRIDAY = 1741360800L;

    @Test
    void germanWritesDayMonthYearAndCommaDecimals() {
        assertThat(DE.dateTime(FRIDAY, BERLIN)).isEqualTo("07.03.2025 16:20");
        assertThat(DE.percent(98.5)).isEqualTo("98,5 %");
        assertThat(DE.percent(OptionalDouble.empty())).isEqualTo("k. A.");
        assertThat(DE.count(1234567)).isEqualTo("1.234.567");
        assertThat(DE.month(YearMonth.of(2025, 3))).isEqualTo("März 2025");
        assertThat(DE.clockDuration(3 * 86_400 + 4 * 3600)).isEqualTo("3 T 4 h");
    }

    @Test
    void englishWritesIsoDatesAndPointDecimals() {
        assertThat(EN.dateTime(FRIDAY, BERLIN)).isEqualTo("2025-03-07 16:20");
        assertThat(EN.percent(98.5)).isEqualTo("98.5 %");
        assertThat(EN.percent(OptionalDouble.empty())).isEqualTo("n/a");
        assertThat(EN.count(1234567)).isEqualTo("1,234,567");
        assertThat(EN.clockDuration(3 * 86_400 + 4 * 3600)).isEqualTo("3 d 4 h");
    }

    @Test
    void businessTimeIsNeverShownInDays() {
        // 108 business hours are not 4.5 days of anyone's work
        assertThat(DE.businessDuration(108 * 3600)).isEqualTo("108 h");
        assertThat(EN.businessDuration(2 * 3600 + 30 * 60)).isEqualTo("2 h 30 min");
    }

    @Test
    void targetsAreTranslatedWithTheirScopeKept() {
        assertThat(DE.target(label("4 business hours"))).isEqualTo("4 Arbeitsstunden");
        assertThat(DE.target(label("1 business day", "Gold"))).isEqualTo("1 Arbeitstag, Gold");
        assertThat(DE.target(label("1.5 business days"))).isEqualTo("1,5 Arbeitstage");
        assertThat(DE.target(label("24 hours"))).isEqualTo("24 Stunden");
        assertThat(DE.target(new TargetLabel(Optional.empty(), List.of("Gold"))))
                .isEqualTo("keine Zeit angegeben, Gold");
        assertThat(EN.target(label("4 business hours", "Gold", "hotline")))
                .isEqualTo("4 business hours, Gold, hotline");
    }

    private static TargetLabel label(String within, String... scope) {
        return new TargetLabel(Optional.of(TargetTime.parse(within)), List.of(scope));
    }

    @Test
    void everyEnglishLabelHasAGermanOne() {
        assertThat(DE.labels().keySet()).containsExactlyElementsOf(EN.labels().keySet());
    }
}
