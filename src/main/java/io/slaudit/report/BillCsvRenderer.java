package io.slaudit.report;

import io.slaudit.audit.InputFile;
import io.slaudit.billing.Bill;
import io.slaudit.billing.BillHeader;
import io.slaudit.billing.Fee;
import io.slaudit.billing.InvoiceFinding;
import io.slaudit.billing.InvoiceLine;
import io.slaudit.billing.Money;
import io.slaudit.billing.MonthTotal;
import io.slaudit.billing.PricedCall;
import io.slaudit.tickets.RejectedRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The bill as one table a spreadsheet holds whole: a row per month's fee, per call, per rejected
 * row and per invoice finding ({@code kind} says which), so that the rows add up to the bill and
 * every row of the inputs is there. The evidence leads as {@code #} comment lines. Amounts are
 * plain decimals; texts from the inputs that a spreadsheet would run as a formula get a leading
 * apostrophe.
 */
final class BillCsvRenderer implements Renderer<Bill> {

    static final List<String> COLUMNS = List.of(
            "kind",
            "month",
            "row",
            "start",
            "end",
            "line",
            "caller",
            "ticket",
            "tier",
            "duration_seconds",
            "minutes",
            "regular_minutes",
            "credit_minutes",
            "free_minutes",
            "paid_minutes",
            "rule",
            "band",
            "charge",
            "expected",
            "difference",
            "verdict",
            "explanation",
            "flags",
            "other_readings");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String fileName() {
        return "bill.csv";
    }

    @Override
    public boolean listsItems() {
        return true;
    }

    @Override
    public void render(Bill bill, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator('\n')
                .setCommentMarker('#')
                .get()
                .print(writer);
        BillHeader h = bill.header();
        BillTexts texts = BillTexts.english(bill);
        csv.printComment("slaudit " + h.toolVersion() + " bill of contract " + h.policyId() + ", " + h.bookingLabel()
                + ", " + h.from() + " to " + h.to() + ", reading " + h.reading());
        csv.printComment("net prices in " + h.currency()
                + h.vatPercent()
                        .map(v -> "; VAT " + v.stripTrailingZeros().toPlainString() + " %")
                        .orElse("")
                + "; total " + Money.text(bill.total())
                + bill.gross().map(g -> ", with VAT " + Money.text(g)).orElse(""));
        for (InputFile f : h.inputs()) {
            csv.printComment(f.role() + " " + f.path() + " sha256 " + f.sha256() + " (" + f.bytes() + " bytes)");
        }
        csv.printComment("rows read " + bill.rowsRead() + " = billed "
                + bill.calls().size() + " + outside the months " + bill.outsidePeriod() + " + rejected "
                + bill.rejected().size());
        csv.printRecord(COLUMNS);
        for (MonthTotal m : bill.months()) {
            for (Fee f : m.fees()) {
                Row r = new Row();
                r.set("kind", "fee").set("month", m.month().toString()).set("tier", f.tier());
                r.set("rule", "fee").set("charge", Money.text(f.amount()));
                r.set(
                        "explanation",
                        safe(f.label()
                                + f.includedIn().map(p -> ", included in " + p).orElse("")));
                csv.printRecord(Arrays.asList(r.cells));
            }
            for (PricedCall c : bill.calls()) {
                if (c.month().equals(m.month())) {
                    csv.printRecord(Arrays.asList(call(c, bill, texts).cells));
                }
            }
        }
        for (RejectedRow x : bill.rejected()) {
            Row r = new Row();
            r.set("kind", "rejected").set("row", Long.toString(x.line())).set("ticket", safe(x.id()));
            r.set("explanation", safe(x.reason().toString()));
            csv.printRecord(Arrays.asList(r.cells));
        }
        if (bill.invoice().isPresent()) {
            for (InvoiceFinding f : bill.invoice().get().findings()) {
                Row r = new Row();
                r.set("kind", "invoice")
                        .set("row", f.rows())
                        .set("verdict", f.verdict().key());
                r.set(
                        "month",
                        f.expected()
                                .map(e -> e.month().toString())
                                .orElse(
                                        f.lines().isEmpty()
                                                ? ""
                                                : f.lines().get(0).month().toString()));
                r.set(
                        "start",
                        f.lines().isEmpty() ? "" : f.lines().get(0).date().toString());
                r.set("rule", f.kind().key());
                r.set("charge", f.lines().isEmpty() ? "" : Money.text(f.invoiced()));
                r.set("expected", f.expected().isPresent() ? Money.text(f.expectedAmount()) : "");
                r.set("difference", Money.text(f.difference()));
                String description =
                        f.lines().stream().map(InvoiceLine::description).collect(Collectors.joining(" / "));
                String note = texts.findingNote(f, bill);
                r.set(
                        "explanation",
                        safe(description + (note.isEmpty() ? "" : (description.isEmpty() ? "" : "; ") + note)));
                r.set("other_readings", String.join(";", f.otherReadings()));
                csv.printRecord(Arrays.asList(r.cells));
            }
            for (RejectedRow x : bill.invoice().get().rejected()) {
                Row r = new Row();
                r.set("kind", "invoice-rejected").set("row", Long.toString(x.line()));
                r.set("explanation", safe(x.id() + ": " + x.reason()));
                csv.printRecord(Arrays.asList(r.cells));
            }
        }
        csv.flush();
        writer.flush();
    }

    private static Row call(PricedCall c, Bill bill, BillTexts texts) {
        BillHeader h = bill.header();
        Row r = new Row();
        r.set("kind", "call")
                .set("month", c.month().toString())
                .set("row", Long.toString(c.call().row()));
        r.set("start", BillTexts.instant(c.call().start(), h.zone()));
        r.set("end", BillTexts.instant(c.call().end(), h.zone()));
        r.set("line", c.call().line().key());
        r.set("caller", safe(c.call().caller().orElse("")));
        r.set("ticket", safe(c.call().ticket().orElse("")));
        r.set("tier", h.tier());
        r.set("duration_seconds", Long.toString(c.call().seconds()));
        r.set("minutes", Integer.toString(c.billedMinutes()));
        r.set("regular_minutes", Integer.toString(c.regularMinutes()));
        r.set("credit_minutes", Integer.toString(c.creditMinutes()));
        r.set("free_minutes", Integer.toString(c.freeMinutes()));
        r.set("paid_minutes", Integer.toString(c.paidMinutes()));
        r.set("rule", c.rule().key());
        r.set("band", c.band().orElse(""));
        r.set("charge", Money.text(c.charge()));
        r.set("explanation", texts.explanation(c));
        r.set("flags", String.join(";", BillTexts.flagKeys(c)));
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : bill.otherCharges(c).entrySet()) {
            others.add(e.getKey() + " " + Money.text(e.getValue()));
        }
        r.set("other_readings", String.join(";", others));
        return r;
    }

    private static String safe(String value) {
        return CsvRenderer.safe(value);
    }

    /** One record, filled by column name. */
    private static final class Row {
        final String[] cells = new String[COLUMNS.size()];

        Row() {
            Arrays.fill(cells, "");
        }

        Row set(String column, String value) {
            int i = COLUMNS.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            cells[i] = value;
            return this;
        }
    }
}
