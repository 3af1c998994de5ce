package io.slaudit.report;

import io.slaudit.audit.AuditHeader;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditSummary;
import io.slaudit.audit.InputFile;
import io.slaudit.audit.MetricResult;
import io.slaudit.audit.Status;
import io.slaudit.audit.TargetLabel;
import io.slaudit.audit.TicketVerdict;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.Ambiguity;
import io.slaudit.policy.Explanation;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyExplainer;
import io.slaudit.policy.Target;
import io.slaudit.report.ReportView.AppendixItem;
import io.slaudit.report.ReportView.AppendixSection;
import io.slaudit.report.ReportView.Breach;
import io.slaudit.report.ReportView.ComplianceRow;
import io.slaudit.report.ReportView.DistributionRow;
import io.slaudit.report.ReportView.Fact;
import io.slaudit.report.ReportView.Listing;
import io.slaudit.report.ReportView.OpenTicket;
import io.slaudit.report.ReportView.Rejection;
import io.slaudit.tickets.RejectedRow;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the content of a report document from a finished audit, in one pass over the verdicts:
 * the lists a document shows (breaches worst first, open tickets overdue first) keep only their
 * first rows, 500 unless {@code --list-limit} says otherwise, so a quarter of a million tickets
 * renders in bounded memory; the CSV and JSON outputs carry every ticket.
 */
public final class ReportViews {

    /**
     * The overtaken tickets a document lists unless {@code --list-limit 0} asks for all: the
     * longest extra waits make the point; the JSON has the first 1,000.
     */
    static final int ORDER_ROWS = 100;

    /** Upper bounds of the distribution buckets, in percent of the target; the last is open. */
    private static final int[] BUCKET_LIMITS = {50, 100, 150, 200};

    private ReportViews() {}

    public static ReportView build(AuditReport report, ReportLanguage lang, OptionalDouble threshold, int listLimit) {
        AuditHeader h = report.header();
        AuditSummary s = report.summary();
        Tickets tickets = Tickets.collect(report, lang, listLimit);
        Function<String, String> targetNames = targetNames(h, lang);
        PolicyExplainer explainer = new PolicyExplainer(lang.locale(), PublicHolidays.library());
        return new ReportView(
                lang.code(),
                lang.label("title") + ": " + subject(h),
                cover(h, lang),
                summary(h, s, lang, threshold, targetNames),
                trend(s, lang),
                tickets.distribution(lang, targetNames),
                listing(tickets.breaches, tickets.breachCount, lang),
                listing(tickets.open, tickets.openCount, lang),
                readings(h, s, lang),
                rows(report, lang, listLimit),
                evidence(h, s, lang, explainer),
                appendix(h, explainer),
                checks(h, s, lang, targetNames, listLimit));
    }

    /** The within-aim rates of best-effort aims under every reading, and the order of handling. */
    private static List<ReportView.Check> checks(
            AuditHeader h, AuditSummary s, ReportLanguage lang, Function<String, String> targetName, int listLimit) {
        List<ReportView.Check> out = new ArrayList<>();
        List<List<String>> aims = new ArrayList<>();
        java.util.function.BiConsumer<String, AuditSummary.AimRow> aim = (reading, a) -> aims.add(List.of(
                reading,
                lang.metric(a.metric()),
                a.priorityLabel(),
                targetName.apply(a.target()),
                lang.count(a.met()),
                lang.count(a.missed()),
                lang.count(a.open()),
                lang.percent(a.withinAim())));
        s.aims().forEach(a -> aim.accept(h.reading(), a));
        s.readings().forEach(d -> d.aims().forEach(a -> aim.accept(d.reading(), a)));
        if (!aims.isEmpty()) {
            out.add(new ReportView.Check(
                    "aims",
                    lang.label("aims"),
                    lang.label("aims.intro"),
                    List.of(
                            lang.label("col.reading"),
                            lang.label("col.metric"),
                            lang.label("col.priority"),
                            lang.label("col.aim"),
                            lang.label("col.withinAim"),
                            lang.label("col.missed"),
                            lang.label("col.open"),
                            lang.label("col.withinAimRate")),
                    List.of(false, false, false, false, true, true, true, true),
                    aims,
                    ""));
        }
        if (s.order().isPresent()) {
            AuditSummary.Order o = s.order().get();
            List<List<String>> rows = new ArrayList<>();
            o.tickets().stream()
                    .limit(listLimit == DocumentOptions.UNLIMITED ? listLimit : Math.min(listLimit, ORDER_ROWS))
                    .forEach(t -> rows.add(List.of(
                            t.id(),
                            h.priorityLabel(t.priority()),
                            lang.dateTime(t.created(), t.zone()),
                            t.open() ? lang.status(Status.OPEN) : lang.dateTime(t.answered(), t.zone()),
                            t.firstBy() + " (" + lang.dateTime(t.firstByCreated(), t.zone()) + " / "
                                    + lang.dateTime(t.firstByAnswered(), t.zone()) + ")",
                            lang.count(t.overtakenBy()),
                            lang.clockDuration(t.extraWaitSeconds()))));
            out.add(new ReportView.Check(
                    "order",
                    lang.label("order"),
                    lang.label("order.intro", lang.count(o.compared()), lang.count(o.overtaken())),
                    List.of(
                            lang.label("col.ticket"),
                            lang.label("col.priority"),
                            lang.label("col.arrived"),
                            lang.label("col.answered"),
                            lang.label("col.firstOvertaker"),
                            lang.label("col.overtakenBy"),
                            lang.label("col.extraWait")),
                    List.of(false, false, false, false, false, true, true),
                    rows,
                    o.overtaken() > rows.size()
                            ? lang.label("order.shown", lang.count(rows.size()), lang.count(o.overtaken()))
                            : ""));
        }
        return out;
    }

    /** "SMASHDOCs (smartwork solutions GmbH)": what the report is about, for titles. */
    static String subject(AuditHeader h) {
        return h.product().map(p -> p + " (" + h.vendor() + ")").orElse(h.vendor());
    }

    private static ReportView.Cover cover(AuditHeader h, ReportLanguage lang) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(lang.label("cover.vendor"), h.vendor()));
        h.product().ifPresent(p -> facts.add(new Fact(lang.label("cover.product"), p)));
        facts.add(new Fact(lang.label("cover.contract"), h.policyId()));
        facts.add(new Fact(lang.label("cover.versions"), String.join(", ", h.versions())));
        String period = h.period()
                .map(p -> lang.date(p.from()) + " – " + lang.date(p.to()))
                .orElse(lang.label("cover.period.all"));
        facts.add(new Fact(lang.label("cover.period"), period));
        facts.add(new Fact(
                lang.label("cover.asOf"),
                lang.dateTime(h.asOf(), h.zone()) + " (" + h.zone().getId() + ")"
                        + (h.asOfGiven() ? "" : "; " + lang.label("cover.asOf.now"))));
        String meaning = readingMeaning(h, lang);
        facts.add(new Fact(lang.label("cover.reading"), h.reading() + (meaning.isEmpty() ? "" : ": " + meaning)));
        String export = h.inputs().stream()
                .filter(f -> f.role().equals("tickets"))
                .map(InputFile::path)
                .findFirst()
                .orElse("");
        facts.add(new Fact(
                lang.label("cover.export"),
                export + " ("
                        + lang.label(
                                "cover.profile",
                                h.profile(),
                                lang.label(h.profileDetected() ? "cover.profile.detected" : "cover.profile.named"))
                        + ")"));
        facts.add(new Fact(lang.label("cover.layout"), ExportFacts.layout(h.ticketSource(), lang)));
        facts.add(new Fact(lang.label("cover.ticketsZone"), ExportFacts.zone(h.ticketSource(), lang)));
        Set<String> zones = new LinkedHashSet<>();
        for (Policy p : h.policies()) {
            p.calendars().values().forEach(c -> zones.add(c.zone().getId()));
        }
        return new ReportView.Cover(
                lang.label("title"),
                subject(h),
                period,
                facts,
                lang.label("cover.times", String.join(", ", zones)),
                lang.label("cover.generated", h.toolVersion()));
    }

    /**
     * A text of the contract in the report's language where the contract gives it so; meanings
     * joined with "; " (a reading of several clauses) each on its own. A meaning may itself hold
     * "; ", so the text is read as a sequence of the contract's own texts, the longest that fits
     * first at each place, and only what none of them matches is taken up to the next "; ".
     */
    static String wording(AuditHeader h, String text, ReportLanguage lang) {
        List<String> known = new ArrayList<>();
        for (Policy p : h.policies()) {
            known.addAll(p.wordings().keySet());
        }
        known.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at <= text.length()) {
            String part = null;
            for (String k : known) {
                if (text.startsWith(k, at)
                        && (at + k.length() == text.length() || text.startsWith("; ", at + k.length()))) {
                    part = k;
                    break;
                }
            }
            if (part == null) {
                int next = text.indexOf("; ", at);
                part = text.substring(at, next < 0 ? text.length() : next);
            }
            String translated = part;
            for (Policy p : h.policies()) {
                translated = p.wording(part, lang.locale());
                if (!translated.equals(part)) {
                    break;
                }
            }
            out.append(translated);
            at += part.length();
            if (at >= text.length()) {
                break;
            }
            out.append("; ");
            at += 2;
        }
        return out.toString();
    }

    /** What the audit's reading means, from the contract's ambiguities: "same time on the next business day". */
    private static String readingMeaning(AuditHeader h, ReportLanguage lang) {
        if (h.policies().isEmpty() || h.reading().equals("default")) {
            return "";
        }
        Policy policy = h.policies().get(0);
        List<String> meanings = new ArrayList<>();
        for (String choice : h.reading().split(",")) {
            String[] kv = choice.split("=", 2);
            Ambiguity a = policy.ambiguities().get(kv[0]);
            if (kv.length == 2 && a != null && a.readings().containsKey(kv[1])) {
                meanings.add(policy.wording(a.readings().get(kv[1]).meaning(), lang.locale()));
            }
        }
        // the meanings are sentences: "; " between them read ".;"
        return String.join(" ", meanings);
    }

    /**
     * The targets' labels in the report's language, by the English label the results carry: the
     * contract's targets are labelled again from the policies, so no text is read back.
     */
    static Function<String, String> targetNames(AuditHeader h, ReportLanguage lang) {
        Map<String, String> names = new HashMap<>();
        for (Policy p : h.policies()) {
            for (Target t : p.targets()) {
                TargetLabel label = TargetLabel.of(t, p);
                names.putIfAbsent(label.toString(), lang.target(label));
            }
        }
        return english -> names.getOrDefault(english, english);
    }

    private static ReportView.Summary summary(
            AuditHeader h,
            AuditSummary s,
            ReportLanguage lang,
            OptionalDouble threshold,
            Function<String, String> targetName) {
        List<ComplianceRow> rows = new ArrayList<>();
        for (AuditSummary.ComplianceRow r : s.compliance()) {
            rows.add(complianceRow(
                    lang.metric(r.metric()), r.priorityLabel(), targetName.apply(r.target()), r.tally(), lang));
        }
        AuditSummary.Tally all = s.overall();
        ComplianceRow total = complianceRow(lang.label("all"), "", "", all, lang);
        long breaches =
                s.compliance().stream().mapToLong(r -> r.tally().breached()).sum();
        long openBreached =
                s.compliance().stream().mapToLong(r -> r.tally().openBreached()).sum();
        List<Fact> figures = List.of(
                new Fact(lang.label("summary.overall"), lang.percent(all.compliance())),
                new Fact(lang.label("summary.audited"), lang.count(s.counts().audited())),
                new Fact(lang.label("summary.breaches"), lang.count(breaches)),
                new Fact(lang.label("summary.openBreached"), lang.count(openBreached)));
        String nothing = nothingJudged(s, lang);
        String intro = nothing.isEmpty() ? lang.label("summary.intro") : nothing + " " + lang.label("summary.intro");
        // with nothing judged there are no two figures to set side by side
        if (s.hasAssumptionDependentResults() && !s.nothingJudged()) {
            AuditSummary.Tally words = s.grounded();
            intro = intro + " "
                    + lang.label(
                            "summary.withoutAssumptions",
                            lang.percent(all.compliance()),
                            lang.percent(words.compliance()),
                            lang.count(words.judged()),
                            lang.count(all.judged()));
        }
        return new ReportView.Summary(
                intro,
                figures,
                rows,
                total,
                threshold.isPresent()
                        ? lang.label("summary.threshold") + ": " + lang.percent(threshold.getAsDouble())
                        : "",
                assumptions(h, s, lang),
                s.everyJudgedResultRestsOnAnAssumption() ? lang.label("summary.assumptions.all") : "");
    }

    /** Each assumption of the contract's versions once, in the report's language, with its results. */
    private static List<ReportView.AssumptionRow> assumptions(AuditHeader h, AuditSummary s, ReportLanguage lang) {
        return s.assumptionUses().stream()
                .map(u -> new ReportView.AssumptionRow(
                        u.id(),
                        u.assumption().affects().stream().map(Object::toString).collect(Collectors.joining(", ")),
                        wording(h, u.assumption().text(), lang),
                        u.assumption().source().orElse(""),
                        u.results()))
                .toList();
    }

    private static ComplianceRow complianceRow(
            String metric, String priority, String target, AuditSummary.Tally t, ReportLanguage lang) {
        OptionalDouble c = t.compliance();
        return new ComplianceRow(
                metric,
                priority,
                target,
                t.met(),
                t.breached(),
                t.open(),
                t.openBreached(),
                t.bestEffort(),
                t.excluded(),
                lang.percent(c),
                c.orElse(-1));
    }

    private static ReportView.Trend trend(AuditSummary s, ReportLanguage lang) {
        TreeMap<YearMonth, Map<Metric, AuditSummary.Tally>> byMonth = new TreeMap<>();
        Set<Metric> metrics = new LinkedHashSet<>();
        for (AuditSummary.MonthRow r : s.months()) {
            if (r.tally().judged() == 0) {
                continue;
            }
            byMonth.computeIfAbsent(r.month(), m -> new LinkedHashMap<>()).put(r.metric(), r.tally());
            metrics.add(r.metric());
        }
        List<String> months = byMonth.keySet().stream().map(lang::shortMonth).toList();
        List<ReportView.Series> series = new ArrayList<>();
        for (Metric m : metrics) {
            List<Double> values = new ArrayList<>();
            for (Map<Metric, AuditSummary.Tally> month : byMonth.values()) {
                AuditSummary.Tally t = month.get(m);
                values.add(t == null ? -1 : t.compliance().orElse(-1));
            }
            series.add(new ReportView.Series(lang.metric(m), values));
        }
        List<ReportView.MonthRow> rows = new ArrayList<>();
        byMonth.forEach((month, tallies) -> tallies.forEach((metric, t) -> rows.add(new ReportView.MonthRow(
                lang.month(month),
                lang.metric(metric),
                t.met(),
                t.breached(),
                t.openBreached(),
                lang.percent(t.compliance())))));
        return new ReportView.Trend(months, series, rows);
    }

    private static <T> Listing<T> listing(List<T> rows, long total, ReportLanguage lang) {
        String note = total > rows.size() ? lang.label("shown", lang.count(rows.size()), lang.count(total)) : "";
        return new Listing<>(rows, total, note);
    }

    private static ReportView.Readings readings(AuditHeader h, AuditSummary s, ReportLanguage lang) {
        if (s.readings().isEmpty()) {
            return new ReportView.Readings(lang.label("readings.none"), List.of());
        }
        Function<String, String> statusName = key -> {
            try {
                return lang.status(Status.ofKey(key));
            } catch (IllegalArgumentException e) {
                return key;
            }
        };
        List<ReportView.Reading> out = new ArrayList<>();
        for (AuditSummary.ReadingDiff d : s.readings()) {
            List<ReportView.Change> changes = d.changes().stream()
                    .map(c -> new ReportView.Change(
                            c.id(), lang.metric(c.metric()), statusName.apply(c.from()), statusName.apply(c.to())))
                    .toList();
            out.add(new ReportView.Reading(
                    d.reading(),
                    wording(h, d.meaning(), lang),
                    d.changed() == 0 ? lang.label("readings.unchanged") : lang.count(d.changed()),
                    changes,
                    d.truncated() ? lang.label("shown", lang.count(changes.size()), lang.count(d.changed())) : ""));
        }
        return new ReportView.Readings(lang.label("readings.intro", h.reading()), out);
    }

    private static ReportView.Rows rows(AuditReport report, ReportLanguage lang, int listLimit) {
        AuditSummary s = report.summary();
        List<ReportView.Exclusion> excluded = new ArrayList<>();
        s.exclusionsIn(lang.locale())
                .forEach((reason, n) -> excluded.add(new ReportView.Exclusion(reason, lang.count(n))));
        List<Rejection> rejected = new ArrayList<>();
        for (RejectedRow r : report.rejected()) {
            if (rejected.size() == listLimit) {
                break;
            }
            rejected.add(new Rejection(lang.count(r.line()), r.id(), r.reason().text(lang.locale())));
        }
        List<Rejection> events = s.eventProblems().stream()
                .limit(listLimit)
                .map(r -> new Rejection(lang.count(r.line()), r.id(), r.reason().text(lang.locale())))
                .toList();
        AuditSummary.Counts c = s.counts();
        List<Rejection> afterAsOf = s.afterAsOfSample().stream()
                .limit(listLimit)
                .map(r -> new Rejection(lang.count(r.line()), r.id(), r.reason().text(lang.locale())))
                .toList();
        List<ReportView.StateRow> states = s.unusedStates().stream()
                .map(u -> new ReportView.StateRow(
                        u.state(),
                        lang.count(u.events()),
                        u.examples().stream()
                                .map(e -> lang.label("rows.unusedStates.event", lang.count(e.line()), e.id()))
                                .collect(java.util.stream.Collectors.joining(", "))))
                .toList();
        return new ReportView.Rows(
                excluded,
                c.outOfPeriod() == 0
                        ? ""
                        : lang.label("rows.outOfPeriod", lang.count(c.outOfPeriod()))
                                + (c.afterAsOf() == 0
                                        ? ""
                                        : " " + lang.label("rows.afterAsOf", lang.count(c.afterAsOf()))),
                listing(afterAsOf, c.afterAsOf(), lang),
                ExportFacts.positionColumn(report.header(), lang),
                listing(rejected, c.rejected(), lang),
                c.eventRows() == 0 && s.eventProblemCount() == 0
                        ? ""
                        : lang.label("rows.events", lang.count(c.eventRows()), lang.count(s.eventProblemCount())),
                listing(events, s.eventProblemCount(), lang),
                states.isEmpty() ? "" : lang.label("rows.unusedStates"),
                states);
    }

    /** Why nothing was judged, in the report's language; empty when something was. */
    static String nothingJudged(AuditSummary s, ReportLanguage lang) {
        if (!s.nothingJudged()) {
            return "";
        }
        AuditSummary.Counts c = s.counts();
        String why;
        if (c.rowsRead() == 0) {
            why = lang.label("summary.nothingJudged.noRows");
        } else if (c.audited() == 0) {
            List<String> parts = new ArrayList<>();
            if (c.rejected() > 0) {
                parts.add(lang.label("summary.nothingJudged.rejected", lang.count(c.rejected())));
            }
            if (c.excluded() > 0) {
                parts.add(lang.label("summary.nothingJudged.excluded", lang.count(c.excluded())));
            }
            if (c.outOfPeriod() > 0) {
                parts.add(lang.label("summary.nothingJudged.outOfPeriod", lang.count(c.outOfPeriod()))
                        + (c.afterAsOf() == 0
                                ? ""
                                : lang.label("summary.nothingJudged.afterAsOf", lang.count(c.afterAsOf()))));
            }
            why = lang.label(
                    c.rowsRead() == 1 ? "summary.nothingJudged.noneAudited.one" : "summary.nothingJudged.noneAudited",
                    lang.count(c.rowsRead()),
                    String.join(", ", parts));
        } else {
            why = lang.label(
                    c.audited() == 1 ? "summary.nothingJudged.onlyOpen.one" : "summary.nothingJudged.onlyOpen",
                    lang.count(c.audited()));
        }
        return lang.label("summary.nothingJudged", why);
    }

    private static ReportView.Evidence evidence(
            AuditHeader h, AuditSummary s, ReportLanguage lang, PolicyExplainer explainer) {
        List<Fact> tool = List.of(
                new Fact("slaudit", h.toolVersion()),
                new Fact(
                        lang.label("cover.asOf"),
                        lang.dateTime(h.asOf(), h.zone()) + " (" + h.zone().getId() + ")"),
                new Fact(lang.label("cover.reading"), h.reading()),
                new Fact(lang.label("cover.layout"), ExportFacts.layout(h.ticketSource(), lang)),
                new Fact(lang.label("cover.ticketsZone"), ExportFacts.zone(h.ticketSource(), lang)));
        List<ReportView.InputRow> inputs = h.inputs().stream()
                .map(f -> new ReportView.InputRow(f.role(), f.path(), f.sha256(), lang.count(f.bytes())))
                .toList();
        AuditSummary.Counts c = s.counts();
        String reconciliation = lang.label(
                "evidence.reconciles",
                lang.count(c.rowsRead()),
                lang.count(c.audited()),
                lang.count(c.excluded()),
                lang.count(c.outOfPeriod()),
                lang.count(c.rejected()));
        List<Fact> counts = List.of(
                new Fact(lang.label("col.rows"), lang.count(c.rowsRead())),
                new Fact(lang.label("summary.audited"), lang.count(c.audited())),
                new Fact(lang.label("col.excluded"), lang.count(c.excluded())),
                new Fact(lang.label("rows.rejected"), lang.count(c.rejected())));

        List<ReportView.CalendarRow> calendars = new ArrayList<>();
        for (AuditSummary.CalendarUse cal : s.calendars()) {
            String description = calendarDescription(h, cal, explainer);
            List<Integer> years = cal.years();
            String yearText = years.isEmpty()
                    ? "–"
                    : years.size() == 1 ? years.get(0).toString() : years.get(0) + "–" + years.get(years.size() - 1);
            calendars.add(new ReportView.CalendarRow(cal.name(), description, holidaySource(cal, lang), yearText));
        }
        // Why nothing was judged opens the summary, in the report's language.
        List<String> notes = s.notes().stream()
                .filter(n -> !AuditSummary.isNothingJudged(n))
                .map(n -> n.text(lang.locale()))
                .toList();
        return new ReportView.Evidence(tool, inputs, counts, reconciliation, c.reconciles(), calendars, notes);
    }

    /** Where a calendar's holidays come from, in the report's language: the library, or the contract's own dates. */
    static String holidaySource(AuditSummary.CalendarUse cal, ReportLanguage lang) {
        return cal.regions().isEmpty() ? lang.label("evidence.ownDates") : cal.source();
    }

    /** A calendar the audit used, in the explainer's language (its English description otherwise). */
    static String calendarDescription(AuditHeader h, AuditSummary.CalendarUse cal, PolicyExplainer explainer) {
        return h.policies().stream()
                .map(p -> p.calendars().get(cal.name()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(explainer::calendar)
                .orElse(cal.hours());
    }

    private static List<ReportView.Appendix> appendix(AuditHeader h, PolicyExplainer explainer) {
        List<ReportView.Appendix> out = new ArrayList<>();
        for (Policy p : h.policies()) {
            out.add(appendix(p, explainer));
        }
        return out;
    }

    /** A contract in plain words (slaudit explain), as the documents' appendix shows it. */
    static ReportView.Appendix appendix(Policy p, PolicyExplainer explainer) {
        Explanation e = explainer.explain(p);
        return new ReportView.Appendix(
                e.title(),
                e.header(),
                e.sections().stream()
                        .map(sec -> new AppendixSection(
                                sec.heading(),
                                sec.items().stream()
                                        .map(i -> new AppendixItem(i.text(), i.details()))
                                        .toList()))
                        .toList());
    }

    /** What the documents list ticket by ticket, gathered in one pass over the verdicts. */
    private static final class Tickets {
        final List<Breach> breaches = new ArrayList<>();
        final List<OpenTicket> open = new ArrayList<>();
        long breachCount;
        long openCount;
        /** Bucket counts of first responses per priority key, and the target each priority had. */
        final Map<String, long[]> buckets = new LinkedHashMap<>();

        final Map<String, String> targets = new LinkedHashMap<>();
        private final AuditHeader header;

        private final int limit;

        private Tickets(AuditHeader header, int limit) {
            this.header = header;
            this.limit = limit;
        }

        static Tickets collect(AuditReport report, ReportLanguage lang, int limit) {
            AuditHeader h = report.header();
            Tickets t = new Tickets(h, limit);
            // Bounded heaps: the worst breaches, the most overdue open tickets.
            PriorityQueue<Candidate> worst = new PriorityQueue<>();
            PriorityQueue<Candidate> overdue = new PriorityQueue<>();
            long order = 0;
            for (TicketVerdict v : report.tickets()) {
                for (MetricResult r : v.results()) {
                    order++;
                    if (r.metric() == Metric.FIRST_RESPONSE) {
                        t.bucket(r);
                    }
                    if (r.status() == Status.BREACHED) {
                        t.breachCount++;
                        // worst: late by most in the target's time, then in clock time
                        t.offer(
                                worst,
                                new Candidate(
                                        r.lateBySeconds().orElse(0),
                                        r.lateByClockSeconds(h.asOf()).orElse(0),
                                        order,
                                        v,
                                        r));
                    } else if (r.status() == Status.OPEN || r.status() == Status.OPEN_BREACHED) {
                        t.openCount++;
                        // the earliest due first: overdue tickets, the longest overdue first
                        t.offer(overdue, new Candidate(-r.due().orElse(Long.MAX_VALUE / 4), 0, order, v, r));
                    }
                }
            }
            drain(worst).forEach(c -> t.breaches.add(t.breach(c.verdict(), c.result(), lang, h.asOf())));
            drain(overdue).forEach(c -> t.open.add(t.openTicket(c.verdict(), c.result(), lang)));
            return t;
        }

        private void offer(PriorityQueue<Candidate> heap, Candidate c) {
            if (heap.size() < limit) {
                heap.add(c);
            } else if (c.compareTo(heap.peek()) > 0) {
                heap.poll();
                heap.add(c);
            }
        }

        /** The kept candidates, highest ranked first. */
        private static List<Candidate> drain(PriorityQueue<Candidate> heap) {
            List<Candidate> all = new ArrayList<>(heap);
            all.sort(Comparator.reverseOrder());
            return all;
        }

        private void bucket(MetricResult r) {
            if (!(r.status() == Status.MET || r.status() == Status.BREACHED)
                    || r.elapsedSeconds().isEmpty()
                    || r.targetSeconds().isEmpty()
                    || r.targetSeconds().getAsLong() <= 0) {
                return;
            }
            double share =
                    100.0 * r.elapsedSeconds().getAsLong() / r.targetSeconds().getAsLong();
            int b = 0;
            while (b < BUCKET_LIMITS.length && share > BUCKET_LIMITS[b]) {
                b++;
            }
            // a breach answered after closing used no more business time than allowed: still late
            if (r.status() == Status.BREACHED && b < 2) {
                b = 2;
            }
            buckets.computeIfAbsent(r.priority(), k -> new long[BUCKET_LIMITS.length + 1])[b]++;
            targets.putIfAbsent(r.priority(), r.target());
        }

        ReportView.Distribution distribution(ReportLanguage lang, Function<String, String> targetName) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i <= BUCKET_LIMITS.length; i++) {
                names.add(lang.label("distribution.bucket." + i));
            }
            List<DistributionRow> rows = new ArrayList<>();
            for (String key : orderedKeys()) {
                long[] counts = buckets.get(key);
                List<Long> list = new ArrayList<>();
                for (long n : counts) {
                    list.add(n);
                }
                rows.add(new DistributionRow(
                        header.priorityLabel(key),
                        targetName.apply(targets.get(key)),
                        list,
                        java.util.Arrays.stream(counts).sum()));
            }
            return new ReportView.Distribution(names, rows);
        }

        /** The priorities with results, in the contract's order. */
        private List<String> orderedKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (Policy p : header.policies()) {
                keys.addAll(p.priorities().keySet());
            }
            keys.retainAll(buckets.keySet());
            keys.addAll(buckets.keySet());
            return List.copyOf(keys);
        }

        private Breach breach(TicketVerdict v, MetricResult r, ReportLanguage lang, long asOf) {
            ZoneId zone = r.zone();
            long late = r.lateBySeconds().orElse(0);
            return new Breach(
                    v.ticket().id(),
                    v.ticket().line(),
                    header.priorityLabel(r.priority()),
                    lang.metric(r.metric()),
                    lang.dateTime(v.ticket().created(), zone),
                    v.ticket().created(),
                    r.due().isPresent() ? lang.dateTime(r.due().getAsLong(), zone) : "",
                    r.at().isPresent() ? lang.dateTime(r.at().getAsLong(), zone) : lang.label("still.open"),
                    lang.duration(late, r.businessTime()),
                    late,
                    lang.clockDuration(r.lateByClockSeconds(asOf).orElse(0)),
                    v.ticket().subject());
        }

        private OpenTicket openTicket(TicketVerdict v, MetricResult r, ReportLanguage lang) {
            ZoneId zone = r.zone();
            boolean overdue = r.status() == Status.OPEN_BREACHED;
            return new OpenTicket(
                    v.ticket().id(),
                    header.priorityLabel(r.priority()),
                    lang.metric(r.metric()),
                    lang.status(r.status()),
                    overdue,
                    lang.dateTime(v.ticket().created(), zone),
                    v.ticket().created(),
                    r.due().isPresent() ? lang.dateTime(r.due().getAsLong(), zone) : "–",
                    r.due().orElse(Long.MAX_VALUE),
                    r.elapsedSeconds().isPresent()
                            ? lang.duration(r.elapsedSeconds().getAsLong(), r.businessTime())
                            : "",
                    overdue ? lang.duration(r.lateBySeconds().orElse(0), r.businessTime()) : "",
                    v.ticket().subject());
        }
    }

    /**
     * A result that may make a bounded list, ranked by {@code primary}, then {@code secondary},
     * then earlier input first.
     */
    private record Candidate(long primary, long secondary, long order, TicketVerdict verdict, MetricResult result)
            implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate other) {
            int c = Long.compare(primary, other.primary);
            if (c == 0) {
                c = Long.compare(secondary, other.secondary);
            }
            return c != 0 ? c : Long.compare(other.order, order);
        }
    }
}
