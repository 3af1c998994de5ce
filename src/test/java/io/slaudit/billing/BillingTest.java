package io.slaudit.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.input.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month of calls on Supportlevel 2 billed, its open questions priced, and an invoice checked against it. */
class BillingTest {

    @TempDir
    Path dir;

    private static final String CALLS = """
            start,end,line,caller,ticket
            2026-10-05 10:00,2026-10-05 10:25,support,a,T-1
            2026-10-06 14:00,2026-10-06 14:20,support,a,T-2
            2026-10-10 23:00,2026-10-10 23:12,hotline,b,T-3
            2026-10-12 21:58,2026-10-12 22:08,hotline,b,T-4
            2026-10-12 22:00,2026-10-12 22:05,hotline,b,T-5
            2026-11-02 10:00,2026-11-02 10:05,support,a,T-6
            """;

    private Bill bill(String invoice, Optional<String> month) throws IOException {
        Path calls = dir.resolve("calls.csv");
        Files.writeString(calls, CALLS, StandardCharsets.UTF_8);
        Optional<Path> inv = Optional.empty();
        if (invoice != null) {
            inv = Optional.of(dir.resolve("invoice.csv"));
            Files.writeString(inv.get(), invoice, StandardCharsets.UTF_8);
        }
        return Billing.run(new BillRequest(
                SaasContract.POLICY,
                Path.of("contracts/saas-support-levels.yaml"),
                calls,
                Optional.of("level-2"),
                Optional.empty(),
                Optional.empty(),
                month.map(YearMonth::parse),
                month.map(YearMonth::parse),
                inv,
                new BigDecimal("0.01"),
                Optional.of(new BigDecimal("19")),
                Optional.empty(),
                Optional.empty()));
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aMonthIsBilledAndItsRowsReconcile() throws IOException {
        Bill b = bill(null, Optional.of("2026-10"));
        // support: 25 + 20 = 45 minutes, 30 free, 15 x 0.50 = 7.50
        // hotline: Sat 23:00 12 min = 36 + 2 x 30 = 96.00; Mon 21:58 10 min (Randzeiten at start) = 30 + 25 = 55.00
        // line 6 (22:00-22:05, caller b) overlaps line 5 (21:58-22:08): rejected
        // 39.00 + 7.50 + 96.00 + 55.00 = 197.50; VAT 19 % = 37.53 (37.525 half up); gross 235.03
        assertThat(b.total()).isEqualTo(money("197.50"));
        assertThat(b.vat()).contains(money("37.53"));
        assertThat(b.gross()).contains(money("235.03"));
        assertThat(b.rowsRead()).isEqualTo(6);
        assertThat(b.calls()).hasSize(4);
        assertThat(b.outsidePeriod()).isEqualTo(1);
        assertThat(b.rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(6));
        assertThat(b.reconciles()).isTrue();
        // the same calls on each tier: level 1 = (45 - 15) x 0.50 + 151.00 = 166.00; level 3 = 89.00 + 151.00
        assertThat(b.tiers())
                .extracting(TierTotal::total)
                .containsExactly(money("166.00"), money("197.50"), money("240.00"));
        assertThat(b.tiers()).extracting(TierTotal::booked).containsExactly(false, true, false);
    }

    @Test
    void everyOpenQuestionOfThePriceListIsPricedUnderItsOtherReading() throws IOException {
        Bill b = bill(null, Optional.of("2026-10"));
        assertThat(b.questions())
                .extracting(OpenQuestion::ambiguity)
                .containsExactly(
                        "unused-minutes", "activation-credit", "level-3-fee", "band-crossing", "hotline-holidays");
        OpenQuestion crossing = b.questions().get(3);
        assertThat(crossing.reading()).isEqualTo("start-band");
        assertThat(crossing.contractWords())
                .hasValueSatisfying(w -> assertThat(w).contains("je angefangene 5 Minuten"));
        // per block, line 5's call costs 30 (21:58-22:03 Randzeiten) + 30 (22:03-22:08 Nacht, 5 x 6) = 60.00
        assertThat(crossing.others()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("band-crossing=per-block");
            assertThat(o.total()).isEqualTo(money("202.50"));
            assertThat(o.difference()).isEqualTo(money("5.00"));
            assertThat(o.calls()).singleElement().satisfies(c -> {
                assertThat(c.row()).isEqualTo(5);
                assertThat(c.charge()).isEqualTo(money("55.00"));
                assertThat(c.otherCharge()).isEqualTo(money("60.00"));
            });
        });
        assertThat(b.otherCharges(b.calls().get(3))).containsEntry("band-crossing=per-block", money("60.00"));
        // no holiday, no credit, no required tier, one month: the other questions change nothing here
        assertThat(b.questions().get(4).others().get(0).difference()).isEqualTo(money("0.00"));
    }

    private static final String INVOICE = """
            date,description,amount
            2026-10-31,Supportlevel 2 Oktober 2026,"39,00"
            2026-10-31,Telefonsupport 15 Min. à 0.50,"7,50"
            2026-10-10,Notfall-Hotline Sa 23:00 (12 Min.),"108,00"
            2026-10-12,Notfall-Hotline Mo 21:58 (10 Min.),"60,00"
            2026-10-31,Supportlevel 2 Oktober 2026,"39,00"
            2026-10-31,MwSt. 19 %,"37,53"
            2026-10-31,Rabatt,abc
            2026-11-30,Supportlevel 2 November 2026,"39,00"
            """;

    @Test
    void anInvoiceIsMatchedLineByLine() throws IOException {
        InvoiceCheck c = bill(INVOICE, Optional.of("2026-10")).invoice().orElseThrow();
        assertThat(c.findings())
                .extracting(f -> f.rows() + " " + f.verdict().key() + " " + f.difference())
                .containsExactly(
                        "2 matched 0.00",
                        "3 matched 0.00",
                        "4 overcharged 12.00", // 108.00 for 96.00 (36 + 2 x 30)
                        "5 overcharged 5.00", // 60.00 for 55.00, what the per-block reading gives
                        "6 unexpected 39.00", // the fee a second time
                        "7 matched 0.00",
                        "9 outside-period 0.00");
        assertThat(c.findings().get(3).otherReadings()).containsExactly("band-crossing=per-block");
        assertThat(c.findings().get(2).otherReadings()).isEmpty();
        assertThat(c.rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(8));
        assertThat(c.overcharged()).isTrue();
        assertThat(c.overchargedBy()).isEqualTo(money("56.00"));
        assertThat(c.reconciles()).isTrue();
    }

    @Test
    void anInvoiceThatOmitsACallIsUnderchargedNotOvercharged() throws IOException {
        InvoiceCheck c = bill("""
                        date,description,amount,kind
                        2026-10-31,Grundgebühr,39.00,fee
                        2026-10-31,Telefon,7.50,phone
                        2026-10-10 23:00,Hotline,96.00,hotline
                        2026-10-31,MwSt,37.53,vat
                        """, Optional.of("2026-10")).invoice().orElseThrow();
        assertThat(c.findings())
                .extracting(f -> f.verdict().key())
                .containsExactly("matched", "matched", "matched", "matched", "not-invoiced");
        assertThat(c.findings()
                        .get(4)
                        .expected()
                        .orElseThrow()
                        .call()
                        .orElseThrow()
                        .call()
                        .row())
                .isEqualTo(5);
        assertThat(c.overcharged()).isFalse();
        assertThat(c.underchargedBy()).isEqualTo(money("55.00"));
    }

    @Test
    void withoutAMonthTheBillSpansTheMonthsOfTheCalls() throws IOException {
        Bill b = bill(null, Optional.empty());
        assertThat(b.months())
                .extracting(MonthTotal::month)
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        // November: 39.00, 5 minutes free
        assertThat(b.total()).isEqualTo(money("236.50"));
    }

    @Test
    void aContractWithoutPricesIsRefused() throws IOException {
        Path calls = dir.resolve("calls.csv");
        Files.writeString(calls, CALLS);
        Path smashdocs = Path.of("contracts/smashdocs-support.yaml");
        assertThatThrownBy(() -> Billing.run(new BillRequest(
                        io.slaudit.policy.PolicyReader.read(smashdocs),
                        smashdocs,
                        calls,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        BigDecimal.ZERO,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the contract states no prices");
    }
}
