package io.slaudit.billing;

import io.slaudit.policy.CommercialTerms;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PricingRules;
import io.slaudit.policy.SupportPackage;
import io.slaudit.policy.Tier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a customer booked: a tier, and optionally a package that includes tiers ("level 2 is
 * included in the Enterprise package"). The booked tier's phone minutes and price apply.
 */
public record Booking(Tier tier, Optional<SupportPackage> supportPackage) {

    public Booking {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(supportPackage, "supportPackage");
    }

    /**
     * The booking a name gives: a tier (by key, label or alias), or a package, which books the
     * tier it includes (the last, when it includes several).
     *
     * @throws IllegalArgumentException naming the tiers and packages there are
     */
    public static Booking named(Policy policy, String name, Optional<String> packageName) {
        CommercialTerms c = policy.commercial();
        Optional<SupportPackage> pkg = packageName.map(n -> c.packageNamed(n)
                .orElseThrow(() -> new IllegalArgumentException("the contract has no package '" + n + "'; packages: "
                        + (c.packages().isEmpty()
                                ? "none"
                                : String.join(", ", c.packages().keySet())))));
        Optional<Tier> tier = policy.tierNamed(name);
        if (tier.isEmpty()) {
            Optional<SupportPackage> asPackage = c.packageNamed(name);
            if (asPackage.isPresent() && !asPackage.get().includesTiers().isEmpty()) {
                if (pkg.isPresent() && !pkg.get().equals(asPackage.get())) {
                    throw new IllegalArgumentException("'" + name + "' is a package; book one package");
                }
                List<String> included = asPackage.get().includesTiers();
                return new Booking(c.tiers().get(included.get(included.size() - 1)), asPackage);
            }
            throw new IllegalArgumentException("the contract has no tier or package '" + name + "'; tiers: "
                    + String.join(", ", c.tiers().keySet())
                    + (c.packages().isEmpty()
                            ? ""
                            : "; packages: " + String.join(", ", c.packages().keySet())));
        }
        return new Booking(tier.get(), pkg);
    }

    /** "Supportlevel 2 (Enterprise-Paket)". */
    public String label() {
        return tier.label() + supportPackage.map(p -> " (" + p.label() + ")").orElse("");
    }

    /**
     * The monthly fees: the booked tier's, and, where the rules charge a required tier's fee too,
     * those of the tiers it requires (first the required ones); a tier the package includes costs
     * nothing on its own.
     */
    public List<Fee> fees(Policy policy, PricingRules rules) {
        Set<String> keys = new LinkedHashSet<>();
        if (rules.requiredTierFees() == PricingRules.RequiredTierFees.CHARGED) {
            required(policy, tier, keys, new LinkedHashSet<>());
        }
        keys.add(tier.key());
        List<Fee> out = new ArrayList<>();
        for (String k : keys) {
            Tier t = policy.commercial().tiers().get(k);
            boolean included =
                    supportPackage.map(p -> p.includesTiers().contains(k)).orElse(false);
            out.add(new Fee(
                    t.key(),
                    t.label(),
                    included ? Money.ZERO : Money.cents(t.monthlyFee()),
                    included ? supportPackage.map(SupportPackage::label) : Optional.empty()));
        }
        return out;
    }

    private static void required(Policy policy, Tier t, Set<String> out, Set<String> seen) {
        if (!seen.add(t.key())) {
            return;
        }
        for (String r : t.requires()) {
            Tier req = policy.commercial().tiers().get(r);
            if (req != null) {
                required(policy, req, out, seen);
                out.add(req.key());
            }
        }
    }
}
