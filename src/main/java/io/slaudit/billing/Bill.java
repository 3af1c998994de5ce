package io.slaudit.billing;

import io.slaudit.policy.Policy;
import io.slaudit.tickets.RejectedRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The finished bill of a period: every call priced with its rule, the months' totals, what the same
 * calls cost on each tier, the open questions of the price list with the price under each other
 * reading, the rows rejected, and the invoice check when an invoice was given. Renderers format it;
 * they compute nothing.
 *
 * @param otherCharges for each call (by its line in the file) whose charge another reading changes,
 *     the charge under that reading, by reading name
 * @param outsidePeriod accepted calls that lie before or after the months billed
 */
public record Bill(
        BillHeader header,
        Policy policy,
        PricedBill priced,
        List<TierTotal> tiers,
        List<OpenQuestion> questions,
        Map<Long, Map<String, BigDecimal>> otherCharges,
        long rowsRead,
        long outsidePeriod,
        List<RejectedRow> rejected,
        Optional<InvoiceCheck> invoice) {

    public Bill {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(priced, "priced");
        tiers = List.copyOf(tiers);
        questions = List.copyOf(questions);
        otherCharges = Map.copyOf(otherCharges);
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(invoice, "invoice");
    }

    public List<PricedCall> calls() {
        return priced.calls();
    }

    public List<MonthTotal> months() {
        return priced.months();
    }

    /** The net total of the months billed. */
    public BigDecimal total() {
        return priced.total();
    }

    /** A month's VAT, when asked for: the percentage of its net total, to the cent. */
    public Optional<BigDecimal> vat(MonthTotal month) {
        return header.vatPercent().map(p -> Money.percent(month.total(), p));
    }

    /** The VAT of the period: the sum of the months' VAT, as monthly invoices add it up. */
    public Optional<BigDecimal> vat() {
        return header.vatPercent()
                .map(p ->
                        months().stream().map(m -> Money.percent(m.total(), p)).reduce(Money.ZERO, BigDecimal::add));
    }

    public Optional<BigDecimal> gross() {
        return vat().map(v -> total().add(v));
    }

    /** Calls billed + outside the period + rejected = rows read. */
    public boolean reconciles() {
        return calls().size() + outsidePeriod + rejected.size() == rowsRead;
    }

    /** Whether an invoice charges more than is due by more than the tolerance: exit code 1. */
    public boolean overcharged() {
        return invoice.map(InvoiceCheck::overcharged).orElse(false);
    }

    /** The charge of a call under the other readings that change it. */
    public Map<String, BigDecimal> otherCharges(PricedCall call) {
        return otherCharges.getOrDefault(call.call().row(), Map.of());
    }
}
