package io.slaudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.slaudit.audit.InputFile;
import io.slaudit.billing.Money;
import io.slaudit.billing.ScenarioQuote;
import io.slaudit.compare.Comparison;
import io.slaudit.compare.Comparison.CalendarCoverage;
import io.slaudit.compare.Comparison.PolicyComparison;
import io.slaudit.compare.Comparison.ReadingRow;
import io.slaudit.compare.Comparison.TargetRow;
import io.slaudit.compare.Comparison.Timing;
import io.slaudit.compare.CostComparison;
import io.slaudit.compare.CostScenario;
import io.slaudit.compare.TicketComparison;
import io.slaudit.compare.TimeToDeadline;
import io.slaudit.policy.Ambiguity;
import io.slaudit.policy.Channel;
import io.slaudit.policy.Clause;
import io.slaudit.policy.CommercialTerms;
import io.slaudit.policy.Hotline;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PriceBand;
import io.slaudit.policy.Priority;
import io.slaudit.policy.Severity;
import io.slaudit.policy.Target;
import io.slaudit.policy.Tier;
import io.slaudit.tickets.RejectedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The comparison for machines, every figure in seconds and every instant ISO-8601 with its offset.
 * Fixed keys (issue 12): {@code year}; {@code policies[]} with {@code policy}, {@code vendor},
 * {@code open_seconds_per_year} and {@code severities[]} with {@code severity}, {@code priority}
 * (the contract's own key), {@code metric}, {@code worst_case_seconds}, {@code
 * worst_case_arrival}, {@code median_seconds}. The rest is documented in docs/compare.md.
 */
final class ComparisonJsonRenderer implements Renderer<Comparison> {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "compare.json";
    }

    @Override
    public void render(Comparison c, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("year", c.year());
            if (c.cost().isPresent()) {
                g.writeFieldName("scenario");
                scenario(g, c.cost().get().scenario());
            }
            g.writeArrayFieldStart("policies");
            for (int i = 0; i < c.policies().size(); i++) {
                int at = i;
                policy(g, c.policies().get(i), c.cost().map(x -> x.policies().get(at)));
            }
            g.writeEndArray();
            if (c.tickets().isPresent()) {
                g.writeFieldName("tickets");
                tickets(g, c.tickets().get(), c);
            }
            g.writeObjectFieldStart("evidence");
            g.writeStringField("tool", "slaudit " + c.toolVersion());
            g.writeStringField("holidays", c.holidaySource());
            g.writeStringField("method", "exact");
            g.writeArrayFieldStart("inputs");
            for (InputFile f : c.inputs()) {
                input(g, f);
            }
            if (c.tickets().isPresent()) {
                for (InputFile f : c.tickets().get().inputs()) {
                    input(g, f);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void input(JsonGenerator g, InputFile f) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", f.role());
        g.writeStringField("path", f.path());
        g.writeStringField("sha256", f.sha256());
        g.writeNumberField("bytes", f.bytes());
        g.writeEndObject();
    }

    private static void policy(JsonGenerator g, PolicyComparison p, Optional<CostComparison.PolicyCost> cost)
            throws IOException {
        Policy pol = p.policy();
        g.writeStartObject();
        g.writeStringField("policy", pol.id());
        g.writeStringField("vendor", pol.identity().vendor());
        text(g, "product", pol.identity().product());
        text(g, "version", pol.identity().version());
        g.writeStringField("file", p.file());
        g.writeBooleanField("in_force", p.inForce());
        g.writeNumberField("open_seconds_per_year", p.coverage().openSecondsInYear());
        g.writeNumberField("open_seconds_per_week", p.coverage().openSecondsPerWeek());
        g.writeStringField("default_calendar", p.coverage().defaultCalendar());
        strings(g, "zones", p.coverage().zones());
        strings(g, "holiday_regions", p.coverage().holidayRegions());
        g.writeArrayFieldStart("calendars");
        for (CalendarCoverage cal : p.coverage().calendars()) {
            g.writeStartObject();
            g.writeStringField("name", cal.name());
            g.writeStringField("zone", cal.zone().getId());
            g.writeStringField("hours", cal.hours());
            g.writeNumberField("open_seconds_per_week", cal.openSecondsPerWeek());
            g.writeNumberField("open_seconds_per_year", cal.openSecondsInYear());
            g.writeNumberField("closed_days", cal.closedDays());
            strings(g, "holiday_regions", cal.holidayRegions());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("channels");
        g.writeBooleanField("every_channel_covered", pol.channels().isEmpty());
        strings(
                g,
                "covered",
                pol.channels().values().stream()
                        .filter(Channel::covered)
                        .map(Channel::key)
                        .toList());
        strings(
                g,
                "not_covered",
                pol.channels().values().stream()
                        .filter(ch -> !ch.covered())
                        .map(Channel::key)
                        .toList());
        g.writeEndObject();
        g.writeStringField("severity_source", p.classes().source().key());
        g.writeArrayFieldStart("classes");
        for (Priority pr : pol.priorities().values()) {
            g.writeStartObject();
            g.writeStringField("priority", pr.key());
            g.writeStringField("label", pr.label());
            strings(
                    g,
                    "severities",
                    p.classes().severitiesOf().getOrDefault(pr.key(), List.of()).stream()
                            .map(Severity::key)
                            .toList());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "unmapped_classes", p.classes().unmappedClasses());
        strings(
                g,
                "unmapped_severities",
                p.classes().unmappedSeverities().stream().map(Severity::key).toList());
        g.writeArrayFieldStart("severities");
        for (TargetRow r : p.rows()) {
            row(g, r);
        }
        g.writeEndArray();
        commercial(g, pol);
        clauses(g, "exclusions", pol.text().exclusions());
        clauses(g, "covers", pol.text().covers());
        g.writeArrayFieldStart("ambiguities");
        for (Ambiguity a : pol.ambiguities().values()) {
            g.writeStartObject();
            g.writeStringField("ambiguity", a.key());
            g.writeStringField("question", a.question());
            g.writeStringField("default", a.defaultReading());
            g.writeObjectFieldStart("readings");
            for (Ambiguity.Reading reading : a.readings().values()) {
                g.writeStringField(reading.key(), reading.meaning());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (cost.isPresent()) {
            g.writeFieldName("cost");
            cost(g, cost.get(), pol);
        }
        g.writeEndObject();
    }

    private static void scenario(JsonGenerator g, CostScenario s) throws IOException {
        g.writeStartObject();
        nullable(g, "file", s.file().map(Object::toString));
        nullable(g, "description", s.description());
        g.writeNumberField("phone_minutes_per_month", s.phoneMinutesPerMonth());
        g.writeArrayFieldStart("hotline_calls");
        for (CostScenario.HotlineCall call : s.hotlineCalls()) {
            g.writeStartObject();
            g.writeStringField("day", call.day().name().toLowerCase(Locale.ROOT));
            g.writeStringField("at", call.at().toString());
            g.writeNumberField("seconds", call.length().getSeconds());
            g.writeNumberField("times", call.times());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (s.required().isPresent()) {
            g.writeObjectFieldStart("required");
            g.writeStringField(
                    "first_response", s.required().get().firstResponse().toString());
            nullable(g, "severity", s.required().get().severity().map(Severity::key));
            g.writeEndObject();
        } else {
            g.writeNullField("required");
        }
        g.writeStringField("week", "regular");
        g.writeBooleanField("activation_credit", false);
        g.writeEndObject();
    }

    private static void cost(JsonGenerator g, CostComparison.PolicyCost p, Policy policy) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("priced", p.priced());
        g.writeStringField("currency", p.currency());
        g.writeBooleanField("net", true);
        nullable(g, "required_class", p.requiredClass());
        if (p.quote().isEmpty()) {
            g.writeNullField("reading");
            g.writeArrayFieldStart("tiers");
            g.writeEndArray();
            g.writeNullField("cheapest");
            g.writeNullField("cheapest_meeting");
            verdict(g, p.unpriced());
            g.writeArrayFieldStart("open_questions");
            g.writeEndArray();
            g.writeEndObject();
            return;
        }
        ScenarioQuote q = p.quote().get();
        g.writeStringField("reading", q.reading());
        tiers(g, q);
        g.writeFieldName("cheapest");
        tierRef(g, q, q.cheapest());
        g.writeFieldName("cheapest_meeting");
        tierRef(g, q, q.cheapestMeeting());
        g.writeArrayFieldStart("open_questions");
        List<String> asked = new java.util.ArrayList<>();
        for (ScenarioQuote o : q.otherReadings()) {
            String ambiguity = o.changed().orElseThrow().ambiguity();
            if (asked.contains(ambiguity)) {
                continue;
            }
            asked.add(ambiguity);
            Ambiguity a = policy.ambiguities().get(ambiguity);
            g.writeStartObject();
            g.writeStringField("ambiguity", ambiguity);
            g.writeStringField("question", a.question());
            nullable(g, "contract_says", a.source());
            g.writeBooleanField("prices", a.bearsOnPricing());
            g.writeStringField("reading", a.defaultReading());
            g.writeStringField("assumes", a.readings().get(a.defaultReading()).meaning());
            g.writeArrayFieldStart("other_readings");
            for (ScenarioQuote other : q.otherReadings()) {
                ScenarioQuote.ReadingChange ch = other.changed().orElseThrow();
                if (!ch.ambiguity().equals(ambiguity)) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("reading", ch.name());
                g.writeStringField("meaning", a.readings().get(ch.reading()).meaning());
                g.writeArrayFieldStart("tiers");
                for (ScenarioQuote.TierQuote t : other.tiers()) {
                    ScenarioQuote.TierQuote base = q.tier(t.tier()).orElseThrow();
                    g.writeStartObject();
                    g.writeStringField("tier", t.tier());
                    g.writeStringField("total", Money.text(t.total()));
                    g.writeStringField("difference", Money.text(t.total().subtract(base.total())));
                    g.writeStringField("meets", meets(t.meets()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeFieldName("cheapest_meeting");
                tierRef(g, other, other.cheapestMeeting());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void tiers(JsonGenerator g, ScenarioQuote q) throws IOException {
        g.writeArrayFieldStart("tiers");
        for (ScenarioQuote.TierQuote t : q.tiers()) {
            g.writeStartObject();
            g.writeStringField("tier", t.tier());
            g.writeStringField("label", t.label());
            g.writeStringField("fees", Money.text(t.fees()));
            g.writeNumberField("regular_minutes", t.regularMinutes());
            g.writeNumberField("included_minutes", t.includedMinutes());
            g.writeNumberField("paid_minutes", t.paidMinutes());
            g.writeStringField("phone_charge", Money.text(t.phoneCharge()));
            g.writeArrayFieldStart("hotline_charges");
            for (BigDecimal h : t.hotlineCharges()) {
                g.writeString(Money.text(h));
            }
            g.writeEndArray();
            g.writeStringField("hotline_charge", Money.text(t.hotlineCharge()));
            g.writeStringField("total", Money.text(t.total()));
            verdict(g, t.verdict());
            g.writeBooleanField("best_value", q.cheapestMeeting().equals(Optional.of(t.tier())));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void verdict(JsonGenerator g, ScenarioQuote.Verdict v) throws IOException {
        g.writeStringField("meets", meets(v.meets()));
        g.writeStringField("because", v.because());
    }

    private static String meets(ScenarioQuote.Meets m) {
        return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void tierRef(JsonGenerator g, ScenarioQuote q, Optional<String> tier) throws IOException {
        Optional<ScenarioQuote.TierQuote> t = tier.flatMap(q::tier);
        if (t.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("tier", t.get().tier());
        g.writeStringField("label", t.get().label());
        g.writeStringField("total", Money.text(t.get().total()));
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, TargetRow r) throws IOException {
        g.writeStartObject();
        g.writeStringField("severity", r.severity().map(Severity::key).orElse("unmapped"));
        g.writeStringField("priority", r.priority());
        g.writeStringField("metric", r.metric().key());
        nullable(g, "tier", r.variant().tier());
        nullable(g, "channel", r.variant().channel());
        nullable(g, "region", r.variant().region());
        target(g, r.target(), r.calendar());
        if (r.target().isPresent()) {
            g.writeNumberField("target_number", r.targetNumber().orElse(0));
        } else {
            g.writeNullField("target_number");
        }
        timing(g, r.timing());
        g.writeArrayFieldStart("readings");
        for (ReadingRow o : r.readings()) {
            g.writeStartObject();
            g.writeStringField("reading", o.reading());
            g.writeStringField("meaning", o.meaning());
            target(g, o.target(), o.calendar());
            timing(g, o.timing());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void target(JsonGenerator g, Optional<Target> target, Optional<String> calendar) throws IOException {
        nullable(g, "target", target.flatMap(Target::within).map(Object::toString));
        nullable(g, "guarantee", target.map(t -> t.guarantee().key()));
        g.writeBooleanField(
                "only_if_raised_in_hours",
                target.map(t -> t.clock().onlyIfRaisedInHours()).orElse(false));
        g.writeBooleanField(
                "starts_at_next_opening",
                target.map(t -> t.clock().startsAtNextOpening()).orElse(false));
        nullable(g, "calendar", calendar);
    }

    private static void timing(JsonGenerator g, Optional<Timing> timing) throws IOException {
        if (timing.isEmpty()) {
            g.writeNullField("worst_case_seconds");
            g.writeNullField("worst_case_arrival");
            g.writeNullField("median_seconds");
            g.writeNullField("mean_seconds");
            g.writeNullField("in_hours");
            g.writeNullField("guaranteed_share");
            return;
        }
        Timing t = timing.get();
        figures(g, t.all(), t);
        if (t.inHours().isPresent()) {
            g.writeObjectFieldStart("in_hours");
            figures(g, t.inHours().get(), t);
            g.writeEndObject();
        } else {
            g.writeNullField("in_hours");
        }
        g.writeNumberField(
                "guaranteed_share", BigDecimal.valueOf(t.guaranteedShare()).setScale(6, RoundingMode.HALF_UP));
    }

    private static void figures(JsonGenerator g, TimeToDeadline.Figures f, Timing t) throws IOException {
        g.writeNumberField("worst_case_seconds", f.worstSeconds());
        g.writeStringField("worst_case_arrival", JsonRenderer.instant(f.worstArrival(), t.zone()));
        g.writeNumberField("median_seconds", f.medianSeconds());
        g.writeNumberField("mean_seconds", Math.round(f.meanSeconds()));
        g.writeNumberField("arrival_seconds", f.arrivals());
    }

    private static void commercial(JsonGenerator g, Policy p) throws IOException {
        CommercialTerms c = p.commercial();
        g.writeStringField("currency", c.currency());
        if (c.phoneSupport().isPresent()) {
            g.writeObjectFieldStart("phone_support");
            g.writeStringField("calendar", c.phoneSupport().get().calendar());
            g.writeNumberField(
                    "activation_credit_minutes", c.phoneSupport().get().activationCreditMinutes());
            g.writeEndObject();
        } else {
            g.writeNullField("phone_support");
        }
        g.writeArrayFieldStart("tiers");
        for (Tier t : c.tiers().values()) {
            g.writeStartObject();
            g.writeStringField("tier", t.key());
            g.writeStringField("label", t.label());
            g.writeBooleanField("default", t.isDefault());
            g.writeStringField("monthly_fee", t.monthlyFee().toPlainString());
            if (t.phone().isPresent()) {
                g.writeNumberField("included_minutes", t.phone().get().includedMinutesPerMonth());
                g.writeStringField(
                        "price_per_minute", t.phone().get().pricePerMinute().toPlainString());
            } else {
                g.writeNullField("included_minutes");
                g.writeNullField("price_per_minute");
            }
            strings(g, "requires", t.requires());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (c.hotline().isPresent()) {
            Hotline h = c.hotline().get();
            g.writeObjectFieldStart("hotline");
            g.writeStringField("label", h.label());
            g.writeStringField("calendar", h.calendar());
            nullable(g, "regular_hours", h.regularHoursCalendar());
            g.writeArrayFieldStart("bands");
            for (PriceBand b : h.bands()) {
                g.writeStartObject();
                g.writeStringField("label", b.label());
                g.writeNumberField("first_minutes", b.firstMinutes());
                g.writeStringField("first_price", b.firstPrice().toPlainString());
                g.writeStringField("per_minute", b.perMinute().toPlainString());
                g.writeNumberField("billed_per_started_minutes", b.incrementMinutes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } else {
            g.writeNullField("hotline");
        }
    }

    private static void clauses(JsonGenerator g, String field, List<Clause> clauses) throws IOException {
        g.writeArrayFieldStart(field);
        for (Clause c : clauses) {
            g.writeString(c.text());
        }
        g.writeEndArray();
    }

    private static void tickets(JsonGenerator g, TicketComparison t, Comparison c) throws IOException {
        g.writeStartObject();
        g.writeStringField("profile", t.profile());
        g.writeBooleanField("profile_detected", t.profileDetected());
        g.writeStringField("as_of", JsonRenderer.instant(t.asOf(), java.time.ZoneOffset.UTC));
        g.writeBooleanField("as_of_given", t.asOfGiven());
        g.writeNumberField("rows", t.rows());
        g.writeArrayFieldStart("priorities");
        for (TicketComparison.PrioritySeverity p : t.priorities()) {
            g.writeStartObject();
            g.writeStringField("priority", p.priority());
            nullable(g, "severity", p.severity().map(Severity::key));
            g.writeStringField("because", p.how());
            g.writeNumberField("tickets", p.tickets());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("policies");
        for (TicketComparison.PolicyTickets p : t.policies()) {
            g.writeStartObject();
            g.writeStringField("policy", p.policy());
            g.writeNumberField("rows_read", p.counts().rowsRead());
            g.writeNumberField("audited", p.counts().audited());
            g.writeNumberField("excluded", p.counts().excluded());
            g.writeNumberField("rejected", p.counts().rejected());
            g.writeNumberField("event_problems", p.eventProblems());
            g.writeFieldName("overall");
            JsonRenderer.tally(g, p.overall());
            g.writeArrayFieldStart("severities");
            for (TicketComparison.SeverityTally s : p.tallies()) {
                g.writeStartObject();
                g.writeStringField("severity", s.severity().key());
                g.writeStringField("metric", s.metric().key());
                g.writeFieldName("tally");
                JsonRenderer.tally(g, s.tally());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unknown_names");
            for (TicketComparison.UnknownName u : p.unknownNames()) {
                g.writeStartObject();
                g.writeStringField("name", u.name());
                g.writeNumberField("tickets", u.tickets());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rejected_rows");
            for (RejectedRow r : p.rejected()) {
                g.writeStartObject();
                g.writeNumberField("line", r.line());
                g.writeStringField("id", r.id());
                g.writeStringField("reason", r.reason().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("differing_count", t.differingCount());
        g.writeArrayFieldStart("differing");
        for (TicketComparison.DifferingTicket d : t.differing()) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeNumberField("line", d.line());
            g.writeStringField("created", JsonRenderer.instant(d.created(), java.time.ZoneOffset.UTC));
            g.writeStringField("priority", d.priority());
            nullable(g, "severity", d.severity().map(Severity::key));
            g.writeStringField("metric", d.metric().key());
            g.writeObjectFieldStart("verdicts");
            for (int i = 0; i < d.verdicts().size(); i++) {
                g.writeStringField(t.policies().get(i).name(), d.verdicts().get(i));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, Optional<String> value) throws IOException {
        nullable(g, field, value);
    }

    private static void nullable(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
