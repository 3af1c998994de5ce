package io.slaudit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The stretches in which a ticket's clock stood still, in real time; the last may have no end
 * ({@code Long.MAX_VALUE}). Elapsed time and deadlines on a {@link TargetClock} leave them out.
 * Each pause remembers the state that began it, for the evidence ({@code slaudit trace}).
 */
final class Pauses {

    static final Pauses NONE = new Pauses(new long[0], new long[0], new String[0]);

    private final long[] starts;
    private final long[] ends;
    private final String[] states;

    private Pauses(long[] starts, long[] ends, String[] states) {
        this.starts = starts;
        this.ends = ends;
        this.states = states;
    }

    /** From sorted, disjoint pairs and the state that began each. */
    static Pauses of(List<long[]> intervals, List<String> states) {
        long[] s = new long[intervals.size()];
        long[] e = new long[intervals.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = intervals.get(i)[0];
            e[i] = intervals.get(i)[1];
        }
        return new Pauses(s, e, states.toArray(String[]::new));
    }

    boolean isEmpty() {
        return starts.length == 0;
    }

    /** How many pauses there are. */
    int count() {
        return starts.length;
    }

    long start(int i) {
        return starts[i];
    }

    /** The end of the i-th pause, {@code Long.MAX_VALUE} while it lasts. */
    long end(int i) {
        return ends[i];
    }

    /** The state that began the i-th pause, as the events spell it. */
    String state(int i) {
        return states[i];
    }

    /** Time on the clock in [from, to), less what the pauses hold. */
    long elapsed(TargetClock clock, long from, long to) {
        if (to <= from) {
            return 0;
        }
        long total = clock.elapsed(from, to);
        for (int i = 0; i < starts.length; i++) {
            long a = Math.max(from, starts[i]);
            long b = Math.min(to, ends[i]);
            if (a < b) {
                total -= clock.elapsed(a, b);
            }
        }
        return total;
    }

    /**
     * The earliest instant at which {@code seconds} of clock time, pauses left out, have passed
     * since {@code start}; empty when a pause without end stops the clock before that.
     */
    OptionalLong deadline(TargetClock clock, long start, long seconds) {
        long cursor = start;
        long remaining = seconds;
        for (int i = 0; i < starts.length; i++) {
            if (ends[i] <= cursor) {
                continue;
            }
            if (starts[i] <= cursor) {
                if (ends[i] == Long.MAX_VALUE) {
                    return remaining == 0 ? OptionalLong.of(cursor) : OptionalLong.empty();
                }
                cursor = ends[i];
                continue;
            }
            long candidate = clock.deadline(cursor, remaining);
            if (candidate <= starts[i]) {
                return OptionalLong.of(candidate);
            }
            remaining -= clock.elapsed(cursor, starts[i]);
            if (ends[i] == Long.MAX_VALUE) {
                return OptionalLong.empty();
            }
            cursor = ends[i];
        }
        return OptionalLong.of(clock.deadline(cursor, remaining));
    }

    /** Whether the clock stands still at t. */
    boolean pausedAt(long t) {
        for (int i = 0; i < starts.length; i++) {
            if (t >= starts[i] && t < ends[i]) {
                return true;
            }
        }
        return false;
    }

    long startOfPauseAt(long t) {
        for (int i = 0; i < starts.length; i++) {
            if (t >= starts[i] && t < ends[i]) {
                return starts[i];
            }
        }
        throw new IllegalStateException("no pause at " + t);
    }

    /** Builds pauses from a sequence of state changes. */
    static final class Builder {
        private final List<long[]> intervals = new ArrayList<>();
        private final List<String> states = new ArrayList<>();
        private long pausedSince = Long.MIN_VALUE;
        private String pausedBy = "";

        /** The clock stops at {@code at} because of {@code state}, unless it stands already. */
        void pause(long at, String state) {
            if (pausedSince == Long.MIN_VALUE) {
                pausedSince = at;
                pausedBy = state;
            }
        }

        void run(long at) {
            if (pausedSince != Long.MIN_VALUE) {
                if (at > pausedSince) {
                    intervals.add(new long[] {pausedSince, at});
                    states.add(pausedBy);
                }
                pausedSince = Long.MIN_VALUE;
            }
        }

        Pauses build() {
            if (pausedSince != Long.MIN_VALUE) {
                intervals.add(new long[] {pausedSince, Long.MAX_VALUE});
                states.add(pausedBy);
            }
            return intervals.isEmpty() ? NONE : of(intervals, states);
        }
    }
}
