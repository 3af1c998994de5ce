package io.slaudit.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What support costs: tiers, packages that include them, phone support, an emergency hotline, and
 * the rules by which the prices are applied, and whether the document calls its prices net or gross.
 */
public record CommercialTerms(
        String currency,
        Map<String, Tier> tiers,
        Map<String, SupportPackage> packages,
        Optional<PhoneSupport> phoneSupport,
        Optional<Hotline> hotline,
        PricingRules pricing,
        PriceBasis priceBasis) {

    public static final CommercialTerms NONE =
            new CommercialTerms("EUR", Map.of(), Map.of(), Optional.empty(), Optional.empty());

    /** Terms applied by the default rules. */
    public CommercialTerms(
            String currency,
            Map<String, Tier> tiers,
            Map<String, SupportPackage> packages,
            Optional<PhoneSupport> phoneSupport,
            Optional<Hotline> hotline) {
        this(currency, tiers, packages, phoneSupport, hotline, PricingRules.DEFAULT, PriceBasis.UNSTATED);
    }

    public CommercialTerms {
        Objects.requireNonNull(currency, "currency");
        tiers = Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
        packages = Collections.unmodifiableMap(new LinkedHashMap<>(packages));
        Objects.requireNonNull(phoneSupport, "phoneSupport");
        Objects.requireNonNull(hotline, "hotline");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(priceBasis, "priceBasis");
    }

    /** Whether the contract prices anything: a tier, phone support or a hotline. */
    public boolean hasPrices() {
        return !tiers.isEmpty() || phoneSupport.isPresent() || hotline.isPresent();
    }

    public Optional<SupportPackage> packageNamed(String name) {
        String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
        return packages.values().stream()
                .filter(p -> p.key().toLowerCase(java.util.Locale.ROOT).equals(wanted)
                        || p.label().toLowerCase(java.util.Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /**
     * The tier a package books: the one it includes, or the last when it includes several (as
     * {@code slaudit bill} books it); empty for a package that includes none.
     */
    public Optional<Tier> tierOf(SupportPackage p) {
        java.util.List<String> included = p.includesTiers();
        return included.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(tiers.get(included.get(included.size() - 1)));
    }

    public Optional<Tier> defaultTier() {
        return tiers.values().stream().filter(Tier::isDefault).findFirst();
    }
}
