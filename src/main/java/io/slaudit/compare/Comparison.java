package io.slaudit.compare;

import io.slaudit.audit.InputFile;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.Severity;
import io.slaudit.policy.Target;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Several vendors' support contracts side by side for one year, in the same units: coverage in
 * open hours, each severity's targets as written and in wall-clock time to the deadline (worst
 * case, median, mean), how the figures move under each reading of an ambiguous clause, with a
 * ticket export how last quarter's tickets would have fared under each contract, and with a cost
 * scenario what a month of support costs on each contract's tiers. The renderers format it; they
 * compute nothing.
 */
public record Comparison(
        int year,
        List<PolicyComparison> policies,
        Optional<TicketComparison> tickets,
        Optional<CostComparison> cost,
        List<InputFile> inputs,
        String toolVersion,
        String holidaySource) {

    public Comparison {
        policies = List.copyOf(policies);
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(cost, "cost");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(holidaySource, "holidaySource");
    }

    /**
     * One contract: where it was read from, whether it is in force in the year, its coverage, how
     * its classes map onto severities, and its rows: one per severity (or unmapped class), metric
     * and variant (tier, channel, region where the contract's targets depend on them).
     */
    public record PolicyComparison(
            Policy policy,
            String file,
            boolean inForce,
            Coverage coverage,
            SeverityClasses classes,
            List<TargetRow> rows) {
        public PolicyComparison {
            Objects.requireNonNull(policy, "policy");
            rows = List.copyOf(rows);
        }

        /** A name that tells two versions of one contract apart. */
        public String name() {
            return policy.id()
                    + policy.identity().version().map(v -> " (" + v + ")").orElse("");
        }
    }

    /**
     * When the contract's clock runs: open time per week (wall clock, as the hours are written) and
     * in the year net of holidays (real time: DST days count what they hold), of the default calendar
     * and of each calendar.
     */
    public record Coverage(
            String defaultCalendar, long openSecondsPerWeek, long openSecondsInYear, List<CalendarCoverage> calendars) {
        public Coverage {
            calendars = List.copyOf(calendars);
        }

        public List<String> zones() {
            return calendars.stream().map(c -> c.zone().getId()).distinct().toList();
        }

        public List<String> holidayRegions() {
            return calendars.stream()
                    .flatMap(c -> c.holidayRegions().stream())
                    .distinct()
                    .toList();
        }
    }

    /** One calendar of a contract in the year. */
    public record CalendarCoverage(
            String name,
            ZoneId zone,
            String hours,
            long openSecondsPerWeek,
            long openSecondsInYear,
            int closedDays,
            List<String> holidayRegions) {
        public CalendarCoverage {
            holidayRegions = List.copyOf(holidayRegions);
        }
    }

    /** Which kind of ticket a row is about, where the contract's targets depend on it. */
    public record Variant(Optional<String> tier, Optional<String> channel, Optional<String> region) {
        public static final Variant NONE = new Variant(Optional.empty(), Optional.empty(), Optional.empty());

        public boolean isNone() {
            return tier.isEmpty() && channel.isEmpty() && region.isEmpty();
        }
    }

    /**
     * A severity's (or an unmapped class's) promise on one metric: the contract's class, the target
     * that applies under the default reading (none when the contract sets none), the calendar it
     * counts on, its timing over the year (none when it states no time), and the timings under
     * every other reading that changes it.
     */
    public record TargetRow(
            Optional<Severity> severity,
            String priority,
            Metric metric,
            Variant variant,
            Optional<Target> target,
            Optional<Integer> targetNumber,
            Optional<String> calendar,
            Optional<Timing> timing,
            List<ReadingRow> readings) {
        public TargetRow {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(variant, "variant");
            readings = List.copyOf(readings);
        }

        /** Whether the contract promises this time (not best effort) for at least some requests. */
        public boolean guaranteed() {
            return target.map(t -> t.guarantee() == io.slaudit.policy.Guarantee.GUARANTEED
                            && t.within().isPresent())
                    .orElse(false);
        }
    }

    /** The row under another reading of the contract. */
    public record ReadingRow(
            String reading,
            String meaning,
            Optional<Target> target,
            Optional<String> calendar,
            Optional<Timing> timing) {}

    /**
     * The wall-clock time from arrival to deadline over the year: over every arrival the target
     * gives a time for, and over arrivals while its calendar is open. {@code guaranteedShare} is the
     * part of the year's arrivals the target promises its time for (1 for a plain target, the open
     * share under "only if raised in hours", 0 for a best-effort aim).
     */
    public record Timing(
            TimeToDeadline.Figures all,
            Optional<TimeToDeadline.Figures> inHours,
            ZoneId zone,
            double guaranteedShare) {}
}
