package io.slaudit.report;

import io.slaudit.audit.InputFile;
import io.slaudit.billing.Bill;
import io.slaudit.billing.BillHeader;
import io.slaudit.billing.InvoiceCheck;
import io.slaudit.billing.InvoiceFinding;
import io.slaudit.billing.InvoiceLine;
import io.slaudit.billing.MonthTotal;
import io.slaudit.billing.OpenQuestion;
import io.slaudit.billing.PricedCall;
import io.slaudit.billing.TierTotal;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.PolicyExplainer;
import io.slaudit.report.ReportView.Fact;
import io.slaudit.tickets.RejectedRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link BillView} from a bill, in the document's language. */
final class BillViews {

    private BillViews() {}

    static BillView build(Bill bill, ReportLanguage lang, int listLimit) {
        BillTexts texts = new BillTexts(lang, bill.header().currency(), false);
        BillHeader h = bill.header();
        String subject = h.product().map(p -> p + " (" + h.vendor() + ")").orElse(h.vendor());
        return new BillView(
                lang.code(),
                lang.label("bill.title") + ": " + subject,
                cover(bill, lang, subject),
                summary(bill, texts),
                tiers(bill, texts),
                invoice(bill, texts),
                questions(bill, texts),
                calls(bill, texts, listLimit),
                rows(bill, lang),
                evidence(bill, texts),
                List.of(ReportViews.appendix(
                        bill.policy(), new PolicyExplainer(lang.locale(), PublicHolidays.library()))));
    }

    private static String months(BillHeader h, ReportLanguage lang) {
        return h.from().equals(h.to()) ? lang.month(h.from()) : lang.month(h.from()) + " – " + lang.month(h.to());
    }

    private static ReportView.Cover cover(Bill bill, ReportLanguage lang, String subject) {
        BillHeader h = bill.header();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(lang.label("cover.vendor"), h.vendor()));
        h.product().ifPresent(p -> facts.add(new Fact(lang.label("cover.product"), p)));
        facts.add(new Fact(lang.label("cover.contract"), h.policyId()));
        facts.add(new Fact(lang.label("bill.cover.booking"), h.bookingLabel() + " (" + h.tier() + ")"));
        String months = months(h, lang) + (h.periodGiven() ? "" : " (" + lang.label("bill.cover.months.calls") + ")");
        facts.add(new Fact(lang.label("bill.cover.months"), months));
        facts.add(new Fact(
                lang.label("bill.cover.prices"),
                h.vatPercent()
                        .map(v -> lang.label(
                                "bill.cover.prices.vat",
                                h.currency(),
                                v.stripTrailingZeros().toPlainString()))
                        .orElse(lang.label("bill.cover.prices.net", h.currency()))));
        facts.add(new Fact(lang.label("cover.reading"), h.reading()));
        facts.add(new Fact(
                lang.label("bill.cover.activated"),
                h.activated().map(lang::date).orElse(lang.label("bill.cover.activated.none"))));
        for (InputFile f : h.inputs()) {
            if (f.role().equals("calls")) {
                facts.add(new Fact(lang.label("bill.cover.calls"), f.path()));
            } else if (f.role().equals("invoice")) {
                facts.add(new Fact(lang.label("bill.cover.invoice"), f.path()));
            }
        }
        return new ReportView.Cover(
                lang.label("bill.title"),
                subject,
                months(h, lang),
                facts,
                lang.label("bill.cover.times", h.zone().getId()),
                lang.label("cover.generated", h.toolVersion()));
    }

    private static BillView.Summary summary(Bill bill, BillTexts t) {
        ReportLanguage lang = t.language();
        List<Fact> figures = new ArrayList<>();
        figures.add(new Fact(lang.label("bill.figure.total"), t.money(bill.total())));
        bill.gross().ifPresent(g -> figures.add(new Fact(lang.label("bill.figure.gross"), t.money(g))));
        figures.add(new Fact(
                lang.label("bill.figure.calls"), lang.count(bill.calls().size())));
        figures.add(new Fact(
                lang.label("bill.figure.flagged"),
                lang.count(bill.calls().stream().filter(PricedCall::flagged).count())));
        bill.invoice()
                .ifPresent(
                        i -> figures.add(new Fact(lang.label("bill.figure.overcharged"), t.money(i.overchargedBy()))));
        List<BillView.MonthRow> rows = new ArrayList<>();
        int calls = 0;
        int minutes = 0;
        int free = 0;
        int credit = 0;
        int paid = 0;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal phone = BigDecimal.ZERO;
        BigDecimal hotline = BigDecimal.ZERO;
        for (MonthTotal m : bill.months()) {
            rows.add(new BillView.MonthRow(
                    lang.month(m.month()),
                    lang.decimal(m.feeTotal()),
                    lang.count(m.calls()),
                    lang.count(m.regularMinutes()),
                    lang.count(m.freeMinutes()) + " / " + lang.count(m.creditMinutes()),
                    lang.count(m.paidMinutes()),
                    lang.decimal(m.phoneCharge()),
                    lang.decimal(m.hotlineCharge()),
                    lang.decimal(m.total()),
                    bill.vat(m).map(lang::decimal).orElse(""),
                    bill.vat(m).map(v -> lang.decimal(m.total().add(v))).orElse("")));
            calls += m.calls();
            minutes += m.regularMinutes();
            free += m.freeMinutes();
            credit += m.creditMinutes();
            paid += m.paidMinutes();
            fees = fees.add(m.feeTotal());
            phone = phone.add(m.phoneCharge());
            hotline = hotline.add(m.hotlineCharge());
        }
        BillView.MonthRow total = new BillView.MonthRow(
                lang.label("bill.total"),
                lang.decimal(fees),
                lang.count(calls),
                lang.count(minutes),
                lang.count(free) + " / " + lang.count(credit),
                lang.count(paid),
                lang.decimal(phone),
                lang.decimal(hotline),
                lang.decimal(bill.total()),
                bill.vat().map(lang::decimal).orElse(""),
                bill.gross().map(lang::decimal).orElse(""));
        return new BillView.Summary(
                figures, rows, total, bill.header().vatPercent().isPresent());
    }

    private static BillView.Tiers tiers(Bill bill, BillTexts t) {
        ReportLanguage lang = t.language();
        List<String> months =
                bill.header().months().stream().map(lang::shortMonth).toList();
        List<BillView.TierRow> rows = new ArrayList<>();
        for (TierTotal tier : bill.tiers()) {
            List<String> cells = new ArrayList<>();
            for (YearMonth m : bill.header().months()) {
                cells.add(lang.decimal(tier.months().getOrDefault(m, BigDecimal.ZERO)));
            }
            rows.add(new BillView.TierRow(
                    tier.booked() ? lang.label("bill.tiers.booked", tier.label()) : tier.label(),
                    tier.booked(),
                    cells,
                    lang.decimal(tier.total())));
        }
        return new BillView.Tiers(months, rows);
    }

    private static BillView.Invoice invoice(Bill bill, BillTexts t) {
        ReportLanguage lang = t.language();
        if (bill.invoice().isEmpty()) {
            return new BillView.Invoice(false, lang.label("bill.invoice.none"), "", List.of(), "", true, "", List.of());
        }
        InvoiceCheck c = bill.invoice().get();
        List<BillView.FindingRow> rows = new ArrayList<>();
        for (InvoiceFinding f : c.findings()) {
            Optional<InvoiceLine> first = f.lines().stream().findFirst();
            String description = f.lines().stream()
                    .map(InvoiceLine::description)
                    .reduce((a, b) -> a + " / " + b)
                    .orElse("");
            rows.add(new BillView.FindingRow(
                    f.rows(),
                    first.map(l -> lang.date(l.date())).orElse(""),
                    description,
                    t.kind(f),
                    f.lines().isEmpty() ? "" : lang.decimal(f.invoiced()),
                    f.expected().isPresent() ? lang.decimal(f.expectedAmount()) : "",
                    signed(f.difference(), lang),
                    t.verdict(f),
                    t.findingNote(f, bill),
                    isOvercharge(f)));
        }
        long lines = c.findings().stream().mapToLong(f -> f.lines().size()).sum();
        String counts = lang.label(
                "bill.invoice.summary",
                lang.count(lines),
                lang.count(c.count(InvoiceFinding.Verdict.MATCHED)),
                lang.count(c.count(InvoiceFinding.Verdict.OVERCHARGED)),
                lang.count(c.count(InvoiceFinding.Verdict.UNDERCHARGED)),
                lang.count(c.count(InvoiceFinding.Verdict.UNEXPECTED)),
                lang.count(c.count(InvoiceFinding.Verdict.NOT_INVOICED)),
                lang.count(c.count(InvoiceFinding.Verdict.OUTSIDE_PERIOD)));
        return new BillView.Invoice(
                true,
                lang.label("bill.invoice.intro", t.money(c.tolerance())),
                counts,
                rows,
                c.overcharged()
                        ? lang.label("bill.invoice.overcharged", t.money(c.overchargedBy()))
                        : lang.label("bill.invoice.ok"),
                !c.overcharged(),
                c.underchargedBy().signum() > 0
                        ? lang.label("bill.invoice.undercharged", t.money(c.underchargedBy()))
                        : "",
                rejections(c.rejected(), lang));
    }

    private static boolean isOvercharge(InvoiceFinding f) {
        return f.verdict() == InvoiceFinding.Verdict.OVERCHARGED
                || f.verdict() == InvoiceFinding.Verdict.UNEXPECTED
                        && f.difference().signum() > 0;
    }

    private static String signed(BigDecimal amount, ReportLanguage lang) {
        return (amount.signum() > 0 ? "+" : "") + lang.decimal(amount);
    }

    private static List<BillView.Question> questions(Bill bill, BillTexts t) {
        ReportLanguage lang = t.language();
        List<BillView.Question> out = new ArrayList<>();
        for (OpenQuestion q : bill.questions()) {
            List<BillView.OtherReading> others = new ArrayList<>();
            for (OpenQuestion.OtherReading o : q.others()) {
                List<BillView.Change> changes = new ArrayList<>();
                for (OpenQuestion.CallChange c : o.calls()) {
                    changes.add(new BillView.Change(
                            String.valueOf(c.row()),
                            lang.dateTime(c.start(), bill.header().zone()),
                            c.line().key(),
                            lang.decimal(c.charge()),
                            lang.decimal(c.otherCharge())));
                }
                String summary = signed(o.difference(), lang) + "; "
                        + (o.calls().isEmpty()
                                ? lang.label("bill.question.unchanged")
                                : lang.label(
                                        "bill.question.changes",
                                        lang.count(o.calls().size())));
                others.add(new BillView.OtherReading(
                        o.name(),
                        o.meaning(),
                        lang.label("bill.question.other", o.name(), t.money(o.total()), summary),
                        summary,
                        changes));
            }
            out.add(new BillView.Question(
                    q.ambiguity(),
                    q.question(),
                    q.contractWords().orElse(""),
                    lang.label("bill.question.assumes", q.reading()) + ": " + q.meaning(),
                    others));
        }
        return out;
    }

    private static BillView.Calls calls(Bill bill, BillTexts t, int listLimit) {
        List<BillView.CallRow> rows = new ArrayList<>();
        List<BillView.CallRow> flagged = new ArrayList<>();
        for (PricedCall c : bill.calls()) {
            BillView.CallRow row = row(c, bill, t);
            if (rows.size() < listLimit) {
                rows.add(row);
            }
            if (c.flagged() && flagged.size() < listLimit) {
                flagged.add(row);
            }
        }
        ReportLanguage lang = t.language();
        String note = bill.calls().size() > rows.size()
                ? lang.label(
                        "bill.calls.shown",
                        lang.count(rows.size()),
                        lang.count(bill.calls().size()))
                : "";
        return new BillView.Calls(rows, bill.calls().size(), note, flagged);
    }

    private static BillView.CallRow row(PricedCall c, Bill bill, BillTexts t) {
        ReportLanguage lang = t.language();
        Map<String, BigDecimal> others = bill.otherCharges(c);
        List<String> otherTexts = new ArrayList<>();
        others.forEach((reading, charge) -> otherTexts.add(reading + ": " + lang.decimal(charge)));
        return new BillView.CallRow(
                String.valueOf(c.call().row()),
                lang.dateTime(c.call().start(), bill.header().zone()),
                c.call().line().key(),
                c.call().caller().orElse(""),
                length(c.call().seconds()),
                lang.count(c.billedMinutes()),
                t.rule(c),
                lang.decimal(c.charge()),
                t.explanation(c),
                String.join("; ", t.flags(c)),
                String.join("; ", otherTexts),
                c.flagged());
    }

    /** A call's length to the second: {@code 9:01}, {@code 1:30:00}. */
    static String length(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0
                ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(java.util.Locale.ROOT, "%d:%02d", m, s);
    }

    private static BillView.Rows rows(Bill bill, ReportLanguage lang) {
        return new BillView.Rows(
                bill.outsidePeriod() == 0 ? "" : lang.label("bill.rows.outside", lang.count(bill.outsidePeriod())),
                rejections(bill.rejected(), lang),
                lang.label(
                        "bill.rows.reconciles",
                        lang.count(bill.rowsRead()),
                        lang.count(bill.calls().size()),
                        lang.count(bill.outsidePeriod()),
                        lang.count(bill.rejected().size())),
                bill.reconciles());
    }

    private static List<ReportView.Rejection> rejections(List<RejectedRow> rows, ReportLanguage lang) {
        return rows.stream()
                .map(r -> new ReportView.Rejection(
                        String.valueOf(r.line()), r.id(), r.reason().text(lang.locale())))
                .toList();
    }

    private static BillView.Evidence evidence(Bill bill, BillTexts t) {
        ReportLanguage lang = t.language();
        BillHeader h = bill.header();
        List<Fact> tool = List.of(
                new Fact("slaudit", h.toolVersion()),
                new Fact(lang.label("cover.reading"), h.reading()),
                new Fact(lang.label("bill.cover.months"), h.from() + " – " + h.to()));
        List<ReportView.InputRow> inputs = h.inputs().stream()
                .map(f -> new ReportView.InputRow(f.role(), f.path(), f.sha256(), lang.count(f.bytes())))
                .toList();
        return new BillView.Evidence(tool, inputs, t.notes(bill));
    }
}
