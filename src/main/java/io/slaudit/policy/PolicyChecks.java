package io.slaudit.policy;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.OpenWindow;
import io.slaudit.calendar.WeeklyHours;
import io.slaudit.input.Problems;
import io.slaudit.input.SourceMark;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The meaning checks of a policy, run once every section has been read: references resolve,
 * names are unambiguous, targets do not contradict each other, tiers' prerequisites exist and do
 * not go round in a circle, and a hotline's price bands neither overlap nor leave gaps.
 */
final class PolicyChecks {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private final Problems problems;
    private final Function<String, SourceMark> at;
    private final Declared declared;

    /** The names a file declares, whether or not their content could be read. */
    record Declared(
            Set<String> calendars,
            Set<String> priorities,
            Set<String> tiers,
            Set<String> channels,
            Set<String> regions,
            Map<String, Set<String>> readings,
            Set<String> packages) {
        Declared() {
            this(
                    new java.util.LinkedHashSet<>(),
                    new java.util.LinkedHashSet<>(),
                    new java.util.LinkedHashSet<>(),
                    new java.util.LinkedHashSet<>(),
                    new java.util.LinkedHashSet<>(),
                    new java.util.LinkedHashMap<>(),
                    new java.util.LinkedHashSet<>());
        }
    }

    PolicyChecks(Problems problems, Function<String, SourceMark> at, Declared declared) {
        this.problems = problems;
        this.at = at;
        this.declared = declared;
    }

    void check(
            Map<String, BusinessCalendar> calendars,
            Optional<String> defaultCalendar,
            Map<String, Region> regions,
            Map<String, Channel> channels,
            Map<String, Priority> priorities,
            List<Target> targets,
            CommercialTerms commercial,
            Map<String, Ambiguity> ambiguities) {
        defaultCalendar.ifPresent(d -> calendarRef(calendars, d, "default-calendar"));
        regions.forEach((k, r) -> calendarRef(calendars, r.calendar(), "regions/" + k + "/calendar"));
        channels.forEach(
                (k, c) -> c.calendar().ifPresent(cal -> calendarRef(calendars, cal, "channels/" + k + "/calendar")));
        names(priorities);
        severities(priorities);
        nameClashes("channel", channels.values(), Channel::key, Channel::names, "channels/");
        nameClashes("region", regions.values(), Region::key, Region::names, "regions/");
        nameClashes("tier", commercial.tiers().values(), Tier::key, Tier::names, "tiers/");
        for (int i = 0; i < targets.size(); i++) {
            target(i, targets.get(i), calendars, channels, priorities);
        }
        contradictions(targets);
        tiers(commercial);
        commercial.phoneSupport().ifPresent(p -> calendarRef(calendars, p.calendar(), "phone-support/calendar"));
        commercial.hotline().ifPresent(h -> hotline(h, calendars));
        pricing(commercial, ambiguities);
    }

    /** The pricing rules an assumption may name as {@code pricing.RULE}. */
    static final List<String> PRICING_RULES = List.of(
            "phone-billed-per-started-minutes",
            "unused-minutes",
            "activation-credit",
            "required-tier-fees",
            "hotline-crossing",
            "hotline-on-holidays");

    /**
     * The checks of what the encoding adds to the document: assumption ids are unique, what each
     * affects exists, a placeholder names the assumption it is and that assumption names the value,
     * a reading's example names a calendar there is.
     */
    void fidelity(
            Map<String, BusinessCalendar> calendars,
            Map<String, OpenValue<BusinessCalendar>> openCalendars,
            List<Target> targets,
            List<Assumption> assumptions,
            Map<String, Ambiguity> ambiguities,
            CommercialTerms commercial,
            boolean effectiveFrom,
            boolean effectiveTo) {
        Map<String, Assumption> byId = new java.util.LinkedHashMap<>();
        for (int i = 0; i < assumptions.size(); i++) {
            Assumption a = assumptions.get(i);
            if (byId.putIfAbsent(a.id(), a) != null) {
                problems.add(
                        at.apply("assumptions/" + i + "/id"),
                        "two assumptions have the id '" + a.id() + "'; an id names one assumption");
            }
            for (int r = 0; r < a.affects().size(); r++) {
                String path = "assumptions/" + i + "/affects/" + r;
                refExists(a.affects().get(r), targets, commercial, effectiveFrom, effectiveTo)
                        .ifPresent(problem -> problems.add(at.apply(path), "assumption '" + a.id() + "': " + problem));
            }
        }
        List<OpenValue<?>> open = new ArrayList<>(openCalendars.values());
        targets.forEach(t -> t.open().ifPresent(open::add));
        for (OpenValue<?> v : open) {
            if (v.assumption().isEmpty()) {
                continue;
            }
            String id = v.assumption().get();
            Assumption a = byId.get(id);
            if (a == null) {
                problems.add(
                        at.apply("open/" + v.key() + "/assumption"),
                        "the placeholder of " + v.key() + " is assumption '" + id + "', which 'assumptions' does"
                                + " not list" + (byId.isEmpty() ? "" : "; ids: " + String.join(", ", byId.keySet())));
            } else if (a.affects().stream().noneMatch(r -> names(r, v.key()))) {
                problems.add(
                        at.apply("open/" + v.key() + "/assumption"),
                        "assumption '" + id + "' is the placeholder of " + v.key() + ", so it must name " + v.key()
                                + " in 'affects'");
            }
        }
        ambiguities.forEach((k, amb) -> amb.readings()
                .forEach((rk, r) -> r.example()
                        .flatMap(ReadingExample::calendar)
                        .filter(c -> !declared.calendars().contains(c))
                        .ifPresent(c -> problems.add(
                                at.apply("ambiguities/" + k + "/readings/" + rk + "/example/calendar"),
                                "no calendar named '" + c + "'; defined: "
                                        + String.join(", ", declared.calendars())))));
    }

    /**
     * A reading's worked example is computed with the engine, on its calendar (an open calendar's
     * placeholder) under the reading's business-day rule: a due time the engine contradicts is a
     * finding, since the reading's words then promise something the audit would not judge.
     */
    void readingExamples(
            Map<String, BusinessCalendar> calendars,
            Map<String, OpenValue<BusinessCalendar>> openCalendars,
            String defaultCalendar,
            BusinessDayRule businessDay,
            Map<String, Ambiguity> ambiguities,
            io.slaudit.calendar.PublicHolidays holidays) {
        ambiguities.forEach((k, amb) -> amb.readings()
                .forEach((rk, r) -> r.example().ifPresent(x -> {
                    String name = x.calendar().orElse(defaultCalendar);
                    BusinessCalendar c = calendars.containsKey(name)
                            ? calendars.get(name)
                            : Optional.ofNullable(openCalendars.get(name))
                                    .flatMap(OpenValue::placeholder)
                                    .orElse(null);
                    if (c == null) {
                        return;
                    }
                    java.time.ZoneId zone = c.zone();
                    Target t = new Target(
                            Metric.FIRST_RESPONSE,
                            PrioritySelector.ANY,
                            Optional.of(x.within()),
                            Optional.empty(),
                            Optional.of(name),
                            Guarantee.GUARANTEED,
                            ClockRule.DEFAULT,
                            List.of(),
                            List.of(),
                            List.of(),
                            Map.of(),
                            Optional.empty(),
                            Optional.empty());
                    BusinessDayRule rule = r.businessDay().orElse(businessDay);
                    long start = x.start().atZone(zone).toEpochSecond();
                    long due;
                    try {
                        due = DueTime.withoutPauses(
                                io.slaudit.calendar.BusinessClock.of(c, holidays),
                                new io.slaudit.calendar.ZoneTime(zone),
                                t,
                                start,
                                rule);
                    } catch (RuntimeException e) {
                        problems.add(
                                at.apply("ambiguities/" + k + "/readings/" + rk + "/example"),
                                "the example of reading '" + rk + "' cannot be computed: " + e.getMessage());
                        return;
                    }
                    java.time.LocalDateTime computed =
                            java.time.LocalDateTime.ofInstant(java.time.Instant.ofEpochSecond(due), zone);
                    if (!computed.equals(x.due())) {
                        problems.add(
                                at.apply("ambiguities/" + k + "/readings/" + rk + "/example"),
                                "the example of reading '" + rk + "' says a request at " + x.start() + " with "
                                        + x.within()
                                        + " is due " + x.due() + ", but on calendar '" + name
                                        + "' (business days read as "
                                        + rule + ") it is due " + computed + "; correct the example or the reading");
                    }
                })));
    }

    /**
     * A guaranteed target counted on hours that are themselves an assumption (an assumption names
     * the whole calendar or its hours) judges breaches on invented hours: the calendar should be
     * open ({@code stated-elsewhere} or {@code not-stated}) so that an audit asks for it, or the
     * target best effort.
     */
    void assumedHours(
            Map<String, BusinessCalendar> calendars,
            String defaultCalendar,
            List<Target> targets,
            List<Assumption> assumptions) {
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (t.guarantee() != Guarantee.GUARANTEED
                    || t.within().map(w -> !w.business()).orElse(true)) {
                continue;
            }
            String name = t.calendar().orElse(defaultCalendar);
            if (!calendars.containsKey(name)) {
                continue;
            }
            for (Assumption a : assumptions) {
                boolean hours = a.affects().stream()
                        .anyMatch(r -> r.kind() == PolicyRef.Kind.CALENDAR
                                && r.name().orElseThrow().equals(name)
                                && r.part().map(p -> p.equals("hours")).orElse(true));
                if (hours) {
                    problems.add(
                            at.apply("targets/" + i),
                            "target " + (i + 1) + " is guaranteed on calendar '" + name + "', whose hours are"
                                    + " assumption '" + a.id() + "'; mark the calendar 'stated-elsewhere' or"
                                    + " 'not-stated' (an audit then needs it supplied) or the target best-effort");
                    break;
                }
            }
        }
    }

    /** Whether {@code ref} names the open value {@code key}: the same, or all of that calendar. */
    private static boolean names(PolicyRef ref, PolicyRef key) {
        if (ref.equals(key)) {
            return true;
        }
        if (key.kind() == PolicyRef.Kind.CALENDAR) {
            return ref.kind() == PolicyRef.Kind.CALENDAR && ref.name().equals(key.name());
        }
        return false;
    }

    /** Why a reference names nothing of this contract; empty when it names something. */
    private Optional<String> refExists(
            PolicyRef ref, List<Target> targets, CommercialTerms c, boolean effectiveFrom, boolean effectiveTo) {
        String name = ref.name().orElse("");
        return switch (ref.kind()) {
            case CALENDAR -> missing(declared.calendars(), name, "calendar");
            case CHANNEL -> missing(declared.channels(), name, "channel");
            case REGION -> missing(declared.regions(), name, "region");
            case TIER -> missing(declared.tiers(), name, "tier");
            case PACKAGE -> missing(declared.packages(), name, "package");
            case PRIORITY -> missing(declared.priorities(), name, "priority");
            case READING -> missing(declared.readings().keySet(), name, "ambiguity");
            case PRICING ->
                PRICING_RULES.contains(name)
                        ? Optional.empty()
                        : Optional.of(
                                "'" + ref + "' names no pricing rule; rules: " + String.join(", ", PRICING_RULES));
            case TARGET -> {
                Metric metric = Metric.parse(ref.part().orElseThrow()).orElseThrow();
                if (!name.equals("any") && !declared.priorities().contains(name)) {
                    yield Optional.of("'" + ref + "' names an undefined priority '" + name + "'; defined: "
                            + String.join(", ", declared.priorities()) + " (or any)");
                }
                boolean found = targets.stream()
                        .anyMatch(t -> t.metric() == metric
                                && (name.equals("any") || t.priorities().matches(name)));
                yield found
                        ? Optional.empty()
                        : Optional.of("'" + ref + "' names no target: no " + metric + " target applies to "
                                + (name.equals("any") ? "any priority" : "priority '" + name + "'"));
            }
            case EFFECTIVE_FROM ->
                effectiveFrom
                        ? Optional.empty()
                        : Optional.of("'effective-from' is named, but the policy sets no effective-from");
            case EFFECTIVE_TO ->
                effectiveTo
                        ? Optional.empty()
                        : Optional.of("'effective-to' is named, but the policy sets no effective-to");
            case HOTLINE ->
                c.hotline().isPresent()
                        ? Optional.empty()
                        : Optional.of("'hotline' is named, but the policy has no hotline");
            case PHONE_SUPPORT ->
                c.phoneSupport().isPresent()
                        ? Optional.empty()
                        : Optional.of("'phone-support' is named, but the policy has no phone-support");
            case PRICE_BASIS, BUSINESS_DAY, PAUSE_ON -> Optional.empty();
        };
    }

    private static Optional<String> missing(Set<String> declared, String name, String what) {
        if (declared.contains(name)) {
            return Optional.empty();
        }
        return Optional.of("no " + what + " named '" + name + "'"
                + (declared.isEmpty() ? "; the policy defines none" : "; defined: " + String.join(", ", declared)));
    }

    /** A holiday rate names a band the hotline has. */
    private void pricing(CommercialTerms commercial, Map<String, Ambiguity> ambiguities) {
        List<String> labels = commercial
                .hotline()
                .map(h -> h.bands().stream().map(PriceBand::label).toList())
                .orElse(List.of());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!seen.add(labels.get(i))) {
                problems.add(
                        at.apply("hotline/bands/" + i),
                        "two price bands are labelled '" + labels.get(i) + "'; a band's label names it");
            }
        }
        holidayBand(commercial.pricing().hotlineOnHolidays(), labels, commercial, "pricing/hotline-on-holidays");
        ambiguities.forEach((k, a) -> a.readings()
                .forEach((rk, r) -> r.pricing()
                        .hotlineOnHolidays()
                        .ifPresent(rate -> holidayBand(
                                rate,
                                labels,
                                commercial,
                                "ambiguities/" + k + "/readings/" + rk + "/pricing/hotline-on-holidays"))));
    }

    private void holidayBand(PricingRules.HolidayRate rate, List<String> labels, CommercialTerms c, String path) {
        rate.band().ifPresent(band -> {
            if (c.hotline().isEmpty()) {
                problems.add(
                        at.apply(path),
                        "'hotline-on-holidays' names band '" + band + "', but the policy has no hotline");
            } else if (!labels.contains(band)) {
                problems.add(
                        at.apply(path),
                        "'hotline-on-holidays' names band '" + band + "'; the hotline's bands: "
                                + String.join(", ", labels));
            }
        });
    }

    private void calendarRef(Map<String, BusinessCalendar> calendars, String name, String path) {
        if (!declared.calendars().contains(name)) {
            problems.add(
                    at.apply(path),
                    "no calendar named '" + name + "'; defined: " + String.join(", ", declared.calendars()));
        }
    }

    private void names(Map<String, Priority> priorities) {
        Map<String, String> owner = new HashMap<>();
        String catchAll = null;
        for (Priority p : priorities.values()) {
            List<String> names = new ArrayList<>(List.of(p.key(), p.label()));
            names.addAll(p.aliases());
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (n.equals(Priority.CATCH_ALL)) {
                    if (catchAll != null && !catchAll.equals(p.key())) {
                        problems.add(
                                at.apply("priorities/" + p.key() + "/aliases/" + (i - 2)),
                                "only one priority may catch all names with '*'; '" + catchAll + "' already does");
                    }
                    catchAll = p.key();
                    continue;
                }
                String lower = n.toLowerCase(Locale.ROOT);
                String earlier = owner.putIfAbsent(lower, p.key());
                if (earlier != null && !earlier.equals(p.key())) {
                    String path = i < 2 ? "priorities/" + p.key() : "priorities/" + p.key() + "/aliases/" + (i - 2);
                    problems.add(
                            at.apply(path),
                            "the name '" + n + "' is claimed by both priority '" + earlier + "' and '" + p.key()
                                    + "'; a ticket's priority must name one class");
                }
            }
        }
    }

    /** A comparison replays a ticket of a severity under the one class that has it. */
    private void severities(Map<String, Priority> priorities) {
        Map<Severity, String> owner = new java.util.EnumMap<>(Severity.class);
        for (Priority p : priorities.values()) {
            for (Severity s : p.severities()) {
                String earlier = owner.putIfAbsent(s, p.key());
                if (earlier != null) {
                    problems.add(
                            at.apply("priorities/" + p.key() + "/severity"),
                            "severity '" + s + "' is claimed by both priority '" + earlier + "' and '" + p.key()
                                    + "'; a ticket of a severity must map to one class");
                }
            }
        }
    }

    private <T> void nameClashes(
            String what,
            java.util.Collection<T> items,
            Function<T, String> key,
            Function<T, List<String>> names,
            String pathPrefix) {
        Map<String, String> owner = new HashMap<>();
        for (T item : items) {
            for (String n : names.apply(item)) {
                String earlier = owner.putIfAbsent(n.toLowerCase(Locale.ROOT), key.apply(item));
                if (earlier != null && !earlier.equals(key.apply(item))) {
                    problems.add(
                            at.apply(pathPrefix + key.apply(item)),
                            "the name '" + n + "' is claimed by both " + what + " '" + earlier + "' and '"
                                    + key.apply(item) + "'");
                }
            }
        }
    }

    private void target(
            int i,
            Target t,
            Map<String, BusinessCalendar> calendars,
            Map<String, Channel> channels,
            Map<String, Priority> priorities) {
        String path = "targets/" + i;
        for (String p : t.priorities().keys()) {
            if (!declared.priorities().contains(p)) {
                String hint = priorities.values().stream()
                        .filter(pr -> pr.names().stream().anyMatch(n -> n.equalsIgnoreCase(p)))
                        .findFirst()
                        .map(pr -> "; targets name priorities by key: did you mean '" + pr.key() + "'?")
                        .orElse("; defined: " + String.join(", ", declared.priorities()) + " (or 'any')");
                problems.add(
                        at.apply(path + "/priority"),
                        "target " + (i + 1) + " names an undefined priority '" + p + "'" + hint);
            }
        }
        t.calendar().ifPresent(c -> calendarRef(calendars, c, path + "/calendar"));
        for (String tier : t.tiers()) {
            if (!declared.tiers().contains(tier)) {
                problems.add(
                        at.apply(path + "/tier"),
                        "target " + (i + 1) + " names an undefined tier '" + tier + "'"
                                + (declared.tiers().isEmpty()
                                        ? "; the policy defines no tiers"
                                        : "; defined: " + String.join(", ", declared.tiers())));
            }
        }
        for (String region : t.regions()) {
            if (!declared.regions().contains(region)) {
                problems.add(
                        at.apply(path + "/region"),
                        "target " + (i + 1) + " names an undefined region '" + region + "'");
            }
        }
        for (String channel : t.channels()) {
            Channel c = channels.get(channel);
            if (!declared.channels().contains(channel)) {
                problems.add(
                        at.apply(path + "/channel"),
                        "target " + (i + 1) + " names an undefined channel '" + channel + "'"
                                + (declared.channels().isEmpty() ? "; the policy lists no channels" : ""));
            } else if (c != null && !c.covered()) {
                problems.add(
                        at.apply(path + "/channel"),
                        "target " + (i + 1) + " is set on channel '" + channel
                                + "', which the policy does not cover; a ticket there is excluded, so the target could never apply");
            }
        }
        t.when().forEach((ambiguity, reading) -> {
            Set<String> readings = declared.readings().get(ambiguity);
            if (readings == null) {
                problems.add(
                        at.apply(path + "/when"),
                        "target " + (i + 1) + " depends on an undefined ambiguity '" + ambiguity + "'");
            } else if (!readings.contains(reading)) {
                problems.add(
                        at.apply(path + "/when"),
                        "ambiguity '" + ambiguity + "' has no reading '" + reading + "'; readings: "
                                + String.join(", ", readings));
            }
        });
    }

    /** Two targets of one metric that can apply to the same ticket with equal specificity contradict each other. */
    private void contradictions(List<Target> targets) {
        for (int i = 0; i < targets.size(); i++) {
            for (int j = i + 1; j < targets.size(); j++) {
                Target a = targets.get(i);
                Target b = targets.get(j);
                if (a.metric() != b.metric() || a.specificity() != b.specificity()) {
                    continue;
                }
                Optional<String> priority = commonPriority(a.priorities(), b.priorities());
                if (priority.isPresent()
                        && overlap(a.tiers(), b.tiers())
                        && overlap(a.channels(), b.channels())
                        && overlap(a.regions(), b.regions())
                        && compatible(a, b)) {
                    problems.add(
                            at.apply("targets/" + j),
                            "targets " + (i + 1) + " and " + (j + 1) + " both set "
                                    + a.metric() + " for priority " + priority.get()
                                    + " of the same tickets; make one more"
                                    + " specific (tier, channel, region) or tie them to different readings with 'when'");
                }
            }
        }
    }

    private static Optional<String> commonPriority(PrioritySelector a, PrioritySelector b) {
        if (a.any() && b.any()) {
            return Optional.of("any");
        }
        if (a.any()) {
            return Optional.of("'" + b.keys().get(0) + "'");
        }
        if (b.any()) {
            return Optional.of("'" + a.keys().get(0) + "'");
        }
        return a.keys().stream().filter(b.keys()::contains).findFirst().map(k -> "'" + k + "'");
    }

    private static boolean overlap(List<String> a, List<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    private static boolean compatible(Target a, Target b) {
        for (Map.Entry<String, String> e : a.when().entrySet()) {
            String other = b.when().get(e.getKey());
            if (other != null && !other.equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private void tiers(CommercialTerms commercial) {
        Map<String, Tier> tiers = commercial.tiers();
        String firstDefault = null;
        for (Tier t : tiers.values()) {
            for (String r : t.requires()) {
                if (!declared.tiers().contains(r)) {
                    problems.add(
                            at.apply("tiers/" + t.key() + "/requires"),
                            "tier '" + t.key() + "' requires tier '" + r + "', which is not defined; defined: "
                                    + String.join(", ", declared.tiers()));
                } else if (r.equals(t.key())) {
                    problems.add(at.apply("tiers/" + t.key() + "/requires"), "tier '" + t.key() + "' requires itself");
                }
            }
            if (t.isDefault()) {
                if (firstDefault != null) {
                    problems.add(
                            at.apply("tiers/" + t.key() + "/default"),
                            "tiers '" + firstDefault + "' and '" + t.key()
                                    + "' are both marked default; customers have one tier without booking");
                }
                firstDefault = t.key();
            }
        }
        Set<String> inReportedCycle = new HashSet<>();
        for (Tier t : tiers.values()) {
            if (inReportedCycle.contains(t.key())) {
                continue;
            }
            cycle(t.key(), tiers, new HashSet<>(), new ArrayList<>()).ifPresent(c -> {
                inReportedCycle.addAll(List.of(c.split(" -> ")));
                problems.add(
                        at.apply("tiers/" + t.key() + "/requires"), "tier prerequisites go round in a circle: " + c);
            });
        }
        commercial.packages().forEach((k, p) -> {
            for (String tier : p.includesTiers()) {
                if (!declared.tiers().contains(tier)) {
                    problems.add(
                            at.apply("packages/" + k + "/includes"),
                            "package '" + k + "' includes tier '" + tier + "', which is not defined");
                }
            }
        });
    }

    private static Optional<String> cycle(String start, Map<String, Tier> tiers, Set<String> seen, List<String> path) {
        path.add(start);
        if (!seen.add(start)) {
            return path.get(0).equals(start) && path.size() > 2
                    ? Optional.of(String.join(" -> ", path))
                    : Optional.empty();
        }
        Tier t = tiers.get(start);
        if (t != null) {
            for (String r : t.requires()) {
                if (!r.equals(start)) {
                    Optional<String> found = cycle(r, tiers, seen, new ArrayList<>(path));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void hotline(Hotline h, Map<String, BusinessCalendar> calendars) {
        calendarRef(calendars, h.calendar(), "hotline/calendar");
        h.regularHoursCalendar().ifPresent(r -> calendarRef(calendars, r, "hotline/regular-hours"));
        BusinessCalendar reachable = calendars.get(h.calendar());
        if (reachable == null
                || h.regularHoursCalendar().map(r -> !calendars.containsKey(r)).orElse(false)) {
            // a missing or unreadable calendar is reported already; gaps cannot be judged without it
            return;
        }
        // Minute grid of the week: which band (index + 1) prices each minute; -1 marks regular hours.
        int[][] owner = new int[7][MINUTES_PER_DAY];
        h.regularHoursCalendar().ifPresent(r -> paint(calendars.get(r).hours(), owner, -1));
        for (int b = 0; b < h.bands().size(); b++) {
            PriceBand band = h.bands().get(b);
            for (DayOfWeek d : DayOfWeek.values()) {
                int[] day = owner[d.getValue() - 1];
                for (OpenWindow w : band.hours().on(d).windows()) {
                    for (int m = w.startSecond() / 60; m < w.endSecond() / 60; m++) {
                        int earlier = day[m];
                        if (earlier == 0) {
                            day[m] = b + 1;
                        } else {
                            String what = earlier == -1
                                    ? "the regular hours ('"
                                            + h.regularHoursCalendar().orElseThrow() + "'), when the regular"
                                            + " terms apply"
                                    : "band '" + h.bands().get(earlier - 1).label() + "'";
                            problems.add(
                                    at.apply("hotline/bands/" + b),
                                    "price band '" + band.label() + "' overlaps " + what + " on "
                                            + span(d, m, w.endSecond() / 60, day, earlier));
                            break;
                        }
                    }
                }
            }
        }
        WeeklyHours open = reachable.hours();
        for (DayOfWeek d : DayOfWeek.values()) {
            DayHours hours = open.on(d);
            int[] day = owner[d.getValue() - 1];
            int gapStart = -1;
            for (int m = 0; m <= MINUTES_PER_DAY; m++) {
                boolean gap = m < MINUTES_PER_DAY && hours.contains(m * 60) && day[m] == 0;
                if (gap && gapStart < 0) {
                    gapStart = m;
                } else if (!gap && gapStart >= 0) {
                    problems.add(
                            at.apply("hotline/bands"),
                            "the hotline is reachable (calendar '" + h.calendar()
                                    + "') but no price band covers " + weekday(d) + " "
                                    + OpenWindow.clock(gapStart * 60) + "-"
                                    + OpenWindow.clock(m * 60));
                    gapStart = -1;
                }
            }
        }
    }

    private static void paint(WeeklyHours hours, int[][] owner, int value) {
        for (DayOfWeek d : DayOfWeek.values()) {
            for (OpenWindow w : hours.on(d).windows()) {
                for (int m = w.startSecond() / 60; m < w.endSecond() / 60; m++) {
                    owner[d.getValue() - 1][m] = value;
                }
            }
        }
    }

    /** The stretch from minute m, within the window, that {@code earlier} owns, as "Mon 09:30-12:30". */
    private static String span(DayOfWeek d, int m, int windowEnd, int[] day, int earlier) {
        int end = m;
        while (end < windowEnd && day[end] == earlier) {
            end++;
        }
        return weekday(d) + " " + OpenWindow.clock(m * 60) + "-" + OpenWindow.clock(end * 60);
    }

    private static String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
