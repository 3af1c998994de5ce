package io.slaudit.cli;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.CalendarFiles;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options that pick one calendar: a calendar file, or a policy file and one of its calendars. */
final class CalendarOptions {

    @Option(
            names = "--calendar",
            required = true,
            paramLabel = "FILE",
            description = "A calendar YAML file, or a policy file (its default calendar, or --calendar-name).")
    Path file;

    @Option(
            names = "--calendar-name",
            paramLabel = "NAME",
            description = "With a policy file: which of its calendars to use.")
    String name;

    private CalendarFiles.NamedCalendar loaded;

    CalendarFiles.NamedCalendar load() {
        if (loaded == null) {
            loaded = CalendarFiles.load(file, Optional.ofNullable(name), PublicHolidays.library());
        }
        return loaded;
    }

    BusinessClock clock() {
        return BusinessClock.of(load().calendar(), PublicHolidays.library());
    }
}
