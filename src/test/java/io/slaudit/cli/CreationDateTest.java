package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreationDateTest {

    @Test
    void sourceDateEpochIsSecondsSince1970() {
        // 20,180 days x 86,400 s = 1,743,552,000 s after 1970-01-01: 2025-04-02 00:00 UTC
        assertThat(CreationDate.from("1743552000")).isEqualTo(Instant.parse("2025-04-02T00:00:00Z"));
    }

    @Test
    void withoutSourceDateEpochItIsNow() {
        assertThat(Duration.between(CreationDate.from(null), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(CreationDate.from(" "), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aMalformedSourceDateEpochIsAUsageError() {
        assertThatThrownBy(() -> CreationDate.from("yesterday"))
                .isInstanceOf(UsageException.class)
                .hasMessage("SOURCE_DATE_EPOCH: 'yesterday' is not a number of seconds since 1970-01-01");
    }
}
