package io.slaudit.audit;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How one result of the audit came about: the result itself (the audit's own verdict), the instant
 * the target's clock started, and the timeline from the request to the instant judged. {@code
 * dueStep} is the index of the step at whose end the clock reached the target (the due instant),
 * empty when the due instant lies after the instant judged or there is none.
 */
public record MetricTrace(MetricResult result, long clockStart, List<TraceStep> steps, OptionalInt dueStep) {

    public MetricTrace {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(dueStep, "dueStep");
        steps = List.copyOf(steps);
    }

    /** The seconds the steps count, which are the result's elapsed time. */
    public long countedSeconds() {
        return steps.stream().mapToLong(TraceStep::countedSeconds).sum();
    }
}
