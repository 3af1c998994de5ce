package io.slaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    private final PublicHolidays holidays = PublicHolidays.library();

    private List<LocalDate> dates(String region, int year) {
        return holidays.in(HolidayRegion.parse(region), year, Locale.ENGLISH).stream()
                .map(PublicHoliday::date)
                .toList();
    }

    @Test
    void bavariaHasCorpusChristiAndAllSaintsButNotAssumptionDay() {
        assertThat(dates("DE-BY", 2025))
                .contains(LocalDate.of(2025, 6, 19), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 1, 6))
                .doesNotContain(LocalDate.of(2025, 8, 15));
    }

    @Test
    void munichAddsAssumptionDay() {
        assertThat(dates("DE-BY/mu", 2025)).contains(LocalDate.of(2025, 8, 15), LocalDate.of(2025, 6, 19));
    }

    @Test
    void northRhineWestphaliaHasCorpusChristiAndAllSaints() {
        assertThat(dates("DE-NW", 2025))
                .contains(LocalDate.of(2025, 6, 19), LocalDate.of(2025, 11, 1))
                .doesNotContain(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 8, 15));
    }

    @Test
    void germanyAsAWholeHasTheNationalHolidaysOnly() {
        // 9 nationwide holidays in 2025: New Year, Good Friday, Easter Monday, 1 May, Ascension,
        // Whit Monday, Unity Day, Christmas Day and Boxing Day
        assertThat(dates("DE", 2025)).hasSize(9);
    }

    @Test
    void americanHolidaysCloseOnTheObservedDate() {
        // 4 July 2026 is a Saturday; offices close on Friday 3 July
        assertThat(dates("US", 2026)).contains(LocalDate.of(2026, 7, 3)).doesNotContain(LocalDate.of(2026, 7, 4));
    }

    @Test
    void namesFollowTheLanguage() {
        assertThat(holidays.in(HolidayRegion.parse("DE-BY"), 2025, Locale.GERMAN))
                .extracting(PublicHoliday::name)
                .contains("Fronleichnam", "Allerheiligen");
    }

    @Test
    void anUnknownSubRegionIsRefusedInsteadOfFallingBackToItsParent() {
        assertThat(holidays.problemWith(HolidayRegion.parse("DE-BY/muc")))
                .hasValueSatisfying(p -> assertThat(p).contains("DE-BY/mu", "DE-BY/ag"));
        assertThat(holidays.problemWith(HolidayRegion.parse("DE-XX"))).isPresent();
        assertThat(holidays.problemWith(HolidayRegion.parse("ZZ"))).isPresent();
        assertThat(holidays.problemWith(HolidayRegion.parse("DE-BY/mu"))).isEmpty();
        assertThatThrownBy(() -> holidays.in(HolidayRegion.parse("DE-XX"), 2025, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bavariaListsItsSubRegions() {
        assertThat(holidays.subRegions(HolidayRegion.parse("DE-BY"), Locale.ENGLISH))
                .extracting(e -> e.region().toString())
                .contains("DE-BY/mu", "DE-BY/ag", "DE-BY/wu", "DE-BY/re", "DE-BY/in");
    }

    @Test
    void regionCodesRoundTrip() {
        assertThat(HolidayRegion.parse("de-by/MU").toString()).isEqualTo("DE-BY/mu");
        assertThat(HolidayRegion.parse("US-NY").toString()).isEqualTo("US-NY");
        assertThatThrownBy(() -> HolidayRegion.parse("Bavaria")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidayRegion.parse("DE/mu")).isInstanceOf(IllegalArgumentException.class);
    }
}
