package io.slaudit.cli;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.PublicHolidays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The warning the calculator and {@code calendar show} give for years whose public holidays
 * slaudit does not trust (the audit rejects tickets in them): the answer rests on the holiday
 * library's rules for a year its data was not made for. A calendar without regional holidays
 * trusts its own dates for every year.
 */
final class HolidayTrust {

    private final BusinessCalendar calendar;
    private final SortedSet<Integer> untrusted = new TreeSet<>();

    HolidayTrust(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** Notes the local year of an instant the answer depends on. */
    void uses(Instant instant) {
        uses(LocalDate.ofInstant(instant, calendar.zone()).getYear());
    }

    void uses(int year) {
        if (!calendar.regions().isEmpty() && !PublicHolidays.trusted(year)) {
            untrusted.add(year);
        }
    }

    boolean any() {
        return !untrusted.isEmpty();
    }

    /** The warning, or empty when every year used is trusted. */
    Optional<String> warning() {
        if (untrusted.isEmpty()) {
            return Optional.empty();
        }
        String years = untrusted.size() > 5
                ? untrusted.first() + " to " + untrusted.last()
                : untrusted.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Optional.of("warning: the public holidays of "
                + calendar.regions().stream().map(Object::toString).collect(Collectors.joining(", ")) + " come from "
                + PublicHolidays.library().source() + ", which slaudit trusts for " + PublicHolidays.FIRST_TRUSTED_YEAR
                + " to " + PublicHolidays.LAST_TRUSTED_YEAR + "; " + years + (untrusted.size() == 1 ? " is" : " are")
                + " outside, so the answer assumes the library's rules hold then (an audit rejects such tickets)");
    }
}
