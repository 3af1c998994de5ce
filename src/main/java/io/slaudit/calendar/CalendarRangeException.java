package io.slaudit.calendar;

import java.io.Serial;

/** A question about time outside the years a calendar can be computed for. */
public final class CalendarRangeException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public CalendarRangeException(String message) {
        super(message);
    }
}
