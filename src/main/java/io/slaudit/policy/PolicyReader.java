package io.slaudit.policy;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.WeeklyHours;
import io.slaudit.input.InputException;
import io.slaudit.input.Problems;
import io.slaudit.input.SourceMark;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlFields;
import io.slaudit.input.YamlNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a policy file (spec section 2 and docs/policy-format.md) and checks what it means: every
 * reference resolves, no alias is claimed twice, targets do not contradict each other, tiers'
 * prerequisites exist, hotline price bands neither overlap nor leave gaps. All problems of a file
 * are reported together, each at its line and column.
 */
public final class PolicyReader {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    /** Digits before and after the point that an amount of money may have. */
    static final int MAX_AMOUNT_DIGITS = 12;

    static final int MAX_AMOUNT_DECIMALS = 6;

    private final String source;
    private final PublicHolidays publicHolidays;
    private final Problems problems = new Problems();
    /** Positions by path ("targets/2/priority"), for problems found after reading. */
    private final Map<String, SourceMark> marks = new HashMap<>();

    private SourceMark rootMark;

    /** The calendars the contract leaves open, read with the others. */
    private final Map<String, OpenValue<BusinessCalendar>> openCalendars = new LinkedHashMap<>();

    /** Names the file declares, even where their content failed to read: references to them are not errors. */
    private final PolicyChecks.Declared declared = new PolicyChecks.Declared();

    private PolicyReader(String source, PublicHolidays publicHolidays) {
        this.source = source;
        this.publicHolidays = publicHolidays;
    }

    /**
     * Reads and checks a policy file.
     *
     * @throws InputException unreadable (not YAML) or invalid (every problem found)
     */
    public static Policy read(Path file) {
        return read(file.toString(), YamlDocuments.read(file), PublicHolidays.library());
    }

    /** Reads a policy from YAML text; {@code source} names it in messages. */
    public static Policy parse(String source, String yaml) {
        return read(source, YamlDocuments.parse(source, yaml), PublicHolidays.library());
    }

    /**
     * Reads a policy from a YAML tree already parsed (by {@link YamlDocuments}), for a caller that
     * also looks at the tree itself, such as the lint with its positions; {@code source} names it.
     */
    public static Policy read(String source, YamlNode root) {
        return read(source, root, PublicHolidays.library());
    }

    static Policy read(String source, YamlNode root, PublicHolidays publicHolidays) {
        return new PolicyReader(source, publicHolidays).policy(root);
    }

    /** The contract's texts given in several languages, by the text that stands for them. */
    private final Map<String, Map<String, String>> wordings = new LinkedHashMap<>();

    private void mark(String path, YamlNode node) {
        marks.put(path, node.mark());
    }

    private SourceMark at(String path) {
        String p = path;
        while (true) {
            SourceMark m = marks.get(p);
            if (m != null) {
                return m;
            }
            int cut = p.lastIndexOf('/');
            if (cut < 0) {
                return rootMark;
            }
            p = p.substring(0, cut);
        }
    }

    private Policy policy(YamlNode root) {
        rootMark = root.mark();
        Optional<YamlFields> maybe = YamlFields.of(root, "the policy", problems);
        if (maybe.isEmpty()) {
            problems.throwIfAny(InputException.Kind.INVALID);
        }
        YamlFields f = maybe.orElseThrow();

        Optional<String> id = f.requiredText("policy");
        id.ifPresent(
                value -> checkKey(value, "the policy id", f.optional("policy").orElseThrow()));
        Optional<String> vendor = f.requiredText("vendor");
        Optional<String> product = f.optionalText("product");
        Optional<String> version = f.optionalText("version");
        Optional<String> documentSource = f.optionalText("source");
        Optional<LocalDate> from = f.optional("effective-from").flatMap(n -> date(n, "'effective-from'"));
        Optional<LocalDate> to = f.optional("effective-to").flatMap(n -> date(n, "'effective-to'"));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(
                    f.optional("effective-to").orElseThrow().mark(),
                    "effective-to (" + to.get() + ") lies before effective-from (" + from.get() + ")");
        }
        String currency = f.optionalText("currency").orElse("EUR");
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(f.optional("currency").orElseThrow().mark(), "currency must be an ISO 4217 code such as EUR");
        }

        Map<String, BusinessCalendar> calendars =
                f.required("calendars").map(this::calendars).orElse(Map.of());
        Optional<String> defaultCalendar = f.requiredText("default-calendar");
        f.optional("default-calendar").ifPresent(n -> mark("default-calendar", n));
        Map<String, Region> regions = f.optional("regions").map(this::regions).orElse(Map.of());
        BusinessDayRule businessDay = f.optional("business-day")
                .flatMap(n -> businessDay(n, "'business-day'"))
                .orElse(BusinessDayRule.SAME_TIME);
        Map<String, Channel> channels =
                f.optional("channels").map(this::channels).orElse(Map.of());
        Map<String, Priority> priorities =
                f.required("priorities").map(this::priorities).orElse(Map.of());
        List<Target> targets = f.required("targets").map(this::targets).orElse(List.of());
        List<String> pauseOn =
                f.optional("pause-on").map(n -> texts(n, "'pause-on'")).orElse(List.of());
        PriorityChangeRule priorityChange =
                f.optional("priority-change").flatMap(this::priorityChange).orElse(PriorityChangeRule.RETARGET);
        HandlingOrderRule handlingOrder =
                f.optional("handling-order").flatMap(this::handlingOrder).orElse(HandlingOrderRule.NONE);
        Map<String, Tier> tiers = f.optional("tiers").map(this::tiers).orElse(Map.of());
        Map<String, SupportPackage> packages =
                f.optional("packages").map(this::packages).orElse(Map.of());
        Optional<PhoneSupport> phone = f.optional("phone-support").flatMap(this::phoneSupport);
        Optional<Hotline> hotline = f.optional("hotline").flatMap(this::hotline);
        PricingRules pricing = f.optional("pricing").map(this::pricing).orElse(PricingRules.DEFAULT);
        PriceBasis priceBasis = f.optional("price-basis").map(this::priceBasis).orElse(PriceBasis.UNSTATED);
        ContractText text = new ContractText(
                f.optional("covers").map(n -> clauses(n, "covers")).orElse(List.of()),
                f.optional("exclusions").map(n -> clauses(n, "exclusions")).orElse(List.of()),
                f.optional("statements").map(n -> clauses(n, "statements")).orElse(List.of()),
                f.optional("assumptions").map(this::assumptions).orElse(List.of()));
        Map<String, Ambiguity> ambiguities =
                f.optional("ambiguities").map(this::ambiguities).orElse(Map.of());
        f.optional("lint").ifPresent(this::lint);
        f.rejectUnknown();

        if (calendars.isEmpty() && openCalendars.isEmpty() && f.has("calendars") && problems.isEmpty()) {
            problems.add(f.optional("calendars").orElseThrow().mark(), "the policy needs at least one calendar");
        }
        if (priorities.isEmpty() && f.has("priorities") && problems.isEmpty()) {
            problems.add(f.optional("priorities").orElseThrow().mark(), "the policy needs at least one priority");
        }
        CommercialTerms commercial =
                new CommercialTerms(currency, tiers, packages, phone, hotline, pricing, priceBasis);
        PolicyChecks checks = new PolicyChecks(problems, this::at, declared);
        checks.check(calendars, defaultCalendar, regions, channels, priorities, targets, commercial, ambiguities);
        checks.fidelity(
                calendars,
                openCalendars,
                targets,
                text.assumptions(),
                ambiguities,
                commercial,
                from.isPresent(),
                to.isPresent());
        if (problems.isEmpty()) {
            checks.readingExamples(
                    calendars, openCalendars, defaultCalendar.orElse(""), businessDay, ambiguities, publicHolidays);
            checks.assumedHours(calendars, defaultCalendar.orElse(""), targets, text.assumptions());
        }
        problems.throwIfAny(InputException.Kind.INVALID);
        try {
            return new Policy(
                    new PolicyIdentity(
                            id.orElseThrow(), vendor.orElseThrow(), product, version, documentSource, from, to),
                    calendars,
                    defaultCalendar.orElseThrow(),
                    regions,
                    businessDay,
                    channels,
                    priorities,
                    targets,
                    pauseOn,
                    priorityChange,
                    commercial,
                    text,
                    ambiguities,
                    handlingOrder,
                    wordings,
                    openCalendars,
                    List.of());
        } catch (IllegalArgumentException e) {
            throw InputException.invalid(rootMark, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- sections

    /**
     * {@code lint: {ignore: [{rule, reason}]}}: warnings of {@code validate --strict} the contract
     * accepts, each with the reason. Only the form is checked here; which rules exist is the lint's
     * business (io.slaudit.policy.lint), and none of it is a promise, so the model does not keep it.
     */
    private void lint(YamlNode node) {
        YamlFields.of(node, "'lint'", problems).ifPresent(f -> {
            f.optional("ignore").ifPresent(list -> {
                for (YamlNode item : YamlFields.items(list, "'lint: ignore'", problems, false)) {
                    YamlFields.of(item, "an entry of 'lint: ignore'", problems).ifPresent(e -> {
                        e.requiredText("rule")
                                .ifPresent(rule -> checkKey(
                                        rule,
                                        "a lint rule id",
                                        e.optional("rule").orElseThrow()));
                        e.requiredText("reason")
                                .filter(String::isBlank)
                                .ifPresent(blank -> problems.add(
                                        e.optional("reason").orElseThrow().mark(),
                                        "an accepted lint warning needs a reason: say why the contract means it"));
                        e.rejectUnknown();
                    });
                }
            });
            f.rejectUnknown();
        });
    }

    private Map<String, BusinessCalendar> calendars(YamlNode node) {
        Map<String, BusinessCalendar> out = new LinkedHashMap<>();
        CalendarReader reader = new CalendarReader(publicHolidays);
        for (YamlNode.Entry e : entries(node, "'calendars'")) {
            String name = e.key().name();
            marks.put("calendars/" + name, e.key().mark());
            declared.calendars().add(name);
            checkKey(name, "a calendar name", e.key().mark());
            if (isOpen(e.value())) {
                YamlFields.of(e.value(), "calendar '" + name + "'", problems)
                        .flatMap(f -> openValue(
                                f,
                                PolicyRef.of(PolicyRef.Kind.CALENDAR, name),
                                e.key().mark(),
                                n -> reader.read(n, "the placeholder of calendar '" + name + "'", problems)))
                        .ifPresent(v -> openCalendars.put(name, v));
                continue;
            }
            reader.read(e.value(), "calendar '" + name + "'", problems).ifPresent(c -> out.put(name, c));
        }
        return out;
    }

    /** Whether a value is given as open: a mapping with 'stated-elsewhere' or 'not-stated'. */
    private static boolean isOpen(YamlNode node) {
        return node instanceof YamlNode.Mapping m
                && (m.entries().containsKey(OpenValue.Openness.STATED_ELSEWHERE.key())
                        || m.entries().containsKey(OpenValue.Openness.NOT_STATED.key()));
    }

    /**
     * A value the contract leaves open: {@code stated-elsewhere: WHERE} or {@code not-stated: WHY},
     * optionally a {@code placeholder} with the {@code assumption} it is, and a {@code source}.
     */
    private <T> Optional<OpenValue<T>> openValue(
            YamlFields f,
            PolicyRef key,
            SourceMark at,
            java.util.function.Function<YamlNode, Optional<T>> placeholderReader) {
        int before = problems.size();
        Optional<String> elsewhere = f.optionalText(OpenValue.Openness.STATED_ELSEWHERE.key());
        Optional<String> notStated = f.optionalText(OpenValue.Openness.NOT_STATED.key());
        if (elsewhere.isPresent() && notStated.isPresent()) {
            problems.add(f.mark(), key + " is either 'stated-elsewhere' or 'not-stated', not both");
        }
        Optional<T> placeholder = f.optional("placeholder").flatMap(placeholderReader);
        Optional<String> assumption = f.optionalText("assumption");
        f.optional("assumption").ifPresent(n -> mark("open/" + key + "/assumption", n));
        Optional<String> src = f.optionalText("source");
        f.rejectUnknown();
        if (f.has("placeholder") != f.has("assumption")) {
            problems.add(
                    f.mark(),
                    "a placeholder is an assumption: give 'placeholder' together with 'assumption', the id of the"
                            + " assumption that states it");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        OpenValue.Openness openness =
                elsewhere.isPresent() ? OpenValue.Openness.STATED_ELSEWHERE : OpenValue.Openness.NOT_STATED;
        return built(
                f.mark(),
                () -> new OpenValue<>(
                        key, openness, elsewhere.or(() -> notStated).orElseThrow(), src, placeholder, assumption, at));
    }

    private Map<String, Region> regions(YamlNode node) {
        Map<String, Region> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(node, "'regions'")) {
            String key = e.key().name();
            String path = "regions/" + key;
            marks.put(path, e.key().mark());
            declared.regions().add(key);
            YamlFields.of(e.value(), "region '" + key + "'", problems).ifPresent(f -> {
                Optional<String> label = f.optionalText("label");
                Optional<String> calendar = f.requiredText("calendar");
                f.optional("calendar").ifPresent(n -> mark(path + "/calendar", n));
                List<String> aliases =
                        f.optional("aliases").map(n -> texts(n, "'aliases'")).orElse(List.of());
                f.rejectUnknown();
                calendar.ifPresent(c -> out.put(key, new Region(key, label, c, aliases)));
            });
        }
        return out;
    }

    private Map<String, Channel> channels(YamlNode node) {
        Map<String, Channel> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(node, "'channels'")) {
            String key = e.key().name();
            String path = "channels/" + key;
            marks.put(path, e.key().mark());
            declared.channels().add(key);
            YamlFields.of(e.value(), "channel '" + key + "'", problems).ifPresent(f -> {
                Optional<String> label = f.optionalText("label");
                Optional<String> address = f.optionalText("address");
                Optional<Boolean> covered =
                        f.required("covered").flatMap(n -> YamlFields.bool(n, "'covered'", problems));
                List<String> aliases =
                        f.optional("aliases").map(n -> texts(n, "'aliases'")).orElse(List.of());
                List<String> roles = f.optional("excluded-roles")
                        .map(n -> texts(n, "'excluded-roles'"))
                        .orElse(List.of());
                Optional<String> calendar = f.optionalText("calendar");
                f.optional("calendar").ifPresent(n -> mark(path + "/calendar", n));
                Optional<String> condition = f.optionalText("condition");
                Optional<String> note = f.optionalText("note");
                Optional<String> src = f.optionalText("source");
                f.rejectUnknown();
                covered.ifPresent(c -> out.put(
                        key, new Channel(key, label, address, c, aliases, roles, calendar, condition, note, src)));
            });
        }
        return out;
    }

    private Map<String, Priority> priorities(YamlNode node) {
        Map<String, Priority> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(node, "'priorities'")) {
            String key = e.key().name();
            String path = "priorities/" + key;
            marks.put(path, e.key().mark());
            declared.priorities().add(key);
            checkKey(key, "a priority key", e.key().mark());
            if (key.equals("any")) {
                problems.add(
                        e.key().mark(), "'any' is reserved (targets use it for every priority); choose another key");
            }
            YamlFields.of(e.value(), "priority '" + key + "'", problems).ifPresent(f -> {
                String label = f.optionalText("label").orElse(key);
                List<String> aliases = new ArrayList<>();
                f.optional("aliases").ifPresent(n -> {
                    List<YamlNode> items = YamlFields.items(n, "'aliases'", problems, true);
                    for (int i = 0; i < items.size(); i++) {
                        int index = i;
                        YamlFields.text(items.get(i), "an alias", problems).ifPresent(a -> {
                            aliases.add(a);
                            marks.put(
                                    path + "/aliases/" + index, items.get(index).mark());
                        });
                    }
                });
                Optional<String> definition = f.optionalText("definition");
                Optional<String> effort = f.optionalText("effort");
                Optional<String> src = f.optionalText("source");
                List<Severity> severities = new ArrayList<>();
                f.optional("severity").ifPresent(n -> {
                    mark(path + "/severity", n);
                    for (YamlNode item : YamlFields.items(n, "'severity'", problems, true)) {
                        YamlFields.text(item, "a severity", problems)
                                .ifPresent(t -> Severity.parse(t)
                                        .ifPresentOrElse(
                                                severities::add,
                                                () -> problems.add(
                                                        item.mark(),
                                                        "unknown severity '" + t + "'; severities: "
                                                                + Severity.keys())));
                    }
                });
                f.rejectUnknown();
                out.put(key, new Priority(key, label, aliases, definition, effort, src, severities));
            });
        }
        return out;
    }

    private List<Target> targets(YamlNode node) {
        List<Target> out = new ArrayList<>();
        List<YamlNode> items = YamlFields.items(node, "'targets'", problems, false);
        for (int i = 0; i < items.size(); i++) {
            String path = "targets/" + i;
            YamlNode item = items.get(i);
            mark(path, item);
            Optional<YamlFields> maybe = YamlFields.of(item, "target " + (i + 1), problems);
            if (maybe.isEmpty()) {
                continue;
            }
            YamlFields f = maybe.get();
            int before = problems.size();
            Optional<Metric> metric = f.requiredText("metric").flatMap(t -> {
                Optional<Metric> m = Metric.parse(t);
                if (m.isEmpty()) {
                    problems.add(
                            f.optional("metric").orElseThrow().mark(),
                            "unknown metric '" + t + "'; known metrics: " + Metric.keys());
                }
                return m;
            });
            PrioritySelector priorities = f.required("priority")
                    .map(n -> {
                        mark(path + "/priority", n);
                        int problemsBefore = problems.size();
                        List<String> names = texts(n, "'priority'");
                        if (names.isEmpty()) {
                            if (problems.size() == problemsBefore) {
                                problems.add(
                                        n.mark(),
                                        "'priority' names no priority; write a priority key, a list of them, or"
                                                + " 'any'");
                            }
                            return PrioritySelector.ANY;
                        }
                        return names.size() == 1 && names.get(0).equals("any")
                                ? PrioritySelector.ANY
                                : PrioritySelector.of(names);
                    })
                    .orElse(PrioritySelector.ANY);
            Optional<OpenValue<TargetTime>> open = f.optional("within")
                    .filter(PolicyReader::isOpen)
                    .flatMap(n -> YamlFields.of(n, "'within'", problems)
                            .flatMap(wf -> openValue(
                                    wf,
                                    PolicyRef.target(
                                            priorities.any()
                                                    ? "any"
                                                    : priorities.keys().get(0),
                                            metric.orElse(Metric.FIRST_RESPONSE)),
                                    n.mark(),
                                    p -> YamlFields.parsed(p, "the placeholder", problems, TargetTime::parse))));
            if (f.optional("within").filter(PolicyReader::isOpen).isPresent()
                    && priorities.keys().size() > 1) {
                problems.add(
                        f.optional("within").orElseThrow().mark(),
                        "a target whose time is open names one priority (or any), so that --set"
                                + " target.PRIORITY.METRIC can name it; write one target per priority");
            }
            Optional<TargetTime> within = f.optional("within")
                    .filter(n -> !isOpen(n))
                    .flatMap(n -> {
                        mark(path + "/within", n);
                        if (n instanceof YamlNode.Scalar s && s.isNull()) {
                            problems.add(
                                    n.mark(),
                                    "'within' is empty; write a time such as '4 business hours', or leave 'within' out of"
                                            + " a best-effort target");
                            return Optional.empty();
                        }
                        return YamlFields.parsed(n, "'within'", problems, TargetTime::parse);
                    });
            Optional<String> calendar = f.optionalText("calendar");
            f.optional("calendar").ifPresent(n -> mark(path + "/calendar", n));
            Guarantee guarantee = f.optional("guarantee")
                    .flatMap(n -> YamlFields.text(n, "'guarantee'", problems).flatMap(t -> switch (t) {
                        case "guaranteed" -> Optional.of(Guarantee.GUARANTEED);
                        case "best-effort" -> Optional.of(Guarantee.BEST_EFFORT);
                        default -> {
                            problems.add(n.mark(), "guarantee must be 'guaranteed' or 'best-effort', not '" + t + "'");
                            yield Optional.empty();
                        }
                    }))
                    .orElse(Guarantee.GUARANTEED);
            ClockRule clock = f.optional("clock").map(this::clock).orElse(ClockRule.DEFAULT);
            List<String> tiers = listAt(f, "tier", path);
            List<String> channels = listAt(f, "channel", path);
            List<String> regions = listAt(f, "region", path);
            Map<String, String> when = new LinkedHashMap<>();
            f.optional("when").ifPresent(n -> {
                mark(path + "/when", n);
                for (YamlNode.Entry w : entries(n, "'when'")) {
                    YamlFields.text(w.value(), "a reading", problems)
                            .ifPresent(r -> when.put(w.key().name(), r));
                }
            });
            Optional<String> src = f.optionalText("source");
            Optional<String> note = f.optional("note").flatMap(n -> words(n, "'note'"));
            f.rejectUnknown();
            if (guarantee == Guarantee.GUARANTEED
                    && within.isEmpty()
                    && open.isEmpty()
                    && f.optional("within").isEmpty()) {
                problems.add(
                        f.mark(),
                        "a guaranteed target needs 'within'; write 'guarantee: best-effort' for a target"
                                + " without a time");
            }
            if (within.isPresent() && within.get().business() && clock.startsAtNextOpening()) {
                problems.add(
                        f.optional("clock").orElseThrow().mark(),
                        "'start: next-opening' is for clock time; business time starts at the next opening anyway");
            }
            if (problems.size() == before && metric.isPresent()) {
                built(
                                f.mark(),
                                () -> new Target(
                                        metric.get(),
                                        priorities,
                                        within,
                                        open,
                                        calendar,
                                        guarantee,
                                        clock,
                                        tiers,
                                        channels,
                                        regions,
                                        when,
                                        src,
                                        note))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A part of the policy built from what was read; a rule its record enforces becomes a problem at
     * the part's position. The reader checks those rules itself with better words; this is the net
     * under it, so that no contract ends in an internal error.
     */
    private <T> Optional<T> built(SourceMark at, java.util.function.Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(at, e.getMessage());
            return Optional.empty();
        }
    }

    private List<String> listAt(YamlFields f, String key, String path) {
        return f.optional(key)
                .map(n -> {
                    mark(path + "/" + key, n);
                    return texts(n, "'" + key + "'");
                })
                .orElse(List.of());
    }

    private ClockRule clock(YamlNode node) {
        Optional<YamlFields> maybe = YamlFields.of(node, "'clock'", problems);
        if (maybe.isEmpty()) {
            return ClockRule.DEFAULT;
        }
        YamlFields f = maybe.get();
        boolean nextOpening = f.optional("start")
                .flatMap(n -> YamlFields.text(n, "'start'", problems).flatMap(t -> {
                    if (t.equals("created")) {
                        return Optional.of(false);
                    }
                    if (t.equals("next-opening")) {
                        return Optional.of(true);
                    }
                    problems.add(n.mark(), "start must be 'created' or 'next-opening', not '" + t + "'");
                    return Optional.empty();
                }))
                .orElse(false);
        boolean inHours = f.optional("only-if-raised-in-hours")
                .flatMap(n -> YamlFields.bool(n, "'only-if-raised-in-hours'", problems))
                .orElse(false);
        f.rejectUnknown();
        return new ClockRule(nextOpening, inHours);
    }

    /**
     * A text of the contract in one language (a string) or in several ({@code {en: ..., de: ...}},
     * ISO 639-1 codes): the English text (or the first given) stands for it everywhere, and the
     * others are kept in {@link #wordings} for the reports in those languages.
     */
    private Optional<String> words(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            return YamlFields.text(node, what, problems);
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (YamlNode.Entry e : mapping.entries().values()) {
            String language = e.key().name();
            if (!language.matches("[a-z]{2}")) {
                problems.add(
                        e.key().mark(),
                        what + " in several languages takes ISO 639-1 codes such as en or de as keys, not '" + language
                                + "'");
                continue;
            }
            YamlFields.text(e.value(), what + " (" + language + ")", problems)
                    .ifPresent(t -> byLanguage.put(language, t));
        }
        if (byLanguage.isEmpty()) {
            if (mapping.entries().isEmpty()) {
                problems.add(node.mark(), what + " needs a text");
            }
            return Optional.empty();
        }
        String text =
                byLanguage.getOrDefault("en", byLanguage.values().iterator().next());
        wordings.merge(text, byLanguage, (a, b) -> {
            Map<String, String> both = new LinkedHashMap<>(a);
            both.putAll(b);
            return both;
        });
        return Optional.of(text);
    }

    private Optional<HandlingOrderRule> handlingOrder(YamlNode node) {
        return YamlFields.text(node, "'handling-order'", problems).flatMap(t -> {
            for (HandlingOrderRule r : HandlingOrderRule.values()) {
                if (r.key().equals(t)) {
                    return Optional.of(r);
                }
            }
            problems.add(node.mark(), "handling-order must be arrival or none, not '" + t + "'");
            return Optional.empty();
        });
    }

    private Optional<PriorityChangeRule> priorityChange(YamlNode node) {
        return YamlFields.text(node, "'priority-change'", problems).flatMap(t -> {
            for (PriorityChangeRule r : PriorityChangeRule.values()) {
                if (r.key().equals(t)) {
                    return Optional.of(r);
                }
            }
            problems.add(node.mark(), "priority-change must be keep, retarget or restart, not '" + t + "'");
            return Optional.empty();
        });
    }

    private Map<String, Tier> tiers(YamlNode node) {
        Map<String, Tier> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(node, "'tiers'")) {
            String key = e.key().name();
            String path = "tiers/" + key;
            marks.put(path, e.key().mark());
            declared.tiers().add(key);
            checkKey(key, "a tier key", e.key().mark());
            YamlFields.of(e.value(), "tier '" + key + "'", problems).ifPresent(f -> {
                String label = f.optionalText("label").orElse(key);
                BigDecimal fee = f.optional("monthly-fee")
                        .flatMap(n -> decimal(n, "'monthly-fee'"))
                        .orElse(BigDecimal.ZERO);
                Optional<Tier.PhoneQuota> phone = f.optional("phone")
                        .flatMap(n -> YamlFields.of(n, "'phone'", problems).flatMap(p -> {
                            Optional<Integer> minutes =
                                    p.required("included-minutes").flatMap(m -> integer(m, "'included-minutes'"));
                            Optional<BigDecimal> price =
                                    p.required("price-per-minute").flatMap(m -> decimal(m, "'price-per-minute'"));
                            p.rejectUnknown();
                            return minutes.isPresent() && price.isPresent()
                                    ? Optional.of(new Tier.PhoneQuota(minutes.get(), price.get()))
                                    : Optional.empty();
                        }));
                List<String> requires = listAt(f, "requires", path);
                List<String> benefits =
                        f.optional("benefits").map(n -> texts(n, "'benefits'")).orElse(List.of());
                boolean isDefault = f.optional("default")
                        .flatMap(n -> YamlFields.bool(n, "'default'", problems))
                        .orElse(false);
                f.optional("default").ifPresent(n -> mark(path + "/default", n));
                List<String> aliases =
                        f.optional("aliases").map(n -> texts(n, "'aliases'")).orElse(List.of());
                Optional<String> src = f.optionalText("source");
                f.rejectUnknown();
                out.put(key, new Tier(key, label, fee, phone, requires, benefits, isDefault, aliases, src));
            });
        }
        return out;
    }

    private Map<String, SupportPackage> packages(YamlNode node) {
        Map<String, SupportPackage> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(node, "'packages'")) {
            String key = e.key().name();
            String path = "packages/" + key;
            marks.put(path, e.key().mark());
            declared.packages().add(key);
            YamlFields.of(e.value(), "package '" + key + "'", problems).ifPresent(f -> {
                String label = f.optionalText("label").orElse(key);
                List<String> includes = listAt(f, "includes", path);
                Optional<String> src = f.optionalText("source");
                f.rejectUnknown();
                out.put(key, new SupportPackage(key, label, includes, src));
            });
        }
        return out;
    }

    private Optional<PhoneSupport> phoneSupport(YamlNode node) {
        return YamlFields.of(node, "'phone-support'", problems).flatMap(f -> {
            Optional<String> calendar = f.requiredText("calendar");
            f.optional("calendar").ifPresent(n -> mark("phone-support/calendar", n));
            int credit = f.optional("activation-credit-minutes")
                    .flatMap(n -> integer(n, "'activation-credit-minutes'"))
                    .orElse(0);
            Optional<String> src = f.optionalText("source");
            f.rejectUnknown();
            return calendar.map(c -> new PhoneSupport(c, credit, src));
        });
    }

    private Optional<Hotline> hotline(YamlNode node) {
        return YamlFields.of(node, "'hotline'", problems).flatMap(f -> {
            String label = f.optionalText("label").orElse("hotline");
            Optional<String> calendar = f.requiredText("calendar");
            f.optional("calendar").ifPresent(n -> mark("hotline/calendar", n));
            Optional<String> regular = f.optionalText("regular-hours");
            f.optional("regular-hours").ifPresent(n -> mark("hotline/regular-hours", n));
            List<PriceBand> bands = new ArrayList<>();
            f.optionalEntry("bands")
                    .ifPresent(e -> marks.put("hotline/bands", e.key().mark()));
            f.required("bands").ifPresent(n -> {
                List<YamlNode> items = YamlFields.items(n, "'bands'", problems, false);
                for (int i = 0; i < items.size(); i++) {
                    mark("hotline/bands/" + i, items.get(i));
                    band(items.get(i), i).ifPresent(bands::add);
                }
            });
            Optional<String> note = f.optionalText("note");
            Optional<String> src = f.optionalText("source");
            f.rejectUnknown();
            return calendar.map(c -> new Hotline(label, c, regular, bands, note, src));
        });
    }

    private Optional<PriceBand> band(YamlNode node, int index) {
        return YamlFields.of(node, "price band " + (index + 1), problems).flatMap(f -> {
            int before = problems.size();
            String label = f.optionalText("label").orElse("band " + (index + 1));
            WeeklyHours hours = f.required("hours").map(this::weeklyHours).orElse(new WeeklyHours(Map.of()));
            int firstMinutes = f.optional("first-minutes")
                    .flatMap(n -> integer(n, "'first-minutes'"))
                    .orElse(0);
            BigDecimal firstPrice = f.optional("first-price")
                    .flatMap(n -> decimal(n, "'first-price'"))
                    .orElse(BigDecimal.ZERO);
            Optional<BigDecimal> perMinute = f.required("per-minute").flatMap(n -> decimal(n, "'per-minute'"));
            int increment = f.optional("billed-per-started-minutes")
                    .flatMap(n -> integer(n, "'billed-per-started-minutes'"))
                    .orElse(1);
            f.rejectUnknown();
            if (problems.size() > before || perMinute.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new PriceBand(label, hours, firstMinutes, firstPrice, perMinute.get(), increment));
            } catch (IllegalArgumentException e) {
                problems.add(f.mark(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Weekly hours in the calendar format, without the "never open" rule (a band may be small). */
    private WeeklyHours weeklyHours(YamlNode node) {
        Problems local = new Problems();
        YamlNode wrapped = new YamlNode.Mapping(
                node.mark(),
                Map.of(
                        "zone",
                                new YamlNode.Entry(
                                        new YamlNode.Key("zone", node.mark()),
                                        new YamlNode.Scalar(node.mark(), "UTC", false)),
                        "hours", new YamlNode.Entry(new YamlNode.Key("hours", node.mark()), node)));
        Optional<BusinessCalendar> c = new CalendarReader(publicHolidays).read(wrapped, "price band hours", local);
        if (c.isEmpty()) {
            // Report the real problems, not the "never open" one a band with few hours is free of.
            for (var p : local.list()) {
                if (!p.message().contains("never open")) {
                    problems.add(p.at(), p.message());
                }
            }
            if (local.list().stream().allMatch(p -> p.message().contains("never open"))) {
                problems.add(node.mark(), "a price band needs hours");
            }
            return new WeeklyHours(Map.of());
        }
        return c.get().hours();
    }

    /** The {@code pricing:} section: the rules by which the prices are applied, defaults where it is silent. */
    private PricingRules pricing(YamlNode node) {
        mark("pricing", node);
        return YamlFields.of(node, "'pricing'", problems)
                .map(f -> {
                    PricingRules.Change c = pricingChange(f, "pricing");
                    Optional<String> src = f.optionalText("source");
                    f.rejectUnknown();
                    return new PricingRules(
                                    PricingRules.DEFAULT.phoneIncrementMinutes(),
                                    PricingRules.DEFAULT.unusedMinutes(),
                                    PricingRules.DEFAULT.activationCredit(),
                                    PricingRules.DEFAULT.requiredTierFees(),
                                    PricingRules.DEFAULT.hotlineCrossing(),
                                    PricingRules.DEFAULT.hotlineOnHolidays(),
                                    src)
                            .with(c);
                })
                .orElse(PricingRules.DEFAULT);
    }

    /** The pricing keys of a mapping ({@code pricing:} or a reading's {@code pricing:}); unknown keys stay for the caller. */
    private PricingRules.Change pricingChange(YamlFields f, String path) {
        java.util.OptionalInt increment = f.optional("phone-billed-per-started-minutes")
                .flatMap(n -> integer(n, "'phone-billed-per-started-minutes'"))
                .map(i -> {
                    if (i < 1) {
                        problems.add(
                                f.optional("phone-billed-per-started-minutes")
                                        .orElseThrow()
                                        .mark(),
                                "'phone-billed-per-started-minutes' must be at least 1");
                        return java.util.OptionalInt.empty();
                    }
                    return java.util.OptionalInt.of(i);
                })
                .orElse(java.util.OptionalInt.empty());
        Optional<PricingRules.UnusedMinutes> unused =
                choice(f, "unused-minutes", PricingRules.UnusedMinutes.values(), PricingRules.UnusedMinutes::key);
        Optional<PricingRules.CreditOrder> credit =
                choice(f, "activation-credit", PricingRules.CreditOrder.values(), PricingRules.CreditOrder::key);
        Optional<PricingRules.RequiredTierFees> fees = choice(
                f, "required-tier-fees", PricingRules.RequiredTierFees.values(), PricingRules.RequiredTierFees::key);
        Optional<PricingRules.HotlineCrossing> crossing =
                choice(f, "hotline-crossing", PricingRules.HotlineCrossing.values(), PricingRules.HotlineCrossing::key);
        Optional<PricingRules.HolidayRate> holidays = f.optional("hotline-on-holidays")
                .flatMap(n -> {
                    mark(path + "/hotline-on-holidays", n);
                    if (n instanceof YamlNode.Scalar) {
                        return YamlFields.text(n, "'hotline-on-holidays'", problems)
                                .flatMap(t -> {
                                    if (t.equals("weekday")) {
                                        return Optional.of(PricingRules.HolidayRate.WEEKDAY);
                                    }
                                    problems.add(
                                            n.mark(),
                                            "'hotline-on-holidays' is 'weekday' or { band: LABEL }, not '" + t + "'");
                                    return Optional.empty();
                                });
                    }
                    return YamlFields.of(n, "'hotline-on-holidays'", problems).flatMap(hf -> {
                        Optional<String> band = hf.requiredText("band");
                        hf.rejectUnknown();
                        return band.map(PricingRules.HolidayRate::band);
                    });
                });
        return new PricingRules.Change(increment, unused, credit, fees, crossing, holidays);
    }

    private <E> Optional<E> choice(YamlFields f, String key, E[] values, java.util.function.Function<E, String> keyOf) {
        return f.optional(key)
                .flatMap(n -> YamlFields.text(n, "'" + key + "'", problems).flatMap(t -> {
                    for (E v : values) {
                        if (keyOf.apply(v).equals(t)) {
                            return Optional.of(v);
                        }
                    }
                    List<String> keys =
                            java.util.Arrays.stream(values).map(keyOf).toList();
                    problems.add(n.mark(), "'" + key + "' is " + String.join(" or ", keys) + ", not '" + t + "'");
                    return Optional.empty();
                }));
    }

    /** {@code price-basis:}: whether the document calls its monthly fees, phone and hotline prices net or gross. */
    private PriceBasis priceBasis(YamlNode node) {
        return YamlFields.of(node, "'price-basis'", problems)
                .map(f -> {
                    Optional<PriceBasis.Basis> fees =
                            choice(f, "monthly-fees", PriceBasis.Basis.values(), PriceBasis.Basis::key);
                    Optional<PriceBasis.Basis> phone =
                            choice(f, "phone", PriceBasis.Basis.values(), PriceBasis.Basis::key);
                    Optional<PriceBasis.Basis> hotline =
                            choice(f, "hotline", PriceBasis.Basis.values(), PriceBasis.Basis::key);
                    Optional<String> src = f.optionalText("source");
                    f.rejectUnknown();
                    return new PriceBasis(fees, phone, hotline, src);
                })
                .orElse(PriceBasis.UNSTATED);
    }

    /** {@code assumptions:}: each with an id, its text, what it affects, and where in the document. */
    private List<Assumption> assumptions(YamlNode node) {
        List<Assumption> out = new ArrayList<>();
        List<YamlNode> items = YamlFields.items(node, "'assumptions'", problems, false);
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String path = "assumptions/" + i;
            mark(path, item);
            if (item instanceof YamlNode.Scalar) {
                problems.add(
                        item.mark(),
                        "an assumption needs an id and what it affects: write { id: ..., text: ..., affects:"
                                + " [calendar.NAME, target.PRIORITY.METRIC, channel.KEY, ...] }");
                continue;
            }
            YamlFields.of(item, "assumption " + (i + 1), problems).ifPresent(f -> {
                int before = problems.size();
                Optional<String> id = f.requiredText("id");
                f.optional("id").ifPresent(n -> {
                    mark(path + "/id", n);
                    id.ifPresent(v -> checkKey(v, "an assumption id", n));
                });
                Optional<String> text = f.required("text").flatMap(n -> words(n, "'text'"));
                List<PolicyRef> affects = new ArrayList<>();
                f.required("affects").ifPresent(n -> {
                    List<YamlNode> refs = YamlFields.items(n, "'affects'", problems, true);
                    if (refs.isEmpty()) {
                        problems.add(
                                n.mark(), "'affects' names nothing; an assumption fills in some part of the contract");
                    }
                    for (int r = 0; r < refs.size(); r++) {
                        YamlNode ref = refs.get(r);
                        mark(path + "/affects/" + r, ref);
                        YamlFields.parsed(ref, "'affects'", problems, PolicyRef::parse)
                                .ifPresent(affects::add);
                    }
                });
                Optional<String> src = f.optionalText("source");
                f.rejectUnknown();
                if (problems.size() == before) {
                    built(f.mark(), () -> new Assumption(id.orElseThrow(), text.orElseThrow(), affects, src))
                            .ifPresent(out::add);
                }
            });
        }
        return out;
    }

    /** A reading's worked example: {@code { start, within, due, calendar }}, local times of the calendar's zone. */
    private Optional<ReadingExample> example(YamlNode node, String path) {
        mark(path, node);
        return YamlFields.of(node, "'example'", problems).flatMap(f -> {
            int before = problems.size();
            Optional<java.time.LocalDateTime> start = f.required("start").flatMap(n -> localTime(n, "'start'"));
            Optional<TargetTime> within =
                    f.required("within").flatMap(n -> YamlFields.parsed(n, "'within'", problems, TargetTime::parse));
            Optional<java.time.LocalDateTime> due = f.required("due").flatMap(n -> localTime(n, "'due'"));
            Optional<String> calendar = f.optionalText("calendar");
            f.optional("calendar").ifPresent(n -> mark(path + "/calendar", n));
            f.rejectUnknown();
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new ReadingExample(calendar, start.get(), within.get(), due.get()));
        });
    }

    private Optional<java.time.LocalDateTime> localTime(YamlNode node, String what) {
        return YamlFields.parsed(node, what, problems, t -> {
            try {
                return java.time.LocalDateTime.parse(t.trim().replace(' ', 'T'));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(
                        what + ": '" + t + "' is not a local time; write 2026-01-09T17:00 (in the calendar's zone)", e);
            }
        });
    }

    private List<Clause> clauses(YamlNode node, String what) {
        List<Clause> out = new ArrayList<>();
        for (YamlNode item : YamlFields.items(node, "'" + what + "'", problems, false)) {
            if (item instanceof YamlNode.Scalar) {
                YamlFields.text(item, "a clause", problems)
                        .ifPresent(t -> out.add(new Clause(t, Optional.empty(), Optional.empty())));
                continue;
            }
            YamlFields.of(item, "a clause of '" + what + "'", problems).ifPresent(f -> {
                Optional<String> text = f.requiredText("text");
                Optional<String> topic = f.optionalText("topic");
                Optional<String> src = f.optionalText("source");
                f.rejectUnknown();
                text.ifPresent(t -> out.add(new Clause(t, topic, src)));
            });
        }
        return out;
    }

    private Map<String, Ambiguity> ambiguities(YamlNode node) {
        Map<String, Ambiguity> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(node, "'ambiguities'")) {
            String key = e.key().name();
            String path = "ambiguities/" + key;
            marks.put(path, e.key().mark());
            java.util.Set<String> readingKeys = new java.util.LinkedHashSet<>();
            declared.readings().put(key, readingKeys);
            checkKey(key, "an ambiguity key", e.key().mark());
            YamlFields.of(e.value(), "ambiguity '" + key + "'", problems).ifPresent(f -> {
                int before = problems.size();
                Optional<String> question = f.required("question").flatMap(n -> words(n, "'question'"));
                Optional<String> src = f.optionalText("source");
                Optional<String> defaultReading = f.requiredText("default");
                Map<String, Ambiguity.Reading> readings = new LinkedHashMap<>();
                f.required("readings").ifPresent(n -> {
                    for (YamlNode.Entry r : entries(n, "'readings'")) {
                        String rk = r.key().name();
                        readingKeys.add(rk);
                        checkKey(rk, "a reading key", r.key().mark());
                        if (r.value() instanceof YamlNode.Scalar) {
                            words(r.value(), "a reading")
                                    .ifPresent(m -> readings.put(rk, new Ambiguity.Reading(rk, m, Optional.empty())));
                            continue;
                        }
                        YamlFields.of(r.value(), "reading '" + rk + "'", problems)
                                .ifPresent(rf -> {
                                    Optional<String> meaning =
                                            rf.required("meaning").flatMap(mn -> words(mn, "'meaning'"));
                                    Optional<BusinessDayRule> day =
                                            rf.optional("business-day").flatMap(d -> businessDay(d, "'business-day'"));
                                    String pricingPath = path + "/readings/" + rk + "/pricing";
                                    PricingRules.Change pricing = rf.optional("pricing")
                                            .flatMap(pn -> {
                                                mark(pricingPath, pn);
                                                return YamlFields.of(pn, "'pricing' of reading '" + rk + "'", problems);
                                            })
                                            .map(pf -> {
                                                PricingRules.Change c = pricingChange(pf, pricingPath);
                                                pf.rejectUnknown();
                                                return c;
                                            })
                                            .orElse(PricingRules.Change.NONE);
                                    Optional<ReadingExample> example = rf.optional("example")
                                            .flatMap(en -> example(en, path + "/readings/" + rk + "/example"));
                                    rf.rejectUnknown();
                                    meaning.ifPresent(
                                            m -> readings.put(rk, new Ambiguity.Reading(rk, m, day, pricing, example)));
                                });
                    }
                    if (readings.size() < 2) {
                        problems.add(n.mark(), "ambiguity '" + key + "' needs at least two readings");
                    }
                });
                f.rejectUnknown();
                if (defaultReading.isPresent() && !readings.isEmpty() && !readings.containsKey(defaultReading.get())) {
                    problems.add(
                            f.optional("default").orElseThrow().mark(),
                            "the default reading '" + defaultReading.get() + "' is not one of the readings: "
                                    + String.join(", ", readings.keySet()));
                }
                if (problems.size() == before) {
                    built(
                                    f.mark(),
                                    () -> new Ambiguity(
                                            key, question.orElseThrow(), src, defaultReading.orElseThrow(), readings))
                            .ifPresent(a -> out.put(key, a));
                }
            });
        }
        return out;
    }

    // ---------------------------------------------------------------- values

    private List<YamlNode.Entry> entries(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return List.copyOf(m.entries().values());
        }
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        problems.add(node.mark(), what + " must be a mapping of names to entries, not " + node.kindName());
        return List.of();
    }

    private List<String> texts(YamlNode node, String what) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : YamlFields.items(node, what, problems, true)) {
            YamlFields.text(item, what, problems).ifPresent(out::add);
        }
        return out;
    }

    private Optional<LocalDate> date(YamlNode node, String what) {
        return YamlFields.text(node, what, problems).flatMap(t -> CalendarReader.date(t, node, problems));
    }

    private Optional<BigDecimal> decimal(YamlNode node, String what) {
        return YamlFields.parsed(node, what, problems, t -> {
            BigDecimal d;
            try {
                d = new BigDecimal(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        what + ": '" + t + "' is not a number (write 39.00, with a point)", e);
            }
            // 1e999999999 is a valid BigDecimal whose plain form has a billion digits: writing or
            // explaining the contract would never end. No fee or price needs more than this.
            if (d.precision() - d.scale() > MAX_AMOUNT_DIGITS) {
                throw new IllegalArgumentException(what + ": '" + t + "' is too large; an amount has at most "
                        + MAX_AMOUNT_DIGITS + " digits before the point");
            }
            if (d.stripTrailingZeros().scale() > MAX_AMOUNT_DECIMALS) {
                throw new IllegalArgumentException(
                        what + ": '" + t + "' has more than " + MAX_AMOUNT_DECIMALS + " decimal places");
            }
            return nonNegative(d, d.signum(), what);
        });
    }

    private Optional<Integer> integer(YamlNode node, String what) {
        return YamlFields.parsed(node, what, problems, t -> {
            int i;
            try {
                i = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": '" + t + "' is not a whole number", e);
            }
            return nonNegative(i, Integer.signum(i), what);
        });
    }

    private static <T> T nonNegative(T value, int signum, String what) {
        if (signum < 0) {
            throw new IllegalArgumentException(what + " cannot be negative");
        }
        return value;
    }

    private Optional<BusinessDayRule> businessDay(YamlNode node, String what) {
        return YamlFields.parsed(node, what, problems, BusinessDayRule::parse);
    }

    private void checkKey(String key, String what, YamlNode node) {
        checkKey(key, what, node.mark());
    }

    private void checkKey(String key, String what, SourceMark mark) {
        if (!KEY.matcher(key).matches()) {
            problems.add(
                    mark,
                    "'" + key + "' is not usable as " + what
                            + "; use lower-case letters, digits, '-', '_' and '.', e.g. '" + suggestKey(key) + "'");
        }
    }

    private static String suggestKey(String key) {
        String s = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "name" : s;
    }
}
