package io.slaudit.policy;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A worked example a reading of an ambiguity gives of itself ("a request on Friday at 17:00 is due
 * on Wednesday at 14:00"), in a form the engine can check: a start, a target time, the due time the
 * reading's words promise, on a calendar of the contract (its default when none is named), local
 * times in that calendar's zone. {@code slaudit validate} computes it and flags a contradiction.
 */
public record ReadingExample(Optional<String> calendar, LocalDateTime start, TargetTime within, LocalDateTime due) {

    public ReadingExample {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(due, "due");
    }
}
