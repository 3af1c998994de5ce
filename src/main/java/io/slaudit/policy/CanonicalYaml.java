package io.slaudit.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.HolidayRule;
import io.slaudit.calendar.HoursException;
import io.slaudit.calendar.OpenWindow;
import io.slaudit.calendar.WeeklyHours;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical form of a policy: every key in a fixed order, defaults written out, weekdays with
 * equal hours grouped into ranges. Loading the canonical form gives the same policy, and writing it
 * again gives the same text, so two contracts can be compared line by line.
 */
public final class CanonicalYaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private static final String[] DAY_KEYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private CanonicalYaml() {}

    public static String of(Policy policy) {
        return write(tree(policy));
    }

    /** A policy tree as the canonical form writes it (also {@link CanonicalForm}'s, so both write values alike). */
    static String write(Map<String, Object> tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy tree of maps, lists and strings always serialises", e);
        }
    }

    static Map<String, Object> tree(Policy p) {
        Map<String, Object> root = new LinkedHashMap<>();
        PolicyIdentity id = p.identity();
        root.put("policy", id.id());
        root.put("vendor", id.vendor());
        put(root, "product", id.product());
        put(root, "version", id.version());
        put(root, "source", id.source());
        put(root, "effective-from", id.effectiveFrom().map(Object::toString));
        put(root, "effective-to", id.effectiveTo().map(Object::toString));
        root.put("currency", p.commercial().currency());
        Map<String, Object> calendars = new LinkedHashMap<>();
        p.calendars().forEach((k, c) -> {
            if (!p.openCalendars().containsKey(k)) {
                calendars.put(k, calendar(c));
            }
        });
        p.openCalendars().forEach((k, v) -> calendars.put(k, open(v, c -> calendar(c))));
        root.put("calendars", calendars);
        root.put("default-calendar", p.defaultCalendar());
        if (!p.regions().isEmpty()) {
            Map<String, Object> regions = new LinkedHashMap<>();
            p.regions().forEach((k, r) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                put(m, "label", r.label());
                m.put("calendar", r.calendar());
                list(m, "aliases", r.aliases());
                regions.put(k, m);
            });
            root.put("regions", regions);
        }
        root.put("business-day", p.businessDay().toString());
        if (!p.channels().isEmpty()) {
            Map<String, Object> channels = new LinkedHashMap<>();
            p.channels().forEach((k, c) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                put(m, "label", c.label());
                put(m, "address", c.address());
                m.put("covered", c.covered());
                list(m, "aliases", c.aliases());
                list(m, "excluded-roles", c.excludedRoles());
                put(m, "calendar", c.calendar());
                put(m, "condition", c.condition());
                put(m, "note", c.note());
                put(m, "source", c.source());
                channels.put(k, m);
            });
            root.put("channels", channels);
        }
        Map<String, Object> priorities = new LinkedHashMap<>();
        p.priorities().forEach((k, pr) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", pr.label());
            list(m, "aliases", pr.aliases());
            put(m, "definition", pr.definition());
            put(m, "effort", pr.effort());
            put(m, "source", pr.source());
            if (!pr.severities().isEmpty()) {
                m.put(
                        "severity",
                        single(pr.severities().stream().map(Severity::key).toList()));
            }
            priorities.put(k, m);
        });
        root.put("priorities", priorities);
        List<Object> targets = new ArrayList<>();
        for (Target t : p.targets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", t.metric().key());
            m.put(
                    "priority",
                    t.priorities().any() ? "any" : single(t.priorities().keys()));
            if (t.open().isPresent()) {
                m.put("within", open(t.open().get(), Object::toString));
            } else {
                put(m, "within", t.within().map(Object::toString));
            }
            put(m, "calendar", t.calendar());
            m.put("guarantee", t.guarantee().key());
            if (!t.clock().isDefault()) {
                Map<String, Object> clock = new LinkedHashMap<>();
                clock.put("start", t.clock().startsAtNextOpening() ? "next-opening" : "created");
                clock.put("only-if-raised-in-hours", t.clock().onlyIfRaisedInHours());
                m.put("clock", clock);
            }
            if (!t.tiers().isEmpty()) {
                m.put("tier", single(t.tiers()));
            }
            if (!t.channels().isEmpty()) {
                m.put("channel", single(t.channels()));
            }
            if (!t.regions().isEmpty()) {
                m.put("region", single(t.regions()));
            }
            if (!t.when().isEmpty()) {
                m.put("when", new java.util.TreeMap<>(t.when()));
            }
            put(m, "source", t.source());
            t.note().ifPresent(n -> m.put("note", words(p, n)));
            targets.add(m);
        }
        root.put("targets", targets);
        root.put("pause-on", p.pauseOn());
        root.put("priority-change", p.priorityChange().key());
        if (p.handlingOrder() != HandlingOrderRule.NONE) {
            root.put("handling-order", p.handlingOrder().key());
        }
        commercial(root, p.commercial());
        clauses(root, "covers", p.text().covers());
        clauses(root, "exclusions", p.text().exclusions());
        clauses(root, "statements", p.text().statements());
        if (!p.text().assumptions().isEmpty()) {
            List<Object> out = new ArrayList<>();
            for (Assumption a : p.text().assumptions()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("text", words(p, a.text()));
                m.put("affects", a.affects().stream().map(Object::toString).toList());
                put(m, "source", a.source());
                out.add(m);
            }
            root.put("assumptions", out);
        }
        if (!p.ambiguities().isEmpty()) {
            Map<String, Object> ambiguities = new LinkedHashMap<>();
            p.ambiguities().forEach((k, a) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("question", words(p, a.question()));
                put(m, "source", a.source());
                m.put("default", a.defaultReading());
                Map<String, Object> readings = new LinkedHashMap<>();
                a.readings().forEach((rk, r) -> {
                    Map<String, Object> rm = new LinkedHashMap<>();
                    rm.put("meaning", words(p, r.meaning()));
                    put(rm, "business-day", r.businessDay().map(Object::toString));
                    if (!r.pricing().isEmpty()) {
                        rm.put("pricing", pricingChange(r.pricing()));
                    }
                    r.example().ifPresent(x -> {
                        Map<String, Object> em = new LinkedHashMap<>();
                        put(em, "calendar", x.calendar());
                        em.put("start", x.start().toString());
                        em.put("within", x.within().toString());
                        em.put("due", x.due().toString());
                        rm.put("example", em);
                    });
                    readings.put(rk, rm);
                });
                m.put("readings", readings);
                ambiguities.put(k, m);
            });
            root.put("ambiguities", ambiguities);
        }
        return root;
    }

    private static void commercial(Map<String, Object> root, CommercialTerms c) {
        if (!c.tiers().isEmpty()) {
            Map<String, Object> tiers = new LinkedHashMap<>();
            c.tiers().forEach((k, t) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("label", t.label());
                m.put("monthly-fee", money(t.monthlyFee()));
                t.phone().ifPresent(q -> {
                    Map<String, Object> phone = new LinkedHashMap<>();
                    phone.put("included-minutes", q.includedMinutesPerMonth());
                    phone.put("price-per-minute", money(q.pricePerMinute()));
                    m.put("phone", phone);
                });
                list(m, "requires", t.requires());
                list(m, "benefits", t.benefits());
                m.put("default", t.isDefault());
                list(m, "aliases", t.aliases());
                put(m, "source", t.source());
                tiers.put(k, m);
            });
            root.put("tiers", tiers);
        }
        if (!c.packages().isEmpty()) {
            Map<String, Object> packages = new LinkedHashMap<>();
            c.packages().forEach((k, pk) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("label", pk.label());
                m.put("includes", pk.includesTiers());
                put(m, "source", pk.source());
                packages.put(k, m);
            });
            root.put("packages", packages);
        }
        c.phoneSupport().ifPresent(ps -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("calendar", ps.calendar());
            m.put("activation-credit-minutes", ps.activationCreditMinutes());
            put(m, "source", ps.source());
            root.put("phone-support", m);
        });
        c.hotline().ifPresent(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", h.label());
            m.put("calendar", h.calendar());
            put(m, "regular-hours", h.regularHoursCalendar());
            put(m, "note", h.note());
            put(m, "source", h.source());
            List<Object> bands = new ArrayList<>();
            for (PriceBand b : h.bands()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("label", b.label());
                bm.put("hours", weekly(b.hours()));
                bm.put("first-minutes", b.firstMinutes());
                bm.put("first-price", money(b.firstPrice()));
                bm.put("per-minute", money(b.perMinute()));
                bm.put("billed-per-started-minutes", b.incrementMinutes());
                bands.add(bm);
            }
            m.put("bands", bands);
            root.put("hotline", m);
        });
        if (c.hasPrices() || !c.pricing().equals(PricingRules.DEFAULT)) {
            PricingRules r = c.pricing();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phone-billed-per-started-minutes", r.phoneIncrementMinutes());
            m.put("unused-minutes", r.unusedMinutes().key());
            m.put("activation-credit", r.activationCredit().key());
            m.put("required-tier-fees", r.requiredTierFees().key());
            m.put("hotline-crossing", r.hotlineCrossing().key());
            m.put("hotline-on-holidays", holidayRate(r.hotlineOnHolidays()));
            put(m, "source", r.source());
            root.put("pricing", m);
        }
        PriceBasis b = c.priceBasis();
        if (b.isStated() || b.source().isPresent()) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "monthly-fees", b.monthlyFees().map(PriceBasis.Basis::key));
            put(m, "phone", b.phone().map(PriceBasis.Basis::key));
            put(m, "hotline", b.hotline().map(PriceBasis.Basis::key));
            put(m, "source", b.source());
            root.put("price-basis", m);
        }
    }

    /** A value the contract leaves open, in the form it is written. */
    private static <T> Map<String, Object> open(OpenValue<T> v, java.util.function.Function<T, Object> value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(v.openness().key(), v.note());
        v.placeholder().ifPresent(x -> m.put("placeholder", value.apply(x)));
        put(m, "assumption", v.assumption());
        put(m, "source", v.source());
        return m;
    }

    private static Map<String, Object> pricingChange(PricingRules.Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        c.phoneIncrementMinutes().ifPresent(i -> m.put("phone-billed-per-started-minutes", i));
        c.unusedMinutes().ifPresent(u -> m.put("unused-minutes", u.key()));
        c.activationCredit().ifPresent(a -> m.put("activation-credit", a.key()));
        c.requiredTierFees().ifPresent(f -> m.put("required-tier-fees", f.key()));
        c.hotlineCrossing().ifPresent(x -> m.put("hotline-crossing", x.key()));
        c.hotlineOnHolidays().ifPresent(h -> m.put("hotline-on-holidays", holidayRate(h)));
        return m;
    }

    private static Object holidayRate(PricingRules.HolidayRate rate) {
        return rate.band().<Object>map(b -> Map.of("band", b)).orElse("weekday");
    }

    /** A calendar in the fixed format of spec section 1. */
    public static Map<String, Object> calendar(BusinessCalendar c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", c.zone().getId());
        m.put("hours", weekly(c.hours()));
        if (!c.holidays().isEmpty()) {
            List<Object> holidays = new ArrayList<>();
            for (HolidayRule rule : c.holidays()) {
                Map<String, Object> h = new LinkedHashMap<>();
                if (rule instanceof HolidayRule.Regional r) {
                    h.put("region", r.region().toString());
                } else if (rule instanceof HolidayRule.OnDate d) {
                    h.put("date", d.date().toString());
                    put(h, "name", d.name());
                } else if (rule instanceof HolidayRule.Period pd) {
                    h.put("from", pd.from().toString());
                    h.put("to", pd.to().toString());
                    put(h, "name", pd.name());
                }
                holidays.add(h);
            }
            m.put("holidays", holidays);
        }
        if (!c.exceptions().isEmpty()) {
            List<Object> exceptions = new ArrayList<>();
            for (HoursException e : c.exceptions()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("date", e.date().toString());
                x.put("hours", day(e.hours()));
                put(x, "name", e.name());
                exceptions.add(x);
            }
            m.put("exceptions", exceptions);
        }
        return m;
    }

    /** Weekly hours with consecutive equal days grouped: {@code mon-fri}; closed days left out. */
    static Map<String, Object> weekly(WeeklyHours hours) {
        Map<String, Object> m = new LinkedHashMap<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < 7) {
            DayHours h = hours.on(days[i]);
            int j = i;
            while (j + 1 < 7 && hours.on(days[j + 1]).equals(h)) {
                j++;
            }
            if (!h.isClosed()) {
                m.put(i == j ? DAY_KEYS[i] : DAY_KEYS[i] + "-" + DAY_KEYS[j], day(h));
            }
            i = j + 1;
        }
        return m;
    }

    private static Object day(DayHours h) {
        if (h.isClosed()) {
            return "closed";
        }
        List<String> windows = h.windows().stream().map(OpenWindow::toString).toList();
        return windows.size() == 1 ? windows.get(0) : windows;
    }

    private static Object single(List<String> values) {
        return values.size() == 1 ? values.get(0) : values;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY);
    }

    /** A text of the contract, as a mapping by language where the contract gives it in several. */
    private static Object words(Policy p, String text) {
        Map<String, String> byLanguage = p.wordings().get(text);
        return byLanguage == null ? text : new java.util.TreeMap<>(byLanguage);
    }

    private static void put(Map<String, Object> m, String key, Optional<String> value) {
        value.ifPresent(v -> m.put(key, v));
    }

    private static void list(Map<String, Object> m, String key, List<String> values) {
        if (!values.isEmpty()) {
            m.put(key, values);
        }
    }

    private static void clauses(Map<String, Object> root, String key, List<Clause> clauses) {
        if (clauses.isEmpty()) {
            return;
        }
        List<Object> out = new ArrayList<>();
        for (Clause c : clauses) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", c.text());
            put(m, "topic", c.topic());
            put(m, "source", c.source());
            out.add(m);
        }
        root.put(key, out);
    }
}
