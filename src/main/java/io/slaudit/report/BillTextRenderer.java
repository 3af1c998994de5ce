package io.slaudit.report;

import io.slaudit.audit.InputFile;
import io.slaudit.billing.Bill;
import io.slaudit.billing.BillHeader;
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
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bill a person reads on a terminal: the months' totals, the same calls on each tier, the
 * calls to look at, the open questions of the price list with the price under each other reading,
 * the invoice's findings, the rejected rows and the evidence. Lists no call that needs no look.
 */
final class BillTextRenderer implements Renderer<Bill> {

    static final int LISTED = 20;

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String fileName() {
        return "bill.txt";
    }

    @Override
    public void render(Bill bill, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        BillHeader h = bill.header();
        BillTexts texts = BillTexts.english(bill);
        w.printf(
                "Bill of %s by %s, contract %s%n",
                h.product().map(p -> p + " support").orElse("support"), h.vendor(), h.policyId());
        w.printf(
                "Booked %s, %s%s, net prices in %s%s, reading %s%n",
                h.bookingLabel(),
                h.from().equals(h.to()) ? h.from() : h.from() + " to " + h.to(),
                h.periodGiven() ? "" : " (the months of the calls)",
                h.currency(),
                h.vatPercent()
                        .map(v -> " + VAT " + v.stripTrailingZeros().toPlainString() + " %")
                        .orElse(""),
                h.reading());
        w.printf(
                "Calls %s%s%n%n",
                path(h, "calls"), h.activated().map(d -> ", activated " + d).orElse(""));
        w.printf(
                "Rows      %,d read = %,d billed + %,d outside the months + %,d rejected%n%n",
                bill.rowsRead(),
                bill.calls().size(),
                bill.outsidePeriod(),
                bill.rejected().size());

        boolean vat = h.vatPercent().isPresent();
        List<String[]> rows = new ArrayList<>();
        rows.add(
                vat
                        ? new String[] {
                            "month", "fees", "calls", "minutes", "free", "credit", "paid", "phone", "hotline", "total",
                            "VAT", "gross"
                        }
                        : new String[] {
                            "month", "fees", "calls", "minutes", "free", "credit", "paid", "phone", "hotline", "total"
                        });
        for (MonthTotal m : bill.months()) {
            List<String> r = new ArrayList<>(List.of(
                    m.month().toString(),
                    Money.text(m.feeTotal()),
                    n(m.calls()),
                    n(m.regularMinutes()),
                    n(m.freeMinutes()),
                    n(m.creditMinutes()),
                    n(m.paidMinutes()),
                    Money.text(m.phoneCharge()),
                    Money.text(m.hotlineCharge()),
                    Money.text(m.total())));
            if (vat) {
                BigDecimal v = bill.vat(m).orElseThrow();
                r.add(Money.text(v));
                r.add(Money.text(m.total().add(v)));
            }
            rows.add(r.toArray(String[]::new));
        }
        List<String> total =
                new ArrayList<>(List.of("total", "", "", "", "", "", "", "", "", Money.text(bill.total())));
        if (vat) {
            total.add(Money.text(bill.vat().orElseThrow()));
            total.add(Money.text(bill.gross().orElseThrow()));
        }
        rows.add(total.toArray(String[]::new));
        TextRenderer.table(w, rows, 1);
        w.println();

        if (bill.tiers().size() > 1) {
            w.println("The same calls on each tier");
            List<String[]> tiers = new ArrayList<>();
            List<String> head = new ArrayList<>(List.of("tier"));
            bill.header().months().forEach(m -> head.add(m.toString()));
            head.add("total");
            tiers.add(head.toArray(String[]::new));
            for (TierTotal t : bill.tiers()) {
                List<String> r = new ArrayList<>(List.of(t.label() + (t.booked() ? " (billed)" : "")));
                for (YearMonth m : bill.header().months()) {
                    r.add(Money.text(t.months().getOrDefault(m, BigDecimal.ZERO)));
                }
                r.add(Money.text(t.total()));
                tiers.add(r.toArray(String[]::new));
            }
            TextRenderer.table(w, tiers, 1);
            w.println();
        }

        List<PricedCall> flagged =
                bill.calls().stream().filter(PricedCall::flagged).toList();
        if (!flagged.isEmpty()) {
            w.printf("Calls to look at (%,d)%n", flagged.size());
            for (PricedCall c : flagged.subList(0, Math.min(LISTED, flagged.size()))) {
                w.printf(
                        "  line %d  %s  %s  %s: %s%n",
                        c.call().row(),
                        BillTexts.instant(c.call().start(), h.zone()),
                        c.call().line().key(),
                        Money.text(c.charge()),
                        String.join("; ", texts.flags(c)));
            }
            more(w, flagged.size());
            w.println();
        }

        if (!bill.questions().isEmpty()) {
            w.println(
                    "Open questions of the price list (the bill follows the reading marked; each other reading priced)");
            for (OpenQuestion q : bill.questions()) {
                w.printf("  %s: %s%n", q.ambiguity(), q.question());
                q.contractWords().ifPresent(s -> w.printf("    The contract says: %s%n", s));
                w.printf("    slaudit assumes (%s): %s%n", q.reading(), q.meaning());
                for (OpenQuestion.OtherReading o : q.others()) {
                    w.printf(
                            "    Under %s: %s in all (%s%s); %s%n",
                            o.name(),
                            Money.text(o.total()),
                            o.difference().signum() > 0 ? "+" : "",
                            Money.text(o.difference()),
                            o.calls().isEmpty()
                                    ? "no call of these months changes"
                                    : (o.calls().size() == 1
                                                    ? "1 call changes: "
                                                    : o.calls().size() + " calls change: ")
                                            + o.calls().stream()
                                                    .limit(5)
                                                    .map(c -> "line " + c.row() + " " + Money.text(c.charge()) + " -> "
                                                            + Money.text(c.otherCharge()))
                                                    .collect(Collectors.joining(", "))
                                            + (o.calls().size() > 5 ? ", ..." : ""));
                }
            }
            w.println();
        }

        if (bill.invoice().isPresent()) {
            invoice(w, bill.invoice().get(), bill, texts);
        }

        if (!bill.rejected().isEmpty()) {
            w.printf("Rejected rows (%,d)%n", bill.rejected().size());
            for (RejectedRow r :
                    bill.rejected().subList(0, Math.min(LISTED, bill.rejected().size()))) {
                w.printf("  line %d%s: %s%n", r.line(), r.id().isEmpty() ? "" : " (" + r.id() + ")", r.reason());
            }
            more(w, bill.rejected().size());
            w.println();
        }

        w.println("Notes");
        for (String note : texts.notes(bill)) {
            w.println("  " + note);
        }
        w.println();
        w.printf("Evidence: slaudit %s%n", h.toolVersion());
        for (InputFile f : h.inputs()) {
            w.printf("  %-8s %s  sha256 %s%n", f.role(), f.path(), f.sha256());
        }
        w.flush();
    }

    private static void invoice(PrintWriter w, InvoiceCheck c, Bill bill, BillTexts texts) {
        long lines = c.findings().stream().mapToLong(f -> f.lines().size()).sum();
        w.printf(
                "Invoice %s: %,d lines; %d matched, %d overcharged, %d undercharged, %d not a charge of the contract,"
                        + " %d charges not invoiced, %d outside the months, %d rows rejected%n",
                c.evidence().path(),
                lines,
                c.count(InvoiceFinding.Verdict.MATCHED),
                c.count(InvoiceFinding.Verdict.OVERCHARGED),
                c.count(InvoiceFinding.Verdict.UNDERCHARGED),
                c.count(InvoiceFinding.Verdict.UNEXPECTED),
                c.count(InvoiceFinding.Verdict.NOT_INVOICED),
                c.count(InvoiceFinding.Verdict.OUTSIDE_PERIOD),
                c.rejected().size());
        for (InvoiceFinding f : c.findings()) {
            if (f.verdict() == InvoiceFinding.Verdict.MATCHED) {
                continue;
            }
            String what = f.lines().isEmpty()
                    ? "no line"
                    : "line " + f.rows() + " " + f.lines().get(0).date() + " "
                            + f.lines().stream().map(InvoiceLine::description).collect(Collectors.joining(" / "));
            String note = texts.findingNote(f, bill);
            w.printf(
                    "  %s: %s, invoiced %s, due %s: %s%s%n",
                    f.verdict().key(),
                    what,
                    f.lines().isEmpty() ? "-" : Money.text(f.invoiced()),
                    f.expected().isPresent() ? Money.text(f.expectedAmount()) : "-",
                    (f.difference().signum() > 0 ? "+" : "") + Money.text(f.difference()),
                    note.isEmpty() ? "" : " (" + note + ")");
        }
        for (RejectedRow r : c.rejected()) {
            w.printf("  rejected: line %d: %s%n", r.line(), r.reason());
        }
        w.printf(
                c.overcharged()
                        ? "  Overcharged by %s in all (tolerance %s).%n"
                        : "  No line charges more than is due (tolerance %2$s).%n",
                Money.text(c.overchargedBy()),
                Money.text(c.tolerance()));
        if (c.underchargedBy().signum() > 0) {
            w.printf("  Not yet invoiced or undercharged: %s.%n", Money.text(c.underchargedBy()));
        }
        w.println();
    }

    private static void more(PrintWriter w, int count) {
        if (count > LISTED) {
            w.printf("  ... and %,d more (every one is in the CSV and JSON outputs)%n", count - LISTED);
        }
    }

    private static String path(BillHeader h, String role) {
        return h.inputs().stream()
                .filter(f -> f.role().equals(role))
                .map(InputFile::path)
                .findFirst()
                .orElse("");
    }

    private static String n(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }
}
