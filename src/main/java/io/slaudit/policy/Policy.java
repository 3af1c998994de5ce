package io.slaudit.policy;

import io.slaudit.calendar.BusinessCalendar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A support contract in machine-readable form: one version of one vendor's promises. Built by
 * {@link PolicyReader}, which checks every reference; the record itself checks only what a
 * single value can know.
 *
 * <p>Names that tickets use (priorities, channels, regions, tiers) are matched
 * case-insensitively against keys, labels and aliases.
 *
 * <p>What the document leaves open is explicit: a calendar it does not state is in {@code
 * openCalendars} (and in {@code calendars} only once a value was given for it), a target time it
 * does not state is the target's {@code open}. {@code filled} says which values an audit took for
 * them and from whom; a policy as read has none.
 */
public record Policy(
        PolicyIdentity identity,
        Map<String, BusinessCalendar> calendars,
        String defaultCalendar,
        Map<String, Region> regions,
        BusinessDayRule businessDay,
        Map<String, Channel> channels,
        Map<String, Priority> priorities,
        List<Target> targets,
        List<String> pauseOn,
        PriorityChangeRule priorityChange,
        CommercialTerms commercial,
        ContractText text,
        Map<String, Ambiguity> ambiguities,
        HandlingOrderRule handlingOrder,
        Map<String, Map<String, String>> wordings,
        Map<String, OpenValue<BusinessCalendar>> openCalendars,
        List<FilledValue> filled) {

    public Policy {
        Objects.requireNonNull(identity, "identity");
        calendars = ordered(calendars);
        openCalendars = ordered(openCalendars);
        Objects.requireNonNull(defaultCalendar, "defaultCalendar");
        if (!calendars.containsKey(defaultCalendar) && !openCalendars.containsKey(defaultCalendar)) {
            throw new IllegalArgumentException("the default calendar '" + defaultCalendar + "' is not defined");
        }
        regions = ordered(regions);
        Objects.requireNonNull(businessDay, "businessDay");
        channels = ordered(channels);
        priorities = ordered(priorities);
        if (priorities.isEmpty()) {
            throw new IllegalArgumentException("a policy needs at least one priority");
        }
        targets = List.copyOf(targets);
        pauseOn = List.copyOf(pauseOn);
        Objects.requireNonNull(priorityChange, "priorityChange");
        Objects.requireNonNull(commercial, "commercial");
        Objects.requireNonNull(text, "text");
        ambiguities = ordered(ambiguities);
        filled = List.copyOf(filled);
        Objects.requireNonNull(handlingOrder, "handlingOrder");
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        wordings.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        wordings = Collections.unmodifiableMap(copy);
    }

    /**
     * A text of the contract (a reading's meaning, a target's note, a question) in a language,
     * where the contract gives it in that language ({@code meaning: {en: ..., de: ...}}); the text
     * itself otherwise.
     */
    public String wording(String text, java.util.Locale locale) {
        Map<String, String> byLanguage = wordings.get(text);
        return byLanguage == null ? text : byLanguage.getOrDefault(locale.getLanguage(), text);
    }

    /** The same policy with other calendars, targets and filled values: a value given for what it leaves open. */
    Policy filledWith(Map<String, BusinessCalendar> newCalendars, List<Target> newTargets, List<FilledValue> values) {
        return new Policy(
                identity,
                newCalendars,
                defaultCalendar,
                regions,
                businessDay,
                channels,
                priorities,
                newTargets,
                pauseOn,
                priorityChange,
                commercial,
                text,
                ambiguities,
                handlingOrder,
                wordings,
                openCalendars,
                values);
    }

    /** The calendars the contract does not state and no value has been given for. */
    public Map<String, OpenValue<BusinessCalendar>> stillOpenCalendars() {
        Map<String, OpenValue<BusinessCalendar>> out = new LinkedHashMap<>();
        openCalendars.forEach((k, v) -> {
            if (!calendars.containsKey(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * The default calendar, stated by the contract or supplied for an audit.
     *
     * @throws IllegalStateException while the contract leaves it open: a use that needs it refuses
     *     first ({@link #requireStated}), or takes the encoding's placeholder deliberately
     */
    public BusinessCalendar defaultBusinessCalendar() {
        BusinessCalendar c = calendars.get(defaultCalendar);
        if (c == null) {
            throw new IllegalStateException("the default calendar '" + defaultCalendar + "' is still open");
        }
        return c;
    }

    /**
     * The zone in which the contract's dates are read, its default calendar's.
     *
     * @throws IllegalStateException as {@link #defaultBusinessCalendar()}
     */
    public java.time.ZoneId zone() {
        return defaultBusinessCalendar().zone();
    }

    /** {@link #zone()} where the default calendar is stated or supplied, else empty. */
    public Optional<java.time.ZoneId> statedZone() {
        return Optional.ofNullable(calendars.get(defaultCalendar)).map(BusinessCalendar::zone);
    }

    /** Every calendar name the contract declares, stated or open. */
    public java.util.Set<String> calendarNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(calendars.keySet());
        names.addAll(openCalendars.keySet());
        return names;
    }

    /** The value an audit took for a key the contract leaves open, if any. */
    public Optional<FilledValue> filledValue(PolicyRef key) {
        return filled.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The values the contract leaves open that no value has been given for: calendars, then target times. */
    public List<OpenValue<?>> stillOpen() {
        List<OpenValue<?>> out = new ArrayList<>(stillOpenCalendars().values());
        for (Target t : targets) {
            if (t.timeIsOpen()
                    && out.stream().noneMatch(x -> x.key().equals(t.open().get().key()))) {
                out.add(t.open().get());
            }
        }
        return out;
    }

    /**
     * Refuses a use of the policy that needs what it leaves open, naming each value, where the
     * contract says that it is open, and how to supply it.
     *
     * @param use what needs the values ("the audit", "the comparison")
     * @throws io.slaudit.input.InputException one problem per value still open
     */
    public void requireStated(String use, boolean canSupply) {
        requireStated(use, canSupply, true);
    }

    /** As {@link #requireStated(String, boolean)}, for the calendars alone when {@code times} is false. */
    public void requireStated(String use, boolean canSupply, boolean times) {
        List<OpenValue<?>> open =
                times ? stillOpen() : new ArrayList<>(stillOpenCalendars().values());
        if (open.isEmpty()) {
            return;
        }
        io.slaudit.input.Problems problems = new io.slaudit.input.Problems();
        for (OpenValue<?> v : open) {
            String how = v.key().kind() == PolicyRef.Kind.CALENDAR
                    ? "--set " + v.key() + "=FILE"
                    : "--set " + v.key() + "=\"4 business hours\"";
            problems.add(
                    v.at(),
                    use + " needs " + v.key() + ", " + v.describe()
                            + (canSupply
                                    ? "; supply it with " + how + " or in an --assume FILE"
                                    : "; this command cannot take it (audit takes --set and --assume)")
                            + v.placeholder()
                                    .map(x -> " (the placeholder of assumption "
                                            + v.assumption().orElseThrow() + " is never used to judge)")
                                    .orElse(""));
        }
        problems.throwIfAny(io.slaudit.input.InputException.Kind.INVALID);
    }

    /**
     * The ids of the assumptions whose placeholder a value a user supplied has replaced: they no
     * longer bear on anything (the audit's verdicts, explain's lines).
     */
    public java.util.Set<String> supersededAssumptions() {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.function.BiConsumer<PolicyRef, OpenValue<?>> check = (key, o) -> {
            if (o.assumption().isPresent()
                    && filledValue(key).map(FilledValue::supplied).orElse(false)) {
                out.add(o.assumption().get());
            }
        };
        openValues().forEach(o -> check.accept(o.key(), o));
        // a target open for every priority may have been given a value priority by priority
        targets.forEach(t -> t.open().ifPresent(o -> check.accept(t.key(), o)));
        return out;
    }

    /** Every value the contract leaves open: its open calendars, then its open target times. */
    public List<OpenValue<?>> openValues() {
        List<OpenValue<?>> out = new ArrayList<>(openCalendars.values());
        for (Target t : targets) {
            t.open()
                    .filter(o -> out.stream().noneMatch(x -> x.key().equals(o.key())))
                    .ifPresent(out::add);
        }
        return out;
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public String id() {
        return identity.id();
    }

    /** The reading an audit decides by: every ambiguity at its default. */
    public ReadingChoice defaultReading() {
        Map<String, String> choices = new TreeMap<>();
        ambiguities.forEach((k, a) -> choices.put(k, a.defaultReading()));
        return new ReadingChoice(choices);
    }

    /** The default reading and, for every other reading that can change a verdict, the default with that one changed. */
    public List<ReadingChoice> readingVariants() {
        List<ReadingChoice> out = new ArrayList<>();
        out.add(defaultReading());
        out.addAll(otherReadings(defaultReading()));
        return out;
    }

    /**
     * For every reading not in {@code base} that can change a verdict, {@code base} with that one
     * reading changed. A reading that only changes how prices apply changes no verdict and is left
     * out: see {@link #otherPricingReadings}.
     */
    public List<ReadingChoice> otherReadings(ReadingChoice base) {
        // an ambiguity of coverage alone (which services are included) changes no verdict either
        return otherReadings(base, a -> (!a.bearsOnPricing() && !a.bearsOnNothing(targets)) || bearsOnVerdicts(a));
    }

    /** For every reading not in {@code base} that changes how the prices apply, {@code base} with it changed. */
    public List<ReadingChoice> otherPricingReadings(ReadingChoice base) {
        return otherReadings(base, Ambiguity::bearsOnPricing);
    }

    boolean bearsOnVerdicts(Ambiguity a) {
        return targets.stream().anyMatch(t -> t.when().containsKey(a.key()))
                || a.readings().values().stream().anyMatch(r -> r.businessDay().isPresent());
    }

    private List<ReadingChoice> otherReadings(ReadingChoice base, java.util.function.Predicate<Ambiguity> which) {
        List<ReadingChoice> out = new ArrayList<>();
        ambiguities.forEach((key, a) -> {
            if (which.test(a)) {
                a.readings().keySet().stream()
                        .filter(r -> !r.equals(base.readingOf(key)))
                        .forEach(r -> out.add(base.with(key, r)));
            }
        });
        return out;
    }

    /**
     * The default reading with the choices of {@code text} applied: {@code ambiguity=reading} or a
     * reading's name alone when only one ambiguity has it, several separated by commas. Choices
     * for ambiguities this version does not have are left out when {@code lenient}.
     *
     * @throws IllegalArgumentException naming the ambiguities and readings there are
     */
    public ReadingChoice reading(String text, boolean lenient) {
        ReadingChoice choice = defaultReading();
        Map<String, String> given = new java.util.HashMap<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String ambiguity;
            String reading;
            int eq = p.indexOf('=');
            if (eq >= 0) {
                ambiguity = p.substring(0, eq).trim();
                reading = p.substring(eq + 1).trim();
            } else {
                List<String> owners = ambiguities.values().stream()
                        .filter(a -> a.readings().containsKey(p))
                        .map(Ambiguity::key)
                        .toList();
                if (owners.size() > 1) {
                    throw new IllegalArgumentException("reading '" + p + "' belongs to several ambiguities ("
                            + String.join(", ", owners) + "); write ambiguity=reading");
                }
                if (owners.isEmpty()) {
                    if (lenient) {
                        continue;
                    }
                    throw new IllegalArgumentException(
                            "no ambiguity of the contract has a reading '" + p + "'; " + readingsList());
                }
                ambiguity = owners.get(0);
                reading = p;
            }
            Ambiguity a = ambiguities.get(ambiguity);
            if (a == null) {
                if (lenient) {
                    continue;
                }
                throw new IllegalArgumentException(
                        "the contract has no ambiguity '" + ambiguity + "'; " + readingsList());
            }
            if (!a.readings().containsKey(reading)) {
                throw new IllegalArgumentException("ambiguity '" + ambiguity + "' has no reading '" + reading
                        + "'; its readings: " + String.join(", ", a.readings().keySet()));
            }
            String earlier = given.putIfAbsent(ambiguity, reading);
            if (earlier != null) {
                throw new IllegalArgumentException("ambiguity '" + ambiguity + "' is given twice ("
                        + (earlier.equals(reading) ? reading : earlier + " and " + reading)
                        + "); give one reading for each ambiguity");
            }
            choice = choice.with(ambiguity, reading);
        }
        return choice;
    }

    private String readingsList() {
        if (ambiguities.isEmpty()) {
            return "it records no ambiguities";
        }
        return "its readings: "
                + ambiguities.values().stream()
                        .map(a -> a.key() + "=" + String.join("|", a.readings().keySet()))
                        .collect(java.util.stream.Collectors.joining(", "));
    }

    /** How business days are read under a choice of readings. */
    public BusinessDayRule businessDayUnder(ReadingChoice readings) {
        for (Map.Entry<String, Ambiguity> e : ambiguities.entrySet()) {
            Ambiguity.Reading r = e.getValue().readings().get(readings.readingOf(e.getKey()));
            if (r != null && r.businessDay().isPresent()) {
                return r.businessDay().get();
            }
        }
        return businessDay;
    }

    /** The pricing rules under a choice of readings: the contract's, changed by each chosen reading. */
    public PricingRules pricingUnder(ReadingChoice readings) {
        PricingRules rules = commercial.pricing();
        for (Map.Entry<String, Ambiguity> e : ambiguities.entrySet()) {
            Ambiguity.Reading r = e.getValue().readings().get(readings.readingOf(e.getKey()));
            if (r != null) {
                rules = rules.with(r.pricing());
            }
        }
        return rules;
    }

    public List<Target> targetsUnder(ReadingChoice readings) {
        return targets.stream().filter(t -> t.appliesUnder(readings)).toList();
    }

    /** The priority a ticket's priority text names, by key, label or alias; else the catch-all. */
    public Optional<Priority> priorityNamed(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        Priority catchAll = null;
        for (Priority p : priorities.values()) {
            for (String n : p.names()) {
                if (n.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(p);
                }
            }
            if (p.catchesAll()) {
                catchAll = p;
            }
        }
        return Optional.ofNullable(wanted.isEmpty() ? null : catchAll);
    }

    public Optional<Channel> channelNamed(String name) {
        Optional<Channel> named = named(channels.values(), Channel::names, name);
        return named.isPresent() || name.trim().isEmpty() ? named : catchAllChannel();
    }

    public Optional<Region> regionNamed(String name) {
        return named(regions.values(), Region::names, name);
    }

    public Optional<Tier> tierNamed(String name) {
        return named(commercial.tiers().values(), Tier::names, name);
    }

    /**
     * The tier a ticket's tier text names: a tier by key, label or alias, or else a package by key or
     * label, which stands for the tier it includes ("Enterprise" is Supportlevel 2 where the
     * Enterprise package includes level 2).
     */
    public Optional<Tier> tierOrPackageNamed(String name) {
        Optional<Tier> tier = tierNamed(name);
        if (tier.isPresent()) {
            return tier;
        }
        return commercial.packageNamed(name).flatMap(commercial::tierOf);
    }

    /** Whether a channel name is claimed by no channel but caught by the channel with the alias '*'. */
    public Optional<Channel> catchAllChannel() {
        return channels.values().stream().filter(Channel::catchesAll).findFirst();
    }

    private static <T> Optional<T> named(
            java.util.Collection<T> items, java.util.function.Function<T, List<String>> names, String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (T item : items) {
            for (String n : names.apply(item)) {
                if (n.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }
}
