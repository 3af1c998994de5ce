package io.slaudit.calendar;

import io.slaudit.input.InputException;
import io.slaudit.input.Problems;
import io.slaudit.input.YamlDocuments;
import io.slaudit.policy.CalendarReader;

/** Calendars for tests, written in the same YAML users write. */
public final class TestCalendars {

    private TestCalendars() {}

    public static BusinessCalendar calendar(String yaml) {
        Problems problems = new Problems();
        BusinessCalendar calendar = new CalendarReader(PublicHolidays.library())
                .read(YamlDocuments.parse("test.yaml", yaml), "the calendar", problems)
                .orElse(null);
        problems.throwIfAny(InputException.Kind.INVALID);
        return calendar;
    }

    public static BusinessClock clock(String yaml) {
        return BusinessClock.of(calendar(yaml), PublicHolidays.library());
    }

    /** Munich office hours with a split Friday, Christmas closure and a half day (the README example). */
    public static final String MUNICH_SPLIT_FRIDAY = """
            zone: Europe/Berlin
            hours:
              mon-thu: "09:00-17:00"
              fri: ["09:00-12:30", "13:30-16:00"]
            holidays:
              - region: DE-BY/mu
              - date: 2025-12-24
                name: Heiligabend
              - from: 2025-12-27
                to: 2025-12-31
                name: Betriebsferien
            exceptions:
              - date: 2025-12-23
                hours: "09:00-12:00"
            """;
}
