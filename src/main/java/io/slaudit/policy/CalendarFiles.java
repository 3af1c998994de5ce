package io.slaudit.policy;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.input.InputException;
import io.slaudit.input.Problems;
import io.slaudit.input.SourceMark;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlFields;
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
            Path file, YamlNode.Mapping policy, Optional<String> name, PublicHolidays publicHolidays) {
        Problems problems = new Problems();
        YamlNode calendars = policy.get("calendars").orElseThrow();
        Optional<String> chosen = name.or(
                () -> policy.get("default-calendar").flatMap(n -> YamlFields.text(n, "'default-calendar'", problems)));
        problems.throwIfAny(InputException.Kind.INVALID);
        if (!(calendars instanceof YamlNode.Mapping named)) {
            throw InputException.invalid(calendars.mark(), "'calendars' must map names to calendars");
        }
        if (chosen.isEmpty()) {
            throw InputException.invalid(
                    policy.mark(),
                    "the policy has no 'default-calendar'; name one of: "
                            + String.join(", ", named.entries().keySet()));
        }
        Optional<YamlNode> node = named.get(chosen.get());
        if (node.isEmpty()) {
            throw InputException.invalid(
                    calendars.mark(),
                    "the policy has no calendar named '" + chosen.get() + "'; it has: "
                            + String.join(", ", named.entries().keySet()));
        }
        Optional<BusinessCalendar> calendar =
                new CalendarReader(publicHolidays).read(node.get(), "calendar '" + chosen.get() + "'", problems);
        problems.throwIfAny(InputException.Kind.INVALID);
        return new NamedCalendar(chosen.get(), calendar.orElseThrow());
    }
}
