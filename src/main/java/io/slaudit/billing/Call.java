package io.slaudit.billing;

import java.util.Objects;
import java.util.Optional;

/**
 * One phone call as the calls file records it: its line in the file, when it started and ended
 * (epoch seconds), the line called, and who called about what, when the file says.
 */
public record Call(long row, long start, long end, PhoneLine line, Optional<String> caller, Optional<String> ticket) {

    public Call {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(ticket, "ticket");
        if (end < start) {
            throw new IllegalArgumentException("a call ends before it starts");
        }
    }

    /** The call's length in real seconds (across a DST change, what the clock on the wall does not show). */
    public long seconds() {
        return end - start;
    }
}
