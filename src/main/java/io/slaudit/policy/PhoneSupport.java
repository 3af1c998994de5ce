package io.slaudit.policy;

import java.util.Objects;
import java.util.Optional;

/** Regular phone support: its hours and the credit of minutes granted once when the software is activated. */
public record PhoneSupport(String calendar, int activationCreditMinutes, Optional<String> source) {

    public PhoneSupport {
        Objects.requireNonNull(calendar, "calendar");
        if (activationCreditMinutes < 0) {
            throw new IllegalArgumentException("a credit cannot be negative");
        }
        Objects.requireNonNull(source, "source");
    }
}
