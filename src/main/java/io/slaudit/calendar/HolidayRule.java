package io.slaudit.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One line of a calendar's {@code holidays:} list: a reason for the calendar to be closed all day. */
public sealed interface HolidayRule permits HolidayRule.Regional, HolidayRule.OnDate, HolidayRule.Period {

    /** The public holidays of a region, from the holiday library. */
    record Regional(HolidayRegion region) implements HolidayRule {
        public Regional {
            Objects.requireNonNull(region, "region");
        }
    }

    /** One closed date, such as Christmas Eve. */
    record OnDate(LocalDate date, Optional<String> name) implements HolidayRule {
        public OnDate {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A closed range of dates, both ends included, such as company holidays. */
    record Period(LocalDate from, LocalDate to, Optional<String> name) implements HolidayRule {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(name, "name");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }
}
