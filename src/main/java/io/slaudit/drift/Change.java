package io.slaudit.drift;

import io.slaudit.input.SourceMark;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One semantic change between two versions of a contract, or one difference between a contract
 * and a ticketing system's configuration: what changed ({@code subject}, in the contract's words),
 * the sentence that says it with its effect in the contract's own units, how it moves the promise,
 * and where the changed value is written (the YAML line a CI annotation points at).
 *
 * @param text what changed, without its classification: {@code urgent first response 4 -> 8
 *     business hours}
 * @param effect the change's size in the contract's units: {@code by 4 business hours}, {@code 80
 *     open hours a year fewer}
 * @param code a stable name for the kind of change, for JSON consumers ({@code target-time},
 *     {@code calendar-holidays}, {@code channel-covered}, ...)
 * @param details supporting lines: how the worst case moves per priority, the dates a holiday rule
 *     adds
 * @param missing for drift: the contract promises it and the system does not track it at all
 */
public record Change(
        Classification classification,
        String code,
        String subject,
        String text,
        Optional<String> effect,
        List<String> details,
        Optional<SourceMark> at,
        boolean missing) {

    public Change {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(effect, "effect");
        details = List.copyOf(details);
        Objects.requireNonNull(at, "at");
    }

    public static Change of(Classification c, String code, String subject, String text, Optional<SourceMark> at) {
        return new Change(c, code, subject, text, Optional.empty(), List.of(), at, false);
    }

    public Change withEffect(String e) {
        return new Change(classification, code, subject, text, Optional.of(e), details, at, missing);
    }

    public Change withDetails(List<String> more) {
        List<String> all = new java.util.ArrayList<>(details);
        all.addAll(more);
        return new Change(classification, code, subject, text, effect, all, at, missing);
    }

    public Change asMissing() {
        return new Change(classification, code, subject, text, effect, details, at, true);
    }

    /**
     * The whole sentence with the word for its classification: {@code urgent first response 4 -> 8
     * business hours: loosened by 4 business hours}, {@code holidays of DE-BY added: loosened, 80
     * open hours a year fewer}.
     */
    public String sentence(String word) {
        return text + ": " + word
                + effect.map(e -> e.startsWith("by ") ? " " + e : ", " + e).orElse("");
    }
}
