package io.slaudit.audit;

import io.slaudit.policy.Metric;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's verdict on one metric under another reading of an ambiguous contract, recorded where
 * it differs from the verdict under the audit's own reading. An empty status means that under
 * this reading no target applies to the ticket for that metric.
 */
public record OtherReading(String reading, Metric metric, Optional<Status> status) {

    public OtherReading {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(status, "status");
    }

    /** The status as the outputs write it: its key, or {@code no target}. */
    public String statusKey() {
        return status.map(Status::key).orElse("no target");
    }
}
