package io.slaudit.policy.lint;

import java.util.List;

/** One check of what a valid contract probably did not mean. Rules never print and never throw for a valid policy. */
public interface LintRule {

    /** The stable id warnings carry and {@code lint: ignore:} names, e.g. {@code holiday-data-ends}. */
    String id();

    /** What the rule looks for, in a line (for the documentation and {@code --help}). */
    String summary();

    List<LintWarning> check(LintSubject contract);
}
