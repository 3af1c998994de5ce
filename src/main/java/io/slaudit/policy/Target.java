package io.slaudit.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One promise of the contract: a metric, the tickets it applies to (priorities, and optionally
 * tiers, channels, regions and readings), and how long it allows. A guaranteed target needs a time;
 * a best-effort one may have none ("no guaranteed resolution time" is recorded, not dropped). A
 * time the contract leaves to another document is {@code open}: {@code within} is then empty until
 * a value is supplied for it, and {@code open} stays to say that the time is not the contract's.
 *
 * <p>When several targets of one metric match a ticket, the most specific wins (see {@link
 * #specificity}); two equally specific matches are refused when the policy is loaded.
 */
public record Target(
        Metric metric,
        PrioritySelector priorities,
        Optional<TargetTime> within,
        Optional<OpenValue<TargetTime>> open,
        Optional<String> calendar,
        Guarantee guarantee,
        ClockRule clock,
        List<String> tiers,
        List<String> channels,
        List<String> regions,
        Map<String, String> when,
        Optional<String> source,
        Optional<String> note) {

    public Target {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(priorities, "priorities");
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(guarantee, "guarantee");
        Objects.requireNonNull(clock, "clock");
        tiers = List.copyOf(tiers);
        channels = List.copyOf(channels);
        regions = List.copyOf(regions);
        when = Map.copyOf(when);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (guarantee == Guarantee.GUARANTEED && within.isEmpty() && open.isEmpty()) {
            throw new IllegalArgumentException("a guaranteed target needs 'within'");
        }
    }

    /** Whether the time is one the contract leaves open and no value has been given for it. */
    public boolean timeIsOpen() {
        return open.isPresent() && within.isEmpty();
    }

    /** The same target with a value for its open time. */
    public Target withTime(TargetTime time) {
        return new Target(
                metric,
                priorities,
                Optional.of(time),
                open,
                calendar,
                guarantee,
                clock,
                tiers,
                channels,
                regions,
                when,
                source,
                note);
    }

    /**
     * This target for one priority only, with a value for its open time: what a value given for
     * {@code target.PRIORITY.METRIC} makes of a target the contract states for every priority.
     */
    public Target forPriority(String priority, TargetTime time) {
        return new Target(
                metric,
                PrioritySelector.of(List.of(priority)),
                Optional.of(time),
                open,
                calendar,
                guarantee,
                clock,
                tiers,
                channels,
                regions,
                when,
                source,
                note);
    }

    /** The key that names this target's time: target.PRIORITY.METRIC, with its one priority or any. */
    public PolicyRef key() {
        return PolicyRef.target(priorities.any() ? "any" : priorities.keys().get(0), metric);
    }

    /** Higher is more specific: a tier counts most, then a channel, a region, named priorities. */
    public int specificity() {
        return (tiers.isEmpty() ? 0 : 8)
                + (channels.isEmpty() ? 0 : 4)
                + (regions.isEmpty() ? 0 : 2)
                + (priorities.any() ? 0 : 1);
    }

    /** Whether this target is in force under a choice of readings. */
    public boolean appliesUnder(ReadingChoice readings) {
        for (Map.Entry<String, String> condition : when.entrySet()) {
            if (!condition.getValue().equals(readings.readingOf(condition.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
