package io.slaudit.policy.lint;

import io.slaudit.policy.Policy;
import io.slaudit.policy.SupportPackage;
import java.util.ArrayList;
import java.util.List;

/**
 * A package that a ticket's tier column may name (exports often carry the product package a
 * customer bought, "Enterprise", rather than the support level it includes) without saying which
 * tier that means: it includes no tier, so such a ticket is rejected as of an unknown tier and the
 * bill books none; or it includes several, so the audit judges the ticket under the last one listed
 * (as {@code slaudit bill} books it), which is the encoding's choice, not the contract's words.
 */
final class PackageTierUnclear implements LintRule {

    @Override
    public String id() {
        return "package-tier-unclear";
    }

    @Override
    public String summary() {
        return "a package a ticket's tier may name includes no support tier, or several, so which tier governs"
                + " its tickets is not stated";
    }

    @Override
    public List<LintWarning> check(LintSubject c) {
        Policy p = c.policy();
        if (p.commercial().tiers().isEmpty()) {
            return List.of();
        }
        List<LintWarning> out = new ArrayList<>();
        for (SupportPackage pkg : p.commercial().packages().values()) {
            if (p.tierNamed(pkg.key()).isPresent() || p.tierNamed(pkg.label()).isPresent()) {
                continue; // a tier of that name wins, which alias-shadowed reports
            }
            String path = "packages/" + pkg.key();
            if (pkg.includesTiers().isEmpty()) {
                out.add(c.warning(
                        this,
                        path,
                        "package '" + pkg.key() + "' ('" + pkg.label() + "') includes no support tier: a ticket whose"
                                + " tier is '" + pkg.label() + "' is rejected as of an unknown tier; name the tier it"
                                + " includes (includes: [TIER]) or give the tier the package's name as an alias"));
            } else if (pkg.includesTiers().size() > 1) {
                String last = pkg.includesTiers().get(pkg.includesTiers().size() - 1);
                out.add(c.warning(
                        this,
                        path + "/includes",
                        "package '" + pkg.key() + "' ('" + pkg.label() + "') includes the tiers "
                                + String.join(", ", pkg.includesTiers()) + ": a ticket whose tier is '"
                                + pkg.label() + "' is judged under '" + last + "', the last listed, which the"
                                + " contract does not say; list the tier that governs its tickets last, give that"
                                + " tier the package's name as an alias, or accept this warning with the reason"));
            }
        }
        return out;
    }
}
