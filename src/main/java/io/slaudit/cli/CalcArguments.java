package io.slaudit.cli;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.TimeText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Checks and conversions shared by the calculator's commands. */
final class CalcArguments {

    private CalcArguments() {}

    static void requireSingleOrBatch(Path input, String firstName, String first, String secondName, String second) {
        if (input != null && (first != null || second != null)) {
            throw new UsageException("--input cannot be combined with " + firstName + " or " + secondName);
        }
        if (input == null && (first == null || second == null)) {
            throw new UsageException("give " + firstName + " and " + secondName + ", or --input FILE.csv");
        }
    }

    static Instant instant(String option, String text, BusinessClock clock) {
        try {
            return TimeText.parseInstant(text, clock.zone());
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    static Duration duration(String option, String text) {
        try {
            return TimeText.parseDuration(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
