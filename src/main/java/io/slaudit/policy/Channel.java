package io.slaudit.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A way of asking for support and whether the service levels cover it (support@ covered, info@
 * not). Tickets name channels by key or alias. Requesters in an excluded role are not covered on
 * this channel (the meter readers barred from a hotline). A channel may have its own hours, and a
 * condition the contract sets on it that an export cannot show ("only while support@ is
 * disrupted"); tickets on it are taken to meet the condition, which an assumption should say.
 *
 * <p>The alias {@code *} makes a channel catch every name no other channel claims (a contract
 * that speaks of "a report" without naming a way).
 */
public record Channel(
        String key,
        Optional<String> label,
        Optional<String> address,
        boolean covered,
        List<String> aliases,
        List<String> excludedRoles,
        Optional<String> calendar,
        Optional<String> condition,
        Optional<String> note,
        Optional<String> source) {

    public Channel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(address, "address");
        aliases = List.copyOf(aliases);
        excludedRoles = List.copyOf(excludedRoles);
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
    }

    /** Whether this channel takes every name no other channel claims. */
    public boolean catchesAll() {
        return aliases.contains(Priority.CATCH_ALL);
    }

    public List<String> names() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(key);
        address.ifPresent(names::add);
        names.addAll(aliases);
        return List.copyOf(names);
    }
}
