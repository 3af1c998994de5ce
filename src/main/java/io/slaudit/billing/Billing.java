package io.slaudit.billing;

import io.slaudit.Tool;
import io.slaudit.audit.InputFile;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.input.SourceMark;
import io.slaudit.policy.Ambiguity;
import io.slaudit.policy.PhoneSupport;
import io.slaudit.policy.Policy;
import io.slaudit.policy.ReadingChoice;
import io.slaudit.policy.Tier;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code slaudit bill}: prices every call of a calls file by the contract, month by month, states
 * what each open question of the price list would change, and checks an invoice against it.
 */
public final class Billing {

    private Billing() {}

    /**
     * @throws InputException for unusable files or a reading, tier or package the contract lacks
     */
    public static Bill run(BillRequest request) {
        Policy policy = request.policy();
        if (!policy.commercial().hasPrices()) {
            throw InputException.invalid(
                    SourceMark.file(request.policyFile().toString()),
                    "the contract states no prices (no tiers, phone support or hotline); there is nothing to bill");
        }
        ReadingChoice reading;
        try {
            reading = request.reading().map(r -> policy.reading(r, false)).orElse(policy.defaultReading());
        } catch (IllegalArgumentException e) {
            throw new InputException(
                    InputException.Kind.INVALID, new Problem(SourceMark.file("--reading"), e.getMessage()));
        }
        Booking booking = booking(policy, request);
        PublicHolidays holidays = PublicHolidays.library();
        Tariff tariff = new Tariff(policy, policy.pricingUnder(reading), holidays);
        ZoneId zone = request.callsZone().orElse(tariff.zone());
        CallReader.Calls calls = CallReader.read(request.calls(), zone, tariff.hasHotline());
        Optional<InvoiceReader.Invoice> invoice = request.invoice()
                .map(f ->
                        InvoiceReader.read(f, tariff.zone(), policy.commercial().currency()));

        YearMonth from;
        YearMonth to;
        if (request.from().isPresent()) {
            from = request.from().get();
            to = request.to().orElseThrow();
        } else {
            List<YearMonth> months = new ArrayList<>();
            calls.calls().forEach(c -> months.add(Pricing.month(c.start(), tariff)));
            invoice.ifPresent(i -> i.lines().forEach(l -> months.add(l.month())));
            if (months.isEmpty()) {
                throw InputException.invalid(
                        SourceMark.file(request.calls().toString()),
                        "the calls file has no call to bill"
                                + (calls.rejected().isEmpty() ? "" : " (every row was rejected)")
                                + "; name the months with --month or --period to bill the fees alone");
            }
            from = months.stream().min(YearMonth::compareTo).orElseThrow();
            to = months.stream().max(YearMonth::compareTo).orElseThrow();
        }

        PricedBill priced = Pricing.price(tariff, booking, calls.calls(), from, to, request.activated());
        long outside = calls.calls().size() - priced.calls().size();

        List<TierTotal> tiers = new ArrayList<>();
        for (Tier t : policy.commercial().tiers().values()) {
            PricedBill p = t.key().equals(booking.tier().key())
                    ? priced
                    : Pricing.price(
                            tariff,
                            new Booking(t, booking.supportPackage()),
                            calls.calls(),
                            from,
                            to,
                            request.activated());
            Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
            p.months().forEach(m -> months.put(m.month(), m.total()));
            tiers.add(new TierTotal(t.key(), t.label(), p == priced, months, p.total()));
        }

        List<OpenQuestion> questions = new ArrayList<>();
        Map<Long, Map<String, BigDecimal>> otherCharges = new LinkedHashMap<>();
        // what each other reading makes due, by charge: kept instead of its whole bill
        Map<String, Map<String, BigDecimal>> dueUnder = new LinkedHashMap<>();
        for (Ambiguity a : policy.ambiguities().values()) {
            if (!a.bearsOnPricing()) {
                continue;
            }
            String chosen = reading.readingOf(a.key());
            List<OpenQuestion.OtherReading> others = new ArrayList<>();
            for (Ambiguity.Reading r : a.readings().values()) {
                if (r.key().equals(chosen)) {
                    continue;
                }
                ReadingChoice alt = reading.with(a.key(), r.key());
                String name = a.key() + "=" + r.key();
                PricedBill p = Pricing.price(
                        new Tariff(policy, policy.pricingUnder(alt), holidays),
                        booking,
                        calls.calls(),
                        from,
                        to,
                        request.activated());
                if (invoice.isPresent()) {
                    Map<String, BigDecimal> byKey = new LinkedHashMap<>();
                    expected(p, request.vatPercent()).forEach(e -> byKey.put(e.key(), e.amount()));
                    dueUnder.put(name, byKey);
                }
                List<OpenQuestion.CallChange> changes = new ArrayList<>();
                for (int i = 0; i < priced.calls().size(); i++) {
                    PricedCall mine = priced.calls().get(i);
                    PricedCall theirs = p.calls().get(i);
                    if (mine.charge().compareTo(theirs.charge()) != 0) {
                        changes.add(new OpenQuestion.CallChange(
                                mine.call().row(),
                                mine.call().start(),
                                mine.call().line(),
                                mine.charge(),
                                theirs.charge()));
                        otherCharges
                                .computeIfAbsent(mine.call().row(), k -> new LinkedHashMap<>())
                                .put(name, theirs.charge());
                    }
                }
                Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
                p.months().forEach(m -> months.put(m.month(), m.total()));
                others.add(new OpenQuestion.OtherReading(
                        name, r.key(), r.meaning(), p.total(), p.total().subtract(priced.total()), changes, months));
            }
            questions.add(new OpenQuestion(
                    a.key(),
                    a.question(),
                    a.source(),
                    chosen,
                    a.readings().get(chosen).meaning(),
                    chosen.equals(a.defaultReading()),
                    others));
        }

        Optional<InvoiceCheck> check = invoice.map(inv -> {
            return InvoiceCheck.match(
                    inv,
                    expected(priced, request.vatPercent()),
                    dueUnder,
                    new LinkedHashSet<>(months(from, to)),
                    request.vatPercent().isPresent(),
                    request.tolerance(),
                    policy,
                    tariff.zone());
        });

        int credit = policy.commercial()
                .phoneSupport()
                .map(PhoneSupport::activationCreditMinutes)
                .orElse(0);
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(InputFile.of("policy", request.policyFile()));
        inputs.add(calls.evidence());
        invoice.ifPresent(i -> inputs.add(i.evidence()));
        BillHeader header = new BillHeader(
                policy.id(),
                policy.identity().vendor(),
                policy.identity().product(),
                policy.commercial().currency(),
                booking.tier().key(),
                booking.label(),
                booking.supportPackage().map(p -> p.key()),
                from,
                to,
                request.from().isPresent(),
                readingName(policy, reading),
                zone,
                request.activated(),
                credit,
                request.vatPercent(),
                request.tolerance(),
                Tool.version(),
                inputs);
        return new Bill(
                header,
                policy,
                priced,
                tiers,
                questions,
                otherCharges,
                calls.rowsRead(),
                outside,
                calls.rejected(),
                check);
    }

    /** "default", or the choices that differ from the defaults: {@code band-crossing=per-block}. */
    static String readingName(Policy policy, ReadingChoice reading) {
        ReadingChoice defaults = policy.defaultReading();
        List<String> changed = new ArrayList<>();
        reading.choices().forEach((k, v) -> {
            if (!v.equals(defaults.readingOf(k))) {
                changed.add(k + "=" + v);
            }
        });
        return changed.isEmpty() ? "default" : String.join(",", changed);
    }

    private static Booking booking(Policy policy, BillRequest request) {
        request.supportPackage().ifPresent(n -> {
            if (policy.commercial().packageNamed(n).isEmpty()) {
                throw new InputException(
                        InputException.Kind.INVALID,
                        new Problem(
                                SourceMark.file("--package"),
                                "the contract has no package '" + n + "'; packages: "
                                        + (policy.commercial().packages().isEmpty()
                                                ? "none"
                                                : String.join(
                                                        ", ",
                                                        policy.commercial()
                                                                .packages()
                                                                .keySet()))));
            }
        });
        try {
            if (request.tier().isPresent()) {
                return Booking.named(policy, request.tier().get(), request.supportPackage());
            }
            Optional<Tier> tier = policy.commercial()
                    .defaultTier()
                    .or(() -> policy.commercial().tiers().values().stream().findFirst());
            if (tier.isEmpty()) {
                Tier none = new Tier(
                        "none",
                        "no tier",
                        BigDecimal.ZERO,
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        true,
                        List.of(),
                        Optional.empty());
                return new Booking(none, Optional.empty());
            }
            return Booking.named(policy, tier.get().key(), request.supportPackage());
        } catch (IllegalArgumentException e) {
            throw new InputException(
                    InputException.Kind.INVALID, new Problem(SourceMark.file("--tier"), e.getMessage()));
        }
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** The charges an invoice for the bill should have, in the order the bill lists them. */
    static List<ExpectedCharge> expected(PricedBill bill, Optional<BigDecimal> vatPercent) {
        List<ExpectedCharge> out = new ArrayList<>();
        for (MonthTotal m : bill.months()) {
            for (Fee f : m.fees()) {
                out.add(new ExpectedCharge(
                        InvoiceLine.Kind.FEE,
                        m.month(),
                        Optional.of(f.tier()),
                        Optional.empty(),
                        f.amount(),
                        ExpectedCharge.feeKey(m.month(), f.tier())));
            }
            out.add(new ExpectedCharge(
                    InvoiceLine.Kind.PHONE,
                    m.month(),
                    Optional.empty(),
                    Optional.empty(),
                    m.phoneCharge(),
                    ExpectedCharge.phoneKey(m.month())));
            for (PricedCall c : bill.calls()) {
                if (c.month().equals(m.month()) && c.hotlineCharge().signum() > 0) {
                    out.add(new ExpectedCharge(
                            InvoiceLine.Kind.HOTLINE,
                            m.month(),
                            Optional.empty(),
                            Optional.of(c),
                            c.hotlineCharge(),
                            ExpectedCharge.hotlineKey(c.call().row())));
                }
            }
            vatPercent.ifPresent(p -> out.add(new ExpectedCharge(
                    InvoiceLine.Kind.VAT,
                    m.month(),
                    Optional.empty(),
                    Optional.empty(),
                    Money.percent(m.total(), p),
                    ExpectedCharge.vatKey(m.month()))));
        }
        return out;
    }
}
