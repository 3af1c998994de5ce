package io.slaudit.policy;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A reading of a whole contract: for each ambiguity, which of its readings applies. Printed as
 * {@code ambiguity=reading,...}; the policy's defaults are the reading an audit decides by.
 */
public record ReadingChoice(Map<String, String> choices) {

    public ReadingChoice {
        choices = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(choices, "choices")));
    }

    public String readingOf(String ambiguity) {
        return choices.get(ambiguity);
    }

    public ReadingChoice with(String ambiguity, String reading) {
        TreeMap<String, String> next = new TreeMap<>(choices);
        next.put(ambiguity, reading);
        return new ReadingChoice(next);
    }

    @Override
    public String toString() {
        return choices.isEmpty()
                ? "default"
                : choices.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(","));
    }
}
