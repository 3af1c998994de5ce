package io.slaudit.compare;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.ZoneTime;
import io.slaudit.policy.BusinessDayRule;
import io.slaudit.policy.DueTime;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * The real time from a request to its deadline, {@code due(t) - t}, over every arrival instant of
 * a period (a year): its worst case with the earliest arrival that suffers it, and its median and
 * mean, over all arrivals and over arrivals in office hours only.
 *
 * <p><b>Exact, from the calendar's structure.</b> Counted in whole seconds, {@code f(t) = due(t) -
 * t} is piecewise linear: while a request waits for the clock to run (the calendar is closed),
 * its due time stands still and f falls by a second each second; while the clock runs, the due
 * time moves in step and f stays level; f jumps up where the due time leaves a window's end for
 * the next opening (one second after an arrival whose deadline is exactly a window's end). So f
 * only changes its course at
 *
 * <ul>
 *   <li>the period's start, every opening and closing of the calendar, every change of the zone's
 *       offset;
 *   <li>for business-time targets, the last arrival whose due time is at or before each opening
 *       or closing, and the second after it (from the open time before the edge, less the target);
 *   <li>for business days at the same time, each day's instants at the wall-clock times at which
 *       any window opens or closes (the same time on a later day may fall after that day's close),
 *       and with a fraction of a day on top, the arrivals whose due time reaches an edge (found by
 *       bisection on the due time, monotone between offset changes).
 * </ul>
 *
 * <p>Between two consecutive such instants f is evaluated at the piece's first two seconds and its
 * last with the rule itself, and a piece that is not a straight line through them is split (counted in {@link
 * #refinements()}, zero on every calendar the tests know): the figures are then sums over a few
 * thousand straight pieces, not a sample. The worst case sits at a piece's start; the median is
 * the middle value of the per-second multiset (the lower one for an even count), the mean its
 * average.
 */
public final class TimeToDeadline {

    /**
     * How one timed target treats a request raised at any instant: its due time, on which
     * calendar, for which arrivals it gives a time, and where its due time can change course
     * besides the calendar's own openings and closings.
     *
     * @param wallClock whether the due time follows the arrival's wall-clock time to a later day
     *     ("same time on the next business day"), so each day's window times matter
     * @param edges how to find the arrivals whose due time reaches a window's edge
     * @param businessSeconds the business time allowed, for {@link Edges#BUSINESS_TIME}
     */
    public record Rule(
            BusinessClock clock,
            LongUnaryOperator due,
            boolean onlyRaisedInHours,
            boolean wallClock,
            Edges edges,
            long businessSeconds) {
        public Rule {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(edges, "edges");
        }

        /**
         * The rule of a timed target, its due time the audit's own ({@link DueTime}): what its
         * kind of time says about where the due time can bend.
         *
         * @param local the calendar's zone, for this rule only (not thread-safe)
         */
        public static Rule of(BusinessClock clock, ZoneTime local, Target target, BusinessDayRule businessDay) {
            TargetTime time = target.within().orElseThrow(() -> new IllegalArgumentException("the target has no time"));
            LongUnaryOperator due = DueTime.forRequests(clock, local, target, businessDay);
            boolean inHours = target.clock().onlyIfRaisedInHours();
            if (!time.business()) {
                // clock time from the request, or from the next opening: only the openings matter
                return new Rule(clock, due, inHours, false, Edges.NONE, 0);
            }
            if (!time.isBusinessDays()) {
                return new Rule(
                        clock,
                        due,
                        inHours,
                        false,
                        Edges.BUSINESS_TIME,
                        time.duration().getSeconds());
            }
            if (businessDay.kind() == BusinessDayRule.Kind.HOURS) {
                long seconds = time.amount()
                        .multiply(BigDecimal.valueOf(
                                businessDay.dayLength().orElseThrow().getSeconds()))
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
                return new Rule(clock, due, inHours, false, Edges.BUSINESS_TIME, seconds);
            }
            boolean fraction = time.amount().scale() > 0;
            if (businessDay.kind() == BusinessDayRule.Kind.END_OF_DAY) {
                // due at a close (and a fraction of the next day): the same for a whole arrival day
                return new Rule(clock, due, inHours, false, Edges.NONE, 0);
            }
            // the same time on a later day; a fraction of that day's hours on top can run over its close
            return new Rule(clock, due, inHours, true, fraction ? Edges.SEARCH : Edges.NONE, 0);
        }
    }

    /** Where a rule's due time reaches a window's edge, besides what the arrival side shows. */
    public enum Edges {
        /** Nowhere that the calendar's openings and the wall-clock times do not already show. */
        NONE,
        /** Business time: the arrival due exactly at an edge is where the open time before it is that much less. */
        BUSINESS_TIME,
        /** Found by bisection on the due time, which is monotone between offset changes. */
        SEARCH
    }

    /**
     * The figures over a set of arrivals: how many seconds of arrivals, the worst time to the
     * deadline and the earliest arrival with it, the median and the mean, all in seconds.
     */
    public record Figures(long arrivals, long worstSeconds, long worstArrival, long medianSeconds, double meanSeconds) {
        public Figures {
            if (arrivals <= 0) {
                throw new IllegalArgumentException("figures need arrivals");
            }
        }
    }

    /** One straight piece: {@code f(start + i) = value + slope * i} for {@code i < length}. */
    private record Piece(long start, long length, long value, long slope, boolean open) {
        long max() {
            return slope <= 0 ? value : value + slope * (length - 1);
        }

        long argMax() {
            return slope <= 0 ? start : start + length - 1;
        }

        long min() {
            return slope >= 0 ? value : value + slope * (length - 1);
        }

        /** How many of the piece's values are at most {@code t}. */
        long countAtMost(long t) {
            if (slope == 0) {
                return value <= t ? length : 0;
            }
            if (slope < 0) {
                // value + slope*i <= t  <=>  i >= (value - t) / -slope
                long first = Math.max(0, ceilDiv(value - t, -slope));
                return Math.max(0, length - first);
            }
            long last = Math.floorDiv(t - value, slope);
            return Math.max(0, Math.min(length, last + 1));
        }

        long sum() {
            return length * value + slope * (length * (length - 1) / 2);
        }
    }

    private final Optional<Figures> all;
    private final Optional<Figures> inHours;
    private final long lastDue;
    private final int refinements;

    private TimeToDeadline(Optional<Figures> all, Optional<Figures> inHours, long lastDue, int refinements) {
        this.all = all;
        this.inHours = inHours;
        this.lastDue = lastDue;
        this.refinements = refinements;
    }

    /**
     * Over every arrival second in {@code [from, to)} (those the rule promises a time for: under
     * {@code onlyRaisedInHours} the open ones).
     *
     * @throws io.slaudit.calendar.CalendarRangeException when a due time lies beyond the years
     *     the clock computes
     */
    public static TimeToDeadline over(Rule rule, long from, long to) {
        if (to <= from) {
            throw new IllegalArgumentException("an empty period");
        }
        return new Scan(rule, from, to).run();
    }

    /** Over every arrival; empty when the rule promises a time for none (a calendar never open). */
    public Optional<Figures> all() {
        return all;
    }

    /** Over arrivals while the target's calendar is open; empty when it never is. */
    public Optional<Figures> inHours() {
        return inHours;
    }

    /** The latest due time of any arrival counted. */
    public long lastDue() {
        return lastDue;
    }

    /** How many pieces between structural instants were not straight and had to be split. */
    public int refinements() {
        return refinements;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** One computation. */
    private static final class Scan {
        private final Rule rule;
        private final long from;
        private final long to;
        private final BusinessClock clock;
        private long[] candidates = new long[1024];
        private int size;
        private int refinements;
        private long lastDue = Long.MIN_VALUE;

        Scan(Rule rule, long from, long to) {
            this.rule = rule;
            this.from = from;
            this.to = to;
            this.clock = rule.clock();
        }

        private long f(long t) {
            long due = rule.due().applyAsLong(t);
            if (due > lastDue) {
                lastDue = due;
            }
            return due - t;
        }

        private void add(long t) {
            if (t < from || t >= to) {
                return;
            }
            if (size == candidates.length) {
                candidates = Arrays.copyOf(candidates, size * 2);
            }
            candidates[size++] = t;
        }

        TimeToDeadline run() {
            add(from);
            long[] spans = clock.openSpans(from, to);
            for (long s : spans) {
                add(s);
            }
            List<Long> transitions = transitions();
            transitions.forEach(this::add);
            if (rule.wallClock()) {
                // the windows of the days the due times fall on, which reach past the period
                long latest = Math.max(to, rule.due().applyAsLong(to - 1));
                wallClockBoundaries(clock.openSpans(from, latest + 1), transitions);
            }
            if (rule.edges() == Edges.BUSINESS_TIME) {
                businessTimeEdges();
            } else if (rule.edges() == Edges.SEARCH) {
                deadlineBoundaries(transitions);
            }
            long[] c = Arrays.copyOf(candidates, size);
            Arrays.sort(c);
            List<Piece> pieces = new ArrayList<>();
            long previous = Long.MIN_VALUE;
            int n = 0;
            for (long t : c) {
                if (t != previous) {
                    c[n++] = t;
                    previous = t;
                }
            }
            for (int i = 0; i < n; i++) {
                long a = c[i];
                long b = i + 1 < n ? c[i + 1] : to;
                boolean open = clock.isOpenAt(a);
                if (rule.onlyRaisedInHours() && !open) {
                    continue;
                }
                straighten(a, b, open, pieces);
            }
            Optional<Figures> all = figures(pieces, false);
            Optional<Figures> inHours = figures(pieces, true);
            return new TimeToDeadline(all, inHours, lastDue, refinements);
        }

        /** The zone's offset changes in the period: the wall clock jumps there. */
        private List<Long> transitions() {
            List<Long> out = new ArrayList<>();
            ZoneRules rules = clock.zone().getRules();
            ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(from - 1));
            while (next != null && next.toEpochSecond() < to) {
                out.add(next.toEpochSecond());
                next = rules.nextTransition(next.getInstant());
            }
            return out;
        }

        /**
         * Each day's instants at the wall-clock times at which windows open or close, and at which
         * the offset changes: "the same time on the N-th business day" changes its course there.
         */
        private void wallClockBoundaries(long[] spans, List<Long> transitions) {
            ZoneTime local = new ZoneTime(clock.zone());
            // at a window's start the same time on the later day still has the previous close's
            // open time (due at that close); one second later it is due one second after the start
            java.util.TreeSet<Long> starts = new java.util.TreeSet<>();
            java.util.TreeSet<Long> ends = new java.util.TreeSet<>();
            for (int i = 0; i < spans.length; i++) {
                (i % 2 == 0 ? starts : ends).add(Math.floorMod(local.local(spans[i]), 86_400L));
            }
            long firstDay = local.epochDay(from) - 1;
            long lastDay = local.epochDay(to - 1) + 1;
            for (long day = firstDay; day <= lastDay; day++) {
                for (long w : starts) {
                    long t = local.instant(day * 86_400L + w);
                    add(t);
                    add(t + 1);
                }
                for (long w : ends) {
                    add(local.instant(day * 86_400L + w));
                }
            }
            // An offset change on the day a due time falls on moves the same wall-clock time there:
            // for the arrival days due on that day, the wall-clock times of the change.
            for (long change : transitions) {
                long day = local.epochDay(change);
                long dayStart = clock.startOfDay(day);
                long dayEnd = clock.startOfDay(day + 1);
                long first = firstDueAtOrAfter(dayStart);
                long last = lastDueAtOrBefore(dayEnd, from, to);
                long[] times = {
                    Math.floorMod(local.local(change - 1) + 1, 86_400L), Math.floorMod(local.local(change), 86_400L)
                };
                for (long d = local.epochDay(Math.max(from, Math.min(first, to - 1))) - 1;
                        d <= local.epochDay(Math.max(from, last)) + 1;
                        d++) {
                    for (long w : times) {
                        long t = local.instant(d * 86_400L + w);
                        add(t - 1);
                        add(t);
                        add(t + 1);
                    }
                }
                add(change);
            }
        }

        /** The first arrival of the period due at or after x ({@code to} when none is). */
        private long firstDueAtOrAfter(long x) {
            long t = lastDueAtOrBefore(x - 1, from, to);
            return t + 1;
        }

        /**
         * For every opening and closing the due times of the period reach, the last arrival due at
         * or before it and the second after: where the due time jumps from a window's end to the
         * next opening. The due time is monotone between offset changes, so each is found by
         * bisection within such a stretch.
         */
        private void deadlineBoundaries(List<Long> transitions) {
            long firstDue = rule.due().applyAsLong(from);
            long latestDue = rule.due().applyAsLong(to - 1);
            long[] targets = clock.openSpans(Math.min(firstDue, latestDue), Math.max(firstDue, latestDue) + 1);
            List<long[]> stretches = new ArrayList<>();
            long start = from;
            for (long t : transitions) {
                if (t > start) {
                    stretches.add(new long[] {start, t});
                    start = t;
                }
            }
            stretches.add(new long[] {start, to});
            for (long[] stretch : stretches) {
                long lo = stretch[0];
                long first = rule.due().applyAsLong(lo);
                long last = rule.due().applyAsLong(stretch[1] - 1);
                for (long x : targets) {
                    if (x < first) {
                        continue;
                    }
                    if (x > last) {
                        break;
                    }
                    long t0 = lastDueAtOrBefore(x, lo, stretch[1]);
                    if (t0 < lo) {
                        continue;
                    }
                    add(t0);
                    add(t0 + 1);
                    lo = t0;
                }
            }
        }

        /**
         * For business time d, a request raised at t is due at or before an edge x exactly when the
         * open time before t is at most the open time before x less d: the last such arrival is the
         * earliest instant with that open time, or the next opening when the clock stands still
         * there.
         */
        private void businessTimeEdges() {
            long d = rule.businessSeconds();
            long latestDue = rule.due().applyAsLong(to - 1);
            long[] edges = clock.openSpans(from, latestDue + 1);
            long base = clock.cumulativeSeconds(from);
            for (long x : edges) {
                long before = clock.cumulativeSeconds(x) - d - base;
                if (before < 0) {
                    continue;
                }
                long earliest = clock.deadlineSecond(from, before);
                if (earliest >= to) {
                    break;
                }
                long t0 = clock.isOpenAt(earliest) ? earliest : clock.nextOpeningSecond(earliest);
                add(t0);
                add(t0 + 1);
            }
        }

        /** The last arrival in {@code [lo, hi)} due at or before x, or {@code lo - 1} when none is. */
        private long lastDueAtOrBefore(long x, long lo, long hi) {
            if (rule.due().applyAsLong(lo) > x) {
                return lo - 1;
            }
            // gallop from lo: the arrivals sought for consecutive edges lie hours apart, not months
            long good = lo;
            long bad = hi;
            for (long step = 3600; good + step < hi; step *= 2) {
                if (rule.due().applyAsLong(good + step) <= x) {
                    good += step;
                } else {
                    bad = good + step;
                    break;
                }
            }
            while (bad - good > 1) {
                long mid = good + (bad - good) / 2;
                if (rule.due().applyAsLong(mid) <= x) {
                    good = mid;
                } else {
                    bad = mid;
                }
            }
            return good;
        }

        /** Straight pieces covering {@code [a, b)}, split where the function bends. */
        private void straighten(long a, long b, boolean open, List<Piece> out) {
            Deque<long[]> work = new ArrayDeque<>();
            work.push(new long[] {a, b});
            List<Piece> found = new ArrayList<>();
            while (!work.isEmpty()) {
                long[] w = work.pop();
                long s = w[0];
                long length = w[1] - w[0];
                long v0 = f(s);
                if (length == 1) {
                    found.add(new Piece(s, 1, v0, 0, open));
                    continue;
                }
                long slope = f(s + 1) - v0;
                boolean straight = length == 2 || f(s + length - 1) == v0 + slope * (length - 1);
                long half = length / 2;
                if (straight) {
                    found.add(new Piece(s, length, v0, slope, open));
                } else {
                    refinements++;
                    work.push(new long[] {s + half, w[1]});
                    work.push(new long[] {s, s + half});
                }
            }
            found.sort((x, y) -> Long.compare(x.start(), y.start()));
            out.addAll(found);
        }

        private static Optional<Figures> figures(List<Piece> pieces, boolean inHoursOnly) {
            long count = 0;
            long sum = 0;
            long worst = Long.MIN_VALUE;
            long worstAt = 0;
            long min = Long.MAX_VALUE;
            for (Piece p : pieces) {
                if (inHoursOnly && !p.open()) {
                    continue;
                }
                count += p.length();
                sum += p.sum();
                if (p.max() > worst) {
                    worst = p.max();
                    worstAt = p.argMax();
                }
                min = Math.min(min, p.min());
            }
            if (count == 0) {
                return Optional.empty();
            }
            long k = (count + 1) / 2;
            long lo = min;
            long hi = worst;
            while (lo < hi) {
                long mid = Math.floorDiv(lo + hi, 2);
                long atMost = 0;
                for (Piece p : pieces) {
                    if (!inHoursOnly || p.open()) {
                        atMost += p.countAtMost(mid);
                    }
                }
                if (atMost >= k) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return Optional.of(new Figures(count, worst, worstAt, lo, (double) sum / count));
        }
    }
}
