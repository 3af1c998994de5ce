package io.slaudit.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pricing rule the contract leaves open, as a bill states it: the question, the contract's
 * words, the reading the bill decides by and what it means, and for every other reading what the
 * same period would cost and which calls and months it changes.
 */
public record OpenQuestion(
        String ambiguity,
        String question,
        Optional<String> contractWords,
        String reading,
        String meaning,
        boolean isDefault,
        List<OtherReading> others) {

    public OpenQuestion {
        Objects.requireNonNull(ambiguity, "ambiguity");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(contractWords, "contractWords");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(meaning, "meaning");
        others = List.copyOf(others);
    }

    /**
     * The price of the period under another reading.
     *
     * @param name {@code ambiguity=reading}, as {@code --reading} takes it
     * @param difference the total under this reading minus the bill's total
     * @param calls the calls whose charge changes, with the bill's charge and this reading's
     * @param months each month's total under this reading
     */
    public record OtherReading(
            String name,
            String reading,
            String meaning,
            BigDecimal total,
            BigDecimal difference,
            List<CallChange> calls,
            Map<YearMonth, BigDecimal> months) {
        public OtherReading {
            calls = List.copyOf(calls);
            months = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(months));
        }
    }

    /** A call whose charge another reading changes. */
    public record CallChange(long row, long start, PhoneLine line, BigDecimal charge, BigDecimal otherCharge) {}
}
