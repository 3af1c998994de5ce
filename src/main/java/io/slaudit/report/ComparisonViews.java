package io.slaudit.report;

import io.slaudit.audit.AuditSummary;
import io.slaudit.audit.InputFile;
import io.slaudit.audit.TargetLabel;
import io.slaudit.billing.ScenarioQuote;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.compare.Comparison;
import io.slaudit.compare.Comparison.PolicyComparison;
import io.slaudit.compare.Comparison.ReadingRow;
import io.slaudit.compare.Comparison.TargetRow;
import io.slaudit.compare.Comparison.Timing;
import io.slaudit.compare.Comparison.Variant;
import io.slaudit.compare.CostComparison;
import io.slaudit.compare.CostScenario;
import io.slaudit.compare.SeverityClasses;
import io.slaudit.compare.TicketComparison;
import io.slaudit.compare.TimeToDeadline;
import io.slaudit.policy.Ambiguity;
import io.slaudit.policy.Channel;
import io.slaudit.policy.Clause;
import io.slaudit.policy.CommercialTerms;
import io.slaudit.policy.Guarantee;
import io.slaudit.policy.Hotline;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyExplainer;
import io.slaudit.policy.PriceBand;
import io.slaudit.policy.Priority;
import io.slaudit.policy.Severity;
import io.slaudit.policy.Target;
import io.slaudit.policy.Tier;
import io.slaudit.report.ComparisonView.Block;
import io.slaudit.report.ComparisonView.Cell;
import io.slaudit.report.ComparisonView.Column;
import io.slaudit.report.ComparisonView.Item;
import io.slaudit.report.ComparisonView.Row;
import io.slaudit.report.ComparisonView.Section;
import io.slaudit.report.ReportView.Fact;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds the content of a comparison document from a finished {@link Comparison}: one table per
 * row of the comparison (coverage, channels, each severity's targets, readings, phone support,
 * hotline, tickets), one line per contract, the best value of each column that has a better end
 * marked (most open hours and channels, shortest worst case, median and mean among guaranteed
 * targets, lowest price beyond the included minutes, highest compliance).
 */
public final class ComparisonViews {

    private static final List<Metric> MAIN = List.of(Metric.FIRST_RESPONSE, Metric.RESOLUTION);

    private final Comparison c;
    private final ReportLanguage lang;
    private final PolicyExplainer explainer;
    private final int listLimit;

    private ComparisonViews(Comparison c, ReportLanguage lang, int listLimit) {
        this.c = c;
        this.lang = lang;
        this.listLimit = listLimit;
        this.explainer = new PolicyExplainer(lang.locale(), PublicHolidays.library());
    }

    /** @param listLimit how many of the tickets whose verdict depends on the vendor a document lists */
    public static ComparisonView build(Comparison comparison, ReportLanguage lang, int listLimit) {
        return new ComparisonViews(comparison, lang, listLimit).view();
    }

    private String l(String key, Object... args) {
        return lang.label(key, args);
    }

    private ComparisonView view() {
        List<Section> sections = new ArrayList<>();
        sections.add(contracts());
        sections.add(coverage());
        sections.add(channels());
        sections.add(severities());
        for (Severity s : Severity.values()) {
            sections.add(severity(s));
        }
        unmapped().ifPresent(sections::add);
        sections.add(readings());
        sections.add(phone());
        sections.add(hotline());
        c.cost().ifPresent(x -> sections.add(cost(x)));
        sections.add(clauses());
        c.tickets().ifPresent(t -> sections.add(tickets(t)));
        sections.add(evidence());
        List<Fact> figures = new ArrayList<>();
        figures.add(new Fact(l("cmp.figure.contracts"), lang.count(c.policies().size())));
        figures.add(new Fact(l("cmp.figure.year"), Integer.toString(c.year())));
        bestWorstCase(Severity.CRITICAL).ifPresent(f -> figures.add(new Fact(l("cmp.figure.critical"), f)));
        c.cost().flatMap(this::cheapestMeetingFigure).ifPresent(figures::add);
        c.tickets().ifPresent(t -> figures.add(new Fact(l("cmp.figure.differing"), lang.count(t.differingCount()))));
        String subject = c.policies().size() == 1
                ? c.policies().get(0).name()
                : l("cmp.subject", lang.count(c.policies().size()), Integer.toString(c.year()));
        return new ComparisonView(
                lang.code(),
                l("cmp.title") + ": " + subject,
                new ComparisonView.Cover(
                        l("cmp.kicker"),
                        l("cmp.title"),
                        subject,
                        coverFacts(),
                        l("cmp.cover.note", Integer.toString(c.year()))),
                figures,
                sections,
                l("cover.generated", c.toolVersion()));
    }

    private List<Fact> coverFacts() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(l("cmp.cover.year"), Integer.toString(c.year())));
        facts.add(new Fact(
                l("cmp.cover.contracts"),
                String.join(
                        ", ", c.policies().stream().map(PolicyComparison::name).toList())));
        facts.add(new Fact(
                l("cmp.cover.severities"),
                c.inputs().stream()
                        .filter(f -> f.role().equals("severity-map"))
                        .map(InputFile::path)
                        .findFirst()
                        .orElse(l("cmp.cover.severities.policies"))));
        c.tickets().ifPresent(t -> {
            facts.add(new Fact(
                    l("cover.export"),
                    t.inputs().stream()
                                    .filter(f -> f.role().equals("tickets"))
                                    .map(InputFile::path)
                                    .findFirst()
                                    .orElse("")
                            + " ("
                            + l(
                                    "cover.profile",
                                    t.profile(),
                                    l(t.profileDetected() ? "cover.profile.detected" : "cover.profile.named"))
                            + ")"));
            facts.add(new Fact(
                    l("cover.asOf"),
                    lang.dateTime(t.asOf(), ZoneId.of("UTC")) + " UTC"
                            + (t.asOfGiven() ? "" : "; " + l("cover.asOf.now"))));
        });
        return facts;
    }

    // ------------------------------------------------------------------ sections

    private Section contracts() {
        List<Draft> rows = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            Policy pol = p.policy();
            rows.add(new Draft(true)
                    .text(p.name())
                    .text(pol.identity().vendor())
                    .text(pol.identity().product().orElse(""))
                    .text(pol.identity().source().orElse(""))
                    .text(p.inForce() ? l("cmp.yes") : l("cmp.no")));
        }
        return new Section(
                "contracts",
                l("cmp.contracts"),
                l("cmp.contracts.intro", Integer.toString(c.year())),
                List.of(table(
                        "",
                        List.of(
                                col("cmp.col.contract", 1.3f),
                                col("cover.vendor", 1.4f),
                                col("cover.product", 1.2f),
                                col("cmp.col.document", 2.2f),
                                col("cmp.col.inForce", 0.7f)),
                        rows,
                        "")));
    }

    private Section coverage() {
        List<Draft> main = new ArrayList<>();
        List<Draft> calendars = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            Comparison.Coverage cov = p.coverage();
            Comparison.CalendarCoverage def = cov.calendars().stream()
                    .filter(x -> x.name().equals(cov.defaultCalendar()))
                    .findFirst()
                    .orElseThrow();
            main.add(new Draft(true)
                    .text(p.name())
                    .text(def.hours())
                    .number(hours(cov.openSecondsPerWeek()), cov.openSecondsPerWeek())
                    .number(hours(cov.openSecondsInYear()), cov.openSecondsInYear())
                    .text(String.join(", ", cov.zones()))
                    .text(cov.holidayRegions().isEmpty() ? l("cmp.none") : String.join(", ", cov.holidayRegions())));
            boolean first = true;
            for (Comparison.CalendarCoverage cal : cov.calendars()) {
                calendars.add(new Draft(first)
                        .text(first ? p.name() : "")
                        .text(cal.name() + (cal.name().equals(cov.defaultCalendar()) ? " " + l("cmp.default") : ""))
                        .text(cal.hours())
                        .number(hours(cal.openSecondsPerWeek()), cal.openSecondsPerWeek(), false)
                        .number(hours(cal.openSecondsInYear()), cal.openSecondsInYear(), false)
                        .number(lang.count(cal.closedDays()), cal.closedDays(), false));
                first = false;
            }
        }
        mark(main, 2, false);
        mark(main, 3, false);
        return new Section(
                "coverage",
                l("cmp.coverage"),
                l("cmp.coverage.intro", Integer.toString(c.year())),
                List.of(
                        table(
                                "",
                                List.of(
                                        col("cmp.col.contract", 1.2f),
                                        col("cmp.col.hours", 2.6f),
                                        num("cmp.col.perWeek", 0.8f),
                                        num("cmp.col.perYear", 0.9f),
                                        col("cmp.col.zones", 1),
                                        col("cmp.col.holidays", 0.9f)),
                                main,
                                l("cmp.best")),
                        table(
                                l("cmp.calendars"),
                                List.of(
                                        col("cmp.col.contract", 1.2f),
                                        col("col.calendar", 0.9f),
                                        col("cmp.col.hours", 2.6f),
                                        num("cmp.col.perWeek", 0.8f),
                                        num("cmp.col.perYear", 0.9f),
                                        num("cmp.col.closedDays", 0.7f)),
                                calendars,
                                "")));
    }

    private Section channels() {
        List<Draft> rows = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            Map<String, Channel> channels = p.policy().channels();
            List<String> covered = new ArrayList<>();
            List<String> not = new ArrayList<>();
            for (Channel ch : channels.values()) {
                String name = ch.label().orElse(ch.key())
                        + ch.address().map(a -> " (" + a + ")").orElse("");
                (ch.covered() ? covered : not).add(name);
            }
            long count = channels.isEmpty() ? Long.MAX_VALUE : covered.size();
            rows.add(new Draft(true)
                    .text(p.name())
                    .number(channels.isEmpty() ? l("cmp.channels.every") : String.join("; ", covered), count)
                    .text(not.isEmpty() ? "–" : String.join("; ", not)));
        }
        mark(rows, 1, false);
        return new Section(
                "channels",
                l("cmp.channels"),
                l("cmp.channels.intro"),
                List.of(table(
                        "",
                        List.of(
                                col("cmp.col.contract", 1.1f),
                                col("cmp.col.covered", 3),
                                col("cmp.col.notCovered", 2.4f)),
                        rows,
                        l("cmp.best"))));
    }

    private Section severities() {
        List<Draft> rows = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            SeverityClasses m = p.classes();
            Draft d = new Draft(true).text(p.name());
            for (Severity s : Severity.values()) {
                d.text(m.classFor(s).map(k -> className(p.policy(), k)).orElse(l("cmp.noClass")));
            }
            d.text(
                    m.unmappedClasses().isEmpty()
                            ? "–"
                            : String.join(
                                    ", ",
                                    m.unmappedClasses().stream()
                                            .map(k -> className(p.policy(), k))
                                            .toList()));
            d.text(l("cmp.source." + m.source().key()));
            rows.add(d);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(col("cmp.col.contract", 1.2f));
        for (Severity s : Severity.values()) {
            columns.add(new Column(severityName(s), false, 1, false));
        }
        columns.add(col("cmp.col.unmapped", 1));
        columns.add(col("cmp.col.source", 1));
        return new Section(
                "severities", l("cmp.severities"), l("cmp.severities.intro"), List.of(table("", columns, rows, "")));
    }

    /** A severity's targets, one table per metric, a line per contract (and tier or region). */
    private Section severity(Severity s) {
        List<Block> blocks = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>(MAIN);
        for (PolicyComparison p : c.policies()) {
            for (TargetRow r : p.rows()) {
                if (r.severity().equals(Optional.of(s)) && !metrics.contains(r.metric())) {
                    metrics.add(r.metric());
                }
            }
        }
        for (Metric m : metrics) {
            List<Draft> rows = new ArrayList<>();
            for (PolicyComparison p : c.policies()) {
                List<TargetRow> mine = p.rows().stream()
                        .filter(r -> r.severity().equals(Optional.of(s)) && r.metric() == m)
                        .toList();
                if (mine.isEmpty() && MAIN.contains(m)) {
                    rows.add(new Draft(true)
                            .text(p.name())
                            .text(l("cmp.noClass"))
                            .blank(targetColumns().size() - 2));
                    continue;
                }
                boolean first = true;
                for (TargetRow r : mine) {
                    rows.add(targetRow(p, r, first));
                    first = false;
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            for (int col : new int[] {3, 5, 6, 7, 8}) {
                mark(rows, col, true);
            }
            blocks.add(table(lang.metric(m), targetColumns(), rows, l("cmp.best.guaranteed")));
        }
        return new Section(
                "severity-" + s.key(),
                l("cmp.severity.heading", severityName(s)),
                l("cmp.severity.intro", Integer.toString(c.year())),
                blocks);
    }

    private Optional<Section> unmapped() {
        List<Draft> rows = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            boolean first = true;
            for (TargetRow r : p.rows()) {
                if (r.severity().isEmpty()) {
                    Draft d = targetRow(p, r, first);
                    d.cells.set(
                            1,
                            new DraftCell(
                                    className(p.policy(), r.priority()) + ", " + lang.metric(r.metric()), null, false));
                    rows.add(d);
                    first = false;
                }
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(
                "unmapped", l("cmp.unmapped"), l("cmp.unmapped.intro"), List.of(table("", targetColumns(), rows, ""))));
    }

    private List<Column> targetColumns() {
        return List.of(
                col("cmp.col.contract", 1.2f),
                col("cmp.col.class", 1.1f),
                col("cmp.col.promise", 1.7f),
                num("cmp.col.worst", 0.8f),
                time("cmp.col.worstArrival", 1.1f),
                num("cmp.col.median", 0.75f),
                num("cmp.col.mean", 0.75f),
                num("cmp.col.medianInHours", 0.8f),
                num("cmp.col.meanInHours", 0.8f));
    }

    /** A row of a severity table; the figures count for "best" only when the target is guaranteed. */
    private Draft targetRow(PolicyComparison p, TargetRow r, boolean first) {
        String who = first ? p.name() : "";
        String variant = variant(p.policy(), r.variant());
        Draft d = new Draft(first)
                .text(variant.isEmpty() ? who : (who.isEmpty() ? variant : who + ", " + variant))
                .text(className(p.policy(), r.priority()))
                .text(promise(r.target(), r.calendar(), r.timing()));
        Optional<Timing> t = r.timing();
        // only a promise for every arrival competes: one for requests raised in hours is shown
        boolean counts = r.guaranteed() && t.isPresent() && t.get().guaranteedShare() >= 1;
        if (t.isEmpty()) {
            return d.blank(6);
        }
        TimeToDeadline.Figures all = t.get().all();
        Optional<TimeToDeadline.Figures> hours = t.get().inHours();
        return d.number(duration(all.worstSeconds()), counts ? all.worstSeconds() : null)
                .text(arrival(all.worstArrival(), t.get().zone()))
                .number(roundedDuration(all.medianSeconds()), counts ? all.medianSeconds() : null)
                .number(roundedDuration(Math.round(all.meanSeconds())), counts ? all.meanSeconds() : null)
                .number(
                        hours.map(h -> roundedDuration(h.medianSeconds())).orElse("–"),
                        counts && hours.isPresent() ? hours.get().medianSeconds() : null)
                .number(
                        hours.map(h -> roundedDuration(Math.round(h.meanSeconds())))
                                .orElse("–"),
                        counts && hours.isPresent() ? hours.get().meanSeconds() : null);
    }

    private Section readings() {
        List<Draft> rows = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            if (p.policy().ambiguities().isEmpty()) {
                continue;
            }
            boolean first = true;
            Map<String, TargetRow> seen = new LinkedHashMap<>();
            for (TargetRow r : p.rows()) {
                if (r.readings().isEmpty()) {
                    continue;
                }
                String key = r.priority() + "|" + r.metric() + "|" + r.variant();
                if (seen.putIfAbsent(key, r) != null) {
                    continue;
                }
                String variant = variant(p.policy(), r.variant());
                String what = classWithSeverities(p, r.priority()) + ", " + lang.metric(r.metric())
                        + (variant.isEmpty() ? "" : ", " + variant);
                rows.add(readingRow(
                        first ? p.name() : "",
                        what,
                        p.policy().defaultReading().toString() + " " + l("cmp.default"),
                        r.target(),
                        r.timing(),
                        first));
                first = false;
                for (ReadingRow o : r.readings()) {
                    rows.add(readingRow("", "", o.reading(), o.target(), o.timing(), false));
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        if (rows.isEmpty()) {
            blocks.add(Block.paragraph(l("cmp.readings.none")));
        } else {
            blocks.add(table(
                    "",
                    List.of(
                            col("cmp.col.contract", 1.1f),
                            col("cmp.col.what", 1.8f),
                            col("col.reading", 1.6f),
                            col("cmp.col.promise", 1.8f),
                            num("cmp.col.worst", 0.8f),
                            time("cmp.col.worstArrival", 1.1f),
                            num("cmp.col.median", 0.8f)),
                    rows,
                    ""));
        }
        List<Item> questions = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            for (Ambiguity a : p.policy().ambiguities().values()) {
                List<String> details = new ArrayList<>();
                a.readings()
                        .forEach((k, r) -> details.add(
                                k + (k.equals(a.defaultReading()) ? " " + l("cmp.default") : "") + ": " + r.meaning()));
                questions.add(new Item(p.name() + ", " + a.key() + ": " + a.question(), details));
            }
        }
        if (!questions.isEmpty()) {
            blocks.add(Block.list(l("cmp.readings.questions"), questions));
        }
        return new Section("readings", l("cmp.readings"), l("cmp.readings.intro"), blocks);
    }

    private Draft readingRow(
            String who, String what, String reading, Optional<Target> target, Optional<Timing> t, boolean first) {
        Draft d = new Draft(first).text(who).text(what).text(reading).text(promise(target, Optional.empty(), t));
        if (t.isEmpty()) {
            return d.blank(3);
        }
        return d.number(duration(t.get().all().worstSeconds()), t.get().all().worstSeconds(), false)
                .text(arrival(t.get().all().worstArrival(), t.get().zone()))
                .number(
                        roundedDuration(t.get().all().medianSeconds()),
                        t.get().all().medianSeconds(),
                        false);
    }

    private Section phone() {
        List<Draft> rows = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            CommercialTerms terms = p.policy().commercial();
            String hours = terms.phoneSupport()
                    .map(ps -> explainer.calendar(p.policy().calendars().get(ps.calendar())))
                    .orElse(phoneChannel(p.policy()));
            String credit = terms.phoneSupport()
                    .filter(ps -> ps.activationCreditMinutes() > 0)
                    .map(ps -> l("cmp.minutes", ps.activationCreditMinutes()))
                    .orElse("–");
            if (terms.tiers().isEmpty()) {
                rows.add(new Draft(true).text(p.name()).text(hours).text(credit).blank(4));
                continue;
            }
            boolean first = true;
            for (Tier t : terms.tiers().values()) {
                Draft d = new Draft(first)
                        .text(first ? p.name() : "")
                        .text(first ? hours : "")
                        .text(first ? credit : "")
                        .text(t.label() + (t.isDefault() ? " " + l("cmp.default") : ""))
                        .number(money(t.monthlyFee(), terms.currency()), t.monthlyFee(), false);
                if (t.phone().isPresent()) {
                    d.number(
                                    lang.count(t.phone().get().includedMinutesPerMonth()),
                                    t.phone().get().includedMinutesPerMonth(),
                                    false)
                            .number(
                                    money(t.phone().get().pricePerMinute(), terms.currency()),
                                    t.phone().get().pricePerMinute().doubleValue());
                } else {
                    d.blank(2);
                }
                rows.add(d);
                first = false;
            }
        }
        mark(rows, 6, true);
        return new Section(
                "phone",
                l("cmp.phone"),
                l("cmp.phone.intro"),
                List.of(table(
                        "",
                        List.of(
                                col("cmp.col.contract", 1.1f),
                                col("cmp.col.phoneHours", 2.2f),
                                col("cmp.col.credit", 0.8f),
                                col("cmp.col.tier", 1.1f),
                                num("cmp.col.fee", 0.8f),
                                num("cmp.col.included", 0.8f),
                                num("cmp.col.perMinute", 0.8f)),
                        rows,
                        l("cmp.best.price"))));
    }

    private String phoneChannel(Policy p) {
        return p.channels().values().stream()
                .filter(ch ->
                        ch.key().equals("phone") || ch.aliases().stream().anyMatch(a -> a.equalsIgnoreCase("phone")))
                .findFirst()
                .map(ch -> ch.covered()
                        ? ch.calendar()
                                .map(cal -> explainer.calendar(p.calendars().get(cal)))
                                .orElse(l("cmp.phone.covered"))
                        : l("cmp.phone.notCovered"))
                .orElse(l("cmp.phone.none"));
    }

    private Section hotline() {
        List<Draft> rows = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            Optional<Hotline> h = p.policy().commercial().hotline();
            if (h.isEmpty()) {
                rows.add(new Draft(true)
                        .text(p.name())
                        .text(l("cmp.hotline.none"))
                        .blank(4));
                continue;
            }
            String currency = p.policy().commercial().currency();
            String reach = explainer.calendar(p.policy().calendars().get(h.get().calendar()))
                    + h.get()
                            .regularHoursCalendar()
                            .map(r -> "; " + l("cmp.hotline.regular", r))
                            .orElse("");
            boolean first = true;
            for (PriceBand b : h.get().bands()) {
                rows.add(new Draft(first)
                        .text(first ? p.name() : "")
                        .text(first ? h.get().label() + ": " + reach : "")
                        .text(b.label())
                        .text(explainer.weekly(b.hours()))
                        .number(
                                b.firstMinutes() > 0
                                        ? l("cmp.hotline.first", money(b.firstPrice(), currency), b.firstMinutes())
                                        : "–",
                                b.firstPrice(),
                                false)
                        .number(
                                l("cmp.hotline.then", money(b.perMinute(), currency), b.incrementMinutes()),
                                b.perMinute(),
                                false));
                first = false;
            }
        }
        return new Section(
                "hotline",
                l("cmp.hotline"),
                l("cmp.hotline.intro"),
                List.of(table(
                        "",
                        List.of(
                                col("cmp.col.contract", 1.1f),
                                col("cmp.col.hotline", 2.2f),
                                col("cmp.col.band", 1),
                                col("cmp.col.hours", 1.6f),
                                num("cmp.col.firstBlock", 1),
                                num("cmp.col.then", 1.2f)),
                        rows,
                        "")));
    }

    // ------------------------------------------------------------------ cost scenario

    /**
     * The scenario priced on each contract: what the month holds, per contract the cheapest tier
     * that meets the requirement (the lowest among contracts of one currency marked), every tier's
     * month (each contract's cheapest meeting tier marked), and how the totals move under each
     * other reading.
     */
    private Section cost(CostComparison cost) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.list(l("cmp.cost.month"), monthItems(cost.scenario())));
        blocks.add(cheapestTable(cost));
        tierTable(cost).ifPresent(blocks::add);
        blocks.add(readingsTable(cost));
        return new Section("cost", l("cmp.cost"), l("cmp.cost.intro"), blocks);
    }

    private List<Item> monthItems(CostScenario s) {
        List<Item> items = new ArrayList<>();
        s.description().ifPresent(d -> items.add(new Item(d, List.of())));
        items.add(new Item(l("cmp.cost.phoneMinutes", lang.count(s.phoneMinutesPerMonth())), List.of()));
        if (s.hotlineCalls().isEmpty()) {
            items.add(new Item(l("cmp.cost.calls.none"), List.of()));
        } else {
            long n = s.hotlineCalls().stream()
                    .mapToLong(CostScenario.HotlineCall::times)
                    .sum();
            List<String> calls = new ArrayList<>();
            for (CostScenario.HotlineCall call : s.hotlineCalls()) {
                calls.add(l(
                        "cmp.cost.call",
                        call.day().getDisplayName(java.time.format.TextStyle.FULL, lang.locale()),
                        call.at().toString(),
                        Durations.exact(call.length().getSeconds(), lang.isGerman() ? "T" : "d"),
                        call.times()));
            }
            items.add(new Item(l("cmp.cost.calls", n), calls));
        }
        items.add(new Item(
                s.required()
                        .map(r -> r.severity()
                                .map(sev -> l("cmp.cost.required.severity", requirementText(r), severityName(sev)))
                                .orElse(l("cmp.cost.required.every", requirementText(r))))
                        .orElse(l("cmp.cost.required.none")),
                List.of()));
        return items;
    }

    private String requirementText(CostScenario.Requirement r) {
        return lang.target(new TargetLabel(Optional.of(r.firstResponse()), List.of()));
    }

    private Block cheapestTable(CostComparison cost) {
        List<Draft> rows = new ArrayList<>();
        List<String> currencies = new ArrayList<>();
        for (CostComparison.PolicyCost p : cost.policies()) {
            if (!p.priced()) {
                rows.add(new Draft(true)
                        .text(p.name())
                        .text(l("cmp.cost.noPrices"))
                        .text(cost.scenario().required().isPresent() ? meetsText(p.unpriced()) : "–")
                        .text("–")
                        .text("–"));
                currencies.add(p.currency());
                continue;
            }
            ScenarioQuote q = p.quote().get();
            Optional<ScenarioQuote.TierQuote> cheapest = p.cheapest();
            Optional<ScenarioQuote.TierQuote> meeting = p.cheapestMeeting();
            List<String> moves = new ArrayList<>();
            for (ScenarioQuote o : q.otherReadings()) {
                Optional<ScenarioQuote.TierQuote> other = o.cheapestMeeting().flatMap(o::tier);
                boolean same = other.map(ScenarioQuote.TierQuote::tier)
                                .equals(meeting.map(ScenarioQuote.TierQuote::tier))
                        && other.map(t -> t.total().compareTo(meeting.get().total()) == 0)
                                .orElse(true);
                if (!same) {
                    moves.add(o.changed().map(ScenarioQuote.ReadingChange::name).orElse(o.reading()) + ": "
                            + other.map(t -> t.label() + ", " + money(t.total(), q.currency()))
                                    .orElse(l("cmp.cost.noneMeets")));
                }
            }
            rows.add(new Draft(true)
                    .text(p.name())
                    .text(cheapest.map(t -> t.label() + ", " + money(t.total(), q.currency()))
                            .orElse("–"))
                    .text(meeting.map(t -> t.label()
                                    + (cost.scenario().required().isPresent()
                                            ? ""
                                            : " " + l("cmp.cost.nothingRequired")))
                            .orElse(l("cmp.cost.noneMeets")))
                    .number(
                            meeting.map(t -> money(t.total(), q.currency())).orElse("–"),
                            meeting.map(t -> t.total()).orElse(null),
                            false)
                    .text(moves.isEmpty() ? l("cmp.cost.noMove") : String.join("; ", moves)));
            currencies.add(q.currency());
        }
        markLowestPerCurrency(rows, 3, cost, currencies);
        return table(
                l("cmp.cost.cheapest"),
                List.of(
                        col("cmp.col.contract", 1.2f),
                        col("cmp.col.cheapestTier", 1.4f),
                        col("cmp.col.cheapestMeeting", 1.8f),
                        num("cmp.col.monthly", 0.9f),
                        col("cmp.col.otherReadings", 2.2f)),
                rows,
                l("cmp.best.cost"));
    }

    /** The lowest monthly total among the rows of each currency that has at least two. */
    private static void markLowestPerCurrency(
            List<Draft> rows, int column, CostComparison cost, List<String> currencies) {
        for (String currency : currencies.stream().distinct().toList()) {
            Optional<BigDecimal> lowest = cost.lowestMeeting(currency);
            long competing = cost.policies().stream()
                    .filter(p -> p.currency().equals(currency))
                    .filter(p -> p.cheapestMeeting().isPresent())
                    .count();
            if (lowest.isEmpty() || competing < 2) {
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                CostComparison.PolicyCost p = cost.policies().get(i);
                if (p.currency().equals(currency)
                        && p.cheapestMeeting()
                                .map(t -> t.total().compareTo(lowest.get()) == 0)
                                .orElse(false)) {
                    rows.get(i).markBest(column);
                }
            }
        }
    }

    private Optional<Block> tierTable(CostComparison cost) {
        List<Draft> rows = new ArrayList<>();
        List<String> unpriced = new ArrayList<>();
        for (CostComparison.PolicyCost p : cost.policies()) {
            if (!p.priced()) {
                unpriced.add(p.name());
                continue;
            }
            ScenarioQuote q = p.quote().get();
            boolean first = true;
            for (ScenarioQuote.TierQuote t : q.tiers()) {
                Draft d = new Draft(first)
                        .text(first ? p.name() : "")
                        .text(t.label())
                        .number(money(t.fees(), q.currency()), t.fees(), false)
                        .number(
                                l(
                                        "cmp.cost.minutesPaid",
                                        lang.count(t.paidMinutes()),
                                        lang.count(t.regularMinutes()),
                                        lang.count(t.includedMinutes())),
                                t.paidMinutes(),
                                false)
                        .number(money(t.phoneCharge(), q.currency()), t.phoneCharge(), false)
                        .number(money(t.hotlineCharge(), q.currency()), t.hotlineCharge(), false)
                        .number(money(t.total(), q.currency()), t.total(), false)
                        .text(cost.scenario().required().isPresent() ? meetsText(t.verdict()) : "–");
                if (q.cheapestMeeting().equals(Optional.of(t.tier()))) {
                    d.markBest(6);
                }
                rows.add(d);
                first = false;
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(table(
                l("cmp.cost.tiers"),
                List.of(
                        col("cmp.col.contract", 1.1f),
                        col("cmp.col.tier", 1),
                        num("cmp.col.fees", 0.8f),
                        num("cmp.col.phoneMinutes", 1.1f),
                        num("cmp.col.phone", 0.8f),
                        num("cmp.col.hotline", 0.8f),
                        num("cmp.col.monthly", 0.9f),
                        col("cmp.col.meets", 2.2f)),
                rows,
                l("cmp.best.cheapestMeeting")
                        + (unpriced.isEmpty() ? "" : " " + l("cmp.cost.unpriced", String.join(", ", unpriced)))));
    }

    private Block readingsTable(CostComparison cost) {
        List<Draft> rows = new ArrayList<>();
        for (CostComparison.PolicyCost p : cost.policies()) {
            if (p.quote().isEmpty() || p.quote().get().otherReadings().isEmpty()) {
                continue;
            }
            ScenarioQuote q = p.quote().get();
            Policy policy = c.policies().stream()
                    .map(PolicyComparison::policy)
                    .filter(x -> x.id().equals(p.policy()))
                    .findFirst()
                    .orElseThrow();
            rows.add(new Draft(true)
                    .text(p.name())
                    .text(l("cmp.cost.defaults"))
                    .text(l("cmp.default"))
                    .text(String.join(
                            "; ",
                            q.tiers().stream()
                                    .map(t -> t.label() + " " + money(t.total(), q.currency()))
                                    .toList()))
                    .text(cheapestMeetingText(q)));
            for (ScenarioQuote o : q.otherReadings()) {
                ScenarioQuote.ReadingChange ch = o.changed().orElseThrow();
                Ambiguity a = policy.ambiguities().get(ch.ambiguity());
                List<String> changes = new ArrayList<>();
                for (ScenarioQuote.TierQuote t : o.tiers()) {
                    ScenarioQuote.TierQuote base = q.tier(t.tier()).orElseThrow();
                    BigDecimal diff = t.total().subtract(base.total());
                    if (diff.signum() != 0) {
                        changes.add(t.label() + " " + money(t.total(), q.currency()) + " ("
                                + (diff.signum() > 0 ? "+" : "−") + money(diff.abs(), q.currency()) + ")");
                    } else if (t.meets() != base.meets()) {
                        changes.add(t.label() + ": " + meetsText(t.verdict()));
                    }
                }
                rows.add(new Draft(false)
                        .text("")
                        .text(ch.ambiguity() + ": " + (a == null ? "" : a.question()))
                        .text(ch.name())
                        .text(changes.isEmpty() ? l("cmp.cost.noChange") : String.join("; ", changes))
                        .text(cheapestMeetingText(o)));
            }
        }
        if (rows.isEmpty()) {
            return Block.paragraph(l("cmp.cost.readings.none"));
        }
        return table(
                l("cmp.cost.readings"),
                List.of(
                        col("cmp.col.contract", 1.1f),
                        col("cmp.col.question", 2.6f),
                        col("col.reading", 1.2f),
                        col("cmp.col.totals", 2),
                        col("cmp.col.cheapestMeeting", 1.3f)),
                rows,
                "");
    }

    private String cheapestMeetingText(ScenarioQuote q) {
        return q.cheapestMeeting()
                .flatMap(q::tier)
                .map(t -> t.label() + ", " + money(t.total(), q.currency()))
                .orElse(l("cmp.cost.noneMeets"));
    }

    /** Whether a tier meets the requirement, and why, in the document's language. */
    private String meetsText(ScenarioQuote.Verdict v) {
        if (v.meets() == ScenarioQuote.Meets.NOT_ASKED) {
            return "–";
        }
        String required = c.cost()
                .flatMap(x -> x.scenario().required())
                .map(this::requirementText)
                .orElse("");
        List<String> parts = new ArrayList<>();
        for (ScenarioQuote.Check k : v.checks()) {
            String who = v.checks().size() > 1 ? k.label().orElse("") + ": " : "";
            String target = k.target()
                    .map(t -> lang.target(new TargetLabel(Optional.of(t), List.of()))
                            + (k.onlyIfRaisedInHours() ? " " + l("cmp.cost.inHoursOnly") : ""))
                    .orElse("");
            parts.add(who
                    + switch (k.outcome()) {
                        case WITHIN -> l("cmp.cost.check.within", target, required);
                        case LONGER -> l("cmp.cost.check.longer", target, required);
                        case NOT_COMPARABLE -> l("cmp.cost.check.kinds", target, required);
                        case BEST_EFFORT -> l("cmp.cost.check.bestEffort");
                        case NO_TARGET -> l("cmp.cost.check.noTarget");
                        case NO_PRIORITY ->
                            l(
                                    "cmp.cost.check.noClass",
                                    c.cost()
                                            .flatMap(x -> x.scenario().required())
                                            .flatMap(CostScenario.Requirement::severity)
                                            .map(this::severityName)
                                            .orElse(""));
                    });
        }
        return l("cmp.cost.meets." + v.meets().name().toLowerCase(java.util.Locale.ROOT)) + ": "
                + String.join("; ", parts);
    }

    private Optional<Fact> cheapestMeetingFigure(CostComparison cost) {
        List<String> currencies = cost.policies().stream()
                .filter(p -> p.cheapestMeeting().isPresent())
                .map(CostComparison.PolicyCost::currency)
                .distinct()
                .toList();
        if (currencies.size() != 1) {
            return currencies.isEmpty() && cost.policies().stream().anyMatch(CostComparison.PolicyCost::priced)
                    ? Optional.of(new Fact(l("cmp.figure.cost"), l("cmp.cost.noneMeets")))
                    : Optional.empty();
        }
        // the amount alone: a key figure's tile holds a few words, the table says whose it is
        BigDecimal lowest = cost.lowestMeeting(currencies.get(0)).orElseThrow();
        return Optional.of(new Fact(l("cmp.figure.cost"), money(lowest, currencies.get(0))));
    }

    private Section clauses() {
        List<Item> items = new ArrayList<>();
        for (PolicyComparison p : c.policies()) {
            List<String> lines = new ArrayList<>();
            for (Clause x : p.policy().text().exclusions()) {
                lines.add(l("cmp.clause.excludes") + ": " + x.text());
            }
            for (Clause x : p.policy().text().covers()) {
                lines.add(l("cmp.clause.covers") + ": " + x.text());
            }
            if (lines.isEmpty()) {
                lines.add(l("cmp.clause.none"));
            }
            items.add(new Item(p.name(), lines));
        }
        return new Section("clauses", l("cmp.clauses"), l("cmp.clauses.intro"), List.of(Block.list("", items)));
    }

    private Section tickets(TicketComparison t) {
        List<Block> blocks = new ArrayList<>();
        List<Draft> priorities = new ArrayList<>();
        for (TicketComparison.PrioritySeverity p : t.priorities()) {
            priorities.add(new Draft(true)
                    .text(p.priority())
                    .text(p.severity().map(this::severityName).orElse(l("cmp.noSeverity")))
                    .text(how(p.how()))
                    .number(lang.count(p.tickets()), p.tickets(), false));
        }
        blocks.add(table(
                l("cmp.tickets.priorities"),
                List.of(
                        col("col.priority", 1),
                        col("cmp.col.severity", 0.8f),
                        col("cmp.col.how", 2.4f),
                        num("col.count", 0.6f)),
                priorities,
                ""));
        List<Draft> counts = new ArrayList<>();
        for (TicketComparison.PolicyTickets p : t.policies()) {
            AuditSummary.Counts n = p.counts();
            counts.add(new Draft(true)
                    .text(p.name())
                    .number(lang.count(n.rowsRead()), n.rowsRead(), false)
                    .number(lang.count(n.audited()), n.audited(), false)
                    .number(lang.count(n.excluded()), n.excluded(), false)
                    .number(lang.count(n.rejected()), n.rejected(), false)
                    .number(
                            lang.percent(p.overall().compliance()),
                            value(p.overall().compliance())));
        }
        mark(counts, 5, false);
        blocks.add(table(
                l("cmp.tickets.rows"),
                List.of(
                        col("cmp.col.contract", 1.4f),
                        num("cmp.col.read", 0.7f),
                        num("cmp.col.audited", 0.7f),
                        num("col.excluded", 0.7f),
                        num("cmp.col.rejected", 0.7f),
                        num("col.compliance", 0.8f)),
                counts,
                l("cmp.tickets.rows.note")));
        for (Severity s : Severity.values()) {
            for (Metric m : MAIN) {
                List<Draft> rows = new ArrayList<>();
                for (TicketComparison.PolicyTickets p : t.policies()) {
                    Optional<AuditSummary.Tally> tally = p.tallies().stream()
                            .filter(x -> x.severity() == s && x.metric() == m)
                            .map(TicketComparison.SeverityTally::tally)
                            .findFirst();
                    if (tally.isEmpty()) {
                        continue;
                    }
                    AuditSummary.Tally x = tally.get();
                    rows.add(new Draft(true)
                            .text(p.name())
                            .number(lang.count(x.met()), x.met(), false)
                            .number(lang.count(x.breached()), x.breached(), false)
                            .number(lang.count(x.open()), x.open(), false)
                            .number(lang.count(x.openBreached()), x.openBreached(), false)
                            .number(lang.count(x.bestEffort()), x.bestEffort(), false)
                            .number(lang.count(x.excluded()), x.excluded(), false)
                            .number(lang.percent(x.compliance()), value(x.compliance())));
                }
                if (rows.isEmpty()) {
                    continue;
                }
                mark(rows, 7, false);
                blocks.add(table(
                        severityName(s) + ", " + lang.metric(m),
                        List.of(
                                col("cmp.col.contract", 1.6f),
                                num("col.met", 0.6f),
                                num("col.breached", 0.7f),
                                num("col.open", 0.6f),
                                num("col.openBreached", 0.8f),
                                num("col.bestEffort", 0.7f),
                                num("col.excluded", 0.7f),
                                num("col.compliance", 0.8f)),
                        rows,
                        ""));
            }
        }
        List<Draft> differing = new ArrayList<>();
        for (TicketComparison.DifferingTicket d : t.differing()) {
            if (differing.size() == listLimit) {
                break;
            }
            List<String> inTime = new ArrayList<>();
            List<String> late = new ArrayList<>();
            List<String> none = new ArrayList<>();
            for (int i = 0; i < d.verdicts().size(); i++) {
                String v = d.verdicts().get(i);
                String who = t.policies().get(i).name() + " (" + verdict(v) + ")";
                switch (v) {
                    case "met", "open" -> inTime.add(who);
                    case "breached", "open-breached" -> late.add(who);
                    default -> none.add(who);
                }
            }
            differing.add(new Draft(true)
                    .text(d.id())
                    .text(d.priority()
                            + d.severity()
                                    .map(s -> " (" + severityName(s) + ")")
                                    .orElse(""))
                    .text(lang.metric(d.metric()))
                    .text(lang.dateTime(d.created(), ZoneId.of("UTC")) + " UTC")
                    .text(String.join("; ", inTime))
                    .text(String.join("; ", late))
                    .text(none.isEmpty() ? "–" : String.join("; ", none))
                    .text(d.subject()));
        }
        if (differing.isEmpty()) {
            blocks.add(Block.paragraph(l("cmp.tickets.differing.none")));
        } else {
            blocks.add(table(
                    l("cmp.tickets.differing"),
                    List.of(
                            col("col.ticket", 0.7f),
                            col("col.priority", 0.8f),
                            col("col.metric", 0.8f),
                            col("col.created", 0.9f),
                            col("cmp.col.inTime", 1.6f),
                            col("cmp.col.late", 1.6f),
                            col("cmp.col.noPromise", 1.2f),
                            col("col.subject", 1.2f)),
                    differing,
                    t.differingCount() > differing.size()
                            ? l(
                                    t.differingCount() > t.differing().size() ? "cmp.shownOfKept" : "cmp.shownOf",
                                    lang.count(differing.size()),
                                    lang.count(t.differingCount()),
                                    lang.count(t.differing().size()))
                            : ""));
        }
        List<Item> unknown = new ArrayList<>();
        for (TicketComparison.PolicyTickets p : t.policies()) {
            if (!p.unknownNames().isEmpty()) {
                unknown.add(new Item(
                        p.name(),
                        p.unknownNames().stream()
                                .map(u -> l("cmp.tickets.unknown.line", u.name(), lang.count(u.tickets()), u.tickets()))
                                .toList()));
            }
        }
        if (!unknown.isEmpty()) {
            blocks.add(Block.list(l("cmp.tickets.unknown"), unknown));
        }
        List<Item> rejected = new ArrayList<>();
        for (TicketComparison.PolicyTickets p : t.policies()) {
            if (p.rejected().isEmpty()) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            p.rejected()
                    .forEach(r ->
                            lines.add(l("col.line") + " " + r.line() + (r.id().isEmpty() ? "" : " (" + r.id() + ")")
                                    + ": " + r.reason().text(lang.locale())));
            if (p.counts().rejected() > p.rejected().size()) {
                lines.add(l(
                        "cmp.shownOf",
                        lang.count(p.rejected().size()),
                        lang.count(p.counts().rejected())));
            }
            rejected.add(new Item(p.name(), lines));
        }
        if (!rejected.isEmpty()) {
            blocks.add(Block.list(l("rows.rejected"), rejected));
        }
        return new Section("tickets", l("cmp.tickets"), l("cmp.tickets.intro", lang.count(t.rows())), blocks);
    }

    private Section evidence() {
        List<Draft> inputs = new ArrayList<>();
        List<InputFile> all = new ArrayList<>(c.inputs());
        c.tickets().ifPresent(t -> all.addAll(t.inputs()));
        for (InputFile f : all) {
            inputs.add(new Draft(true)
                    .text(f.role())
                    .text(f.path())
                    .text(f.sha256())
                    .number(lang.count(f.bytes()), f.bytes(), false));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.list(
                "",
                List.of(
                        new Item(l("cmp.evidence.tool", c.toolVersion()), List.of()),
                        new Item(l("cmp.evidence.holidays", c.holidaySource()), List.of()),
                        new Item(l("cmp.evidence.method"), List.of(l("cmp.evidence.method.detail"))))));
        blocks.add(table(
                l("evidence.inputs"),
                List.of(col("col.role", 0.8f), col("col.file", 2.2f), col("col.sha256", 3.2f), num("col.bytes", 0.8f)),
                inputs,
                ""));
        return new Section("evidence", l("evidence"), l("evidence.intro"), blocks);
    }

    // ------------------------------------------------------------------ wording

    private Optional<String> bestWorstCase(Severity s) {
        long best = Long.MAX_VALUE;
        for (PolicyComparison p : c.policies()) {
            for (TargetRow r : p.rows()) {
                if (r.severity().equals(Optional.of(s))
                        && r.metric() == Metric.FIRST_RESPONSE
                        && r.guaranteed()
                        && r.timing().isPresent()) {
                    best = Math.min(best, r.timing().get().all().worstSeconds());
                }
            }
        }
        return best == Long.MAX_VALUE ? Optional.empty() : Optional.of(duration(best));
    }

    private String severityName(Severity s) {
        return l("cmp.severity." + s.key());
    }

    private String className(Policy p, String key) {
        Priority pr = p.priorities().get(key);
        if (pr == null) {
            return key;
        }
        return pr.label().equals(key) ? key : pr.label() + " (" + key + ")";
    }

    private String classWithSeverities(PolicyComparison p, String key) {
        List<Severity> of = p.classes().severitiesOf().getOrDefault(key, List.of());
        return className(p.policy(), key)
                + (of.isEmpty()
                        ? ""
                        : ": "
                                + String.join(
                                        ", ",
                                        of.stream().map(this::severityName).toList()));
    }

    private String variant(Policy p, Variant v) {
        List<String> parts = new ArrayList<>();
        v.tier()
                .ifPresent(t ->
                        parts.add(Optional.ofNullable(p.commercial().tiers().get(t))
                                .map(Tier::label)
                                .orElse(t)));
        if (v.tier().isEmpty() && p.targets().stream().anyMatch(t -> !t.tiers().isEmpty())) {
            parts.add(l("cmp.noTier"));
        }
        v.channel()
                .ifPresent(ch -> parts.add(Optional.ofNullable(p.channels().get(ch))
                        .flatMap(Channel::label)
                        .orElse(ch)));
        v.region()
                .ifPresent(r -> parts.add(Optional.ofNullable(p.regions().get(r))
                        .flatMap(io.slaudit.policy.Region::label)
                        .orElse(r)));
        return String.join(", ", parts);
    }

    /** The target as written, where it counts and whether it is guaranteed: "4 business hours on 'dach', guaranteed". */
    private String promise(Optional<Target> target, Optional<String> calendar, Optional<Timing> timing) {
        if (target.isEmpty()) {
            return l("cmp.noTarget");
        }
        String time = targetText(target.get());
        String on = calendar.filter(c -> target.get().within().isPresent())
                .map(c -> " " + l("cmp.onCalendar", c))
                .orElse("");
        return time + on + ", " + guarantee(target, timing);
    }

    private String targetText(Target t) {
        return lang.target(new TargetLabel(t.within(), List.of()));
    }

    private String guarantee(Optional<Target> target, Optional<Timing> timing) {
        if (target.isEmpty()) {
            return "–";
        }
        Target t = target.get();
        if (t.guarantee() == Guarantee.BEST_EFFORT || t.within().isEmpty()) {
            return l("status.best-effort");
        }
        if (t.clock().onlyIfRaisedInHours()) {
            return l(
                    "cmp.guarantee.inHours",
                    lang.percent(timing.map(x -> x.guaranteedShare() * 100).orElse(0.0)));
        }
        return l("cmp.guarantee.guaranteed");
    }

    private String how(String how) {
        if (how.startsWith("class ")) {
            return l("cmp.how.class", how.substring("class ".length()));
        }
        return switch (how) {
            case "severity-map" -> l("cmp.how.map");
            case "severity name" -> l("cmp.how.name");
            case "no severity" -> l("cmp.how.none");
            default -> l("cmp.how.conflict", how.substring(how.indexOf(':') + 1).trim());
        };
    }

    private String verdict(String v) {
        return switch (v) {
            case "rejected" -> l("cmp.verdict.rejected");
            case "no target" -> l("cmp.verdict.noTarget");
            default -> lang.status(io.slaudit.audit.Status.ofKey(v));
        };
    }

    /** Clock time to the second: {@code 4 d 20 h}, {@code 5 d 19 h 30 min}. */
    String duration(long seconds) {
        return Durations.exact(seconds, lang.isGerman() ? "T" : "d");
    }

    /** Clock time to the minute, for typical figures. */
    String roundedDuration(long seconds) {
        return Durations.exact(Math.round(seconds / 60.0) * 60, lang.isGerman() ? "T" : "d");
    }

    private String arrival(long epochSecond, ZoneId zone) {
        return lang.weekdayDateTime(epochSecond, zone);
    }

    private String hours(long seconds) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
        f.setMaximumFractionDigits(2);
        return f.format(seconds / 3600.0) + " h";
    }

    private String money(BigDecimal amount, String currency) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(Math.max(2, amount.stripTrailingZeros().scale()));
        return f.format(amount) + " " + currency;
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    // ------------------------------------------------------------------ tables

    private Column col(String key, float share) {
        return new Column(l(key), false, share, false);
    }

    private Column num(String key, float share) {
        return new Column(l(key), true, share, false);
    }

    /** A column of instants, kept on one line where the document can. */
    private Column time(String key, float share) {
        return new Column(l(key), false, share, true);
    }

    /** A cell being made: its text, the value it sorts by, and whether that value competes for "best". */
    private record DraftCell(String text, Double value, boolean competes) {}

    /** A row being made: its cells, and the values "best" is decided by. */
    private static final class Draft {
        final boolean first;
        final List<DraftCell> cells = new ArrayList<>();
        final List<Boolean> best = new ArrayList<>();

        Draft(boolean first) {
            this.first = first;
        }

        Draft text(String t) {
            cells.add(new DraftCell(t, null, false));
            return this;
        }

        /** A number that competes for the column's best. */
        Draft number(String t, Number value) {
            return number(t, value, true);
        }

        Draft number(String t, Number value, boolean competes) {
            cells.add(new DraftCell(t, value == null ? null : value.doubleValue(), competes && value != null));
            return this;
        }

        /** Marks a cell as the best of its column, where "best" is not the column's extreme. */
        Draft markBest(int column) {
            while (best.size() < cells.size()) {
                best.add(false);
            }
            best.set(column, true);
            return this;
        }

        Draft blank(int n) {
            for (int i = 0; i < n; i++) {
                text("–");
            }
            return this;
        }
    }

    /** Marks the best value of a column: the least when {@code lowest}, else the greatest; ties all. */
    private static void mark(List<Draft> rows, int column, boolean lowest) {
        Double best = null;
        int with = 0;
        for (Draft d : rows) {
            Double v = column < d.cells.size() && d.cells.get(column).competes()
                    ? d.cells.get(column).value()
                    : null;
            if (v != null) {
                with++;
                if (best == null || (lowest ? v < best : v > best)) {
                    best = v;
                }
            }
        }
        if (best == null || with < 2) {
            return;
        }
        for (Draft d : rows) {
            while (d.best.size() < d.cells.size()) {
                d.best.add(false);
            }
            Double v = column < d.cells.size() && d.cells.get(column).competes()
                    ? d.cells.get(column).value()
                    : null;
            if (v != null && v.doubleValue() == best.doubleValue()) {
                d.best.set(column, true);
            }
        }
    }

    private static Block table(String caption, List<Column> columns, List<Draft> drafts, String note) {
        List<Row> rows = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.cells.size() != columns.size()) {
                throw new IllegalStateException("a row of " + d.cells.size() + " cells in a table of " + columns.size()
                        + " columns (" + caption + ")");
            }
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < d.cells.size(); i++) {
                DraftCell x = d.cells.get(i);
                boolean best = i < d.best.size() && d.best.get(i);
                cells.add(new Cell(
                        x.text(),
                        best,
                        x.value() == null ? "" : BigDecimal.valueOf(x.value()).toPlainString()));
            }
            rows.add(new Row(cells, d.first));
        }
        boolean marked = rows.stream().anyMatch(r -> r.cells().stream().anyMatch(Cell::best));
        return Block.table(caption, columns, rows, note.startsWith("★") && !marked ? "" : note);
    }
}
