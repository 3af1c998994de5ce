package io.slaudit.audit;

import io.slaudit.policy.Guarantee;
import io.slaudit.policy.Metric;
import io.slaudit.tickets.Reason;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The verdict of one ticket on one target, with what it rests on: the due time, the instant that
 * was judged, the business (or clock) time used and allowed, all in epoch seconds. {@code zone} is
 * the target calendar's, in which instants are shown.
 */
public record MetricResult(
        Metric metric,
        String priority,
        Status status,
        OptionalLong due,
        OptionalLong at,
        OptionalLong elapsedSeconds,
        OptionalLong targetSeconds,
        String target,
        Optional<String> calendar,
        ZoneId zone,
        Guarantee guarantee,
        boolean businessTime,
        Optional<Reason> reason,
        List<String> assumptions,
        List<String> supplied) {

    public MetricResult {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(elapsedSeconds, "elapsedSeconds");
        Objects.requireNonNull(targetSeconds, "targetSeconds");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(guarantee, "guarantee");
        Objects.requireNonNull(reason, "reason");
        assumptions = List.copyOf(assumptions);
        supplied = List.copyOf(supplied);
    }

    /** A verdict that rests on the contract's words alone. */
    public MetricResult(
            Metric metric,
            String priority,
            Status status,
            OptionalLong due,
            OptionalLong at,
            OptionalLong elapsedSeconds,
            OptionalLong targetSeconds,
            String target,
            Optional<String> calendar,
            ZoneId zone,
            Guarantee guarantee,
            boolean businessTime,
            Optional<Reason> reason) {
        this(
                metric,
                priority,
                status,
                due,
                at,
                elapsedSeconds,
                targetSeconds,
                target,
                calendar,
                zone,
                guarantee,
                businessTime,
                reason,
                List.of(),
                List.of());
    }

    /** The same verdict, resting on these assumptions (ids) and supplied values (keys). */
    public MetricResult grounded(List<String> assumptionIds, List<String> suppliedKeys) {
        return new MetricResult(
                metric,
                priority,
                status,
                due,
                at,
                elapsedSeconds,
                targetSeconds,
                target,
                calendar,
                zone,
                guarantee,
                businessTime,
                reason,
                assumptionIds,
                suppliedKeys);
    }

    /** Whether the verdict rests on an assumption of the encoding, not on the contract's words alone. */
    public boolean restsOnAssumptions() {
        return !assumptions.isEmpty();
    }

    /**
     * Whether a best-effort aim with a time was met: true when answered by its due time, false when
     * answered later or still open past it, empty while open and not yet due, and for every result
     * that is not a timed best-effort aim (a guaranteed target, or one that states no time). A
     * guarantee that does not hold for a ticket (raised outside its hours) is no aim either.
     */
    public Optional<Boolean> aimMet(long asOf) {
        return aim(status, guarantee, targetSeconds.isPresent(), at, due, asOf);
    }

    /** {@link #aimMet} from its parts, for verdicts under other readings that keep no result. */
    static Optional<Boolean> aim(
            Status status, Guarantee guarantee, boolean timed, OptionalLong at, OptionalLong due, long asOf) {
        if (status != Status.BEST_EFFORT || guarantee != Guarantee.BEST_EFFORT || !timed) {
            return Optional.empty();
        }
        if (at.isPresent()) {
            return Optional.of(due.isEmpty() || at.getAsLong() <= due.getAsLong());
        }
        return due.isPresent() && asOf > due.getAsLong() ? Optional.of(false) : Optional.empty();
    }

    /** Time used beyond the target on the target's clock; empty unless breached. */
    public OptionalLong lateBySeconds() {
        if (!status.isBreach() || elapsedSeconds.isEmpty() || targetSeconds.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, elapsedSeconds.getAsLong() - targetSeconds.getAsLong()));
    }

    /** Real time between the due time and the answer (or the as-of instant); empty unless breached. */
    public OptionalLong lateByClockSeconds(long asOf) {
        if (!status.isBreach() || due.isEmpty()) {
            return OptionalLong.empty();
        }
        long end = at.isPresent() ? at.getAsLong() : asOf;
        return OptionalLong.of(Math.max(0, end - due.getAsLong()));
    }
}
