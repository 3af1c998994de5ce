package io.slaudit.billing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code slaudit bill} is asked: the contract and its file, the calls file, the tier (or
 * package) booked, the activation date, the months to bill (else those the calls span), an
 * invoice to check, its tolerance, VAT, the reading, and the zone of local times in the calls.
 */
public record BillRequest(
        io.slaudit.policy.Policy policy,
        Path policyFile,
        Path calls,
        Optional<String> tier,
        Optional<String> supportPackage,
        Optional<LocalDate> activated,
        Optional<YearMonth> from,
        Optional<YearMonth> to,
        Optional<Path> invoice,
        BigDecimal tolerance,
        Optional<BigDecimal> vatPercent,
        Optional<String> reading,
        Optional<ZoneId> callsZone) {

    public BillRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(policyFile, "policyFile");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(supportPackage, "supportPackage");
        Objects.requireNonNull(activated, "activated");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(vatPercent, "vatPercent");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(callsZone, "callsZone");
        if (from.isPresent() != to.isPresent() || from.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("a bill's months run from one month to a later one");
        }
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("a tolerance cannot be negative");
        }
    }
}
