package io.slaudit.input;

import java.io.Serial;
import java.util.List;

/**
 * Thrown when an input cannot be used. It carries every problem found, not only the first, so that
 * a user fixes a file in one round. The kind tells a file that could not be read at all from one
 * that was read but says something invalid; commands map them to different exit codes.
 */
public final class InputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the input was refused. */
    public enum Kind {
        /** Missing, unreadable, not YAML/CSV at all. */
        UNREADABLE,
        /** Read, but its content breaks the format's rules. */
        INVALID
    }

    private final Kind kind;
    private final transient List<Problem> problems;

    public InputException(Kind kind, List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public InputException(Kind kind, Problem problem) {
        this(kind, List.of(problem));
    }

    public static InputException unreadable(SourceMark at, String message) {
        return new InputException(Kind.UNREADABLE, new Problem(at, message));
    }

    public static InputException invalid(SourceMark at, String message) {
        return new InputException(Kind.INVALID, new Problem(at, message));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "no problems";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
