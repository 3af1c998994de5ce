package io.slaudit.input;

import java.util.Objects;

/**
 * A place in an input file that a message can point at: the file name as the user gave it and a
 * 1-based line and column. Line 0 stands for the file as a whole (an empty file, an unreadable one).
 */
public record SourceMark(String source, int line, int column) {

    public SourceMark {
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    public static SourceMark file(String source) {
        return new SourceMark(source, 0, 0);
    }

    public static SourceMark line(String source, long line) {
        return new SourceMark(source, (int) line, 0);
    }

    @Override
    public String toString() {
        if (line == 0) {
            return source;
        }
        return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }
}
