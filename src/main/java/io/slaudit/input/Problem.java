package io.slaudit.input;

import java.util.Objects;

/** One thing wrong with an input, and where it is. */
public record Problem(SourceMark at, String message) {

    public Problem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return at + ": " + message;
    }
}
