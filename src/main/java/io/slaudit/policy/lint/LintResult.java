package io.slaudit.policy.lint;

import java.util.List;

/** What the lint found in one contract: the warnings to show, and those the contract accepts with a reason. */
public record LintResult(List<LintWarning> warnings, List<LintWarning> ignored) {

    public LintResult {
        warnings = List.copyOf(warnings);
        ignored = List.copyOf(ignored);
    }
}
