package io.slaudit.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public holiday as the calendar sees it: the date on which offices close (the observed date
 * where the law moves a holiday off a weekend), and its name.
 */
public record PublicHoliday(LocalDate date, String name) implements Comparable<PublicHoliday> {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(PublicHoliday o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : name.compareTo(o.name);
    }
}
