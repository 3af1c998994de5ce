package io.slaudit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The stretches in which a ticket's clock stood still, in real time; the last may have no end
 * ({@code Long.MAX_VALUE}). Elapsed time and deadlines on a {@link TargetClock} leave them out.
 */
final class Pauses {

    static final Pauses NONE = new Pauses(new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;

    private Pauses(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** From sorted, disjoint pairs. */
    static Pauses of(List<long[]> intervals) {
        long[] s = new long[intervals.size()];
        long[] e = new long[intervals.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = intervals.get(i)[0];
            e[i] = intervals.get(i)[1];
        }
        return new Pauses(s, e);
    }

    boolean isEmpty() {
        return starts.length == 0;
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
        private long pausedSince = Long.MIN_VALUE;

        void pause(long at) {
            if (pausedSince == Long.MIN_VALUE) {
                pausedSince = at;
            }
        }

        void run(long at) {
            if (pausedSince != Long.MIN_VALUE) {
                if (at > pausedSince) {
                    intervals.add(new long[] {pausedSince, at});
                }
                pausedSince = Long.MIN_VALUE;
            }
        }

        Pauses build() {
            if (pausedSince != Long.MIN_VALUE) {
                intervals.add(new long[] {pausedSince, Long.MAX_VALUE});
            }
            return intervals.isEmpty() ? NONE : of(intervals);
        }
    }
}
