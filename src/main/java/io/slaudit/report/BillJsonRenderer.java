package io.slaudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.slaudit.Tool;
import io.slaudit.audit.InputFile;
import io.slaudit.billing.Bill;
import io.slaudit.billing.BillHeader;
import io.slaudit.billing.ChargeItem;
import io.slaudit.billing.Fee;
import io.slaudit.billing.InvoiceCheck;
import io.slaudit.billing.InvoiceFinding;
import io.slaudit.billing.InvoiceLine;
import io.slaudit.billing.Money;
import io.slaudit.billing.MonthTotal;
import io.slaudit.billing.OpenQuestion;
import io.slaudit.billing.PricedCall;
import io.slaudit.billing.TierTotal;
import io.slaudit.tickets.RejectedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The bill as JSON (docs/billing.md): {@code calls[]} with {@code start}, {@code line}, {@code
 * minutes}, {@code charge} (a decimal string in the contract's currency) and the {@code rule} that
 * priced it; {@code total}; the totals by month ({@code months[]}) and by tier ({@code tiers[]});
 * the open questions with the price under each other reading; the invoice check; the rejected rows
 * and the evidence. Amounts are decimal strings, never floating-point numbers.
 */
final class BillJsonRenderer implements Renderer<Bill> {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "bill.json";
    }

    @Override
    public boolean listsItems() {
        return true;
    }

    @Override
    public void render(Bill bill, OutputStream out) throws IOException {
        BillHeader h = bill.header();
        BillTexts texts = BillTexts.english(bill);
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("policy", h.policyId());
            g.writeStringField("vendor", h.vendor());
            optional(g, "product", h.product());
            g.writeStringField("currency", h.currency());
            g.writeBooleanField("net", true);
            g.writeStringField("tier", h.tier());
            g.writeStringField("booking", h.bookingLabel());
            optional(g, "package", h.supportPackage());
            g.writeObjectFieldStart("period");
            g.writeStringField("from", h.from().toString());
            g.writeStringField("to", h.to().toString());
            g.writeStringField("zone", h.zone().getId());
            g.writeBooleanField("given", h.periodGiven());
            g.writeEndObject();
            g.writeStringField("reading", h.reading());
            optional(g, "activated", h.activated().map(Object::toString));
            g.writeNumberField("activation_credit_minutes", h.activationCreditMinutes());
            evidence(g, h);

            g.writeArrayFieldStart("calls");
            for (PricedCall c : bill.calls()) {
                call(g, c, bill, texts);
            }
            g.writeEndArray();

            g.writeArrayFieldStart("months");
            for (MonthTotal m : bill.months()) {
                month(g, m, bill);
            }
            g.writeEndArray();

            g.writeArrayFieldStart("tiers");
            for (TierTotal t : bill.tiers()) {
                g.writeStartObject();
                g.writeStringField("tier", t.tier());
                g.writeStringField("label", t.label());
                g.writeBooleanField("booked", t.booked());
                g.writeArrayFieldStart("months");
                for (Map.Entry<YearMonth, BigDecimal> e : t.months().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("month", e.getKey().toString());
                    money(g, "total", e.getValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
                money(g, "total", t.total());
                g.writeEndObject();
            }
            g.writeEndArray();

            money(g, "total", bill.total());
            if (h.vatPercent().isPresent()) {
                g.writeStringField(
                        "vat_percent", h.vatPercent().get().stripTrailingZeros().toPlainString());
                money(g, "vat", bill.vat().orElseThrow());
                money(g, "total_gross", bill.gross().orElseThrow());
            }

            g.writeArrayFieldStart("open_questions");
            for (OpenQuestion q : bill.questions()) {
                question(g, q, h);
            }
            g.writeEndArray();

            g.writeArrayFieldStart("rejected");
            for (RejectedRow r : bill.rejected()) {
                rejected(g, r);
            }
            g.writeEndArray();

            g.writeObjectFieldStart("summary");
            g.writeNumberField("rows_read", bill.rowsRead());
            g.writeNumberField("billed", bill.calls().size());
            g.writeNumberField("outside_period", bill.outsidePeriod());
            g.writeNumberField("rejected", bill.rejected().size());
            g.writeBooleanField("reconciles", bill.reconciles());
            g.writeNumberField(
                    "flagged", bill.calls().stream().filter(PricedCall::flagged).count());
            g.writeEndObject();

            if (bill.invoice().isPresent()) {
                invoice(g, bill.invoice().get(), bill, texts);
            } else {
                g.writeNullField("invoice");
            }
            g.writeArrayFieldStart("notes");
            for (String n : texts.notes(bill)) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void evidence(JsonGenerator g, BillHeader h) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeStringField("tool", Tool.NAME);
        g.writeStringField("tool_version", h.toolVersion());
        g.writeArrayFieldStart("inputs");
        for (InputFile f : h.inputs()) {
            g.writeStartObject();
            g.writeStringField("role", f.role());
            g.writeStringField("path", f.path());
            g.writeStringField("sha256", f.sha256());
            g.writeNumberField("bytes", f.bytes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void call(JsonGenerator g, PricedCall c, Bill bill, BillTexts texts) throws IOException {
        BillHeader h = bill.header();
        g.writeStartObject();
        g.writeNumberField("row", c.call().row());
        g.writeStringField("start", BillTexts.instant(c.call().start(), h.zone()));
        g.writeStringField("end", BillTexts.instant(c.call().end(), h.zone()));
        g.writeStringField("line", c.call().line().key());
        optional(g, "caller", c.call().caller());
        optional(g, "ticket", c.call().ticket());
        g.writeStringField("month", c.month().toString());
        g.writeNumberField("duration_seconds", c.call().seconds());
        g.writeNumberField("minutes", c.billedMinutes());
        g.writeNumberField("regular_minutes", c.regularMinutes());
        g.writeNumberField("credit_minutes", c.creditMinutes());
        g.writeNumberField("free_minutes", c.freeMinutes());
        g.writeNumberField("paid_minutes", c.paidMinutes());
        money(g, "charge", c.charge());
        money(g, "phone_charge", c.phoneCharge());
        money(g, "hotline_charge", c.hotlineCharge());
        g.writeStringField("rule", c.rule().key());
        optional(g, "band", c.band());
        g.writeBooleanField("holiday", c.holiday());
        g.writeArrayFieldStart("items");
        for (ChargeItem i : c.items()) {
            g.writeStartObject();
            g.writeStringField("kind", i.kind().key());
            g.writeStringField("label", i.label());
            g.writeNumberField("minutes", i.minutes());
            g.writeNumberField("increment", i.increment());
            money(g, "price", i.price());
            money(g, "amount", i.amount());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("explanation", texts.explanation(c));
        g.writeArrayFieldStart("flags");
        for (String f : BillTexts.flagKeys(c)) {
            g.writeString(f);
        }
        g.writeEndArray();
        if (c.asHotline().isPresent()) {
            money(g, "as_hotline", c.asHotline().get());
        }
        Map<String, BigDecimal> others = bill.otherCharges(c);
        if (!others.isEmpty()) {
            g.writeArrayFieldStart("other_readings");
            for (Map.Entry<String, BigDecimal> e : others.entrySet()) {
                g.writeStartObject();
                g.writeStringField("reading", e.getKey());
                money(g, "charge", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void month(JsonGenerator g, MonthTotal m, Bill bill) throws IOException {
        g.writeStartObject();
        g.writeStringField("month", m.month().toString());
        g.writeArrayFieldStart("fees");
        for (Fee f : m.fees()) {
            g.writeStartObject();
            g.writeStringField("tier", f.tier());
            g.writeStringField("label", f.label());
            money(g, "amount", f.amount());
            optional(g, "included_in", f.includedIn());
            g.writeEndObject();
        }
        g.writeEndArray();
        money(g, "fee_total", m.feeTotal());
        g.writeNumberField("included_minutes", m.includedMinutes());
        g.writeNumberField("carried_in_minutes", m.carriedInMinutes());
        g.writeNumberField("calls", m.calls());
        g.writeNumberField("hotline_calls", m.hotlineCalls());
        g.writeNumberField("regular_minutes", m.regularMinutes());
        g.writeNumberField("credit_minutes", m.creditMinutes());
        g.writeNumberField("free_minutes", m.freeMinutes());
        g.writeNumberField("paid_minutes", m.paidMinutes());
        money(g, "phone_charge", m.phoneCharge());
        money(g, "hotline_charge", m.hotlineCharge());
        money(g, "total", m.total());
        Optional<BigDecimal> vat = bill.vat(m);
        if (vat.isPresent()) {
            money(g, "vat", vat.get());
            money(g, "total_gross", m.total().add(vat.get()));
        }
        g.writeNumberField("unused_minutes", m.unusedMinutes());
        g.writeNumberField("credit_left", m.creditLeft());
        g.writeEndObject();
    }

    private static void question(JsonGenerator g, OpenQuestion q, BillHeader h) throws IOException {
        g.writeStartObject();
        g.writeStringField("ambiguity", q.ambiguity());
        g.writeStringField("question", q.question());
        optional(g, "contract_says", q.contractWords());
        g.writeStringField("reading", q.reading());
        g.writeBooleanField("default", q.isDefault());
        g.writeStringField("assumes", q.meaning());
        g.writeArrayFieldStart("other_readings");
        for (OpenQuestion.OtherReading o : q.others()) {
            g.writeStartObject();
            g.writeStringField("reading", o.name());
            g.writeStringField("meaning", o.meaning());
            money(g, "total", o.total());
            money(g, "difference", o.difference());
            g.writeArrayFieldStart("months");
            for (Map.Entry<YearMonth, BigDecimal> e : o.months().entrySet()) {
                g.writeStartObject();
                g.writeStringField("month", e.getKey().toString());
                money(g, "total", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("calls");
            for (OpenQuestion.CallChange c : o.calls()) {
                g.writeStartObject();
                g.writeNumberField("row", c.row());
                g.writeStringField("start", BillTexts.instant(c.start(), h.zone()));
                g.writeStringField("line", c.line().key());
                money(g, "charge", c.charge());
                money(g, "other_charge", c.otherCharge());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void invoice(JsonGenerator g, InvoiceCheck c, Bill bill, BillTexts texts) throws IOException {
        g.writeObjectFieldStart("invoice");
        g.writeStringField("file", c.evidence().path());
        money(g, "tolerance", c.tolerance());
        g.writeBooleanField("overcharged", c.overcharged());
        money(g, "overcharged_by", c.overchargedBy());
        money(g, "undercharged_by", c.underchargedBy());
        money(g, "invoiced_total", c.invoicedTotal());
        money(g, "expected_total", bill.gross().orElse(bill.total()));
        g.writeNumberField("rows_read", c.rowsRead());
        g.writeBooleanField("reconciles", c.reconciles());
        g.writeArrayFieldStart("findings");
        for (InvoiceFinding f : c.findings()) {
            g.writeStartObject();
            g.writeStringField("verdict", f.verdict().key());
            g.writeStringField("kind", f.kind().key());
            g.writeArrayFieldStart("lines");
            for (InvoiceLine l : f.lines()) {
                g.writeStartObject();
                g.writeNumberField("row", l.row());
                g.writeStringField("date", l.date().toString());
                g.writeStringField("description", l.description());
                money(g, "amount", l.amount());
                g.writeEndObject();
            }
            g.writeEndArray();
            money(g, "invoiced", f.invoiced());
            if (f.expected().isPresent()) {
                money(g, "expected", f.expectedAmount());
                g.writeStringField("expected_charge", f.expected().get().key());
                g.writeStringField("about", texts.expected(f.expected().get(), bill));
            } else {
                g.writeNullField("expected");
            }
            money(g, "difference", f.difference());
            g.writeArrayFieldStart("other_readings");
            for (String r : f.otherReadings()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rejected");
        for (RejectedRow r : c.rejected()) {
            rejected(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void rejected(JsonGenerator g, RejectedRow r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("row", r.line());
        g.writeStringField("id", r.id());
        g.writeStringField("reason", r.reason().toString());
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, String key, BigDecimal amount) throws IOException {
        g.writeStringField(key, Money.text(amount));
    }

    private static void optional(JsonGenerator g, String key, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(key, value.get());
        } else {
            g.writeNullField(key);
        }
    }
}
