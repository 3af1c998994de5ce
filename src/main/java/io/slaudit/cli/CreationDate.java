package io.slaudit.cli;

import java.time.Instant;

/**
 * The creation date a document records: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the
 * reproducible-builds convention) when set, so that the same inputs give the same file; now
 * otherwise.
 */
final class CreationDate {

    private CreationDate() {}

    static Instant from(String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new UsageException(
                    "SOURCE_DATE_EPOCH: '" + sourceDateEpoch + "' is not a number of seconds since 1970-01-01");
        }
    }
}
