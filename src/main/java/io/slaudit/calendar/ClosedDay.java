package io.slaudit.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A date on which a calendar is closed all day, why, and which line of the calendar says so. */
public record ClosedDay(LocalDate date, String name, String source) {

    public ClosedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
