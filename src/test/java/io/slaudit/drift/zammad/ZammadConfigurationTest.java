package io.slaudit.drift.zammad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.OpenWindow;
import io.slaudit.drift.SystemConfiguration;
import io.slaudit.drift.SystemConfiguration.SystemCalendar;
import io.slaudit.drift.SystemConfiguration.SystemTarget;
import io.slaudit.input.InputException;
import io.slaudit.policy.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZammadConfigurationTest {

    @TempDir
    Path dir;

    // the calendar of Zammad's API documentation (api/calendar.rst), Friday until the end of the day
    private static final String CALENDARS = """
            [{"id": 2, "name": "Test calendar", "timezone": "Europe/Berlin",
              "business_hours": {
                "mon": {"active": true, "timeframes": [["09:00", "17:00"]]},
                "tue": {"active": true, "timeframes": [["09:00", "12:00"], ["13:00", "17:00"]]},
                "wed": {"active": true, "timeframes": [["09:00", "17:00"]]},
                "thu": {"active": true, "timeframes": [["09:00", "17:00"]]},
                "fri": {"active": true, "timeframes": [["09:00", "23:59"]]},
                "sat": {"active": false, "timeframes": [["10:00", "14:00"]]},
                "sun": {"active": false, "timeframes": [["10:00", "14:00"]]}},
              "default": false, "ical_url": "",
              "public_holidays": {
                "2021-11-10": {"active": true, "summary": "Feast day 1"},
                "2021-11-11": {"active": false, "summary": "Feast day 2"},
                "2021-12-24": {"active": true, "summary": "Christmas Eve", "removed": true}},
              "last_log": null}]
            """;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private SystemConfiguration read(String slas, List<String> only) throws IOException {
        return ZammadConfiguration.read(
                file("slas.json", slas), file("calendars.json", CALENDARS), Optional.empty(), only);
    }

    @Test
    void aCalendarIsReadAsZammadCountsItsBusinessHours() throws IOException {
        SystemConfiguration s = read("""
                [{"id": 2, "calendar_id": 2, "name": "new sla", "first_response_time": 120, "response_time": null,
                  "update_time": 120, "solution_time": 480, "condition": {}}]
                """, List.of());
        SystemCalendar cal = s.targets().get(0).calendar().orElseThrow();
        assertThat(cal.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(cal.hours().on(DayOfWeek.TUESDAY))
                .isEqualTo(DayHours.of(OpenWindow.parse("09:00-12:00"), OpenWindow.parse("13:00-17:00")));
        // "23:59" is the end of the day, as Calendar#business_hours_to_hash reads it
        assertThat(cal.hours().on(DayOfWeek.FRIDAY)).isEqualTo(DayHours.of(OpenWindow.parse("09:00-24:00")));
        // inactive days are closed whatever their timeframes
        assertThat(cal.hours().on(DayOfWeek.SATURDAY).isClosed()).isTrue();
        // only active holidays that are not removed close a day
        assertThat(cal.closures().orElseThrow())
                .singleElement()
                .satisfies(c -> assertThat(c.from()).isEqualTo(LocalDate.of(2021, 11, 10)));
    }

    @Test
    void theTimesOfAnSlaAreItsTargetsInBusinessMinutesForEveryPriority() throws IOException {
        SystemConfiguration s = read("""
                [{"id": 2, "calendar_id": 2, "name": "new sla", "first_response_time": 120, "response_time": null,
                  "update_time": 120, "solution_time": 480, "condition": {}}]
                """, List.of());
        assertThat(s.priorities()).containsExactly("1 low", "2 normal", "3 high");
        // three priorities times three times set (response_time is null)
        assertThat(s.targets()).hasSize(9);
        SystemTarget solution = s.targets().stream()
                .filter(t -> t.metric() == Metric.RESOLUTION && t.priority().equals("3 high"))
                .findFirst()
                .orElseThrow();
        assertThat(solution.systemMetric()).isEqualTo("solution_time");
        assertThat(solution.minutes()).isEqualByComparingTo("480");
        assertThat(solution.businessHours()).isTrue();
    }

    @Test
    void eachPriorityGetsTheFirstMatchingSlaByNameElseTheOneWithoutACondition() throws IOException {
        SystemConfiguration s = read("""
                [{"id": 1, "calendar_id": 2, "name": "Z fallback", "first_response_time": 600, "condition": {}},
                 {"id": 2, "calendar_id": 2, "name": "B high", "first_response_time": 60,
                  "condition": {"ticket.priority_id": {"operator": "is", "value": ["3"]}}},
                 {"id": 3, "calendar_id": 2, "name": "A high and normal", "first_response_time": 30,
                  "condition": {"ticket.priority_id": {"operator": "is", "value": ["2", "3"]}}}]
                """, List.of());
        assertThat(minutes(s, "3 high")).isEqualTo("30"); // "A high and normal" sorts before "B high"
        assertThat(minutes(s, "2 normal")).isEqualTo("30");
        assertThat(minutes(s, "1 low")).isEqualTo("600");
    }

    @Test
    void theExpertConditionFormAndIsNotAreRead() throws IOException {
        SystemConfiguration s = read("""
                [{"id": 2, "calendar_id": 2, "name": "not low", "first_response_time": 60,
                  "condition": {"operator": "AND", "conditions": [
                    {"name": "ticket.priority_id", "operator": "is not", "value": ["1"]},
                    {"name": "ticket.group_id", "operator": "is", "value": ["4"]}]}}]
                """, List.of());
        assertThat(s.targets()).extracting(SystemTarget::priority).containsExactly("2 normal", "3 high");
        assertThat(s.notes()).anyMatch(n -> n.contains("'not low' also requires ticket.group_id is '4'"));
    }

    @Test
    void anSlaOnACalendarTheFileLacksIsRefusedAtItsCalendarId() {
        assertThatThrownBy(() -> read("""
                        [{"id": 2, "name": "new sla", "first_response_time": 120,
                          "calendar_id": 7}]
                        """, List.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("slas.json:2:18")
                .hasMessageContaining("counts on calendar 7, which the calendars file does not hold");
    }

    @Test
    void onlyTheSlasNamedAreConsidered() throws IOException {
        SystemConfiguration s = read("""
                [{"id": 1, "calendar_id": 2, "name": "Gold", "first_response_time": 60, "condition": {}},
                 {"id": 2, "calendar_id": 2, "name": "Silver", "first_response_time": 240, "condition": {}}]
                """, List.of("Gold"));
        assertThat(minutes(s, "1 low")).isEqualTo("60");
        assertThatThrownBy(() -> read(
                        "[{\"id\": 1, \"calendar_id\": 2, \"name\": \"Gold\", \"first_response_time\": 60}]",
                        List.of("Bronze")))
                .hasMessageContaining("has no SLA named 'Bronze'; its SLAs: 'Gold'");
    }

    @Test
    void aTimezoneThatIsNoIanaZoneAndAnObjectWhereTheListBelongsAreRefused() throws IOException {
        Path slas = file("slas.json", "[]");
        Path cals = file("cals.json", CALENDARS.replace("Europe/Berlin", "Berlin"));
        assertThatThrownBy(() -> ZammadConfiguration.read(slas, cals, Optional.empty(), List.of()))
                .hasMessageContaining("timezone 'Berlin' is not an IANA time zone");
        Path object = file("obj.json", "{\"id\": 2}");
        assertThatThrownBy(
                        () -> ZammadConfiguration.read(object, file("c2.json", CALENDARS), Optional.empty(), List.of()))
                .hasMessageContaining("obj.json:1:1")
                .hasMessageContaining("expected the response of GET /api/v1/slas (an array), found an object");
    }

    private static String minutes(SystemConfiguration s, String priority) {
        return s.targets().stream()
                .filter(t -> t.priority().equals(priority) && t.metric() == Metric.FIRST_RESPONSE)
                .findFirst()
                .orElseThrow()
                .minutes()
                .toPlainString();
    }
}
