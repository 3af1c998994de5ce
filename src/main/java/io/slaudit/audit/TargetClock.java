package io.slaudit.audit;

import io.slaudit.calendar.BusinessClock;

/**
 * The clock a target counts on: business time on a calendar, or clock time that always runs. In
 * epoch seconds.
 */
interface TargetClock {

    long elapsed(long from, long to);

    long deadline(long start, long seconds);

    /** Business time on a calendar. */
    static TargetClock business(BusinessClock clock) {
        return new TargetClock() {
            @Override
            public long elapsed(long from, long to) {
                return clock.elapsedSeconds(from, to);
            }

            @Override
            public long deadline(long start, long seconds) {
                return clock.deadlineSecond(start, seconds);
            }
        };
    }

    /** Clock time: every second counts. */
    TargetClock REAL_TIME = new TargetClock() {
        @Override
        public long elapsed(long from, long to) {
            return to - from;
        }

        @Override
        public long deadline(long start, long seconds) {
            return Math.addExact(start, seconds);
        }
    };
}
