package io.slaudit.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What support costs: tiers, packages that include them, phone support, an emergency hotline. Prices are net. */
public record CommercialTerms(
        String currency,
        Map<String, Tier> tiers,
        Map<String, SupportPackage> packages,
        Optional<PhoneSupport> phoneSupport,
        Optional<Hotline> hotline) {

    public static final CommercialTerms NONE =
            new CommercialTerms("EUR", Map.of(), Map.of(), Optional.empty(), Optional.empty());

    public CommercialTerms {
        Objects.requireNonNull(currency, "currency");
        tiers = Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
        packages = Collections.unmodifiableMap(new LinkedHashMap<>(packages));
        Objects.requireNonNull(phoneSupport, "phoneSupport");
        Objects.requireNonNull(hotline, "hotline");
    }

    public Optional<Tier> defaultTier() {
        return tiers.values().stream().filter(Tier::isDefault).findFirst();
    }
}
