package io.slaudit.billing;

import io.slaudit.policy.TargetTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A typical month of support to price on every tier of a contract, as procurement describes it:
 * "120 phone minutes a month, two 12-minute hotline calls on a Saturday night, a first response
 * within 8 business hours". Priced by {@link Scenarios#quote}.
 *
 * @param phoneMinutesPerMonth minutes of regular phone support a month (in the support line's hours)
 * @param hotlineCalls the hotline calls of a month, each at a weekday and local time
 * @param requirement the first response the customer needs, if any
 * @param supportPackage a package booked with each tier (by key or label), if any
 */
public record Scenario(
        int phoneMinutesPerMonth,
        List<ScenarioCall> hotlineCalls,
        Optional<ResponseRequirement> requirement,
        Optional<String> supportPackage) {

    public Scenario {
        if (phoneMinutesPerMonth < 0) {
            throw new IllegalArgumentException("phone minutes cannot be negative");
        }
        hotlineCalls = List.copyOf(hotlineCalls);
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(supportPackage, "supportPackage");
    }

    public Scenario(
            int phoneMinutesPerMonth, List<ScenarioCall> hotlineCalls, Optional<ResponseRequirement> requirement) {
        this(phoneMinutesPerMonth, hotlineCalls, requirement, Optional.empty());
    }

    /**
     * One hotline call of a typical month: Saturday at 23:00 for 12 minutes. Priced in a regular
     * week (no public holiday, no DST change); a call may run into the next day.
     */
    public record ScenarioCall(DayOfWeek day, LocalTime start, Duration length) {
        public ScenarioCall {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(length, "length");
            if (length.isNegative() || length.compareTo(Duration.ofHours(24)) > 0) {
                throw new IllegalArgumentException("a call lasts from 0 to 24 hours");
            }
        }

        /** Seconds from Monday 00:00 of the week. */
        long startInWeek() {
            return (day.getValue() - 1) * 86_400L + start.toSecondOfDay();
        }
    }

    /**
     * The first response a customer needs: within a time ({@code 8 business hours}), for one
     * priority (by name, as tickets name it) or, when none is named, for every priority. {@code
     * unanswerable} says why no priority of the contract is the one asked about (a comparison asks
     * for a severity the contract has no class for): then no tier meets it.
     */
    public record ResponseRequirement(TargetTime within, Optional<String> priority, Optional<String> unanswerable) {
        public ResponseRequirement {
            Objects.requireNonNull(within, "within");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(unanswerable, "unanswerable");
            if (priority.isPresent() && unanswerable.isPresent()) {
                throw new IllegalArgumentException("a requirement names a priority or says why none answers it");
            }
        }

        public ResponseRequirement(TargetTime within, Optional<String> priority) {
            this(within, priority, Optional.empty());
        }
    }
}
