package io.slaudit.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Other hours on one date, such as a half day on 23 December, or {@link DayHours#CLOSED}. An
 * exception is the most specific statement a calendar makes about a date, so it wins over both the
 * weekly hours and the holidays.
 */
public record HoursException(LocalDate date, DayHours hours, Optional<String> name) {

    public HoursException {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(name, "name");
    }
}
