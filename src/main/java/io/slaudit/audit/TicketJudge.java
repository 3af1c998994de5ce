package io.slaudit.audit;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.CalendarRangeException;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.TimeText;
import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.Channel;
import io.slaudit.policy.DueTime;
import io.slaudit.policy.Guarantee;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.Priority;
import io.slaudit.policy.PriorityChangeRule;
import io.slaudit.policy.ReadingChoice;
import io.slaudit.policy.Region;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetChoice;
import io.slaudit.policy.TargetTime;
import io.slaudit.policy.Tier;
import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import io.slaudit.tickets.TicketEvent;
import io.slaudit.tickets.TicketRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replays one ticket against one version of a contract: resolves its priority, region, tier and
 * channel, builds its pauses and priority changes from the events, and judges every target that
 * applies under each reading. The rules are documented with examples in docs/audit-semantics.md.
 *
 * <p>Everything that depends only on the contract (name lookups, targets per reading, labels, the
 * years holiday data is trusted for) is worked out once here, not per ticket. Not thread-safe.
 */
final class TicketJudge {

    /** What became of a ticket. */
    sealed interface Outcome permits Judged, Rejected {}

    /**
     * Judged: the verdict under the audit's reading, and under every other reading (in the order
     * of {@link #readings()} after the first) the status of each audited metric, {@code null}
     * where no target applies.
     */
    record Judged(
            TicketVerdict verdict, List<Other> others, OptionalLong answered, String answeredPriority, Replay replay)
            implements Outcome {}

    /** What the verdict was worked out from, kept for {@link #trace}: the ticket's scope and the targets chosen. */
    record Replay(Scope scope, Target[] chosen) {}

    /**
     * A ticket under another reading, by audited metric: the status ({@code null} where no target
     * applies), the timed best-effort aim ({@link #AIM_NONE} where there is none), and the target
     * and priority that applied ({@code null} with no target).
     */
    record Other(Status[] status, byte[] aim, String[] target, String[] priority) {
        Other() {
            this(
                    new Status[AUDITED.length],
                    new byte[AUDITED.length],
                    new String[AUDITED.length],
                    new String[AUDITED.length]);
        }
    }

    static final byte AIM_NONE = 0;
    static final byte AIM_MET = 1;
    static final byte AIM_MISSED = 2;
    /** Open and not yet due. */
    static final byte AIM_OPEN = 3;

    private static byte aim(boolean timedAim, Optional<Boolean> met) {
        return !timedAim ? AIM_NONE : met.isEmpty() ? AIM_OPEN : met.get() ? AIM_MET : AIM_MISSED;
    }

    /** The metrics an audit measures, in the order of the status arrays. */
    static List<Metric> audited() {
        return List.of(AUDITED);
    }

    /** Not judgeable; the reason says what is wrong with the row. */
    record Rejected(Reason reason) implements Outcome {}

    private static final Metric[] AUDITED = {Metric.FIRST_RESPONSE, Metric.RESOLUTION};

    /** What does not change about a target from ticket to ticket, worked out once. */
    private final class TargetInfo {
        final String label;
        final Calendar calendar;
        final boolean businessDays;
        final Optional<Reason> noTimeReason;
        final Optional<Reason> bestEffortReason;

        TargetInfo(Target t) {
            this.label = TargetLabel.of(t, policy).toString();
            this.calendar = t.calendar().map(calendars::get).orElse(null);
            this.businessDays = t.within().map(TargetTime::isBusinessDays).orElse(false);
            this.noTimeReason = Optional.of(t.note()
                    .map(n -> Reason.of("target.no-time-note", n))
                    .orElseGet(() -> Reason.of("target.no-time")));
            this.bestEffortReason = Optional.of(t.note()
                    .map(n -> Reason.of("target.best-effort-note", n))
                    .orElseGet(() -> Reason.of("target.best-effort")));
        }
    }

    /** A calendar of the contract with its clock and the instants its holiday data is trusted for. */
    private static final class Calendar {
        final String name;
        final BusinessClock clock;
        final io.slaudit.calendar.ZoneTime local;
        final BusinessCalendar definition;
        final long trustedFrom;
        final long trustedUntil;
        long firstUsed = Long.MAX_VALUE;
        long lastUsed = Long.MIN_VALUE;

        Calendar(String name, BusinessCalendar definition) {
            this.name = name;
            this.definition = definition;
            this.clock = BusinessClock.of(definition, PublicHolidays.library());
            this.local = new io.slaudit.calendar.ZoneTime(definition.zone());
            ZoneId zone = definition.zone();
            boolean regional = !definition.regions().isEmpty();
            this.trustedFrom = regional
                    ? LocalDate.of(PublicHolidays.FIRST_TRUSTED_YEAR, 1, 1)
                            .atStartOfDay(zone)
                            .toEpochSecond()
                    : Long.MIN_VALUE;
            this.trustedUntil = regional
                    ? LocalDate.of(PublicHolidays.LAST_TRUSTED_YEAR + 1, 1, 1)
                            .atStartOfDay(zone)
                            .toEpochSecond()
                    : Long.MAX_VALUE;
        }
    }

    private final Policy policy;
    private final String version;
    private final List<ReadingChoice> readings;
    private final Map<String, Calendar> calendars = new LinkedHashMap<>();
    private final List<Calendar> targetCalendars = new ArrayList<>();
    private final Set<String> pauseStates = new HashSet<>();
    private final boolean[] measurable = new boolean[Metric.values().length];
    private final Map<String, Priority> priorityNames = new HashMap<>();
    private final Priority catchAll;
    private final Map<String, Channel> channelNames = new HashMap<>();
    private final Map<String, Region> regionNames = new HashMap<>();
    /** Tier texts (lower case): a tier's names, then packages' ("Enterprise") for the tier they include. */
    private final Map<String, TierName> tierNames = new HashMap<>();
    /** How many tickets named each package as their tier, by package key, for the audit's notes. */
    private final Map<String, long[]> ticketsByPackage = new LinkedHashMap<>();
    /** Targets of each audited metric under each reading, by priority key: [reading][metric index]. */
    private final List<List<Map<String, List<Target>>>> targets = new ArrayList<>();
    /** Whether a reading offers a metric the same targets as the audit's own reading: [reading][metric index]. */
    private final List<boolean[]> sameTargets = new ArrayList<>();

    private final List<BusinessDayRule> businessDays = new ArrayList<>();
    private final Map<Target, TargetInfo> info = new IdentityHashMap<>();
    private final Optional<Tier> defaultTier;
    private final Map<String, Region> regionSpellings = new HashMap<>();
    private final Map<String, TierName> tierSpellings = new HashMap<>();

    /**
     * What a ticket's tier text names: a tier by its own names, or a package ({@code via}) for the
     * tier it includes, which is null when it includes none.
     */
    private record TierName(Tier tier, io.slaudit.policy.SupportPackage via) {}

    private final Calendar defaultCalendar;
    /** Names as tickets spell them, to skip lower-casing the common ones. */
    private final Map<String, Priority> prioritySpellings = new HashMap<>();

    private final Map<String, Channel> channelSpellings = new HashMap<>();

    /** The channel that takes every name no other claims (alias '*'), or null. */
    private final Channel catchAllChannel;

    /** Why a ticket on an uncovered channel is excluded, by channel key: the same for every ticket. */
    private final Map<String, Optional<Reason>> notCovered = new HashMap<>();

    private final String priorityList;

    /** How the export's priorities become the contract's; empty when the export uses the contract's names. */
    private final Optional<NameTranslation> translation;

    TicketJudge(Policy policy, Set<Metric> measured, List<ReadingChoice> readings) {
        this(policy, measured, readings, Optional.empty());
    }

    /**
     * @param readings the audit's reading first, then the others to compare with
     */
    TicketJudge(
            Policy policy, Set<Metric> measured, List<ReadingChoice> readings, Optional<NameTranslation> translation) {
        this.policy = policy;
        this.translation = translation;
        this.version = ContractVersions.versionOf(policy);
        this.readings = List.copyOf(readings);
        for (Map.Entry<String, BusinessCalendar> e : policy.calendars().entrySet()) {
            calendars.put(e.getKey(), new Calendar(e.getKey(), e.getValue()));
        }
        for (Target t : policy.targets()) {
            t.calendar()
                    .map(calendars::get)
                    .filter(c -> !targetCalendars.contains(c))
                    .ifPresent(targetCalendars::add);
        }
        for (String s : policy.pauseOn()) {
            pauseStates.add(lower(s));
        }
        for (Metric m : measured) {
            measurable[m.ordinal()] = true;
        }
        Priority all = null;
        for (Priority p : policy.priorities().values()) {
            for (String n : p.names()) {
                priorityNames.putIfAbsent(lower(n), p);
            }
            if (p.catchesAll()) {
                all = p;
            }
        }
        catchAll = all;
        policy.channels().values().forEach(c -> c.names().forEach(n -> channelNames.putIfAbsent(lower(n), c)));
        policy.channels().values().stream()
                .filter(c -> !c.covered())
                .forEach(c -> notCovered.put(
                        c.key(),
                        Optional.of(c.note()
                                .map(n -> Reason.of("channel.not-covered-note", c.key(), n))
                                .orElseGet(() -> Reason.of("channel.not-covered", c.key())))));
        policy.regions().values().forEach(r -> r.names().forEach(n -> regionNames.putIfAbsent(lower(n), r)));
        policy.commercial()
                .tiers()
                .values()
                .forEach(t -> t.names().forEach(n -> tierNames.putIfAbsent(lower(n), new TierName(t, null))));
        // a package stands for the tier it includes ("Enterprise" books Supportlevel 2); a tier's own names win
        // without tiers a ticket's tier decides nothing, and a package names none
        for (io.slaudit.policy.SupportPackage p : policy.commercial().tiers().isEmpty()
                ? List.<io.slaudit.policy.SupportPackage>of()
                : policy.commercial().packages().values()) {
            TierName via = new TierName(policy.commercial().tierOf(p).orElse(null), p);
            for (String n : List.of(lower(p.key()), lower(p.label()))) {
                tierNames.putIfAbsent(n, via);
            }
        }
        catchAllChannel = policy.catchAllChannel().orElse(null);
        superseded = policy.supersededAssumptions();
        List<List<Target>> first = null;
        for (ReadingChoice r : readings) {
            List<Target> under = policy.targetsUnder(r);
            List<List<Target>> ofMetric = new ArrayList<>();
            List<Map<String, List<Target>>> byMetric = new ArrayList<>();
            for (Metric m : AUDITED) {
                List<Target> forMetric =
                        under.stream().filter(t -> t.metric() == m).toList();
                ofMetric.add(forMetric);
                Map<String, List<Target>> byPriority = new HashMap<>();
                for (String key : policy.priorities().keySet()) {
                    byPriority.put(
                            key,
                            forMetric.stream()
                                    .filter(t -> t.priorities().matches(key))
                                    .toList());
                }
                byMetric.add(byPriority);
            }
            if (first == null) {
                first = ofMetric;
            }
            boolean[] same = new boolean[AUDITED.length];
            for (int m = 0; m < AUDITED.length; m++) {
                same[m] = identical(ofMetric.get(m), first.get(m));
            }
            targets.add(byMetric);
            sameTargets.add(same);
            businessDays.add(policy.businessDayUnder(r));
        }
        defaultCalendar = calendars.get(policy.defaultCalendar());
        defaultTier = policy.commercial().defaultTier();
        for (Target t : policy.targets()) {
            info.put(t, new TargetInfo(t));
        }
        priorityList = policy.priorities().values().stream()
                .map(p -> p.label() + " ("
                        + String.join(
                                ", ",
                                p.names().stream()
                                        .filter(n -> !n.equals(p.label()))
                                        .toList()) + ")")
                .collect(Collectors.joining("; "));
    }

    Policy policy() {
        return policy;
    }

    private static boolean identical(List<Target> a, List<Target> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    List<ReadingChoice> readings() {
        return readings;
    }

    ZoneId zone() {
        return defaultCalendar.clock.zone();
    }

    /**
     * How many tickets named a package as their tier (and were judged under the tier it includes),
     * by package key.
     */
    Map<String, Long> ticketsByPackage() {
        Map<String, Long> out = new LinkedHashMap<>();
        ticketsByPackage.forEach((k, n) -> out.put(k, n[0]));
        return out;
    }

    /** The local years each calendar was used for, for the evidence. */
    Map<String, int[]> yearsUsed() {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (Calendar c : calendars.values()) {
            if (c.firstUsed <= c.lastUsed) {
                ZoneId z = c.clock.zone();
                out.put(c.name, new int[] {
                    LocalDate.ofInstant(Instant.ofEpochSecond(c.firstUsed), z).getYear(),
                    LocalDate.ofInstant(Instant.ofEpochSecond(c.lastUsed), z).getYear()
                });
            }
        }
        return out;
    }

    Outcome judge(TicketRecord t, List<TicketEvent> events, long asOf, List<RejectedRow> eventProblems) {
        String priorityName = t.priority();
        if (translation.isPresent()) {
            NameTranslation.Translated translated = translation.get().priority(priorityName);
            if (translated instanceof NameTranslation.None none) {
                return new Rejected(none.why());
            }
            priorityName = ((NameTranslation.To) translated).priority();
        }
        Priority original = priorityNamed(priorityName);
        if (original == null) {
            return new Rejected(Reason.of("ticket.unknown-priority", priorityName, priorityList));
        }
        Optional<String> regionName = t.region();
        Optional<String> tierName = t.tier();
        Optional<String> channelName = t.channel();
        if (translation.isPresent()) {
            NameTranslation names = translation.get();
            regionName = regionName.flatMap(names::region);
            tierName = tierName.flatMap(names::tier);
            channelName = channelName.flatMap(names::channel);
        }
        Region region = null;
        if (regionName.isPresent() && !regionNames.isEmpty()) {
            region = named(regionName.get(), regionSpellings, regionNames);
            if (region == null) {
                return new Rejected(Reason.of(
                        "ticket.unknown-region",
                        regionName.get(),
                        String.join(", ", policy.regions().keySet())));
            }
        }
        Optional<Tier> tier = defaultTier;
        if (tierName.isPresent() && !tierNames.isEmpty()) {
            TierName named = named(tierName.get(), tierSpellings, tierNames);
            if (named == null || named.tier() == null) {
                return new Rejected(
                        named != null
                                ? Reason.of(
                                        "ticket.package-without-tier",
                                        tierName.get(),
                                        named.via().key())
                                : Reason.of(
                                        "ticket.unknown-tier",
                                        tierName.get(),
                                        String.join(
                                                ", ",
                                                policy.commercial().tiers().keySet())));
            }
            if (named.via() != null) {
                ticketsByPackage.computeIfAbsent(named.via().key(), k -> new long[1])[0]++;
            }
            tier = Optional.of(named.tier());
        }
        Channel channel = null;
        Optional<Reason> exclusion = Optional.empty();
        if (channelName.isPresent() && !channelNames.isEmpty()) {
            channel = channelNamed(channelName.get());
            if (channel == null) {
                exclusion = Optional.of(Reason.of("channel.not-named", channelName.get()));
            } else if (!channel.covered()) {
                exclusion = notCovered.get(channel.key());
            } else if (t.role().isPresent()
                    && !channel.excludedRoles().isEmpty()
                    && channel.excludedRoles().stream()
                            .anyMatch(r -> r.equalsIgnoreCase(t.role().get()))) {
                exclusion =
                        Optional.of(Reason.of("channel.role-excluded", t.role().get(), channel.key()));
            }
        }
        ZoneId zone = zone();
        if (t.firstResponse().isPresent() && t.firstResponse().getAsLong() < t.created()) {
            return new Rejected(Reason.of(
                    "ticket.response-before-created",
                    format(t.firstResponse().getAsLong(), zone),
                    format(t.created(), zone)));
        }
        if (t.resolved().isPresent() && t.resolved().getAsLong() < t.created()) {
            return new Rejected(Reason.of(
                    "ticket.resolved-before-created",
                    format(t.resolved().getAsLong(), zone),
                    format(t.created(), zone)));
        }
        Calendar calendar = region == null ? defaultCalendar : calendars.get(region.calendar());
        Optional<Reason> coverage = holidayCoverage(t, calendar, asOf);
        if (coverage.isPresent()) {
            return new Rejected(coverage.get());
        }

        Timeline timeline = timeline(t, events, eventProblems);
        Scope scope = new Scope(
                t,
                original,
                calendar,
                tier.map(Tier::key),
                Optional.ofNullable(channel).map(Channel::key),
                Optional.ofNullable(region).map(Region::key),
                exclusion,
                timeline);
        try {
            Target[] chosen = new Target[AUDITED.length];
            List<MetricResult> results = evaluate(scope, 0, asOf, chosen, null);
            List<Other> others = new ArrayList<>(readings.size() - 1);
            for (int r = 1; r < readings.size(); r++) {
                others.add(statuses(scope, r, asOf, chosen, results));
            }
            String current = timeline.priorityAt(asOf, original.key()).key;
            // When the request was first answered (as the first-response verdict reads it) and under
            // which priority, for the order of handling; empty when first response is not measured.
            OptionalLong answered = OptionalLong.empty();
            String answeredPriority = current;
            if (measurable[Metric.FIRST_RESPONSE.ordinal()]) {
                OptionalLong firstAt = at(t, Metric.FIRST_RESPONSE, asOf);
                answered = OptionalLong.of(firstAt.orElse(asOf));
                answeredPriority = timeline.priorityAt(firstAt.orElse(asOf), original.key()).key;
            }
            return new Judged(
                    new TicketVerdict(
                            t,
                            current,
                            current.equals(original.key()) ? Optional.empty() : Optional.of(original.key()),
                            version,
                            scope.channel(),
                            scope.region(),
                            scope.tier(),
                            exclusion,
                            zone,
                            results,
                            List.of()),
                    others,
                    answered,
                    answeredPriority,
                    new Replay(scope, chosen));
        } catch (CalendarRangeException e) {
            return new Rejected(Reason.of("ticket.outside-calendar-years", e.getMessage()));
        }
    }

    private Priority priorityNamed(String name) {
        Priority p = prioritySpellings.get(name);
        if (p != null) {
            return p;
        }
        String key = lower(name);
        p = priorityNames.get(key);
        if (p == null && !key.isEmpty()) {
            p = catchAll;
        }
        if (p != null && prioritySpellings.size() < 1000) {
            prioritySpellings.put(name, p);
        }
        return p;
    }

    private Channel channelNamed(String name) {
        Channel c = named(name, channelSpellings, channelNames);
        return c == null && catchAllChannel != null && !name.isBlank() ? catchAllChannel : c;
    }

    /** A name looked up as spelled first, and only then lower-cased: exports repeat a few spellings. */
    private static <T> T named(String name, Map<String, T> spellings, Map<String, T> byLowerCase) {
        T found = spellings.get(name);
        if (found == null) {
            found = byLowerCase.get(lower(name));
            if (found != null && spellings.size() < 1000) {
                spellings.put(name, found);
            }
        }
        return found;
    }

    /** What a ticket is judged with, apart from the reading. */
    private record Scope(
            TicketRecord ticket,
            Priority original,
            Calendar calendar,
            Optional<String> tier,
            Optional<String> channel,
            Optional<String> region,
            Optional<Reason> exclusion,
            Timeline timeline) {}

    /** The results under the audit's own reading; the targets chosen are recorded in {@code chosen}. */
    private List<MetricResult> evaluate(Scope scope, int reading, long asOf, Target[] chosen, List<MetricResult> base) {
        TicketRecord t = scope.ticket();
        List<MetricResult> out = new ArrayList<>(2);
        BusinessDayRule rule = businessDays.get(reading);
        for (int m = 0; m < AUDITED.length; m++) {
            Metric metric = AUDITED[m];
            if (!measurable[metric.ordinal()]) {
                continue;
            }
            OptionalLong at = at(t, metric, asOf);
            PriorityAt priority = scope.timeline()
                    .priorityAt(at.orElse(asOf), scope.original().key());
            Target target = select(targets.get(reading).get(m).get(priority.key), scope);
            chosen[m] = target;
            if (target == null) {
                continue;
            }
            long start = policy.priorityChange() == PriorityChangeRule.RESTART ? priority.since : t.created();
            out.add(grounded(judge(scope, target, metric, priority.key, start, at, asOf, rule), scope, target));
        }
        return out;
    }

    /** What each combination of target, calendar, channel, tier, region and priority rests on. */
    private final Map<Grounds, List<List<String>>> grounds = new HashMap<>();

    /** The assumptions whose placeholders supplied values replaced, which bear on nothing. */
    private final java.util.Set<String> superseded;

    /**
     * What a result's assumptions depend on besides its priority. {@code target} is the target's
     * {@link TargetInfo}, which has identity equality: one per target of the policy.
     */
    private record Grounds(
            TargetInfo target,
            String calendar,
            Optional<String> channel,
            Optional<String> tier,
            Optional<String> region,
            String priority) {}

    /**
     * The verdict with the assumptions it rests on: those that name its calendar (or a part of
     * it), its target, channel, tier, region, priority or reading, the business-day rule where it
     * counts business days, and those of the clock and the dates in force, which bear on every
     * verdict; and the keys of the values supplied for its calendar or target time.
     */
    private MetricResult grounded(MetricResult r, Scope scope, Target target) {
        if (policy.text().assumptions().isEmpty() && policy.filled().isEmpty()) {
            return r;
        }
        TargetInfo facts = info.get(target);
        String calendar = (facts.calendar != null ? facts.calendar : scope.calendar()).name;
        Grounds key = new Grounds(facts, calendar, scope.channel(), scope.tier(), scope.region(), r.priority());
        List<List<String>> g = grounds.computeIfAbsent(key, k -> groundsOf(target, calendar, scope, r.priority()));
        return r.grounded(g.get(0), g.get(1));
    }

    private List<List<String>> groundsOf(Target target, String calendar, Scope scope, String priority) {
        boolean businessDays = target.within().map(TargetTime::isBusinessDays).orElse(false);
        List<String> ids = new ArrayList<>();
        for (io.slaudit.policy.Assumption a : policy.text().assumptions()) {
            if (superseded.contains(a.id())) {
                continue;
            }
            boolean bears = a.affects().stream()
                    .filter(io.slaudit.policy.PolicyRef::bearsOnVerdicts)
                    .anyMatch(ref -> switch (ref.kind()) {
                        case CALENDAR -> ref.name().orElseThrow().equals(calendar);
                        case TARGET -> ref.coversTarget(target.metric(), priority);
                        case CHANNEL ->
                            scope.channel()
                                    .map(c -> c.equals(ref.name().orElseThrow()))
                                    .orElse(false);
                        case TIER ->
                            scope.tier()
                                    .map(c -> c.equals(ref.name().orElseThrow()))
                                    .orElse(false);
                        case REGION ->
                            scope.region()
                                    .map(c -> c.equals(ref.name().orElseThrow()))
                                    .orElse(false);
                        case PRIORITY -> ref.name().orElseThrow().equals(priority);
                        case READING -> target.when().containsKey(ref.name().orElseThrow());
                        case BUSINESS_DAY -> businessDays;
                        case PAUSE_ON, EFFECTIVE_FROM, EFFECTIVE_TO -> true;
                        case PACKAGE, PRICING, HOTLINE, PHONE_SUPPORT, PRICE_BASIS -> false;
                    });
            if (bears) {
                ids.add(a.id());
            }
        }
        List<String> supplied = new ArrayList<>();
        for (io.slaudit.policy.FilledValue f : policy.filled()) {
            boolean bears = f.key().kind() == io.slaudit.policy.PolicyRef.Kind.CALENDAR
                    ? f.key().name().orElseThrow().equals(calendar)
                    : target.open().isPresent()
                            && (target.open().get().key().equals(f.key())
                                    || target.key().equals(f.key()));
            if (bears) {
                if (f.supplied()) {
                    supplied.add(f.key().toString());
                } else {
                    f.assumption().filter(x -> !ids.contains(x)).ifPresent(ids::add);
                }
            }
        }
        // immutable, so that every result of the target shares them rather than copying
        return List.of(List.copyOf(ids), List.copyOf(supplied));
    }

    /**
     * The statuses under another reading. Where that reading chooses the same target and the target
     * does not count business days, the status is the audit's own; otherwise only the due time is
     * worked out again, under the reading's business-day rule.
     */
    private Other statuses(Scope scope, int reading, long asOf, Target[] chosen, List<MetricResult> base) {
        TicketRecord t = scope.ticket();
        Other other = new Other();
        Status[] out = other.status();
        BusinessDayRule rule = businessDays.get(reading);
        boolean unchangedPriority = scope.timeline().changeAt.length == 0;
        for (int m = 0; m < AUDITED.length; m++) {
            Metric metric = AUDITED[m];
            if (!measurable[metric.ordinal()]) {
                continue;
            }
            OptionalLong at = at(t, metric, asOf);
            PriorityAt priority = scope.timeline()
                    .priorityAt(at.orElse(asOf), scope.original().key());
            Target target = sameTargets.get(reading)[m] && unchangedPriority
                    ? chosen[m]
                    : select(targets.get(reading).get(m).get(priority.key), scope);
            if (target == null) {
                continue;
            }
            TargetInfo facts = info.get(target);
            other.target()[m] = facts.label;
            other.priority()[m] = priority.key;
            if (target == chosen[m] && !facts.businessDays) {
                MetricResult same = resultFor(base, metric);
                out[m] = same.status();
                other.aim()[m] = aim(
                        same.status() == Status.BEST_EFFORT
                                && same.guarantee() == Guarantee.BEST_EFFORT
                                && same.targetSeconds().isPresent(),
                        same.aimMet(asOf));
                continue;
            }
            long start = policy.priorityChange() == PriorityChangeRule.RESTART ? priority.since : t.created();
            Calendar calendar = facts.calendar != null ? facts.calendar : scope.calendar();
            if (scope.exclusion().isPresent()) {
                out[m] = Status.EXCLUDED;
            } else if (target.within().isEmpty()) {
                out[m] = Status.BEST_EFFORT;
            } else {
                OptionalLong due = due(scope, target, calendar, start, rule);
                out[m] = status(target, calendar, scope.ticket().created(), at, due, asOf);
                other.aim()[m] = aim(
                        out[m] == Status.BEST_EFFORT && target.guarantee() == Guarantee.BEST_EFFORT,
                        MetricResult.aim(out[m], target.guarantee(), true, at, due, asOf));
            }
        }
        return other;
    }

    /**
     * When the metric was answered, as known at as-of. A request is answered by the first reply or
     * by its solution, whichever came first: a ticket solved before its first recorded reply (the
     * reply a courtesy note after the fix) was answered when it was solved, as one solved without
     * any reply is.
     */
    private static OptionalLong at(TicketRecord t, Metric metric, long asOf) {
        long at = known(t.resolved(), asOf);
        if (metric == Metric.FIRST_RESPONSE) {
            at = Math.min(at, known(t.firstResponse(), asOf));
        }
        return at == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(at);
    }

    /** An instant known at as-of, or {@code Long.MAX_VALUE}. */
    private static long known(OptionalLong instant, long asOf) {
        return instant.isPresent() && instant.getAsLong() <= asOf ? instant.getAsLong() : Long.MAX_VALUE;
    }

    /** When a timed target is due; empty when a pause without end stops the clock first. */
    private OptionalLong due(Scope scope, Target target, Calendar calendar, long start, BusinessDayRule rule) {
        TargetTime time = target.within().orElseThrow();
        TargetInfo facts = info.get(target);
        Pauses pauses = scope.timeline().pauses;
        BusinessClock clock = calendar.clock;
        if (pauses.isEmpty()) {
            return OptionalLong.of(DueTime.withoutPauses(clock, calendar.local, target, start, rule));
        }
        long s = DueTime.clockStart(clock, target, start);
        TargetClock targetClock = time.business() ? TargetClock.business(clock) : TargetClock.REAL_TIME;
        long targetSeconds = facts.businessDays
                ? clock.elapsedSeconds(s, DueTime.afterBusinessDays(clock, calendar.local, s, time.amount(), rule))
                : time.duration().getSeconds();
        OptionalLong due = pauses.deadline(targetClock, s, targetSeconds);
        if (facts.businessDays && due.isPresent() && rule.kind() == BusinessDayRule.Kind.SAME_TIME) {
            due = OptionalLong.of(latestWithSameElapsed(clock, pauses, due.getAsLong()));
        }
        return due;
    }

    /** The verdict of a timed target from its due time: met or breached when answered, else open. */
    private static Status status(
            Target target, Calendar calendar, long created, OptionalLong at, OptionalLong due, long asOf) {
        if (!DueTime.guaranteedFor(target, calendar.clock, created)) {
            return Status.BEST_EFFORT;
        }
        if (at.isPresent()) {
            return due.isEmpty() || at.getAsLong() <= due.getAsLong() ? Status.MET : Status.BREACHED;
        }
        return due.isPresent() && asOf > due.getAsLong() ? Status.OPEN_BREACHED : Status.OPEN;
    }

    private static MetricResult resultFor(List<MetricResult> results, Metric metric) {
        for (MetricResult r : results) {
            if (r.metric() == metric) {
                return r;
            }
        }
        return null;
    }

    private static Target select(List<Target> candidates, Scope scope) {
        return TargetChoice.select(candidates, scope.tier(), scope.channel(), scope.region())
                .orElse(null);
    }

    private MetricResult judge(
            Scope scope,
            Target target,
            Metric metric,
            String priority,
            long start,
            OptionalLong at,
            long asOf,
            BusinessDayRule businessDay) {
        TargetInfo facts = info.get(target);
        Calendar calendar = facts.calendar != null ? facts.calendar : scope.calendar();
        BusinessClock clockOfCalendar = calendar.clock;
        ZoneId zone = clockOfCalendar.zone();
        Pauses pauses = scope.timeline().pauses;
        long end = at.orElse(asOf);
        Optional<String> calendarName = Optional.of(calendar.name);
        if (scope.exclusion().isPresent()) {
            return new MetricResult(
                    metric,
                    priority,
                    Status.EXCLUDED,
                    OptionalLong.empty(),
                    at,
                    OptionalLong.empty(),
                    OptionalLong.empty(),
                    facts.label,
                    calendarName,
                    zone,
                    target.guarantee(),
                    true,
                    scope.exclusion());
        }
        if (target.within().isEmpty()) {
            long elapsed = pauses.isEmpty()
                    ? clockOfCalendar.elapsedSeconds(start, Math.max(start, end))
                    : pauses.elapsed(TargetClock.business(clockOfCalendar), start, Math.max(start, end));
            return new MetricResult(
                    metric,
                    priority,
                    Status.BEST_EFFORT,
                    OptionalLong.empty(),
                    at,
                    OptionalLong.of(elapsed),
                    OptionalLong.empty(),
                    facts.label,
                    calendarName,
                    zone,
                    Guarantee.BEST_EFFORT,
                    true,
                    facts.noTimeReason);
        }
        TargetTime time = target.within().get();
        boolean business = time.business();
        long s = DueTime.clockStart(clockOfCalendar, target, start);
        OptionalLong due = due(scope, target, calendar, start, businessDay);
        long targetSeconds;
        long elapsed;
        if (business && pauses.isEmpty()) {
            // Each instant looked up once: cumulative open time at the start, the due time and the
            // end; elapsed times are their differences.
            long atStart = clockOfCalendar.cumulativeSeconds(s);
            targetSeconds = facts.businessDays
                    ? clockOfCalendar.cumulativeSeconds(due.getAsLong()) - atStart
                    : time.duration().getSeconds();
            elapsed = end >= s ? clockOfCalendar.cumulativeSeconds(end) - atStart : 0;
        } else {
            TargetClock clock = business ? TargetClock.business(clockOfCalendar) : TargetClock.REAL_TIME;
            targetSeconds = facts.businessDays
                    ? clockOfCalendar.elapsedSeconds(
                            s,
                            DueTime.afterBusinessDays(clockOfCalendar, calendar.local, s, time.amount(), businessDay))
                    : time.duration().getSeconds();
            elapsed = end >= s ? pauses.elapsed(clock, s, end) : 0;
        }
        Status status = status(target, calendar, scope.ticket().created(), at, due, asOf);
        Optional<Reason> reason = Optional.empty();
        if (status == Status.OPEN && due.isEmpty() && pauses.pausedAt(asOf)) {
            reason = Optional.of(Reason.of("target.clock-stopped", format(pauses.startOfPauseAt(asOf), zone)));
        } else if (status == Status.BEST_EFFORT) {
            reason = target.guarantee() == Guarantee.BEST_EFFORT
                    ? facts.bestEffortReason
                    : Optional.of(Reason.of("target.raised-outside-guaranteed-hours", calendar.name));
        }
        return new MetricResult(
                metric,
                priority,
                status,
                due,
                at,
                OptionalLong.of(elapsed),
                OptionalLong.of(targetSeconds),
                facts.label,
                business ? calendarName : Optional.empty(),
                zone,
                target.guarantee(),
                business,
                reason);
    }

    /**
     * The same-time reading of business days is due at the same wall-clock time on a later day: when
     * that is an opening (a request raised before hours), the earliest instant with the elapsed time
     * would be the previous day's close instead. The latest instant with the same elapsed time is the
     * next moment the clock runs again.
     */
    private static long latestWithSameElapsed(BusinessClock calendar, Pauses pauses, long earliest) {
        long t = earliest;
        for (int i = 0; i < 100; i++) {
            if (pauses.pausedAt(t)) {
                return earliest;
            }
            if (calendar.isOpenAt(t)) {
                return t;
            }
            t = calendar.nextOpeningSecond(t);
        }
        return t;
    }

    // ------------------------------------------------------------------ evidence

    /**
     * The evidence for a judged ticket: each result of its verdict with the timeline the audit
     * counted, from the same scope, targets, calendars and pauses the verdict was worked out from.
     *
     * @param verdict the verdict as the audit reports it (with its other readings)
     * @throws IllegalStateException when the steps do not add up to a result's elapsed time (a bug)
     */
    TicketTrace trace(Judged judged, TicketVerdict verdict, long asOf, Locale locale) {
        Scope scope = judged.replay().scope();
        Target[] chosen = judged.replay().chosen();
        TicketRecord t = scope.ticket();
        Timeline timeline = scope.timeline();
        List<MetricTrace> results = new ArrayList<>();
        for (MetricResult r : verdict.results()) {
            int m = List.of(AUDITED).indexOf(r.metric());
            Target target = chosen[m];
            TargetInfo facts = info.get(target);
            Calendar calendar = facts.calendar != null ? facts.calendar : scope.calendar();
            long end = r.at().orElse(asOf);
            PriorityAt priority = timeline.priorityAt(end, scope.original().key());
            long start = policy.priorityChange() == PriorityChangeRule.RESTART ? priority.since : t.created();
            if (r.status() == Status.EXCLUDED) {
                results.add(new MetricTrace(r, start, List.of(), java.util.OptionalInt.empty()));
                continue;
            }
            boolean timed = target.within().isPresent();
            long clockStart = timed ? DueTime.clockStart(calendar.clock, target, start) : start;
            TraceSteps.Timeline steps = TraceSteps.of(
                    calendar.clock,
                    !timed || r.businessTime(),
                    timeline.pauses,
                    t.created(),
                    start,
                    clockStart,
                    end,
                    r.due(),
                    locale);
            MetricTrace traced = new MetricTrace(r, clockStart, steps.steps(), steps.dueStep());
            if (traced.countedSeconds() != r.elapsedSeconds().orElse(0)) {
                throw new IllegalStateException("the steps of " + t.id() + " " + r.metric() + " count "
                        + traced.countedSeconds() + " s, the verdict " + r.elapsedSeconds());
            }
            results.add(traced);
        }
        List<TicketTrace.PriorityChange> changes = new ArrayList<>();
        String before = scope.original().key();
        for (PriorityAt c : timeline.stated) {
            changes.add(new TicketTrace.PriorityChange(c.since(), before, c.key()));
            before = c.key();
        }
        return new TicketTrace(verdict, scope.calendar().name, policy.priorityChange(), changes, results);
    }

    // ------------------------------------------------------------------ events

    /** A priority and the instant it took effect. */
    private record PriorityAt(String key, long since) {}

    /** The ticket's pauses and priority changes, in the fixed order of docs/audit-semantics.md. */
    private static final class Timeline {
        static final long[] NO_CHANGES = new long[0];

        final Pauses pauses;
        final long[] changeAt;
        final String[] changeTo;
        final long created;
        /** Every priority change the events make, also those the rule {@code keep} ignores. */
        final List<PriorityAt> stated;

        Timeline(Pauses pauses, long[] changeAt, String[] changeTo, long created, List<PriorityAt> stated) {
            this.pauses = pauses;
            this.changeAt = changeAt;
            this.changeTo = changeTo;
            this.created = created;
            this.stated = stated;
        }

        PriorityAt priorityAt(long instant, String original) {
            String key = original;
            long since = created;
            for (int i = 0; i < changeAt.length && changeAt[i] <= instant; i++) {
                key = changeTo[i];
                since = changeAt[i];
            }
            return new PriorityAt(key, since);
        }
    }

    private Timeline timeline(TicketRecord t, List<TicketEvent> events, List<RejectedRow> eventProblems) {
        if (events.isEmpty()) {
            return new Timeline(Pauses.NONE, Timeline.NO_CHANGES, new String[0], t.created(), List.of());
        }
        List<TicketEvent> sorted = new ArrayList<>();
        for (TicketEvent e : events) {
            if (e.at() < t.created()) {
                eventProblems.add(new RejectedRow(
                        e.line(),
                        t.id(),
                        Reason.of("event.before-created", format(e.at(), zone()), format(t.created(), zone()))));
            } else {
                sorted.add(e);
            }
        }
        // Same second: priority changes first, then pausing states, then running states, so that a
        // ticket set to both kinds in one second is running; then the file's order.
        sorted.sort(Comparator.comparingLong(TicketEvent::at)
                .thenComparingInt(e -> e.priority().isPresent() ? 0 : 1)
                .thenComparingInt(e -> e.state()
                        .map(s -> pauseStates.contains(lower(s)) ? 0 : 1)
                        .orElse(0))
                .thenComparingLong(TicketEvent::line));
        Pauses.Builder pauses = new Pauses.Builder();
        List<Long> at = new ArrayList<>();
        List<String> to = new ArrayList<>();
        List<PriorityAt> stated = new ArrayList<>();
        for (TicketEvent e : sorted) {
            if (e.priority().isPresent()) {
                String named = e.priority().get();
                NameTranslation.Translated translated =
                        translation.map(tr -> tr.priority(named)).orElse(new NameTranslation.To(named));
                Priority p = translated instanceof NameTranslation.To into ? priorityNamed(into.priority()) : null;
                if (translated instanceof NameTranslation.None none) {
                    eventProblems.add(new RejectedRow(e.line(), t.id(), none.why()));
                } else if (p == null) {
                    eventProblems.add(new RejectedRow(
                            e.line(),
                            t.id(),
                            Reason.of("event.unknown-priority", e.priority().get())));
                } else {
                    stated.add(new PriorityAt(p.key(), e.at()));
                    if (policy.priorityChange() != PriorityChangeRule.KEEP) {
                        at.add(e.at());
                        to.add(p.key());
                    }
                }
            }
            if (e.state().isPresent()) {
                if (pauseStates.contains(lower(e.state().get()))) {
                    pauses.pause(e.at(), e.state().get().trim());
                } else {
                    pauses.run(e.at());
                }
            }
        }
        long[] changeAt = at.stream().mapToLong(Long::longValue).toArray();
        return new Timeline(pauses.build(), changeAt, to.toArray(String[]::new), t.created(), List.copyOf(stated));
    }

    // ------------------------------------------------------------------ holidays

    private Optional<Reason> holidayCoverage(TicketRecord t, Calendar calendar, long asOf) {
        long last = Math.max(
                t.created(), Math.max(t.firstResponse().orElse(0), t.resolved().orElse(0)));
        boolean open = t.firstResponse().isEmpty() || t.resolved().isEmpty();
        long end = open ? Math.max(last, asOf) : last;
        Optional<Reason> problem = covers(calendar, t.created(), end);
        for (int i = 0; problem.isEmpty() && i < targetCalendars.size(); i++) {
            problem = covers(targetCalendars.get(i), t.created(), end);
        }
        return problem;
    }

    private static Optional<Reason> covers(Calendar c, long from, long to) {
        if (from < c.trustedFrom || to >= c.trustedUntil) {
            ZoneId zone = c.clock.zone();
            int year = from < c.trustedFrom
                    ? LocalDate.ofInstant(Instant.ofEpochSecond(from), zone).getYear()
                    : LocalDate.ofInstant(Instant.ofEpochSecond(to), zone).getYear();
            return Optional.of(Reason.of(
                    "ticket.no-holiday-data",
                    year,
                    c.name,
                    c.definition.regions().stream().map(Object::toString).collect(Collectors.joining(", ")),
                    PublicHolidays.library().source(),
                    PublicHolidays.FIRST_TRUSTED_YEAR,
                    PublicHolidays.LAST_TRUSTED_YEAR));
        }
        c.firstUsed = Math.min(c.firstUsed, from);
        c.lastUsed = Math.max(c.lastUsed, to);
        return Optional.empty();
    }

    private static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    static String format(long epochSecond, ZoneId zone) {
        return TimeText.format(Instant.ofEpochSecond(epochSecond), zone);
    }
}
