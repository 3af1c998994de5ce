package io.slaudit.report;

import io.slaudit.billing.Bill;
import io.slaudit.billing.ChargeItem;
import io.slaudit.billing.ExpectedCharge;
import io.slaudit.billing.InvoiceFinding;
import io.slaudit.billing.PricedCall;
import io.slaudit.billing.Rule;
import io.slaudit.calendar.TimeText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a bill in one language: the rule that priced a call, the arithmetic of its
 * price, what to look at, the notes, and what an invoice finding is about. Every output of a bill
 * states them so; the machine outputs in English.
 */
final class BillTexts {

    private final ReportLanguage lang;
    private final String currency;
    private final boolean plain;

    /** @param plain whether the texts go to a machine output: plain spaces, amounts as the JSON writes them */
    BillTexts(ReportLanguage lang, String currency, boolean plain) {
        this.lang = lang;
        this.currency = currency;
        this.plain = plain;
    }

    /** The texts of the machine outputs and the terminal: English, {@code 30.00 EUR}. */
    static BillTexts english(Bill bill) {
        return new BillTexts(
                ReportLanguage.forBills(java.util.Locale.ENGLISH), bill.header().currency(), true);
    }

    ReportLanguage language() {
        return lang;
    }

    String money(BigDecimal amount) {
        return plain ? io.slaudit.billing.Money.text(amount) + " " + currency : lang.money(amount, currency);
    }

    /** "hotline, Mo-Fr Randzeiten" */
    String rule(PricedCall c) {
        if (c.rule() == Rule.HOTLINE_BAND) {
            return lang.label("rule.hotline-band", c.band().orElse(""));
        }
        if (c.rule() == Rule.HOTLINE_HOLIDAY && c.band().isPresent()) {
            return lang.label("rule.hotline-holiday.band", c.band().get());
        }
        return lang.label("rule." + c.rule().key());
    }

    /** "Mo-Fr Randzeiten: 30.00 EUR for the first 5 minutes; 2 x 5 minutes at 5.00 EUR a minute = 50.00 EUR; total 80.00 EUR" */
    String explanation(PricedCall c) {
        List<String> parts = new ArrayList<>();
        String band = "";
        for (ChargeItem i : c.items()) {
            // a run of blocks names its band only where it is not the band the call was in before
            boolean named = i.kind() == ChargeItem.Kind.BLOCKS && !i.label().equals(band);
            parts.add(item(i, named));
            if (i.kind() == ChargeItem.Kind.FIRST_MINUTES || i.kind() == ChargeItem.Kind.BLOCKS) {
                band = i.label();
            }
        }
        if (parts.isEmpty()) {
            return lang.label("item.none");
        }
        if (c.items().size() > 1 || c.items().get(0).kind() == ChargeItem.Kind.FIRST_MINUTES) {
            parts.add(lang.label("item.total", money(c.charge())));
        }
        return String.join("; ", parts);
    }

    private String item(ChargeItem i, boolean named) {
        return switch (i.kind()) {
            case FIRST_MINUTES ->
                lang.label("item.first-minutes", i.label(), money(i.price()), String.valueOf(i.minutes()));
            case BLOCKS ->
                (named ? i.label() + ": " : "")
                        + lang.label(
                                "item.blocks",
                                String.valueOf(i.blocks()),
                                String.valueOf(i.increment()),
                                money(i.price()),
                                money(i.amount()));
            case CREDIT -> lang.label("item.credit", String.valueOf(i.minutes()));
            case FREE -> lang.label("item.free", String.valueOf(i.minutes()));
            case PAID -> lang.label("item.paid", String.valueOf(i.minutes()), money(i.price()), money(i.amount()));
            case UNPRICED -> lang.label("item.unpriced", String.valueOf(i.minutes()));
        };
    }

    /** What to look at in a call, one sentence each. */
    List<String> flags(PricedCall c) {
        List<String> out = new ArrayList<>();
        if (c.outsideSupportHours()) {
            out.add(c.asHotline()
                    .map(a -> lang.label("flag.outside-support-hours.hotline", money(a)))
                    .orElse(lang.label("flag.outside-support-hours")));
        }
        if (c.rule() == Rule.HOTLINE_NOT_REACHABLE) {
            out.add(lang.label("flag.not-reachable"));
        }
        if (c.crosses()) {
            out.add(lang.label("flag.crosses"));
        }
        if (c.beforeActivation()) {
            out.add(lang.label("flag.before-activation"));
        }
        return out;
    }

    /** The stable keys of the flags, for the machine outputs. */
    static List<String> flagKeys(PricedCall c) {
        List<String> out = new ArrayList<>();
        if (c.outsideSupportHours()) {
            out.add("outside-support-hours");
        }
        if (c.rule() == Rule.HOTLINE_NOT_REACHABLE) {
            out.add("hotline-not-reachable");
        }
        if (c.crosses()) {
            out.add("crosses-boundary");
        }
        if (c.beforeActivation()) {
            out.add("before-activation");
        }
        return out;
    }

    /** What the bill assumed that every output must say. */
    List<String> notes(Bill bill) {
        List<String> out = new ArrayList<>();
        int credit = bill.header().activationCreditMinutes();
        if (credit > 0) {
            out.add(bill.header()
                    .activated()
                    .map(d -> lang.label("note.activation", String.valueOf(credit), lang.date(d)))
                    .orElse(lang.label("note.no-activation", String.valueOf(credit))));
        }
        out.add(lang.label("note.months", bill.header().zone().getId()));
        if (bill.calls().stream().anyMatch(PricedCall::outsideSupportHours)) {
            out.add(lang.label("note.outside-hours"));
        }
        return out;
    }

    /** "fee of Supportlevel 2, 2026-10" */
    String expected(ExpectedCharge e, Bill bill) {
        String month = lang.month(e.month());
        return switch (e.kind()) {
            case FEE ->
                lang.label(
                        "bill.invoice.expected.fee",
                        e.tier()
                                .map(t -> bill.policy().commercial().tiers().get(t))
                                .map(io.slaudit.policy.Tier::label)
                                .orElse(""),
                        month);
            case PHONE -> lang.label("bill.invoice.expected.phone", month);
            case HOTLINE ->
                e.call()
                        .map(c -> lang.label(
                                "bill.invoice.expected.hotline",
                                lang.dateTime(c.call().start(), bill.header().zone()),
                                String.valueOf(c.call().row())))
                        .orElse("");
            case VAT -> lang.label("bill.invoice.expected.vat", month);
            case OTHER -> "";
        };
    }

    String verdict(InvoiceFinding f) {
        return lang.label("verdict." + f.verdict().key());
    }

    String kind(InvoiceFinding f) {
        return lang.label("kind." + f.kind().key());
    }

    /** What a finding is about and which readings give the invoiced amount. */
    String findingNote(InvoiceFinding f, Bill bill) {
        List<String> parts = new ArrayList<>();
        f.expected().ifPresent(e -> parts.add(expected(e, bill)));
        if (!f.otherReadings().isEmpty()) {
            parts.add(lang.label("bill.invoice.readings", String.join(", ", f.otherReadings())));
        }
        return String.join("; ", parts);
    }

    /** An instant as the machine outputs write it: ISO-8601 with the zone's offset. */
    static String instant(long epochSecond, ZoneId zone) {
        return TimeText.format(Instant.ofEpochSecond(epochSecond), zone);
    }
}
