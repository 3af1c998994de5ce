package io.slaudit.policy;

import io.slaudit.input.SourceMark;
import java.util.Objects;
import java.util.Optional;

/**
 * A value the contract needs but does not give: stated in another document ("the support times
 * published on the provider's website", "the response times of the terms of use") or not stated
 * at all. The encoding may give a placeholder, which is then an assumption ({@code assumption},
 * the id of the assumption it is). An audit that needs the value refuses until it is supplied
 * ({@code --set}, {@code --assume}); {@code at} is where the contract says that it is open.
 *
 * @param <T> the kind of value: a calendar, a target time
 */
public record OpenValue<T>(
        PolicyRef key,
        Openness openness,
        String note,
        Optional<String> source,
        Optional<T> placeholder,
        Optional<String> assumption,
        SourceMark at) {

    /** Why the value is missing. */
    public enum Openness {
        STATED_ELSEWHERE("stated-elsewhere"),
        NOT_STATED("not-stated");

        private final String key;

        Openness(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public OpenValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(openness, "openness");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(assumption, "assumption");
        Objects.requireNonNull(at, "at");
        if (placeholder.isPresent() != assumption.isPresent()) {
            throw new IllegalArgumentException(
                    "a placeholder is an assumption: give both 'placeholder' and 'assumption', or neither");
        }
    }

    /** Equal when they say the same; where it was read ({@code at}) is not part of the value. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OpenValue<?> v
                && key.equals(v.key)
                && openness == v.openness
                && note.equals(v.note)
                && source.equals(v.source)
                && placeholder.equals(v.placeholder)
                && assumption.equals(v.assumption);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, openness, note, source, placeholder, assumption);
    }

    /** "stated elsewhere: Nutzungs- und Geschäftsbedingungen" in the format's words, for messages. */
    public String describe() {
        return (openness == Openness.STATED_ELSEWHERE
                        ? "which the contract leaves to another document"
                        : "which the contract does not state")
                + " (\"" + note + "\"" + source.map(s -> ", " + s).orElse("") + ")";
    }
}
