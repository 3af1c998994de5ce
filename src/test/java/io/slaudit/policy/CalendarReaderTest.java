package io.slaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.HolidayRule;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.input.Problems;
import io.slaudit.input.YamlDocuments;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarReaderTest {

    private static BusinessCalendar read(String yaml) {
        Problems problems = new Problems();
        BusinessCalendar calendar = new CalendarReader(PublicHolidays.library())
                .read(YamlDocuments.parse("cal.yaml", yaml), "the calendar", problems)
                .orElse(null);
        problems.throwIfAny(InputException.Kind.INVALID);
        return calendar;
    }

    private static List<String> problems(String yaml) {
        try {
            read(yaml);
        } catch (InputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems in:\n" + yaml);
    }

    @Test
    void readsEveryFeatureOfTheFixedFormat() {
        BusinessCalendar c = read("""
                zone: Europe/Berlin
                hours:
                  mon-thu: "09:00-17:00"
                  fri: ["09:00-12:30", "13:30-16:00"]
                  sat: "10:00-24:00"
                holidays:
                  - region: DE-NW
                  - date: 2025-12-24
                    name: Heiligabend
                  - from: 2025-12-27
                    to: 2025-12-31
                    name: Betriebsferien
                exceptions:
                  - date: 2025-12-23
                    hours: "09:00-12:00"
                  - date: 2025-12-22
                    hours: closed
                """);
        assertThat(c.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(c.hours().on(DayOfWeek.MONDAY).toString()).isEqualTo("09:00-17:00");
        assertThat(c.hours().on(DayOfWeek.FRIDAY).toString()).isEqualTo("09:00-12:30, 13:30-16:00");
        assertThat(c.hours().on(DayOfWeek.SATURDAY).toString()).isEqualTo("10:00-24:00");
        assertThat(c.hours().on(DayOfWeek.SUNDAY).isClosed()).isTrue();
        assertThat(c.holidays()).hasSize(3).first().isInstanceOf(HolidayRule.Regional.class);
        assertThat(c.exceptionOn(LocalDate.of(2025, 12, 22)))
                .hasValueSatisfying(e -> assertThat(e.hours()).isEqualTo(DayHours.CLOSED));
    }

    @Test
    void aSplitDayMayBeWrittenInOneString() {
        BusinessCalendar c = read("""
                zone: UTC
                hours: { fri: "09:30-12:30, 13:30-17:00" }
                """);
        assertThat(c.hours().on(DayOfWeek.FRIDAY).windows()).hasSize(2);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPosition() {
        assertThat(problems("""
                        zone: Europe/Munich
                        hours:
                          tue: ["09:00-12:00", "11:00-13:00"]
                          wed: "25:00-26:00"
                          thu: "17:00-09:00"
                          fry: "09:00-10:00"
                          fri: "09:00-09:00"
                        hollidays: []
                        """))
                .containsExactly(
                        "cal.yaml:1:7: unknown time zone 'Europe/Munich'; use an IANA zone id such as Europe/Berlin"
                                + " or America/New_York",
                        "cal.yaml:3:8: hours for 'tue': windows 09:00-12:00 and 11:00-13:00 overlap",
                        "cal.yaml:4:8: hours for 'wed': '25:00' in '25:00-26:00' is not a time of day (00:00 to 23:59,"
                                + " and 24:00 as an end)",
                        "cal.yaml:5:8: hours for 'thu': window 17:00-09:00 ends before it starts; a window cannot"
                                + " cross midnight, write it as two windows on two days",
                        "cal.yaml:6:3: 'fry' is not a weekday or a range of weekdays; use mon, tue, wed, thu, fri,"
                                + " sat, sun or a range such as mon-fri",
                        "cal.yaml:7:8: hours for 'fri': window 09:00-09:00 is empty: it ends when it starts; leave"
                                + " a closed day out, or write 00:00-24:00 for the whole day",
                        "cal.yaml:8:1: unknown key 'hollidays' in the calendar; did you mean 'holidays'? (known"
                                + " keys: zone, hours, holidays, exceptions)");
    }

    @Test
    void unknownRegionsAndBadDatesAreNamed() {
        assertThat(problems("""
                        zone: UTC
                        hours: { mon: "09:00-17:00" }
                        holidays:
                          - region: DE-BY/muc
                          - date: 2025-02-30
                          - from: 2025-12-31
                            to: 2025-12-27
                          - name: nothing else
                          - region: DE-BY
                            date: 2025-01-01
                        """))
                .containsExactly(
                        "cal.yaml:4:13: unknown holiday region 'DE-BY/muc'; DE-BY has: DE-BY/ag, DE-BY/in, DE-BY/mu,"
                                + " DE-BY/re, DE-BY/wu",
                        "cal.yaml:5:11: '2025-02-30' is not a date; write YYYY-MM-DD, e.g. 2025-12-24",
                        "cal.yaml:7:9: the period ends (2025-12-27) before it starts (2025-12-31)",
                        "cal.yaml:8:5: a holiday entry needs 'region', 'date', or 'from' and 'to'",
                        "cal.yaml:9:5: a holiday entry is either a region, a date, or a from/to period, not several");
    }

    @Test
    void aCalendarThatIsNeverOpenIsAnError() {
        assertThat(problems("""
                        zone: UTC
                        hours:
                          mon: closed
                        """))
                .containsExactly("cal.yaml:2:1: the calendar is never open: no weekday has open hours");
        assertThat(problems("zone: UTC\nhours: {}\n")).hasSize(1);
    }

    @Test
    void zoneAndHoursAreRequired() {
        assertThat(problems("holidays: []\n"))
                .containsExactly(
                        "cal.yaml:1:1: the calendar lacks the required key 'zone'",
                        "cal.yaml:1:1: the calendar lacks the required key 'hours'");
    }

    @Test
    void duplicateKeysAreReportedRatherThanSilentlyOverwritten() {
        assertThatThrownBy(() -> read("""
                        zone: UTC
                        hours: { mon: "09:00-17:00" }
                        zone: Europe/Berlin
                        """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("cal.yaml:3:1: duplicate key 'zone' (first given at line 1)");
    }
}
