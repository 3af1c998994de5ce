package io.slaudit.policy.lint;

import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.Policy;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contract as the lint rules see it: the parsed policy, where its parts were written, and the
 * date the author looks ahead from (injected, so that a test or a CI job can fix it).
 */
public record LintSubject(Policy policy, ContractPositions positions, LocalDate today, PublicHolidays holidays) {

    /** How far ahead a contract's data should reach: the two years a contract typically runs. */
    public static final int HORIZON_YEARS = 2;

    public LintSubject {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(holidays, "holidays");
    }

    /** The last day the contract's data should cover: two years from today, or the contract's end if sooner. */
    public LocalDate horizon() {
        LocalDate twoYears = today.plusYears(HORIZON_YEARS);
        return policy.identity()
                .effectiveTo()
                .filter(end -> end.isBefore(twoYears))
                .orElse(twoYears);
    }

    LintWarning warning(LintRule rule, String path, String message) {
        return new LintWarning(rule.id(), positions.at(path), message);
    }
}
