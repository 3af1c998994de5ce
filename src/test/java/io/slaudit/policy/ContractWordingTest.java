package io.slaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.input.InputException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts of a contract given in several languages ({@code meaning: {en: ..., de: ...}}). */
class ContractWordingTest {

    private static final String POLICY = """
            policy: p
            vendor: v
            calendars:
              office: { zone: Europe/Berlin, hours: { mon-fri: "09:00-17:00" } }
            default-calendar: office
            priorities:
              high: { label: Hoch }
            targets:
              - metric: first-response
                priority: high
                within: 1 business day
                note: { en: written requests only, de: nur schriftliche Anfragen }
            ambiguities:
              business-day:
                question:
                  en: Same time or end of day?
                  de: Selbe Uhrzeit oder Tagesende?
                default: same-time
                readings:
                  same-time: { meaning: { en: same time, de: selbe Uhrzeit }, business-day: same-time }
                  end-of-day: { meaning: end of the day, business-day: end-of-day }
            """;

    @Test
    void theEnglishTextStandsForATextGivenInSeveralLanguagesAndTheGermanOneIsThereForGermanReports() {
        Policy p = PolicyReader.parse("p.yaml", POLICY);
        Ambiguity a = p.ambiguities().get("business-day");
        assertThat(a.question()).isEqualTo("Same time or end of day?");
        assertThat(p.wording(a.question(), Locale.GERMAN)).isEqualTo("Selbe Uhrzeit oder Tagesende?");
        String meaning = a.readings().get("same-time").meaning();
        assertThat(meaning).isEqualTo("same time");
        assertThat(p.wording(meaning, Locale.GERMAN)).isEqualTo("selbe Uhrzeit");
        assertThat(p.wording(meaning, Locale.ENGLISH)).isEqualTo("same time");
        // given in one language only: that text in every language
        assertThat(p.wording("end of the day", Locale.GERMAN)).isEqualTo("end of the day");
        assertThat(p.targets().get(0).note()).hasValue("written requests only");
        assertThat(p.wording("written requests only", Locale.GERMAN)).isEqualTo("nur schriftliche Anfragen");
    }

    @Test
    void theCanonicalFormKeepsEveryLanguage() {
        Policy p = PolicyReader.parse("p.yaml", POLICY);
        Policy again = PolicyReader.parse("canonical.yaml", CanonicalYaml.of(p));
        assertThat(again.wordings()).isEqualTo(p.wordings());
    }

    @Test
    void aKeyThatIsNoLanguageCodeIsAnErrorAtItsLine() {
        String bad = POLICY.replace("de: Selbe Uhrzeit oder Tagesende?", "german: Selbe Uhrzeit oder Tagesende?");
        assertThatThrownBy(() -> PolicyReader.parse("p.yaml", bad))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("p.yaml:17")
                .hasMessageContaining("ISO 639-1 codes such as en or de as keys, not 'german'");
    }

    @Test
    void theSeedContractsWithGermanSourceTextGiveTheirReadingsInGerman() {
        Policy item = PolicyReader.read(Path.of("contracts/item-support-policy.yaml"));
        String upper = item.ambiguities()
                .get("response-window")
                .readings()
                .get("upper-bound")
                .meaning();
        assertThat(item.wording(upper, Locale.GERMAN)).startsWith("Der Richtwert ist eingehalten");
        Policy smashdocs = PolicyReader.read(Path.of("contracts/smashdocs-support.yaml"));
        String endOfDay = smashdocs
                .ambiguities()
                .get("business-day")
                .readings()
                .get("end-of-day")
                .meaning();
        assertThat(smashdocs.wording(endOfDay, Locale.GERMAN)).startsWith("Fällig zum Ende");
    }
}
