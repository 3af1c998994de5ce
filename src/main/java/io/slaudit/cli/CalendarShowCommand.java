package io.slaudit.cli;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.CalendarYear;
import io.slaudit.calendar.ClosedDay;
import io.slaudit.calendar.HolidayRule;
import io.slaudit.calendar.HoursException;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.CalendarFiles;
import io.slaudit.report.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slaudit calendar show}: a calendar's year laid out for checking by eye. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Prints the weekly hours, every closed date with its name, and the open time per month of"
                + " one year, so that the encoding of a calendar can be checked against the contract.")
final class CalendarShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A calendar file or a policy file.")
    Path file;

    @Option(names = "--calendar-name", paramLabel = "NAME", description = "With a policy file: which calendar.")
    String name;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year to lay out (default: this year).")
    Integer year;

    @Option(names = "--lang", paramLabel = "en|de", description = "Language of holiday names (default: en).")
    Lang lang = Lang.en;

    @Override
    public Integer call() {
        CalendarFiles.NamedCalendar named =
                CalendarFiles.load(file, Optional.ofNullable(name), PublicHolidays.library());
        BusinessCalendar calendar = named.calendar();
        int y = year != null ? year : LocalDate.now(calendar.zone()).getYear();
        if (y < BusinessClock.FIRST_YEAR || y > BusinessClock.LAST_YEAR) {
            throw new UsageException(
                    "--year must lie between " + BusinessClock.FIRST_YEAR + " and " + BusinessClock.LAST_YEAR);
        }
        BusinessClock clock = BusinessClock.of(calendar, PublicHolidays.library());
        HolidayTrust trust = new HolidayTrust(calendar);
        trust.uses(y);
        trust.warning().ifPresent(spec.commandLine().getErr()::println);
        Locale locale = lang.locale();
        CalendarYear layout = CalendarYear.of(clock, y, PublicHolidays.library(), locale);
        // written whole, with names from the contract escaped for the terminal
        java.io.StringWriter text = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(text);

        out.printf(Locale.ROOT, "Calendar %s (%s)%n", named.name(), file);
        out.printf(Locale.ROOT, "Zone     %s%n%n", calendar.zone().getId());
        out.println("Weekly hours");
        for (DayOfWeek d : DayOfWeek.values()) {
            out.printf(
                    "  %-4s %-32s %s%n",
                    weekday(d, locale),
                    calendar.hours().on(d),
                    calendar.hours().on(d).isClosed()
                            ? ""
                            : hours(calendar.hours().on(d).wallClockSeconds()));
        }
        out.printf(
                Locale.ROOT,
                "  %-4s %-32s %s%n%n",
                "Week",
                "",
                hours(calendar.hours().wallClockSecondsPerWeek()));

        out.println("Holiday rules");
        if (calendar.holidays().isEmpty()) {
            out.println("  none");
        }
        for (HolidayRule rule : calendar.holidays()) {
            if (rule instanceof HolidayRule.Regional r) {
                out.printf(
                        "  public holidays of %s (%s)%n",
                        r.region(), PublicHolidays.library().source());
            } else if (rule instanceof HolidayRule.OnDate d) {
                out.printf(Locale.ROOT, "  %s %s%n", d.date(), d.name().orElse(""));
            } else if (rule instanceof HolidayRule.Period p) {
                out.printf(
                        Locale.ROOT,
                        "  %s to %s %s%n",
                        p.from(),
                        p.to(),
                        p.name().orElse(""));
            }
        }
        out.println();

        out.printf(
                Locale.ROOT, "Closed dates in %d (%d)%n", y, layout.closedDays().size());
        for (ClosedDay day : layout.closedDays()) {
            boolean closedAnyway =
                    calendar.hours().on(day.date().getDayOfWeek()).isClosed();
            out.printf(
                    "  %s %-4s %-34s %s%s%n",
                    day.date(),
                    weekday(day.date().getDayOfWeek(), locale),
                    day.name(),
                    day.source(),
                    closedAnyway ? "  (closed anyway)" : "");
        }
        if (!layout.exceptions().isEmpty()) {
            out.printf(Locale.ROOT, "%nOther hours in %d%n", y);
            for (HoursException e : layout.exceptions()) {
                out.printf(
                        "  %s %-4s %-34s %s%n",
                        e.date(),
                        weekday(e.date().getDayOfWeek(), locale),
                        e.hours(),
                        e.name().orElse(""));
            }
        }
        out.printf(Locale.ROOT, "%nOpen time in %d (real time; DST days count as they fall)%n", y);
        out.printf(Locale.ROOT, "  %-8s %9s %11s%n", "Month", "Open days", "Open hours");
        for (CalendarYear.MonthOpenTime m : layout.months()) {
            out.printf(Locale.ROOT, "  %-8s %9d %11s%n", m.month(), m.openDays(), hours(m.openSeconds()));
        }
        out.printf(Locale.ROOT, "  %-8s %9d %11s%n", "Total", layout.openDays(), hours(layout.openSeconds()));
        out.flush();
        spec.commandLine().getOut().print(TerminalText.cleanLines(text.toString()));
        return ExitCode.OK.code();
    }

    private static String weekday(DayOfWeek d, Locale locale) {
        return d.getDisplayName(TextStyle.SHORT, locale).replace(".", "");
    }

    /** {@code H:MM}, exact to the minute (calendar windows are whole minutes). */
    static String hours(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d h", seconds / 3600, seconds / 60 % 60);
    }
}
