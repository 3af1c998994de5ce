package io.slaudit.policy.lint;

import io.slaudit.policy.Policy;
import io.slaudit.policy.Priority;
import io.slaudit.policy.Severity;
import io.slaudit.policy.SupportPackage;
import io.slaudit.policy.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names that shadow each other where a ticket's (or a call's, or an invoice line's) value is
 * matched, with spaces trimmed and case ignored. Validation already refuses two priorities,
 * channels, regions or tiers claiming one name; what it lets through, and this rule reports:
 *
 * <ul>
 *   <li>a tier name that is also a package's key or label: a booking by that name finds the tier
 *       first, so the package is never booked by it; and two packages sharing a name;
 *   <li>a priority name that is the severity another priority claims ({@code severity: critical}):
 *       an export's {@code critical} lands on the class with the name, while a comparison of
 *       contracts treats the other class as critical;
 *   <li>a state that {@code pause-on} lists twice in different spellings.
 * </ul>
 *
 * The first match in the file wins, so the later name never applies.
 */
final class ShadowedName implements LintRule {

    @Override
    public String id() {
        return "alias-shadowed";
    }

    @Override
    public String summary() {
        return "a tier name is a package's name, two packages share a name, a priority's name is another"
                + " priority's severity, or pause-on lists a state twice";
    }

    /** A name as the contract writes it, the thing it names and where. */
    private record Name(String owner, String text, String path) {}

    @Override
    public List<LintWarning> check(LintSubject c) {
        Policy p = c.policy();
        List<LintWarning> out = new ArrayList<>();
        List<Name> priorities = new ArrayList<>();
        for (Priority pr : p.priorities().values()) {
            String base = "priorities/" + pr.key();
            priorities.add(new Name(pr.key(), pr.key(), base));
            priorities.add(new Name(pr.key(), pr.label(), base + "/label"));
            aliases(priorities, pr.key(), base, pr.aliases());
        }
        List<Name> tiers = new ArrayList<>();
        for (Tier t : p.commercial().tiers().values()) {
            String base = "tiers/" + t.key();
            tiers.add(new Name(t.key(), t.key(), base));
            tiers.add(new Name(t.key(), t.label(), base + "/label"));
            aliases(tiers, t.key(), base, t.aliases());
        }
        packages(c, p, tiers, out);
        severities(c, p, priorities, out);
        pauseStates(c, p, out);
        return out;
    }

    private static void aliases(List<Name> into, String owner, String base, List<String> aliases) {
        for (int i = 0; i < aliases.size(); i++) {
            if (!aliases.get(i).equals(Priority.CATCH_ALL)) {
                into.add(new Name(owner, aliases.get(i), base + "/aliases/" + i));
            }
        }
    }

    /** How the audit compares a ticket's value with a name. */
    static String matched(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    /** Tier names that are package names, and package names used twice: a booking by name finds the first. */
    private void packages(LintSubject c, Policy p, List<Name> tierNames, List<LintWarning> out) {
        Map<String, Name> tiers = new HashMap<>();
        for (Name n : tierNames) {
            tiers.putIfAbsent(matched(n.text()), n);
        }
        Map<String, Name> seen = new HashMap<>();
        for (SupportPackage pkg : p.commercial().packages().values()) {
            String base = "packages/" + pkg.key();
            boolean shadowed = false;
            for (Name n :
                    List.of(new Name(pkg.key(), pkg.key(), base), new Name(pkg.key(), pkg.label(), base + "/label"))) {
                String m = matched(n.text());
                Name tier = tiers.get(m);
                if (tier != null && !shadowed) {
                    shadowed = true;
                    out.add(c.warning(
                            this,
                            n.path(),
                            "package '" + pkg.key() + "' is named '" + n.text() + "', which is also a name of tier '"
                                    + tier.owner() + "' ('" + tier.text() + "'); booking '" + n.text()
                                    + "' finds the tier first, so the package is never booked by this name"));
                }
                Name earlier = seen.putIfAbsent(m, n);
                if (earlier != null && !earlier.owner().equals(n.owner())) {
                    out.add(c.warning(
                            this,
                            n.path(),
                            "package '" + pkg.key() + "' is named '" + n.text() + "', as package '" + earlier.owner()
                                    + "' is ('" + earlier.text() + "'); booking '" + n.text() + "' finds '"
                                    + earlier.owner() + "', the first"));
                }
            }
        }
    }

    private void severities(LintSubject c, Policy p, List<Name> names, List<LintWarning> out) {
        Map<String, String> severityOwner = new HashMap<>();
        for (Priority pr : p.priorities().values()) {
            for (Severity s : pr.severities()) {
                severityOwner.putIfAbsent(s.key(), pr.key());
            }
        }
        for (Name n : names) {
            String owner = severityOwner.get(matched(n.text()));
            if (owner != null && !owner.equals(n.owner())) {
                out.add(c.warning(
                        this,
                        n.path(),
                        "the priority name '" + n.text() + "' of priority '" + n.owner() + "' is the severity of"
                                + " priority '" + owner + "' (severity: " + matched(n.text()) + "); a ticket named '"
                                + matched(n.text()) + "' is judged as '" + n.owner()
                                + "', while a comparison treats '" + owner + "' as " + matched(n.text())));
            }
        }
    }

    private void pauseStates(LintSubject c, Policy p, List<LintWarning> out) {
        Map<String, Integer> first = new HashMap<>();
        List<String> states = p.pauseOn();
        for (int i = 0; i < states.size(); i++) {
            String m = matched(states.get(i));
            String path = "pause-on/" + i;
            Integer earlier = first.putIfAbsent(m, i);
            if (earlier != null) {
                out.add(c.warning(
                        this,
                        path,
                        "pause-on lists '" + states.get(i) + "' and '" + states.get(earlier)
                                + "', which match the same ticket state (states are matched with spaces trimmed"
                                + " and case ignored); list it once"));
            }
        }
    }
}
