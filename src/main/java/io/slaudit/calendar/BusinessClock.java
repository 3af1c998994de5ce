package io.slaudit.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contractual clock of one {@link BusinessCalendar}: how much business time lies between two
 * instants, and when a business duration starting at an instant runs out.
 *
 * <p><b>Semantics.</b> An instant is <i>open</i> when its wall-clock time in the calendar's zone
 * falls inside an open window of its local date. {@linkplain #elapsedSeconds Elapsed} business time
 * between {@code a <= b} is the real time (seconds of the time line) in {@code [a, b)} that is open;
 * across a DST change a {@code 00:00-24:00} day therefore holds 23 or 25 hours, a wall-clock hour
 * skipped in spring is never open, and a repeated hour in autumn is open twice if its window covers
 * it. The {@linkplain #deadlineSecond deadline} for {@code start} and duration {@code d} is the
 * earliest {@code t >= start} with {@code elapsed(start, t) == d}: a duration that runs out exactly
 * at a window's end is due at that end (17:00, not the next morning), and {@code d = 0} gives {@code
 * start}. For {@code a > b} elapsed is negative, {@code -elapsed(b, a)}, which keeps additivity
 * {@code elapsed(a, c) == elapsed(a, b) + elapsed(b, c)} true for every order.
 *
 * <p><b>Resolution and range.</b> Whole seconds; fractions of a second in instants are dropped
 * (floor). Years {@value #FIRST_YEAR} to {@value #LAST_YEAR}; outside them a {@link
 * CalendarRangeException} is thrown.
 *
 * <p><b>Cost.</b> Open time is precomputed per local year, lazily, as sorted open intervals with
 * running totals, and every year carries the open time of all built years before it. A query is
 * then two binary searches in arrays of a few hundred entries, whatever span it covers.
 *
 * <p>Thread-safe: year blocks are immutable and built under a lock.
 */
public final class BusinessClock {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private static final long MAX_OFFSET_SECONDS = 18 * 3600;
    private static final long AVERAGE_YEAR_SECONDS = 31_556_952L;

    private final BusinessCalendar calendar;
    private final PublicHolidays publicHolidays;
    private final ZoneRules rules;
    private final boolean fixedOffset;
    private final long offsetSeconds;
    private final Map<LocalDate, DayHours> exceptionHours = new HashMap<>();
    private final Map<Integer, Set<LocalDate>> closedByYear = new ConcurrentHashMap<>();

    /** Epoch second at which each local year starts; index {@code year - FIRST_YEAR}, one extra at the end. */
    private final long[] yearStart;

    private final YearBlock[] blocks;
    private int lowBuilt = Integer.MAX_VALUE;
    private int highBuilt = Integer.MIN_VALUE;

    /** The block of the last query; queries cluster in time. Benign race: blocks are immutable. */
    private YearBlock recent;

    private BusinessClock(BusinessCalendar calendar, PublicHolidays publicHolidays) {
        this.calendar = calendar;
        this.publicHolidays = publicHolidays;
        ZoneId zone = calendar.zone();
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset();
        this.offsetSeconds = fixedOffset ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
        for (HoursException e : calendar.exceptions()) {
            exceptionHours.put(e.date(), e.hours());
        }
        int years = LAST_YEAR - FIRST_YEAR + 1;
        yearStart = new long[years + 1];
        for (int i = 0; i <= years; i++) {
            yearStart[i] = LocalDate.of(FIRST_YEAR + i, 1, 1).atStartOfDay(zone).toEpochSecond();
        }
        blocks = new YearBlock[years];
    }

    /** Compiles a calendar; holiday regions must have been checked with {@link PublicHolidays#problemWith}. */
    public static BusinessClock of(BusinessCalendar calendar, PublicHolidays publicHolidays) {
        return new BusinessClock(calendar, publicHolidays);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return calendar.zone();
    }

    PublicHolidays publicHolidays() {
        return publicHolidays;
    }

    /**
     * {@code [from, to)} cut into stretches that the calendar treats alike, in time order, without
     * gap or overlap: open time (exactly what {@link #elapsedSeconds} counts), time outside the
     * weekly hours, dates a holiday closes (with its name in {@code locale} and the rule that
     * closes it), and dates with hours of their own. The open seconds of the stretches add up to
     * {@code elapsedSeconds(from, to)}.
     *
     * @throws CalendarRangeException when the span reaches outside the years the clock computes
     */
    public java.util.List<ClockStretch> stretches(long from, long to, Locale locale) {
        return Stretches.of(this, from, to, locale);
    }

    /**
     * Open seconds between a fixed origin and t: elapsed time is the difference of two of these,
     * which lets a caller that measures several spans from one start look the start up once.
     */
    public long cumulativeSeconds(long epochSecond) {
        return openSecondsBefore(epochSecond);
    }

    /** Business seconds in {@code [from, to)}; negative when {@code to < from}. */
    public long elapsedSeconds(long fromEpochSecond, long toEpochSecond) {
        if (fromEpochSecond > toEpochSecond) {
            return -elapsedSeconds(toEpochSecond, fromEpochSecond);
        }
        return openSecondsBefore(toEpochSecond) - openSecondsBefore(fromEpochSecond);
    }

    /**
     * The earliest epoch second {@code t >= start} with {@code elapsed(start, t) == businessSeconds}.
     *
     * @throws IllegalArgumentException for a negative duration
     * @throws CalendarRangeException when the deadline would lie after {@value #LAST_YEAR}
     */
    public long deadlineSecond(long startEpochSecond, long businessSeconds) {
        if (businessSeconds < 0) {
            throw new IllegalArgumentException("a business duration cannot be negative");
        }
        YearBlock block = blockAt(startEpochSecond);
        if (businessSeconds == 0) {
            return startEpochSecond;
        }
        // Business time never runs faster than real time: what does not fit into the real time up
        // to the end of the last year cannot be due in it (and would overflow the sum below).
        if (businessSeconds > yearStart[yearStart.length - 1] - startEpochSecond) {
            throw new CalendarRangeException(
                    "the deadline lies after " + LAST_YEAR + ", beyond the years slaudit computes calendars for");
        }
        long target = block.base + block.openBefore(startEpochSecond) + businessSeconds;
        while (target > block.base + block.total) {
            if (block.year == LAST_YEAR) {
                throw new CalendarRangeException(
                        "the deadline lies after " + LAST_YEAR + ", beyond the years slaudit computes calendars for");
            }
            block = block(block.year + 1);
        }
        YearBlock found = block;
        recent = found;
        return found.instantAt(target - found.base);
    }

    public Duration elapsed(Instant from, Instant to) {
        return Duration.ofSeconds(elapsedSeconds(from.getEpochSecond(), to.getEpochSecond()));
    }

    /**
     * The deadline for a business duration of whole seconds.
     *
     * @throws IllegalArgumentException for a negative duration or one with fractions of a second
     */
    public Instant deadline(Instant start, Duration businessTime) {
        if (businessTime.getNano() != 0) {
            throw new IllegalArgumentException("business durations are counted in whole seconds");
        }
        return Instant.ofEpochSecond(deadlineSecond(start.getEpochSecond(), businessTime.getSeconds()));
    }

    /** Whether the clock runs at this instant. */
    public boolean isOpen(Instant instant) {
        return isOpenAt(instant.getEpochSecond());
    }

    /** The instant itself when the clock runs, else the next instant at which it starts to run. */
    public Instant nextOpening(Instant instant) {
        return Instant.ofEpochSecond(nextOpeningSecond(instant.getEpochSecond()));
    }

    /** Real open seconds on a local date (differs from the wall-clock hours on DST days). */
    public long openSecondsOn(LocalDate date) {
        long from = date.atStartOfDay(zone()).toEpochSecond();
        long to = date.plusDays(1).atStartOfDay(zone()).toEpochSecond();
        return elapsedSeconds(from, to);
    }

    /** The instant a local date begins (its first instant when midnight falls into a DST gap). */
    public long startOfDay(long epochDay) {
        YearBlock b = block(EpochDays.year(epochDay));
        return b.dayStarts[(int) (epochDay - b.firstDay)];
    }

    /** Real open seconds on a local date given as an epoch day. */
    public long openSecondsOnDay(long epochDay) {
        YearBlock b = block(EpochDays.year(epochDay));
        int d = (int) (epochDay - b.firstDay);
        return b.openBeforeDay[d + 1] - b.openBeforeDay[d];
    }

    /**
     * The {@code n}-th business day after a local date (a business day is a date with open time),
     * both as epoch days; {@code n} = 0 gives the date itself.
     *
     * @throws CalendarRangeException when the calendar opens no more before {@value #LAST_YEAR} ends
     */
    public long businessDayAfter(long epochDay, int n) {
        long day = epochDay;
        for (int i = 0; i < n; i++) {
            YearBlock b = block(EpochDays.year(day));
            int next = b.nextOpenDay[(int) (day - b.firstDay)];
            while (next < 0) {
                if (b.year == LAST_YEAR) {
                    throw new CalendarRangeException("the calendar has no business day after "
                            + LocalDate.ofEpochDay(day) + " before " + (LAST_YEAR + 1));
                }
                b = block(b.year + 1);
                next = b.openBeforeDay[0] < b.openBeforeDay[1] ? 0 : b.nextOpenDay[0];
            }
            day = b.firstDay + next;
        }
        return day;
    }

    /**
     * The stretches of open time that overlap {@code [from, to)}, in time order, as pairs of epoch
     * seconds {@code [start0, end0, start1, end1, ...]}, each start included and each end excluded.
     * Stretches that touch are one (a window to 24:00 and the next day's from 00:00, across years
     * too), and they are not clipped to the period: the first may start before {@code from}, the
     * last end after {@code to} (a stretch open across a year's edge is followed into the next
     * year, no further). This is the calendar's structure, for questions over every instant of a period
     * (the worst case of a target over a year's arrivals).
     *
     * @throws CalendarRangeException when the period reaches outside the years the clock computes
     */
    public long[] openSpans(long from, long to) {
        if (to <= from) {
            return new long[0];
        }
        int first = yearOf(from);
        int last = yearOf(to - 1);
        // a stretch open across a year's edge continues in the neighbouring year's block (one
        // year on; a calendar open around the clock would otherwise be followed to 1900 and 2199)
        if (first > FIRST_YEAR && startsAtItsStart(block(first))) {
            first--;
        }
        if (last < LAST_YEAR && endsAtItsEnd(block(last))) {
            last++;
        }
        long[] out = new long[64];
        int n = 0;
        for (int y = first; y <= last; y++) {
            YearBlock b = block(y);
            for (int i = 0; i < b.starts.length; i++) {
                long s = b.starts[i];
                long e = b.ends[i];
                if (n > 0 && out[n - 1] == s) {
                    out[n - 1] = e;
                    continue;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = s;
                out[n++] = e;
            }
        }
        int keepFrom = 0;
        while (keepFrom < n && out[keepFrom + 1] <= from) {
            keepFrom += 2;
        }
        int keepTo = n;
        while (keepTo > keepFrom && out[keepTo - 2] >= to) {
            keepTo -= 2;
        }
        return Arrays.copyOfRange(out, keepFrom, keepTo);
    }

    private static boolean startsAtItsStart(YearBlock b) {
        return b.starts.length > 0 && b.starts[0] == b.start;
    }

    private static boolean endsAtItsEnd(YearBlock b) {
        return b.ends.length > 0 && b.ends[b.ends.length - 1] == b.end;
    }

    /** {@link #isOpen} in epoch seconds. */
    public boolean isOpenAt(long epochSecond) {
        YearBlock b = blockAt(epochSecond);
        int i = b.lastStartingAtOrBefore(epochSecond);
        return i >= 0 && epochSecond < b.ends[i];
    }

    /** {@link #nextOpening} in epoch seconds. */
    public long nextOpeningSecond(long epochSecond) {
        long t = epochSecond;
        YearBlock b = blockAt(t);
        while (true) {
            int i = b.firstEndingAfter(t);
            if (i < b.starts.length) {
                return Math.max(t, b.starts[i]);
            }
            if (b.year == LAST_YEAR) {
                throw new CalendarRangeException("the calendar does not open again before " + (LAST_YEAR + 1));
            }
            b = block(b.year + 1);
        }
    }

    /** The hours that apply on a local date: exception, else closed on a holiday, else weekly hours. */
    public DayHours hoursOn(LocalDate date) {
        DayHours exception = exceptionHours.get(date);
        if (exception != null) {
            return exception;
        }
        if (closedDates(date.getYear()).contains(date)) {
            return DayHours.CLOSED;
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return calendar.hours().on(weekday);
    }

    private Set<LocalDate> closedDates(int year) {
        Set<LocalDate> cached = closedByYear.get(year);
        if (cached != null) {
            return cached;
        }
        Set<LocalDate> dates = new HashSet<>();
        for (ClosedDay day : calendar.closedDaysIn(year, publicHolidays, Locale.ENGLISH)) {
            dates.add(day.date());
        }
        Set<LocalDate> value = Set.copyOf(dates);
        closedByYear.put(year, value);
        return value;
    }

    private long openSecondsBefore(long t) {
        YearBlock b = blockAt(t);
        return b.base + b.openBefore(t);
    }

    private YearBlock blockAt(long t) {
        YearBlock r = recent;
        if (r != null && t >= r.start && t < r.end) {
            return r;
        }
        YearBlock b = block(yearOf(t));
        recent = b;
        return b;
    }

    private int yearOf(long t) {
        if (t < yearStart[0] || t >= yearStart[yearStart.length - 1]) {
            throw new CalendarRangeException(Instant.ofEpochSecond(t) + " is outside the years slaudit computes"
                    + " calendars for (" + FIRST_YEAR + " to " + LAST_YEAR + ")");
        }
        int y = (int) Math.max(FIRST_YEAR, Math.min(LAST_YEAR, 1970 + Math.floorDiv(t, AVERAGE_YEAR_SECONDS)));
        while (t < yearStart[y - FIRST_YEAR]) {
            y--;
        }
        while (t >= yearStart[y - FIRST_YEAR + 1]) {
            y++;
        }
        return y;
    }

    private YearBlock block(int year) {
        YearBlock b = blocks[year - FIRST_YEAR];
        if (b != null) {
            return b;
        }
        synchronized (this) {
            return buildThrough(year);
        }
    }

    /** Builds blocks so that the built years stay contiguous, which keeps every block's base exact. */
    private YearBlock buildThrough(int year) {
        YearBlock existing = blocks[year - FIRST_YEAR];
        if (existing != null) {
            return existing;
        }
        if (lowBuilt > highBuilt) {
            blocks[year - FIRST_YEAR] = buildYear(year, 0, true);
            lowBuilt = year;
            highBuilt = year;
        }
        while (highBuilt < year) {
            YearBlock previous = blocks[highBuilt - FIRST_YEAR];
            blocks[highBuilt + 1 - FIRST_YEAR] = buildYear(highBuilt + 1, previous.base + previous.total, true);
            highBuilt++;
        }
        while (lowBuilt > year) {
            YearBlock next = blocks[lowBuilt - FIRST_YEAR];
            blocks[lowBuilt - 1 - FIRST_YEAR] = buildYear(lowBuilt - 1, next.base, false);
            lowBuilt--;
        }
        return blocks[year - FIRST_YEAR];
    }

    /**
     * Builds the open intervals of one year. {@code baseIsStart} says whether {@code base} is the
     * running total at the block's start (building forward) or at its end (building backward).
     */
    private YearBlock buildYear(int year, long base, boolean baseIsStart) {
        long from = yearStart[year - FIRST_YEAR];
        long to = yearStart[year - FIRST_YEAR + 1];
        IntervalList intervals = new IntervalList();
        // Local dates a little beyond the year: with a large offset their windows reach into it.
        LocalDate last = LocalDate.of(year + 1, 1, 2);
        for (LocalDate d = LocalDate.of(year - 1, 12, 30); !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getYear() < FIRST_YEAR - 1 || d.getYear() > LAST_YEAR + 1) {
                continue;
            }
            long midnightLocal = d.toEpochDay() * OpenWindow.DAY_SECONDS;
            for (OpenWindow w : hoursOn(d).windows()) {
                addPreimage(midnightLocal + w.startSecond(), midnightLocal + w.endSecond(), from, to, intervals);
            }
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        int days = jan1.lengthOfYear();
        long[] dayStarts = new long[days + 1];
        for (int d = 0; d <= days; d++) {
            dayStarts[d] = jan1.plusDays(d).atStartOfDay(calendar.zone()).toEpochSecond();
        }
        return YearBlock.of(year, from, to, intervals, base, baseIsStart, jan1.toEpochDay(), dayStarts);
    }

    /**
     * Adds the instants whose local time lies in {@code [localStart, localEnd)}, clipped to {@code
     * [from, to)}. Local times are counted like epoch seconds of a UTC date-time. Between two offset
     * transitions local time runs in step with the time line, so each such segment contributes at
     * most one interval; gaps contribute nothing and overlaps contribute twice.
     */
    private void addPreimage(long localStart, long localEnd, long from, long to, IntervalList out) {
        if (fixedOffset) {
            out.addClipped(localStart - offsetSeconds, localEnd - offsetSeconds, from, to);
            return;
        }
        long t = localStart - MAX_OFFSET_SECONDS;
        long limit = localEnd + MAX_OFFSET_SECONDS;
        while (t < limit) {
            Instant at = Instant.ofEpochSecond(t);
            long offset = rules.getOffset(at).getTotalSeconds();
            ZoneOffsetTransition next = rules.nextTransition(at);
            long segmentEnd = next == null ? limit : Math.min(limit, next.toEpochSecond());
            long a = Math.max(t, localStart - offset);
            long b = Math.min(segmentEnd, localEnd - offset);
            if (a < b) {
                out.addClipped(a, b, from, to);
            }
            t = segmentEnd;
        }
    }

    /** Growable pair of arrays for interval ends while a year is built. */
    static final class IntervalList {
        long[] starts = new long[1024];
        long[] ends = new long[1024];
        int size;

        void addClipped(long a, long b, long from, long to) {
            long s = Math.max(a, from);
            long e = Math.min(b, to);
            if (s >= e) {
                return;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = s;
            ends[size] = e;
            size++;
        }
    }

    /** The open intervals of one local year with running totals. Immutable once built. */
    static final class YearBlock {
        final int year;
        final long start;
        final long end;
        final long[] starts;
        final long[] ends;
        /** Open seconds from the block's start to the end of interval i. */
        final long[] openThroughEnd;

        final long total;
        /** Open seconds from the clock's anchor to this block's start. */
        final long base;
        /** Epoch day of 1 January. */
        final long firstDay;
        /** The instant each local day of the year begins, and the next year's first day. */
        final long[] dayStarts;
        /** For each day (and one past the last): how many intervals start before the day begins. */
        final int[] intervalsBeforeDay;
        /** For each day (and one past the last): open seconds from the block's start to the day's start. */
        final long[] openBeforeDay;
        /** For each day: the next later day of the year with open time, or -1 when there is none. */
        final int[] nextOpenDay;

        private YearBlock(
                int year,
                long start,
                long end,
                long[] starts,
                long[] ends,
                long[] openThroughEnd,
                long total,
                long base,
                long firstDay,
                long[] dayStarts) {
            this.firstDay = firstDay;
            this.dayStarts = dayStarts;
            this.year = year;
            this.intervalsBeforeDay = new int[dayStarts.length];
            this.openBeforeDay = new long[dayStarts.length];
            this.start = start;
            this.end = end;
            this.starts = starts;
            this.ends = ends;
            this.openThroughEnd = openThroughEnd;
            this.total = total;
            this.base = base;
            int j = 0;
            for (int d = 0; d < dayStarts.length; d++) {
                while (j < starts.length && starts[j] < dayStarts[d]) {
                    j++;
                }
                intervalsBeforeDay[d] = j;
                openBeforeDay[d] = openBefore(dayStarts[d]);
            }
            int days = dayStarts.length - 1;
            this.nextOpenDay = new int[days];
            int next = -1;
            for (int d = days - 1; d >= 0; d--) {
                nextOpenDay[d] = next;
                if (openBeforeDay[d + 1] > openBeforeDay[d]) {
                    next = d;
                }
            }
        }

        static YearBlock of(
                int year,
                long from,
                long to,
                IntervalList list,
                long base,
                boolean baseIsStart,
                long firstDay,
                long[] dayStarts) {
            long[] s = Arrays.copyOf(list.starts, list.size);
            long[] e = Arrays.copyOf(list.ends, list.size);
            // The intervals are disjoint, so sorting starts and ends separately keeps them paired.
            Arrays.sort(s);
            Arrays.sort(e);
            int n = 0;
            for (int i = 0; i < s.length; i++) {
                if (n > 0 && s[i] <= e[n - 1]) {
                    e[n - 1] = Math.max(e[n - 1], e[i]);
                } else {
                    s[n] = s[i];
                    e[n] = e[i];
                    n++;
                }
            }
            long[] starts = Arrays.copyOf(s, n);
            long[] ends = Arrays.copyOf(e, n);
            long[] through = new long[n];
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += ends[i] - starts[i];
                through[i] = sum;
            }
            return new YearBlock(
                    year, from, to, starts, ends, through, sum, baseIsStart ? base : base - sum, firstDay, dayStarts);
        }

        /** Open seconds in {@code [start, t)}, for t within the block or at its end. */
        long openBefore(long t) {
            int i = lastStartingAtOrBefore(t);
            if (i < 0) {
                return 0;
            }
            long before = i == 0 ? 0 : openThroughEnd[i - 1];
            return before + Math.min(t, ends[i]) - starts[i];
        }

        /** The earliest instant with {@code openBefore(t) == open}, for {@code 0 < open <= total}. */
        long instantAt(long open) {
            int lo = 0;
            int hi = openThroughEnd.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (openThroughEnd[mid] >= open) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            long before = lo == 0 ? 0 : openThroughEnd[lo - 1];
            return starts[lo] + (open - before);
        }

        /**
         * The index of the last interval starting at or before t, or -1. The day of t is found by
         * arithmetic and only its own few intervals are looked at: the cost does not depend on the
         * number of intervals in the year.
         */
        int lastStartingAtOrBefore(long t) {
            int days = dayStarts.length - 1;
            if (t >= dayStarts[days]) {
                return starts.length - 1;
            }
            if (t < dayStarts[0]) {
                return -1;
            }
            int d = dayOf(t);
            int j = intervalsBeforeDay[d];
            int last = intervalsBeforeDay[d + 1];
            while (j < last && starts[j] <= t) {
                j++;
            }
            return j - 1;
        }

        /** The local day (index in the year) that t falls on, for t within the block. */
        private int dayOf(long t) {
            int days = dayStarts.length - 1;
            int d = (int) Math.min(days - 1, Math.max(0, (t - dayStarts[0]) / 86_400));
            while (d > 0 && t < dayStarts[d]) {
                d--;
            }
            while (d < days - 1 && t >= dayStarts[d + 1]) {
                d++;
            }
            return d;
        }

        int firstEndingAfter(long t) {
            int j = Math.max(0, lastStartingAtOrBefore(t));
            while (j < ends.length && ends[j] <= t) {
                j++;
            }
            return j;
        }
    }
}
