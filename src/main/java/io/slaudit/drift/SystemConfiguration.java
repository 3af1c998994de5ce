package io.slaudit.drift;

import io.slaudit.calendar.WeeklyHours;
import io.slaudit.input.SourceMark;
import io.slaudit.policy.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticketing system's own SLA settings, read from its REST API's JSON and reduced to what a
 * contract promises: targets by metric and priority in the system's minutes, each counted on a
 * business calendar of the system's or around the clock, and the calendars with their zone, weekly
 * hours and closed days. Each value keeps its place in the system's file.
 *
 * @param system the system's name for messages: {@code Zendesk}, {@code Zammad}
 * @param files the files it was read from, as the user named them
 * @param priorities every priority the system knows, in its own words ({@code urgent}, {@code 3 high})
 * @param notes how the files were read (the SLA policy chosen, its filter)
 */
public record SystemConfiguration(
        String system, List<String> files, List<String> priorities, List<SystemTarget> targets, List<String> notes) {

    public SystemConfiguration {
        Objects.requireNonNull(system, "system");
        files = List.copyOf(files);
        priorities = List.copyOf(priorities);
        targets = List.copyOf(targets);
        notes = List.copyOf(notes);
    }

    /**
     * One target of the system: the contract metric it measures, the system's own metric name, the
     * priority it applies to, its time, and the calendar it counts on (none: calendar time).
     *
     * @param preference among several system metrics that measure one contract metric, lower is the
     *     closer match (Zendesk's {@code total_resolution_time} before {@code requester_wait_time})
     * @param clockNote how the system's clock differs from a plain one, if it does ({@code pauses
     *     while the ticket is pending})
     */
    public record SystemTarget(
            Metric metric,
            String systemMetric,
            String priority,
            BigDecimal minutes,
            Optional<SystemCalendar> calendar,
            int preference,
            Optional<String> clockNote,
            SourceMark at) {

        public SystemTarget {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(systemMetric, "systemMetric");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(minutes, "minutes");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(clockNote, "clockNote");
            Objects.requireNonNull(at, "at");
            if (minutes.signum() <= 0) {
                throw new IllegalArgumentException("a target needs a positive time");
            }
        }

        public boolean businessHours() {
            return calendar.isPresent();
        }
    }

    /**
     * A business calendar of the system (a Zendesk schedule, a Zammad calendar).
     *
     * @param zoneAsWritten the zone as the system writes it ({@code Berlin}, {@code Eastern Time (US &
     *     Canada)})
     * @param closures the closed days, or empty when the system's holidays were not given to slaudit
     */
    public record SystemCalendar(
            String name,
            ZoneId zone,
            String zoneAsWritten,
            WeeklyHours hours,
            Optional<List<Closure>> closures,
            SourceMark at,
            SourceMark zoneAt,
            SourceMark hoursAt,
            Optional<SourceMark> closuresAt) {

        public SystemCalendar {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(zoneAsWritten, "zoneAsWritten");
            Objects.requireNonNull(hours, "hours");
            closures = closures.map(List::copyOf);
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(zoneAt, "zoneAt");
            Objects.requireNonNull(hoursAt, "hoursAt");
            Objects.requireNonNull(closuresAt, "closuresAt");
        }
    }

    /** Days a system calendar is closed, both ends included. */
    public record Closure(LocalDate from, LocalDate to, String name, SourceMark at) {
        public Closure {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the closure ends before it starts");
            }
        }

        public boolean contains(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }
}
