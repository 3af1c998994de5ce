package io.slaudit.policy;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.HolidayRule;
import io.slaudit.calendar.HoursException;
import io.slaudit.calendar.OpenWindow;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.calendar.WeeklyHours;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * States a policy in plain sentences, in English or German. Sentences come from the bundles
 * {@code explain_en} and {@code explain_de}; what the contract itself says (labels, definitions,
 * notes) is quoted as written.
 */
public final class PolicyExplainer {

    private final Locale locale;
    private final ResourceBundle bundle;
    private final PublicHolidays publicHolidays;

    public PolicyExplainer(Locale locale, PublicHolidays publicHolidays) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "io.slaudit.policy.explain",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.publicHolidays = publicHolidays;
    }

    public Explanation explain(Policy policy) {
        PolicyIdentity id = policy.identity();
        String title = id.product().map(p -> t("title.product", p, id.vendor())).orElse(t("title.vendor", id.vendor()));
        List<String> header = new ArrayList<>();
        header.add(t(
                "header.policy",
                id.id(),
                id.version().map(v -> t("header.version", v)).orElse("")));
        id.source().ifPresent(s -> header.add(t("header.source", s)));
        if (id.effectiveFrom().isPresent() && id.effectiveTo().isPresent()) {
            header.add(t(
                    "header.inForce.range",
                    date(id.effectiveFrom().get()),
                    date(id.effectiveTo().get())));
        } else if (id.effectiveFrom().isPresent()) {
            header.add(t("header.inForce.from", date(id.effectiveFrom().get())));
        } else if (id.effectiveTo().isPresent()) {
            header.add(t("header.inForce.to", date(id.effectiveTo().get())));
        } else {
            header.add(t("header.inForce.always"));
        }
        header.addAll(assumed(
                policy, r -> r.kind() == PolicyRef.Kind.EFFECTIVE_FROM || r.kind() == PolicyRef.Kind.EFFECTIVE_TO));

        List<Explanation.Section> sections = new ArrayList<>();
        sections.add(hours(policy));
        if (!policy.regions().isEmpty()) {
            sections.add(regions(policy));
        }
        sections.add(channels(policy));
        sections.add(targets(policy));
        sections.add(clock(policy));
        if (!policy.ambiguities().isEmpty()) {
            sections.add(readings(policy));
        }
        CommercialTerms c = policy.commercial();
        if (!c.tiers().isEmpty() || !c.packages().isEmpty() || c.phoneSupport().isPresent()) {
            sections.add(tiers(policy));
        }
        c.hotline().ifPresent(h -> sections.add(hotline(policy, h)));
        if (c.hasPrices()) {
            sections.add(pricing(policy));
        }
        clauses(sections, "section.covers", policy.text().covers());
        clauses(sections, "section.exclusions", policy.text().exclusions());
        clauses(sections, "section.statements", policy.text().statements());
        assumptions(sections, policy);
        return new Explanation(title, header, sections);
    }

    // ---------------------------------------------------------------- sections

    private Explanation.Section hours(Policy policy) {
        List<Explanation.Item> items = new ArrayList<>();
        for (String name : policy.calendarNames()) {
            String marker = name.equals(policy.defaultCalendar()) ? t("calendar.default") : "";
            List<String> details = new ArrayList<>();
            OpenValue<BusinessCalendar> open = policy.openCalendars().get(name);
            BusinessCalendar c = policy.calendars().get(name);
            String line;
            if (open != null) {
                line = t("calendar.line", name, marker, openness(open));
                open.source().ifPresent(s -> details.add(t("source", s)));
                Optional<FilledValue> filled = policy.filledValue(open.key());
                if (c != null && filled.isPresent() && filled.get().supplied()) {
                    details.add(
                            t("open.supplied", calendar(c), filled.get().by().word()));
                } else {
                    open.placeholder()
                            .ifPresent(p -> details.add(
                                    t("open.placeholder", open.assumption().orElseThrow(), calendar(p))));
                }
            } else {
                line = t("calendar.line", name, marker, calendar(c));
            }
            if (c != null) {
                for (HoursException e : c.exceptions()) {
                    details.add(t(
                            "exception.line",
                            date(e.date()),
                            e.name().map(n -> t("holidays.name", n)).orElse(""),
                            e.hours().isClosed() ? t("exception.closed") : windows(e.hours())));
                }
            }
            details.addAll(assumed(
                    policy,
                    r -> r.kind() == PolicyRef.Kind.CALENDAR
                            && r.name().orElseThrow().equals(name)));
            items.add(new Explanation.Item(line, details));
        }
        return new Explanation.Section(t("section.hours"), items);
    }

    private Explanation.Section regions(Policy policy) {
        List<Explanation.Item> items = new ArrayList<>();
        for (Region r : policy.regions().values()) {
            items.add(Explanation.Item.of(t(
                    "region.line",
                    r.label().orElse(r.key()),
                    r.calendar(),
                    also(r.names(), r.label().orElse(r.key())))));
            List<String> notes = assumed(policy, ref -> ref.equals(PolicyRef.of(PolicyRef.Kind.REGION, r.key())));
            if (!notes.isEmpty()) {
                Explanation.Item last = items.remove(items.size() - 1);
                items.add(new Explanation.Item(last.text(), notes));
            }
        }
        return new Explanation.Section(t("section.regions"), items);
    }

    private Explanation.Section channels(Policy policy) {
        List<Explanation.Item> items = new ArrayList<>();
        if (policy.channels().isEmpty()) {
            items.add(Explanation.Item.of(t("channels.all")));
            return new Explanation.Section(t("section.channels"), items);
        }
        for (Channel c : policy.channels().values()) {
            String name = t(
                    "channel.name",
                    c.label().orElse(c.key()),
                    c.address().map(a -> t("channel.address", a)).orElse(""));
            List<String> parts = new ArrayList<>();
            parts.add(name);
            java.util.LinkedHashSet<String> ticketNames = new java.util.LinkedHashSet<>(List.of(c.key()));
            ticketNames.addAll(c.aliases());
            parts.add(t("channel.names", String.join(", ", ticketNames)));
            c.calendar().ifPresent(cal -> parts.add(t("channel.hours", calendarRef(policy, cal))));
            if (!c.excludedRoles().isEmpty()) {
                parts.add(t("channel.roles", String.join(", ", c.excludedRoles())));
            }
            if (c.catchesAll()) {
                parts.add(t("channel.catchAll"));
            }
            List<String> details = new ArrayList<>();
            c.condition().ifPresent(x -> details.add(t("channel.condition", x)));
            c.note().ifPresent(details::add);
            c.source().ifPresent(s -> details.add(t("source", s)));
            details.addAll(assumed(policy, r -> r.equals(PolicyRef.of(PolicyRef.Kind.CHANNEL, c.key()))));
            items.add(new Explanation.Item(
                    t(c.covered() ? "channel.covered" : "channel.notCovered", String.join("; ", parts)), details));
        }
        if (policy.catchAllChannel().isEmpty()) {
            items.add(Explanation.Item.of(t("channels.unlisted")));
        }
        return new Explanation.Section(t("section.channels"), items);
    }

    private Explanation.Section targets(Policy policy) {
        List<Explanation.Item> items = new ArrayList<>();
        for (Priority p : policy.priorities().values()) {
            List<String> details = new ArrayList<>();
            p.effort().ifPresent(e -> details.add(t("priority.effort", e)));
            if (!p.severities().isEmpty()) {
                details.add(t(
                        "priority.severity",
                        String.join(
                                ", ",
                                p.severities().stream()
                                        .map(sv -> t("severity." + sv.key()))
                                        .toList())));
            }
            for (Target target : policy.targets()) {
                if (!target.priorities().any() && target.priorities().keys().contains(p.key())) {
                    details.addAll(target(policy, target));
                }
            }
            List<String> others = p.names().stream()
                    .filter(n -> !n.equals(p.label()) && !n.equals(p.key()))
                    .toList();
            String names = p.key() + (others.isEmpty() ? "" : t("names.also", String.join(", ", others)));
            items.add(new Explanation.Item(
                    t(
                            "priority.line",
                            p.label(),
                            names,
                            p.definition()
                                    .map(d -> t(
                                            "priority.definition",
                                            d.endsWith(".") ? d.substring(0, d.length() - 1) : d))
                                    .orElse(""),
                            p.catchesAll() ? t("priority.catchAll") : ""),
                    onceEach(concat(
                            assumed(
                                    policy,
                                    r -> r.kind() == PolicyRef.Kind.PRIORITY
                                            && r.name().equals(java.util.Optional.of(p.key()))),
                            details))));
        }
        List<String> any = new ArrayList<>();
        for (Target target : policy.targets()) {
            if (target.priorities().any()) {
                any.addAll(target(policy, target));
            }
        }
        if (!any.isEmpty()) {
            items.add(new Explanation.Item(t("priority.any"), onceEach(any)));
        }
        if (policy.targets().isEmpty()) {
            items.add(Explanation.Item.of(t("targets.none")));
        }
        return new Explanation.Section(t("section.targets"), items);
    }

    private List<String> target(Policy policy, Target target) {
        String metric = t("metric." + target.metric().key());
        String calendarName = target.calendar().orElse(policy.defaultCalendar());
        StringBuilder scope = new StringBuilder();
        if (!target.tiers().isEmpty()) {
            scope.append(t(
                    "target.tier",
                    target.tiers().stream()
                            .map(k -> Optional.ofNullable(
                                            policy.commercial().tiers().get(k))
                                    .map(Tier::label)
                                    .orElse(k))
                            .collect(Collectors.joining(", "))));
        }
        if (!target.channels().isEmpty()) {
            scope.append(t(
                    "target.channel",
                    target.channels().stream()
                            .map(k -> Optional.ofNullable(policy.channels().get(k))
                                    .flatMap(Channel::label)
                                    .orElse(k))
                            .collect(Collectors.joining(", "))));
        }
        if (!target.regions().isEmpty()) {
            scope.append(t("target.region", String.join(", ", target.regions())));
        }
        String time;
        StringBuilder counting = new StringBuilder();
        if (target.within().isPresent()) {
            TargetTime within = target.within().get();
            time = t("target.within", targetTime(within));
            if (within.business()) {
                counting.append(t("target.business", calendarRef(policy, calendarName)));
            } else {
                counting.append(t("target.clockTime"));
                if (target.clock().startsAtNextOpening()) {
                    counting.append(t("target.nextOpening", calendarRef(policy, calendarName)));
                }
            }
            if (target.clock().onlyIfRaisedInHours()) {
                counting.append(t("target.inHoursOnly", calendarRef(policy, calendarName)));
            }
        } else if (target.open().isPresent()) {
            time = t("target.open", openness(target.open().get()));
            if (target.clock().onlyIfRaisedInHours()) {
                counting.append(t("target.inHoursOnly", calendarRef(policy, calendarName)));
            }
        } else {
            time = t("target.noTime");
        }
        String reading = target.when().isEmpty()
                ? ""
                : t(
                        "target.when",
                        target.when().entrySet().stream()
                                .map(e -> e.getKey() + " = " + e.getValue())
                                .collect(Collectors.joining(", ")));
        String guarantee = t(target.guarantee() == Guarantee.GUARANTEED ? "target.guaranteed" : "target.bestEffort");
        List<String> lines = new ArrayList<>();
        lines.add(t("target.sentence", metric, scope, time, counting, reading + guarantee));
        target.open().ifPresent(o -> {
            Optional<FilledValue> filled = policy.filledValue(o.key());
            if (filled.isPresent() && filled.get().supplied()) {
                lines.add("  "
                        + t(
                                "open.supplied",
                                filled.get().value(),
                                filled.get().by().word()));
            } else {
                o.placeholder()
                        .ifPresent(ph -> lines.add(
                                "  " + t("open.placeholder", o.assumption().orElseThrow(), targetTime(ph))));
            }
            lines.add("  " + t("open.key", o.key().toString()));
        });
        target.note().ifPresent(n -> lines.add("  " + t("target.note", policy.wording(n, locale))));
        target.source().ifPresent(s -> lines.add("  " + t("source", s)));
        for (String a : assumed(
                policy,
                r -> r.kind() == PolicyRef.Kind.TARGET
                        && r.part().orElseThrow().equals(target.metric().key())
                        && (r.name().orElseThrow().equals("any")
                                || target.priorities().matches(r.name().get())))) {
            lines.add("  " + a);
        }
        return lines;
    }

    private Explanation.Section clock(Policy policy) {
        List<Explanation.Item> items = new ArrayList<>();
        items.add(new Explanation.Item(
                businessDay(policy.businessDay()), assumed(policy, r -> r.kind() == PolicyRef.Kind.BUSINESS_DAY)));
        items.add(new Explanation.Item(
                policy.pauseOn().isEmpty() ? t("pause.none") : t("pause.states", String.join(", ", policy.pauseOn())),
                assumed(policy, r -> r.kind() == PolicyRef.Kind.PAUSE_ON)));
        items.add(Explanation.Item.of(t("change." + policy.priorityChange().key())));
        if (policy.handlingOrder() == HandlingOrderRule.ARRIVAL) {
            items.add(Explanation.Item.of(t("order.arrival")));
        }
        return new Explanation.Section(t("section.clock"), items);
    }

    private String businessDay(BusinessDayRule rule) {
        return switch (rule.kind()) {
            case SAME_TIME -> t("businessDay.same-time");
            case END_OF_DAY -> t("businessDay.end-of-day");
            case HOURS ->
                t(
                        "businessDay.hours",
                        number(BigDecimal.valueOf(rule.dayLength().orElseThrow().getSeconds())
                                .divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros()));
        };
    }

    private Explanation.Section readings(Policy policy) {
        List<Explanation.Item> items = new ArrayList<>();
        for (Ambiguity a : policy.ambiguities().values()) {
            List<String> details = new ArrayList<>();
            for (Ambiguity.Reading r : a.readings().values()) {
                String meaning = policy.wording(r.meaning(), locale)
                        + r.businessDay()
                                .map(b -> " (" + t("reading.businessDay", b.toString()) + ")")
                                .orElse("")
                        + (r.pricing().isEmpty() ? "" : " (" + t("reading.pricing", pricingChange(r.pricing())) + ")");
                details.add(
                        t(r.key().equals(a.defaultReading()) ? "reading.default" : "reading.other", r.key(), meaning));
                r.example()
                        .ifPresent(x -> details.add("  "
                                + t(
                                        "reading.example",
                                        localTime(x.start()),
                                        targetTime(x.within()),
                                        localTime(x.due()),
                                        x.calendar().orElse(policy.defaultCalendar()))));
            }
            a.source().ifPresent(s -> details.add(t("source", s)));
            details.addAll(assumed(policy, r -> r.equals(PolicyRef.of(PolicyRef.Kind.READING, a.key()))));
            items.add(
                    new Explanation.Item(t("ambiguity.line", a.key(), policy.wording(a.question(), locale)), details));
        }
        return new Explanation.Section(t("section.readings"), items);
    }

    private Explanation.Section tiers(Policy policy) {
        CommercialTerms c = policy.commercial();
        List<Explanation.Item> items = new ArrayList<>();
        for (Tier tier : c.tiers().values()) {
            List<String> parts = new ArrayList<>();
            parts.add(
                    tier.monthlyFee().signum() == 0
                            ? t("tier.free")
                            : t(
                                    "tier.fee",
                                    money(
                                            tier.monthlyFee(),
                                            c.currency(),
                                            c.priceBasis().monthlyFees())));
            tier.phone()
                    .ifPresent(q -> parts.add(t(
                            "tier.phone",
                            String.valueOf(q.includedMinutesPerMonth()),
                            money(
                                    q.pricePerMinute(),
                                    c.currency(),
                                    c.priceBasis().phone()))));
            if (!tier.requires().isEmpty()) {
                parts.add(t(
                        "tier.requires",
                        tier.requires().stream()
                                .map(k -> Optional.ofNullable(c.tiers().get(k))
                                        .map(Tier::label)
                                        .orElse(k))
                                .collect(Collectors.joining(", "))));
            }
            List<String> details = new ArrayList<>(tier.benefits());
            tier.source().ifPresent(s -> details.add(t("source", s)));
            details.addAll(assumed(
                    policy,
                    r -> r.kind() == PolicyRef.Kind.TIER && r.name().equals(java.util.Optional.of(tier.key()))));
            items.add(new Explanation.Item(
                    t(
                            "tier.line",
                            tier.label(),
                            tier.key(),
                            tier.isDefault() ? t("tier.default") : "",
                            String.join("; ", parts)),
                    details));
        }
        for (SupportPackage p : c.packages().values()) {
            List<String> details = new ArrayList<>();
            c.tierOf(p).ifPresent(tier -> details.add(t("package.tickets", p.key(), p.label(), tier.label())));
            p.source().ifPresent(s -> details.add(t("source", s)));
            details.addAll(assumed(policy, r -> r.equals(PolicyRef.of(PolicyRef.Kind.PACKAGE, p.key()))));
            items.add(new Explanation.Item(
                    t(
                            "package.line",
                            p.label(),
                            p.includesTiers().stream()
                                    .map(k -> Optional.ofNullable(c.tiers().get(k))
                                            .map(Tier::label)
                                            .orElse(k))
                                    .collect(Collectors.joining(", "))),
                    details));
        }
        c.phoneSupport()
                .ifPresent(ps -> items.add(new Explanation.Item(
                        t(
                                "phone.line",
                                calendarRef(policy, ps.calendar()),
                                ps.activationCreditMinutes() > 0
                                        ? t("phone.credit", String.valueOf(ps.activationCreditMinutes()))
                                        : ""),
                        assumed(policy, r -> r.kind() == PolicyRef.Kind.PHONE_SUPPORT))));
        return new Explanation.Section(t("section.tiers"), items);
    }

    private Explanation.Section hotline(Policy policy, Hotline h) {
        String currency = policy.commercial().currency();
        List<Explanation.Item> items = new ArrayList<>();
        List<String> details = new ArrayList<>();
        h.note().ifPresent(details::add);
        h.source().ifPresent(s -> details.add(t("source", s)));
        details.addAll(assumed(policy, r -> r.kind() == PolicyRef.Kind.HOTLINE));
        items.add(new Explanation.Item(
                t(
                        "hotline.line",
                        h.label(),
                        calendarRef(policy, h.calendar()),
                        h.regularHoursCalendar()
                                .map(r -> t("hotline.regular", calendarRef(policy, r)))
                                .orElse("")),
                details));
        Optional<PriceBasis.Basis> basis = policy.commercial().priceBasis().hotline();
        String zone = Optional.ofNullable(policy.calendars().get(h.calendar()))
                .map(cal -> cal.zone().getId())
                .orElse("?");
        for (PriceBand b : h.bands()) {
            String when = t("hours.zone", weekly(b.hours()), zone);
            if (b.firstMinutes() > 0) {
                int example = b.firstMinutes() + 2;
                items.add(Explanation.Item.of(t(
                        "band.line",
                        b.label(),
                        when,
                        money(b.firstPrice(), currency, basis),
                        String.valueOf(b.firstMinutes()),
                        money(b.perMinute(), currency, basis),
                        String.valueOf(b.incrementMinutes()),
                        String.valueOf(example),
                        money(b.priceOf(example * 60L), currency, basis))));
            } else {
                items.add(Explanation.Item.of(t(
                        "band.plain",
                        b.label(),
                        when,
                        money(b.perMinute(), currency, basis),
                        String.valueOf(b.incrementMinutes()))));
            }
        }
        return new Explanation.Section(t("section.hotline"), items);
    }

    private Explanation.Section pricing(Policy policy) {
        PricingRules r = policy.commercial().pricing();
        List<Explanation.Item> items = new ArrayList<>();
        items.add(Explanation.Item.of(t("pricing.phone", r.phoneIncrementMinutes())));
        items.add(Explanation.Item.of(t("pricing.unused." + r.unusedMinutes().key())));
        items.add(Explanation.Item.of(t("pricing.credit." + r.activationCredit().key())));
        items.add(Explanation.Item.of(t("pricing.fees." + r.requiredTierFees().key())));
        if (policy.commercial().hotline().isPresent()) {
            items.add(Explanation.Item.of(
                    t("pricing.crossing." + r.hotlineCrossing().key())));
            items.add(Explanation.Item.of(r.hotlineOnHolidays()
                    .band()
                    .map(b -> t("pricing.holidays.band", b))
                    .orElse(t("pricing.holidays.weekday"))));
        }
        r.source().ifPresent(s -> items.add(Explanation.Item.of(t("source", s))));
        List<String> ruleNotes = assumed(policy, ref -> ref.kind() == PolicyRef.Kind.PRICING);
        if (!ruleNotes.isEmpty()) {
            Explanation.Item last = items.remove(items.size() - 1);
            items.add(new Explanation.Item(last.text(), concat(last.details(), ruleNotes)));
        }
        PriceBasis basis = policy.commercial().priceBasis();
        items.add(new Explanation.Item(
                t("priceBasis.line", basis(basis.monthlyFees()), basis(basis.phone()), basis(basis.hotline())),
                concat(
                        basis.source().map(s -> List.of(t("source", s))).orElse(List.of()),
                        assumed(policy, ref -> ref.kind() == PolicyRef.Kind.PRICE_BASIS))));
        List<String> open = policy.ambiguities().values().stream()
                .filter(Ambiguity::bearsOnPricing)
                .map(Ambiguity::key)
                .toList();
        if (!open.isEmpty()) {
            items.add(Explanation.Item.of(t("pricing.readings", String.join(", ", open))));
        }
        return new Explanation.Section(t("section.pricing"), items);
    }

    /** A reading's pricing changes as {@code key value} pairs, the words of the format. */
    private static String pricingChange(PricingRules.Change c) {
        List<String> parts = new ArrayList<>();
        c.phoneIncrementMinutes().ifPresent(i -> parts.add("phone-billed-per-started-minutes " + i));
        c.unusedMinutes().ifPresent(u -> parts.add("unused-minutes " + u.key()));
        c.activationCredit().ifPresent(a -> parts.add("activation-credit " + a.key()));
        c.requiredTierFees().ifPresent(f -> parts.add("required-tier-fees " + f.key()));
        c.hotlineCrossing().ifPresent(x -> parts.add("hotline-crossing " + x.key()));
        c.hotlineOnHolidays().ifPresent(h -> parts.add("hotline-on-holidays " + h));
        return String.join(", ", parts);
    }

    /** Every assumption with what it affects; each also stands next to the clause it fills in. */
    private void assumptions(List<Explanation.Section> sections, Policy policy) {
        if (policy.text().assumptions().isEmpty()) {
            return;
        }
        List<Explanation.Item> items = new ArrayList<>();
        for (Assumption a : policy.text().assumptions()) {
            List<String> details = new ArrayList<>();
            details.add(t(
                    "assumption.affects",
                    a.affects().stream().map(Object::toString).collect(Collectors.joining(", "))));
            a.source().ifPresent(s -> details.add(t("source", s)));
            items.add(new Explanation.Item(t("assumption.item", a.id(), policy.wording(a.text(), locale)), details));
        }
        sections.add(new Explanation.Section(t("section.assumptions"), items));
    }

    private void clauses(List<Explanation.Section> sections, String heading, List<Clause> clauses) {
        if (clauses.isEmpty()) {
            return;
        }
        List<Explanation.Item> items = new ArrayList<>();
        for (Clause c : clauses) {
            items.add(new Explanation.Item(
                    c.text(), c.source().map(s -> List.of(t("source", s))).orElse(List.of())));
        }
        sections.add(new Explanation.Section(t(heading), items));
    }

    // ---------------------------------------------------------------- phrases

    /** "Mon-Fri 10:00-18:00, Europe/Berlin, closed on public holidays of Munich, Bavaria (DE-BY/mu)". */
    public String calendar(BusinessCalendar c) {
        List<String> parts = new ArrayList<>();
        parts.add(t("hours.zone", weekly(c.hours()), c.zone().getId()));
        for (HolidayRule rule : c.holidays()) {
            if (rule instanceof HolidayRule.Regional r) {
                parts.add(t(
                        "holidays.region",
                        publicHolidays.describe(r.region(), locale),
                        r.region().toString()));
            } else if (rule instanceof HolidayRule.OnDate d) {
                parts.add(t(
                        "holidays.date",
                        date(d.date()),
                        d.name().map(n -> t("holidays.name", n)).orElse("")));
            } else if (rule instanceof HolidayRule.Period p) {
                parts.add(t(
                        "holidays.period",
                        date(p.from()),
                        date(p.to()),
                        p.name().map(n -> t("holidays.name", n)).orElse("")));
            }
        }
        if (c.holidays().isEmpty()) {
            parts.add(t("holidays.none"));
        }
        return String.join(", ", parts);
    }

    private String calendarRef(Policy policy, String name) {
        BusinessCalendar c = policy.calendars().get(name);
        if (c == null) {
            OpenValue<BusinessCalendar> open = policy.openCalendars().get(name);
            return open == null ? name : t("calendar.open", name, openness(open));
        }
        return calendar(c);
    }

    /** "Mon-Thu 09:00-17:00, Fri 09:00-12:30 and 13:30-16:00"; "around the clock" for 24/7. */
    public String weekly(WeeklyHours hours) {
        DayOfWeek[] days = DayOfWeek.values();
        boolean allDay = true;
        for (DayOfWeek d : days) {
            List<OpenWindow> w = hours.on(d).windows();
            allDay &= w.size() == 1 && w.get(0).startSecond() == 0 && w.get(0).endSecond() == OpenWindow.DAY_SECONDS;
        }
        if (allDay) {
            return t("hours.allWeek");
        }
        List<String> groups = new ArrayList<>();
        int i = 0;
        while (i < 7) {
            DayHours h = hours.on(days[i]);
            int j = i;
            while (j + 1 < 7 && hours.on(days[j + 1]).equals(h)) {
                j++;
            }
            if (!h.isClosed()) {
                String range = i == j ? weekday(days[i]) : weekday(days[i]) + "-" + weekday(days[j]);
                groups.add(t("hours.days", range, windows(h)));
            }
            i = j + 1;
        }
        return String.join(", ", groups);
    }

    private String windows(DayHours h) {
        return h.windows().stream().map(OpenWindow::toString).collect(Collectors.joining(t("hours.and")));
    }

    private String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, locale).replace(".", "");
    }

    private String targetTime(TargetTime time) {
        if (locale.getLanguage().equals("de")) {
            boolean one = time.amount().compareTo(BigDecimal.ONE) == 0;
            String unit = switch (time.unit()) {
                case MINUTES ->
                    time.business() ? (one ? "Arbeitsminute" : "Arbeitsminuten") : (one ? "Minute" : "Minuten");
                case HOURS ->
                    time.business() ? (one ? "Arbeitsstunde" : "Arbeitsstunden") : (one ? "Stunde" : "Stunden");
                case DAYS -> time.business() ? (one ? "Arbeitstag" : "Arbeitstagen") : (one ? "Tag" : "Tagen");
            };
            return number(time.amount()) + " " + unit;
        }
        return time.toString();
    }

    private String also(List<String> names, String shown) {
        List<String> others = names.stream().filter(n -> !n.equals(shown)).toList();
        return others.isEmpty() ? "" : t("names.also", String.join(", ", others));
    }

    private String money(BigDecimal amount, String currency) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(Math.max(2, amount.stripTrailingZeros().scale()));
        f.setGroupingUsed(true);
        return t("money", f.format(amount), currency);
    }

    /** An amount with "net" or "gross" where the document says which it is ("0.50 EUR net"). */
    private String money(BigDecimal amount, String currency, Optional<PriceBasis.Basis> basis) {
        return money(amount, currency) + basis.map(b -> t("money." + b.key())).orElse("");
    }

    private String basis(Optional<PriceBasis.Basis> basis) {
        return t("priceBasis." + basis.map(PriceBasis.Basis::key).orElse("unstated"));
    }

    /** "stated elsewhere: Nutzungs- und Geschäftsbedingungen" in this language. */
    private String openness(OpenValue<?> v) {
        return t("open." + v.openness().key(), v.note());
    }

    /**
     * The assumptions that name a part of the contract, as lines to show next to the clause they fill
     * in; an assumption superseded by a value a user supplied is said to be so.
     */
    private List<String> assumed(Policy policy, java.util.function.Predicate<PolicyRef> names) {
        java.util.Set<String> superseded = policy.supersededAssumptions();
        List<String> out = new ArrayList<>();
        for (Assumption a : policy.text().assumptions()) {
            if (a.affects().stream().anyMatch(names)) {
                out.add(t(
                        superseded.contains(a.id()) ? "assumption.superseded" : "assumption.line",
                        a.id(),
                        policy.wording(a.text(), locale)));
            }
        }
        return out;
    }

    /** The lines with each assumption stated once, after the first target it fills in. */
    private List<String> onceEach(List<String> lines) {
        String prefix = "  " + t("assumption.line", "\u0000", "").split("\u0000")[0];
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith(prefix) || seen.add(line)) {
                out.add(line);
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private String localTime(java.time.LocalDateTime t) {
        String day = t.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale).replace(".", "");
        String time = DateTimeFormatter.ofPattern("HH:mm").format(t);
        return day + " " + date(t.toLocalDate()) + " " + time;
    }

    private String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
        return f.format(n);
    }

    private String date(LocalDate d) {
        return locale.getLanguage().equals("de")
                ? DateTimeFormatter.ofPattern("dd.MM.yyyy").format(d)
                : d.toString();
    }

    private String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** For callers that need the phrase of a target time in this language. */
    public String phrase(TargetTime time) {
        return targetTime(time);
    }
}
