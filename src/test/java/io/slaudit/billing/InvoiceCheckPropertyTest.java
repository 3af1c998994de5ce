package io.slaudit.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random months of calls: an invoice written from exactly the charges due matches line by
 * line in any order, and the same invoice with one line raised is overcharged by that much, on
 * that line, and nowhere else.
 */
class InvoiceCheckPropertyTest {

    @TempDir
    Path dir;

    @RepeatedTest(6)
    void anInvoiceOfTheChargesDueMatchesAndOneRaisedLineIsFound(RepetitionInfo run) throws IOException {
        Random random = new Random(31 * run.getCurrentRepetition());
        SaasContract.Calls calls = new SaasContract.Calls();
        long from = SaasContract.at("2026-10-01T00:00");
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 40 + random.nextInt(80); i++) {
            starts.add(from + random.nextInt(92 * 86_400));
        }
        Collections.sort(starts);
        for (long s : starts) {
            calls.add(random.nextBoolean() ? PhoneLine.SUPPORT : PhoneLine.HOTLINE, s, random.nextInt(50 * 60));
        }
        List<Call> withTickets = new ArrayList<>();
        for (Call c : calls.list) {
            withTickets.add(new Call(c.row(), c.start(), c.end(), c.line(), c.caller(), Optional.of("T" + c.row())));
        }
        String[] tiers = {"level-1", "level-2", "level-3"};
        PricedBill bill = Pricing.price(
                SaasContract.tariff(""),
                Booking.named(SaasContract.POLICY, tiers[run.getCurrentRepetition() % 3], Optional.empty()),
                withTickets,
                YearMonth.of(2026, 10),
                YearMonth.of(2026, 12),
                Optional.of(LocalDate.of(2026, 10, 1)));
        Optional<BigDecimal> vat = Optional.of(new BigDecimal("19"));
        List<ExpectedCharge> due = Billing.expected(bill, vat);
        List<String> lines = new ArrayList<>();
        for (ExpectedCharge e : due) {
            if (e.amount().signum() == 0) {
                continue;
            }
            String date = e.call()
                    .map(c -> Instant.ofEpochSecond(c.call().start())
                            .atZone(SaasContract.BERLIN)
                            .toLocalDate()
                            .toString())
                    .orElse(e.month().atEndOfMonth().toString());
            String reference = e.call().flatMap(c -> c.call().ticket()).orElse("");
            String description = e.tier().map(t -> "fee " + t).orElse(e.kind().key());
            lines.add(
                    date + "," + description + "," + e.amount().toPlainString().replace('.', ',') + ","
                            + e.kind().key() + "," + reference);
        }
        Collections.shuffle(lines, random);

        InvoiceCheck exact = check(lines, due);
        assertThat(exact.findings()).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(InvoiceFinding.Verdict.MATCHED));
        assertThat(exact.overcharged()).isFalse();
        assertThat(exact.reconciles()).isTrue();
        assertThat(exact.invoicedTotal())
                .isEqualTo(bill.total()
                        .add(due.stream()
                                .filter(e -> e.kind() == InvoiceLine.Kind.VAT)
                                .map(ExpectedCharge::amount)
                                .reduce(Money.ZERO, BigDecimal::add)));

        int raised = random.nextInt(lines.size());
        String[] cells = lines.get(raised).split(",", -1);
        BigDecimal amount = new BigDecimal(cells[2] + "." + cells[3]);
        BigDecimal more = new BigDecimal(random.nextInt(5000) + 1).movePointLeft(2);
        List<String> wrong = new ArrayList<>(lines);
        wrong.set(
                raised,
                cells[0] + "," + cells[1] + "," + amount.add(more).toPlainString() + "," + cells[4] + "," + cells[5]);
        InvoiceCheck found = check(wrong, due);
        assertThat(found.findings())
                .filteredOn(f -> f.verdict() != InvoiceFinding.Verdict.MATCHED)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.verdict()).isEqualTo(InvoiceFinding.Verdict.OVERCHARGED);
                    assertThat(f.difference()).isEqualTo(Money.cents(more));
                    assertThat(f.lines().get(0).row()).isEqualTo(raised + 2);
                });
        assertThat(found.overchargedBy()).isEqualTo(Money.cents(more));
    }

    private InvoiceCheck check(List<String> lines, List<ExpectedCharge> due) throws IOException {
        Path f = dir.resolve("invoice.csv");
        List<String> all = new ArrayList<>();
        all.add("date,description,amount,kind,reference");
        // amounts with a decimal comma are quoted, as a spreadsheet writes them
        for (String l : lines) {
            String[] c = l.split(",", -1);
            all.add(c.length == 6 ? c[0] + "," + c[1] + ",\"" + c[2] + "," + c[3] + "\"," + c[4] + "," + c[5] : l);
        }
        Files.write(f, all, StandardCharsets.UTF_8);
        InvoiceReader.Invoice invoice = InvoiceReader.read(f, SaasContract.BERLIN, "EUR");
        assertThat(invoice.rejected()).isEmpty();
        LinkedHashSet<YearMonth> months =
                new LinkedHashSet<>(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)));
        return InvoiceCheck.match(
                invoice, due, Map.of(), months, true, new BigDecimal("0.01"), SaasContract.POLICY, SaasContract.BERLIN);
    }
}
