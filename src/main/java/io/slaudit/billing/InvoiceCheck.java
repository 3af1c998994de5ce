package io.slaudit.billing;

import io.slaudit.audit.InputFile;
import io.slaudit.policy.Policy;
import io.slaudit.policy.SupportPackage;
import io.slaudit.policy.Tier;
import io.slaudit.tickets.RejectedRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An invoice matched line by line against the charges the contract leads one to expect:
 * overcharges, undercharges, lines that bill nothing the contract prices, and charges no line
 * bills. Exit code 1 of {@code slaudit bill} means {@link #overcharged()}.
 *
 * <p>Matching: a line's kind comes from its {@code kind} column, else from its words (hotline,
 * Notfall; MwSt, USt, VAT; Telefon, phone, Minute; a tier's or package's name, fee, Gebühr). A fee
 * line bills the fee of the tier it names (else the month's only fee); the phone lines of a month
 * together bill the month's paid minutes; a hotline line bills the call its {@code reference}
 * names (ticket or start), else the call at its date's time, else a call on its date (one of equal
 * amount first). A second line for a charge already billed bills nothing: it is unexpected.
 */
public record InvoiceCheck(
        InputFile evidence,
        long rowsRead,
        List<RejectedRow> rejected,
        BigDecimal tolerance,
        List<InvoiceFinding> findings) {

    public InvoiceCheck {
        Objects.requireNonNull(evidence, "evidence");
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(tolerance, "tolerance");
        findings = List.copyOf(findings);
    }

    /** Whether some line charges more than is due by more than the tolerance. */
    public boolean overcharged() {
        return findings.stream().anyMatch(InvoiceCheck::isOvercharge);
    }

    static boolean isOvercharge(InvoiceFinding f) {
        return f.verdict() == InvoiceFinding.Verdict.OVERCHARGED
                || f.verdict() == InvoiceFinding.Verdict.UNEXPECTED
                        && f.difference().signum() > 0;
    }

    /** The sum of the overcharges: what the customer should not have to pay. */
    public BigDecimal overchargedBy() {
        return findings.stream()
                .filter(InvoiceCheck::isOvercharge)
                .map(InvoiceFinding::difference)
                .reduce(Money.ZERO, BigDecimal::add);
    }

    /** The sum of the undercharges: what the vendor could still bill. */
    public BigDecimal underchargedBy() {
        return findings.stream()
                .filter(f -> f.verdict() == InvoiceFinding.Verdict.UNDERCHARGED
                        || f.verdict() == InvoiceFinding.Verdict.NOT_INVOICED
                        || f.verdict() == InvoiceFinding.Verdict.UNEXPECTED
                                && f.difference().signum() < 0)
                .map(f -> f.difference().negate())
                .reduce(Money.ZERO, BigDecimal::add);
    }

    /** What the checked lines (those inside the period) charge. */
    public BigDecimal invoicedTotal() {
        return findings.stream()
                .filter(f -> f.verdict() != InvoiceFinding.Verdict.OUTSIDE_PERIOD)
                .map(InvoiceFinding::invoiced)
                .reduce(Money.ZERO, BigDecimal::add);
    }

    public long count(InvoiceFinding.Verdict verdict) {
        return findings.stream().filter(f -> f.verdict() == verdict).count();
    }

    /** Every line read is a finding's or a rejected row. */
    public boolean reconciles() {
        long lines = findings.stream().mapToLong(f -> f.lines().size()).sum();
        return lines + rejected.size() == rowsRead;
    }

    // ------------------------------------------------------------------ matching

    /**
     * @param expected the charges due, in the order the bill lists them
     * @param alternatives the charges due under each other reading, by reading name and key
     */
    static InvoiceCheck match(
            InvoiceReader.Invoice invoice,
            List<ExpectedCharge> expected,
            Map<String, Map<String, BigDecimal>> alternatives,
            Set<YearMonth> months,
            boolean vatChecked,
            BigDecimal tolerance,
            Policy policy,
            ZoneId zone) {
        Matcher m = new Matcher(expected, alternatives, tolerance, policy, zone);
        List<InvoiceFinding> findings = new ArrayList<>();
        Map<InvoiceLine, InvoiceLine.Kind> kinds = new LinkedHashMap<>();
        Map<YearMonth, List<InvoiceLine>> phone = new LinkedHashMap<>();
        for (InvoiceLine line : invoice.lines()) {
            InvoiceLine.Kind kind = line.kind().orElseGet(() -> m.kindOf(line.description()));
            kinds.put(line, kind);
            if (kind == InvoiceLine.Kind.PHONE && months.contains(line.month())) {
                phone.computeIfAbsent(line.month(), k -> new ArrayList<>()).add(line);
            }
        }
        for (InvoiceLine line : invoice.lines()) {
            InvoiceLine.Kind kind = kinds.get(line);
            if (!months.contains(line.month())) {
                findings.add(m.finding(InvoiceFinding.Verdict.OUTSIDE_PERIOD, kind, List.of(line), Optional.empty()));
                continue;
            }
            switch (kind) {
                case PHONE -> {
                    // the phone lines of a month add up to one charge, stated where the first one is
                    List<InvoiceLine> group = phone.get(line.month());
                    if (group.get(0) == line) {
                        findings.add(m.compare(kind, group, m.take(ExpectedCharge.phoneKey(line.month()))));
                    }
                }
                case VAT -> {
                    if (vatChecked) {
                        findings.add(m.compare(kind, List.of(line), m.take(ExpectedCharge.vatKey(line.month()))));
                    } else {
                        findings.add(
                                m.finding(InvoiceFinding.Verdict.NOT_CHECKED, kind, List.of(line), Optional.empty()));
                    }
                }
                case FEE -> findings.add(m.compare(kind, List.of(line), m.fee(line)));
                case HOTLINE -> findings.add(m.compare(kind, List.of(line), m.hotline(line)));
                default -> findings.add(m.compare(kind, List.of(line), Optional.empty()));
            }
        }
        for (ExpectedCharge e : m.open()) {
            if (e.amount().abs().compareTo(tolerance) > 0) {
                findings.add(m.notInvoiced(e));
            }
        }
        return new InvoiceCheck(invoice.evidence(), invoice.rowsRead(), invoice.rejected(), tolerance, findings);
    }

    private static final java.util.regex.Pattern HOTLINE_WORDS =
            java.util.regex.Pattern.compile("hotline|notfall|emergency");
    private static final java.util.regex.Pattern VAT_WORDS =
            java.util.regex.Pattern.compile("\\b(mwst|ust|umsatzsteuer|mehrwertsteuer|vat)\\b");
    private static final java.util.regex.Pattern PHONE_WORDS =
            java.util.regex.Pattern.compile("telefon|phone|minute|\\bmin\\b");
    private static final java.util.regex.Pattern FEE_WORDS =
            java.util.regex.Pattern.compile("fee|gebühr|pauschale|supportlevel|support level|monatlich|monthly");

    /** The state of one matching: the charges not yet billed. */
    private static final class Matcher {
        private final Map<String, ExpectedCharge> open = new LinkedHashMap<>();
        private final Map<String, Map<String, BigDecimal>> alternatives;
        private final BigDecimal tolerance;
        private final Map<String, String> tierNames = new LinkedHashMap<>();
        private final Set<String> packageNames = new LinkedHashSet<>();
        private final ZoneId zone;

        Matcher(
                List<ExpectedCharge> expected,
                Map<String, Map<String, BigDecimal>> alternatives,
                BigDecimal tolerance,
                Policy policy,
                ZoneId zone) {
            expected.forEach(e -> open.put(e.key(), e));
            this.alternatives = alternatives;
            this.tolerance = tolerance;
            this.zone = zone;
            for (Tier t : policy.commercial().tiers().values()) {
                for (String n : t.names()) {
                    if (n.length() >= 3) {
                        tierNames.put(n.toLowerCase(Locale.ROOT), t.key());
                    }
                }
            }
            for (SupportPackage p : policy.commercial().packages().values()) {
                packageNames.add(p.label().toLowerCase(Locale.ROOT));
                packageNames.add(p.key().toLowerCase(Locale.ROOT));
            }
        }

        List<ExpectedCharge> open() {
            return List.copyOf(open.values());
        }

        Optional<ExpectedCharge> take(String key) {
            return Optional.ofNullable(open.remove(key));
        }

        InvoiceLine.Kind kindOf(String description) {
            String d = description.toLowerCase(Locale.ROOT);
            if (HOTLINE_WORDS.matcher(d).find()) {
                return InvoiceLine.Kind.HOTLINE;
            }
            if (VAT_WORDS.matcher(d).find()) {
                return InvoiceLine.Kind.VAT;
            }
            if (PHONE_WORDS.matcher(d).find()) {
                return InvoiceLine.Kind.PHONE;
            }
            if (tierNamed(d).isPresent()
                    || packageNames.stream().anyMatch(d::contains)
                    || FEE_WORDS.matcher(d).find()) {
                return InvoiceLine.Kind.FEE;
            }
            return InvoiceLine.Kind.OTHER;
        }

        /** The tier a description names: the longest name that occurs in it as a whole word. */
        Optional<String> tierNamed(String description) {
            String d = description.toLowerCase(Locale.ROOT);
            String best = null;
            for (String name : tierNames.keySet()) {
                int at = d.indexOf(name);
                while (at >= 0) {
                    int after = at + name.length();
                    boolean whole = (at == 0 || !Character.isLetterOrDigit(d.charAt(at - 1)) || name.contains(" "))
                            && (after == d.length() || !Character.isLetterOrDigit(d.charAt(after)));
                    if (whole && (best == null || name.length() > best.length())) {
                        best = name;
                    }
                    at = d.indexOf(name, at + 1);
                }
            }
            return Optional.ofNullable(best).map(tierNames::get);
        }

        Optional<ExpectedCharge> fee(InvoiceLine line) {
            Optional<String> tier = tierNamed(line.description());
            if (tier.isPresent()) {
                return take(ExpectedCharge.feeKey(line.month(), tier.get()));
            }
            List<ExpectedCharge> fees = open.values().stream()
                    .filter(e -> e.kind() == InvoiceLine.Kind.FEE && e.month().equals(line.month()))
                    .toList();
            Optional<ExpectedCharge> same =
                    fees.stream().filter(e -> close(e.amount(), line.amount())).findFirst();
            Optional<ExpectedCharge> chosen = same.or(
                    () -> fees.stream().filter(e -> e.amount().signum() != 0).findFirst());
            return chosen.flatMap(e -> take(e.key()));
        }

        Optional<ExpectedCharge> hotline(InvoiceLine line) {
            List<ExpectedCharge> calls = open.values().stream()
                    .filter(e -> e.kind() == InvoiceLine.Kind.HOTLINE)
                    .toList();
            List<ExpectedCharge> candidates;
            if (line.reference().isPresent()) {
                String ref = line.reference().get().trim();
                candidates = calls.stream()
                        .filter(e -> e.call()
                                .map(c -> c.call()
                                                .ticket()
                                                .map(t -> t.equalsIgnoreCase(ref))
                                                .orElse(false)
                                        || referencesStart(ref, c.call().start()))
                                .orElse(false))
                        .toList();
            } else if (line.at().isPresent()) {
                long at = line.at().getAsLong();
                candidates = calls.stream()
                        .filter(e -> e.call()
                                .map(c -> Math.abs(c.call().start() - at) < 60)
                                .orElse(false))
                        .toList();
            } else {
                candidates = calls.stream()
                        .filter(e -> e.call()
                                .map(c -> Instant.ofEpochSecond(c.call().start())
                                        .atZone(zone)
                                        .toLocalDate()
                                        .equals(line.date()))
                                .orElse(false))
                        .toList();
            }
            Optional<ExpectedCharge> chosen = candidates.stream()
                    .filter(e -> close(e.amount(), line.amount()))
                    .findFirst()
                    .or(() -> candidates.stream().findFirst());
            return chosen.flatMap(e -> take(e.key()));
        }

        private boolean referencesStart(String ref, long start) {
            try {
                long t = new io.slaudit.tickets.TimestampParser(zone, List.of()).parse(ref);
                return Math.abs(t - start) < 60;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private boolean close(BigDecimal a, BigDecimal b) {
            return a.subtract(b).abs().compareTo(tolerance) <= 0;
        }

        InvoiceFinding compare(InvoiceLine.Kind kind, List<InvoiceLine> lines, Optional<ExpectedCharge> expected) {
            BigDecimal invoiced = sum(lines);
            if (expected.isEmpty()) {
                List<String> readings = new ArrayList<>();
                if (kind == InvoiceLine.Kind.FEE && lines.size() == 1) {
                    tierNamed(lines.get(0).description())
                            .ifPresent(t -> readings.addAll(readingsDue(
                                    ExpectedCharge.feeKey(lines.get(0).month(), t), invoiced)));
                }
                return new InvoiceFinding(
                        InvoiceFinding.Verdict.UNEXPECTED,
                        kind,
                        lines,
                        Optional.empty(),
                        invoiced,
                        Money.ZERO,
                        invoiced,
                        readings);
            }
            ExpectedCharge e = expected.get();
            BigDecimal difference = invoiced.subtract(e.amount());
            InvoiceFinding.Verdict verdict = difference.abs().compareTo(tolerance) <= 0
                    ? InvoiceFinding.Verdict.MATCHED
                    : difference.signum() > 0
                            ? InvoiceFinding.Verdict.OVERCHARGED
                            : InvoiceFinding.Verdict.UNDERCHARGED;
            List<String> readings =
                    verdict == InvoiceFinding.Verdict.MATCHED ? List.of() : readingsDue(e.key(), invoiced);
            return new InvoiceFinding(verdict, kind, lines, expected, invoiced, e.amount(), difference, readings);
        }

        InvoiceFinding notInvoiced(ExpectedCharge e) {
            return new InvoiceFinding(
                    InvoiceFinding.Verdict.NOT_INVOICED,
                    e.kind(),
                    List.of(),
                    Optional.of(e),
                    Money.ZERO,
                    e.amount(),
                    e.amount().negate(),
                    readingsDue(e.key(), Money.ZERO));
        }

        InvoiceFinding finding(
                InvoiceFinding.Verdict verdict,
                InvoiceLine.Kind kind,
                List<InvoiceLine> lines,
                Optional<ExpectedCharge> expected) {
            return new InvoiceFinding(verdict, kind, lines, expected, sum(lines), Money.ZERO, Money.ZERO, List.of());
        }

        /** The readings under which {@code amount} is what is due for the charge. */
        private List<String> readingsDue(String key, BigDecimal amount) {
            List<String> out = new ArrayList<>();
            alternatives.forEach((reading, charges) -> {
                BigDecimal due = charges.getOrDefault(key, Money.ZERO);
                if (close(due, amount)) {
                    out.add(reading);
                }
            });
            return out;
        }

        private static BigDecimal sum(List<InvoiceLine> lines) {
            return Money.cents(lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }
}
