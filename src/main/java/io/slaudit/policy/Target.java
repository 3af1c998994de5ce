package io.slaudit.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One promise of the contract: a metric, the tickets it applies to (priorities, and optionally
 * tiers, channels, regions and readings), and how long it allows. A guaranteed target needs a time;
 * a best-effort one may have none ("no guaranteed resolution time" is recorded, not dropped).
 *
 * <p>When several targets of one metric match a ticket, the most specific wins (see {@link
 * #specificity}); two equally specific matches are refused when the policy is loaded.
 */
public record Target(
        Metric metric,
        PrioritySelector priorities,
        Optional<TargetTime> within,
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
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(guarantee, "guarantee");
        Objects.requireNonNull(clock, "clock");
        tiers = List.copyOf(tiers);
        channels = List.copyOf(channels);
        regions = List.copyOf(regions);
        when = Map.copyOf(when);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (guarantee == Guarantee.GUARANTEED && within.isEmpty()) {
            throw new IllegalArgumentException("a guaranteed target needs 'within'");
        }
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
