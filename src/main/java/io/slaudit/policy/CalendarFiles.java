package io.slaudit.policy;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.input.InputException;
import io.slaudit.input.Problems;
import io.slaudit.input.SourceMark;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlNode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads one calendar for the calculator and {@code calendar show}: from a calendar file, or by name
 * from a policy file's {@code calendars:} map (its default calendar when no name is given).
 */
public final class CalendarFiles {

    private CalendarFiles() {}

    /** A calendar and the name it has in its file ({@code calendar} for a standalone file). */
    public record NamedCalendar(String name, BusinessCalendar calendar) {
        public NamedCalendar {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(calendar, "calendar");
        }
    }

    /**
     * @throws InputException for an unreadable file or an invalid calendar, with every problem
     */
    public static NamedCalendar load(Path file, Optional<String> name, PublicHolidays publicHolidays) {
        YamlNode root = YamlDocuments.read(file);
        if (root instanceof YamlNode.Mapping m && m.entries().containsKey("calendars")) {
            return fromPolicy(file, m, name, publicHolidays);
        }
        if (name.isPresent()) {
            throw InputException.invalid(
                    SourceMark.file(file.toString()),
                    "a calendar name was given, but the file is a single calendar, not a policy with 'calendars:'");
        }
        Problems problems = new Problems();
        Optional<BusinessCalendar> calendar = new CalendarReader(publicHolidays).read(root, "the calendar", problems);
        problems.throwIfAny(InputException.Kind.INVALID);
        return new NamedCalendar("calendar", calendar.orElseThrow());
    }

    private static NamedCalendar fromPolicy(
            Path file, YamlNode root, Optional<String> name, PublicHolidays publicHolidays) {
        Policy policy = PolicyReader.read(file.toString(), root, publicHolidays);
        String chosen = name.orElse(policy.defaultCalendar());
        BusinessCalendar calendar = policy.calendars().get(chosen);
        if (calendar == null) {
            throw InputException.invalid(
                    SourceMark.file(file.toString()),
                    "the policy has no calendar named '" + chosen + "'"
                            + (policy.calendars().isEmpty()
                                    ? " and states none of its own"
                                    : "; it has: "
                                            + String.join(
                                                    ", ", policy.calendars().keySet())));
        }
        return new NamedCalendar(chosen, calendar);
    }
}
