package io.slaudit.policy.lint;

import io.slaudit.calendar.PublicHolidays;
import io.slaudit.input.YamlNode;
import io.slaudit.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The semantic lint of a valid contract ({@code slaudit validate --strict}): every rule run over
 * the parsed policy, warnings sorted by their place in the file, minus those the contract accepts
 * in {@code lint: ignore:} with a reason. An entry there that names no rule, or that no warning
 * needs any more, is itself a warning, so that accepted warnings do not outlive their cause.
 */
public final class Lint {

    /** Every rule, in the order the documentation lists them. */
    public static final List<LintRule> RULES = List.of(
            new HolidayDataEnds(),
            new RoundTheClockGap(),
            new TargetBeyondYear(),
            new ShadowedName(),
            new TierLooserThanRequired(),
            new HotlineHolidayPriceUnstated(),
            new PackageTierUnclear());

    /** The id of the warning about a {@code lint: ignore:} entry that names no rule or accepts nothing. */
    public static final String IGNORE_RULE = "lint-ignore";

    private Lint() {}

    /**
     * @param root the YAML the policy was read from (for positions and {@code lint: ignore:})
     * @param today the date the two-year horizon and the year of open time start from
     */
    public static LintResult run(Policy policy, YamlNode root, LocalDate today, PublicHolidays holidays) {
        ContractPositions positions = new ContractPositions(root);
        LintSubject subject = new LintSubject(policy, positions, today, holidays);
        List<LintWarning> all = new ArrayList<>();
        for (LintRule rule : RULES) {
            all.addAll(rule.check(subject));
        }
        Map<String, Accepted> accepted = accepted(positions);
        List<LintWarning> warnings = new ArrayList<>();
        List<LintWarning> ignored = new ArrayList<>();
        for (LintWarning w : all) {
            Accepted a = accepted.get(w.rule());
            if (a != null) {
                a.uses++;
                ignored.add(w);
            } else {
                warnings.add(w);
            }
        }
        accepted.forEach((rule, a) -> {
            if (RULES.stream().noneMatch(r -> r.id().equals(rule))) {
                warnings.add(new LintWarning(
                        IGNORE_RULE,
                        positions.at(a.path + "/rule"),
                        "'lint: ignore' names no rule '" + rule + "'; the rules: " + String.join(", ", ids())));
            } else if (a.uses == 0) {
                warnings.add(new LintWarning(
                        IGNORE_RULE,
                        positions.at(a.path + "/rule"),
                        "'lint: ignore' accepts rule '" + rule + "', which warns of nothing in this contract;"
                                + " remove the entry"));
            }
        });
        Comparator<LintWarning> byPlace =
                Comparator.comparingInt((LintWarning w) -> w.at().line()).thenComparingInt(w -> w.at().column());
        warnings.sort(byPlace);
        ignored.sort(byPlace);
        return new LintResult(warnings, ignored);
    }

    public static List<String> ids() {
        return RULES.stream().map(LintRule::id).toList();
    }

    /** An entry of {@code lint: ignore:}: how many warnings it accepted. */
    private static final class Accepted {
        final String path;
        int uses;

        Accepted(String path) {
            this.path = path;
        }
    }

    /** The rules the contract accepts, by id; the reader has checked the block's form. */
    private static Map<String, Accepted> accepted(ContractPositions positions) {
        Map<String, Accepted> out = new LinkedHashMap<>();
        Optional<YamlNode> ignore = positions.node("lint/ignore");
        if (ignore.isPresent() && ignore.get() instanceof YamlNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                if (s.items().get(i) instanceof YamlNode.Mapping m
                        && m.get("rule").orElse(null) instanceof YamlNode.Scalar rule) {
                    out.putIfAbsent(rule.text().trim(), new Accepted("lint/ignore/" + i));
                }
            }
        }
        return out;
    }
}
