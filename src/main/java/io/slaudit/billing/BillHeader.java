package io.slaudit.billing;

import io.slaudit.audit.InputFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bill priced and how: the contract, the booking, the months, the reading, the zone of the
 * calls, the activation date, VAT and tolerance, and the evidence (tool version, every input's
 * SHA-256).
 */
public record BillHeader(
        String policyId,
        String vendor,
        Optional<String> product,
        String currency,
        String tier,
        String bookingLabel,
        Optional<String> supportPackage,
        YearMonth from,
        YearMonth to,
        boolean periodGiven,
        String reading,
        ZoneId zone,
        Optional<LocalDate> activated,
        int activationCreditMinutes,
        Optional<BigDecimal> vatPercent,
        BigDecimal tolerance,
        String toolVersion,
        List<InputFile> inputs) {

    public BillHeader {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(bookingLabel, "bookingLabel");
        Objects.requireNonNull(supportPackage, "supportPackage");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(activated, "activated");
        Objects.requireNonNull(vatPercent, "vatPercent");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(toolVersion, "toolVersion");
        inputs = List.copyOf(inputs);
    }

    /** The months billed, in order. */
    public List<YearMonth> months() {
        List<YearMonth> out = new java.util.ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }
}
