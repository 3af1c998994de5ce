package io.slaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyRefTest {

    @Test
    void aPrioritysSeverityIsAPartOfThePriority() {
        PolicyRef r = PolicyRef.parse("priority.severe.severity");
        assertThat(r.kind()).isEqualTo(PolicyRef.Kind.PRIORITY);
        assertThat(r.name()).contains("severe");
        assertThat(r.part()).contains(PolicyRef.SEVERITY);
        assertThat(PolicyRef.parse("priority.severe").part()).isEmpty();
        assertThat(r.bearsOnVerdicts()).isFalse();
        assertThat(PolicyRef.parse("priority.severe").bearsOnVerdicts()).isTrue();
    }

    @Test
    void aTiersPricesBearOnBillsNotOnVerdicts() {
        PolicyRef r = PolicyRef.parse("tier.level-2.prices");
        assertThat(r.name()).contains("level-2");
        assertThat(r.part()).contains(PolicyRef.PRICES);
        assertThat(r.bearsOnVerdicts()).isFalse();
        assertThat(PolicyRef.parse("tier.level-2").bearsOnVerdicts()).isTrue();
    }

    @Test
    void aCalendarPartAndATargetAreReadFromTheEnd() {
        assertThat(PolicyRef.parse("calendar.dach.zone"))
                .isEqualTo(new PolicyRef(PolicyRef.Kind.CALENDAR, Optional.of("dach"), Optional.of("zone")));
        assertThat(PolicyRef.parse("target.urgent.first-response"))
                .isEqualTo(PolicyRef.target("urgent", Metric.FIRST_RESPONSE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "priority.severe.severity",
                "priority.severe",
                "tier.level-2.prices",
                "calendar.dach.zone",
                "calendar.support",
                "target.any.resolution",
                "pause-on",
                "reading.business-day"
            })
    void aKeyReadsBackAsItWasWritten(String key) {
        assertThat(PolicyRef.parse(key)).hasToString(key);
    }

    @Test
    void aKeyThatNamesNothingSaysWhatTheGrammarIs() {
        assertThatThrownBy(() -> PolicyRef.parse("severity.x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no part of a contract");
        assertThatThrownBy(() -> PolicyRef.parse("target.urgent")).hasMessageContaining("write target.PRIORITY.METRIC");
    }
}
