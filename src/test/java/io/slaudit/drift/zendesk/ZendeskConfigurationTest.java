package io.slaudit.drift.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.calendar.DayHours;
import io.slaudit.calendar.OpenWindow;
import io.slaudit.calendar.WeeklyHours;
import io.slaudit.drift.SystemConfiguration;
import io.slaudit.drift.SystemConfiguration.SystemCalendar;
import io.slaudit.drift.SystemConfiguration.SystemTarget;
import io.slaudit.input.InputException;
import io.slaudit.input.JsonDocument;
import io.slaudit.policy.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZendeskConfigurationTest {

    @TempDir
    Path dir;

    private static final String ONE_POLICY = """
            {"sla_policies": [{"id": 36, "title": "Incidents", "position": 3,
              "filter": {"all": [{"field": "type", "operator": "is", "value": "incident"}], "any": []},
              "policy_metrics": [
                {"business_hours": false, "metric": "first_reply_time", "priority": "low", "target": 60},
                {"business_hours": true, "metric": "requester_wait_time", "priority": "urgent", "target": 120},
                {"business_hours": true, "metric": "total_resolution_time", "priority": "urgent", "target": 480}
              ]}], "count": 1, "next_page": null, "previous_page": null}
            """;

    private static final String SCHEDULE = """
            {"schedules": [{"id": 1, "name": "North America", "time_zone": "Pacific Time (US & Canada)",
              "intervals": [{"start_time": 1980, "end_time": 2460}, {"start_time": 3420, "end_time": 3900}]}]}
            """;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private SystemConfiguration read(String slas, String schedules, Optional<String> holidays) throws IOException {
        Optional<Path> h = holidays.isPresent() ? Optional.of(file("holidays.json", holidays.get())) : Optional.empty();
        return ZendeskConfiguration.read(
                file("slas.json", slas),
                file("schedules.json", schedules),
                h,
                new ZendeskConfiguration.Choice(Optional.empty(), Optional.empty()));
    }

    @Test
    void intervalsCountMinutesFromSundayMidnightAndStayWithinOneDay() {
        // The documentation's example schedule: 1980-2460 is Monday 09:00-17:00 (1440 for Sunday
        // + 9 * 60 = 1980; 1440 + 17 * 60 = 2460), 3420-3900 Tuesday 09:00-17:00 (2880 + 540, 2880 + 1020).
        // 3840-4320 is Tuesday 16:00 to midnight (2880 + 960; 4320 = Wednesday 00:00 ends the day).
        // 0-60 is Sunday 00:00-01:00 and 10020-10080 Saturday 23:00-24:00 (8640 + 1380; 10080 ends the week).
        WeeklyHours h = ZendeskConfiguration.hours((io.slaudit.input.JsonDocument.Value.Array)
                JsonDocument.parse("t", """
                [{"start_time": 1980, "end_time": 2460}, {"start_time": 3420, "end_time": 3900},
                 {"start_time": 3900, "end_time": 4320}, {"start_time": 0, "end_time": 60},
                 {"start_time": 10020, "end_time": 10080}]
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(h.on(DayOfWeek.MONDAY)).isEqualTo(DayHours.of(OpenWindow.parse("09:00-17:00")));
        assertThat(h.on(DayOfWeek.TUESDAY))
                .isEqualTo(DayHours.of(OpenWindow.parse("09:00-17:00"), OpenWindow.parse("17:00-24:00")));
        assertThat(h.on(DayOfWeek.SUNDAY)).isEqualTo(DayHours.of(OpenWindow.parse("00:00-01:00")));
        assertThat(h.on(DayOfWeek.SATURDAY)).isEqualTo(DayHours.of(OpenWindow.parse("23:00-24:00")));
        assertThat(h.on(DayOfWeek.WEDNESDAY).isClosed()).isTrue();
        // 8 + 8 + 7 + 1 + 1 hours
        assertThat(h.wallClockSecondsPerWeek()).isEqualTo(25 * 3600L);
    }

    @Test
    void anIntervalSpanningTwoDaysIsRefusedAtItsLine() throws IOException {
        // 1980-3900 runs from Monday 09:00 to Tuesday 17:00
        String schedules = """
                {"schedules": [{"id": 1, "name": "NA", "time_zone": "UTC",
                  "intervals": [
                    {"start_time": 1980, "end_time": 3900}]}]}
                """;
        assertThatThrownBy(() -> read(ONE_POLICY, schedules, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("schedules.json:3:")
                .hasMessageContaining("spans calendar days (Mon 09:00 to Tue 17:00)");
    }

    @Test
    void overlappingIntervalsAndTimesOutsideTheWeekAreRefused() {
        assertThatThrownBy(() -> read(ONE_POLICY, """
                        {"schedules": [{"id": 1, "name": "NA", "time_zone": "UTC",
                          "intervals": [{"start_time": 1980, "end_time": 2460}, {"start_time": 2000, "end_time": 2100}]}]}
                        """, Optional.empty())).hasMessageContaining("overlap");
        assertThatThrownBy(() -> read(ONE_POLICY, """
                        {"schedules": [{"id": 1, "name": "NA", "time_zone": "UTC",
                          "intervals": [{"start_time": 10000, "end_time": 10100}]}]}
                        """, Optional.empty()))
                .hasMessageContaining("'end_time' must be between 0 and 10080, found 10100");
    }

    @Test
    void railsZoneNamesAreReadAsTheirIanaZones() {
        assertThat(RailsTimeZones.zone("Berlin")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(RailsTimeZones.zone("Eastern Time (US & Canada)")).contains(ZoneId.of("America/New_York"));
        assertThat(RailsTimeZones.zone("Bern")).contains(ZoneId.of("Europe/Zurich"));
        assertThat(RailsTimeZones.zone("UTC")).contains(ZoneId.of("Etc/UTC"));
        // Rails' find_tzinfo falls back to the identifier itself
        assertThat(RailsTimeZones.zone("Europe/Vienna")).contains(ZoneId.of("Europe/Vienna"));
        assertThat(RailsTimeZones.zone("Berlinn")).isEmpty();
        assertThat(RailsTimeZones.zone("+01:00")).isEmpty();
    }

    @Test
    void everyRailsZoneNameResolvesInJava() {
        Map<String, String> all = RailsTimeZones.mapping();
        assertThat(all).hasSize(151);
        for (Map.Entry<String, String> e : all.entrySet()) {
            assertThat(RailsTimeZones.zone(e.getKey())).as(e.getKey()).contains(ZoneId.of(e.getValue()));
        }
    }

    @Test
    void aScheduleZoneThatIsNoRailsNameIsRefusedAtItsValue() {
        assertThatThrownBy(() -> read(ONE_POLICY, """
                        {"schedules": [{"id": 1, "name": "NA",
                           "time_zone": "Pacific Time",
                           "intervals": [{"start_time": 1980, "end_time": 2460}]}]}
                        """, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("schedules.json:2:17")
                .hasMessageContaining("time_zone 'Pacific Time' is neither a Rails time zone name");
    }

    @Test
    void policyMetricsBecomeTargetsWithTheirCalendarAndTheirClock() throws IOException {
        SystemConfiguration s = read(ONE_POLICY, SCHEDULE, Optional.empty());
        assertThat(s.system()).isEqualTo("Zendesk");
        assertThat(s.priorities()).containsExactly("low", "normal", "high", "urgent");
        assertThat(s.targets()).hasSize(3);
        SystemTarget low = s.targets().get(0);
        assertThat(low.metric()).isEqualTo(Metric.FIRST_RESPONSE);
        assertThat(low.minutes()).isEqualByComparingTo("60");
        assertThat(low.businessHours()).isFalse();
        SystemTarget wait = s.targets().get(1);
        assertThat(wait.metric()).isEqualTo(Metric.RESOLUTION);
        assertThat(wait.preference()).isGreaterThan(s.targets().get(2).preference());
        assertThat(wait.clockNote().orElseThrow()).contains("pending");
        SystemCalendar cal = wait.calendar().orElseThrow();
        assertThat(cal.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(cal.zoneAsWritten()).isEqualTo("Pacific Time (US & Canada)");
        assertThat(cal.closures()).isEmpty();
        assertThat(s.notes()).anyMatch(n -> n.contains("'Incidents'") && n.contains("type is incident"));
    }

    @Test
    void holidaysAreReadAsClosedDaysOfOneOrSeveralDays() throws IOException {
        SystemConfiguration s = read(ONE_POLICY, SCHEDULE, Optional.of("""
                {"holidays": [{"end_date": "2021-07-04", "id": 1, "name": "Independence Day", "start_date": "2021-07-04"},
                              {"end_date": "2022-01-02", "id": 2, "name": "New Year", "start_date": "2021-12-30"}]}
                """));
        SystemCalendar cal = s.targets().get(1).calendar().orElseThrow();
        var closures = cal.closures().orElseThrow();
        assertThat(closures).hasSize(2);
        assertThat(closures.get(1).from()).isEqualTo(LocalDate.of(2021, 12, 30));
        assertThat(closures.get(1).contains(LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(closures.get(1).contains(LocalDate.of(2022, 1, 3))).isFalse();
    }

    @Test
    void aHolidayEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> read(ONE_POLICY, SCHEDULE, Optional.of("""
                        {"holidays": [{"id": 2, "name": "New Year", "start_date": "2022-01-02", "end_date": "2021-12-30"}]}
                        """)))
                .hasMessageContaining("holidays.json:1:15")
                .hasMessageContaining("ends (2021-12-30) before it starts (2022-01-02)");
    }

    @Test
    void brokenJsonIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> read("{\"sla_policies\": [\n  {\"title\": \"x\",}\n]}", SCHEDULE, Optional.empty()))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).kind()).isEqualTo(InputException.Kind.UNREADABLE))
                .hasMessageContaining("slas.json:2:")
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void aFileOfAnotherShapeIsNamedForWhatItIsNot() {
        // the schedules given where the SLA policies belong
        assertThatThrownBy(() -> read(SCHEDULE, SCHEDULE, Optional.empty()))
                .hasMessageContaining("slas.json:1:1")
                .hasMessageContaining("is not Zendesk's SLA policies")
                .hasMessageContaining("[schedules]");
    }

    @Test
    void anUnknownMetricOrPriorityIsRefusedAtItsValue() {
        assertThatThrownBy(() -> read("""
                        {"sla_policies": [{"title": "x", "policy_metrics": [
                          {"priority": "low", "metric": "first_response", "target": 60, "business_hours": true}]}]}
                        """, SCHEDULE, Optional.empty()))
                .hasMessageContaining("slas.json:2:")
                .hasMessageContaining("metric 'first_response' is not one of Zendesk's SLA metrics");
        assertThatThrownBy(() -> read("""
                        {"sla_policies": [{"title": "x", "policy_metrics": [
                          {"priority": "critical", "metric": "first_reply_time", "target": 60, "business_hours": true}]}]}
                        """, SCHEDULE, Optional.empty()))
                .hasMessageContaining("priority 'critical' is not a Zendesk priority");
    }

    @Test
    void aTargetThatIsNoWholeNumberOfMinutesIsRefused() {
        assertThatThrownBy(() -> read("""
                        {"sla_policies": [{"title": "x", "policy_metrics": [
                          {"priority": "low", "metric": "first_reply_time", "target": 1.5, "business_hours": true}]}]}
                        """, SCHEDULE, Optional.empty()))
                .hasMessageContaining("'target' must be a whole number, found 1.5");
        assertThatThrownBy(() -> read("""
                        {"sla_policies": [{"title": "x", "policy_metrics": [
                          {"priority": "low", "metric": "first_reply_time", "target": 60, "business_hours": "yes"}]}]}
                        """, SCHEDULE, Optional.empty()))
                .hasMessageContaining("'business_hours' must be true or false, found 'yes'");
    }

    @Test
    void aMetricGivenTwiceForOnePriorityIsRefused() {
        assertThatThrownBy(() -> read("""
                        {"sla_policies": [{"title": "x", "policy_metrics": [
                          {"priority": "low", "metric": "first_reply_time", "target": 60, "business_hours": true},
                          {"priority": "low", "metric": "first_reply_time", "target": 90, "business_hours": true}]}]}
                        """, SCHEDULE, Optional.empty()))
                .hasMessageContaining("slas.json:3:3")
                .hasMessageContaining("a second first_reply_time for priority low (the first is at line 2)");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> read("{\"sla_policies\": [], \"sla_policies\": []}", SCHEDULE, Optional.empty()))
                .hasMessageContaining("key 'sla_policies' is given twice");
    }

    @Test
    void severalPoliciesNeedOneChosenByTitleOrId() throws IOException {
        String two = """
                {"sla_policies": [
                  {"id": 1, "title": "Gold", "policy_metrics": [{"priority": "low", "metric": "first_reply_time", "target": 60, "business_hours": true}]},
                  {"id": 2, "title": "Silver", "policy_metrics": [{"priority": "low", "metric": "first_reply_time", "target": 90, "business_hours": true}]}]}
                """;
        assertThatThrownBy(() -> read(two, SCHEDULE, Optional.empty()))
                .hasMessageContaining(
                        "holds 2 SLA policies ('Gold', 'Silver'); name the one that enforces the contract with --sla-policy");
        Path slas = file("two.json", two);
        Path sched = file("s.json", SCHEDULE);
        SystemConfiguration silver = ZendeskConfiguration.read(
                slas, sched, Optional.empty(), new ZendeskConfiguration.Choice(Optional.of("2"), Optional.empty()));
        assertThat(silver.targets().get(0).minutes()).isEqualByComparingTo("90");
        assertThatThrownBy(() -> ZendeskConfiguration.read(
                        slas,
                        sched,
                        Optional.empty(),
                        new ZendeskConfiguration.Choice(Optional.of("Bronze"), Optional.empty())))
                .hasMessageContaining("has no SLA policy titled or numbered 'Bronze'; its policies: 'Gold', 'Silver'");
    }

    @Test
    void targetInSecondsIsReadWhereTheMinutesAreMissingAndMustAgreeWithThem() throws IOException {
        SystemConfiguration s = read("""
                {"sla_policy": {"title": "x", "policy_metrics": [
                  {"priority": "low", "metric": "first_reply_time", "target_in_seconds": 5400, "business_hours": true}]}}
                """, SCHEDULE, Optional.empty());
        // 5400 s = 90 min
        assertThat(s.targets().get(0).minutes()).isEqualByComparingTo("90");
        assertThatThrownBy(() -> read("""
                        {"sla_policy": {"title": "x", "policy_metrics": [
                          {"priority": "low", "metric": "first_reply_time", "target": 60, "target_in_seconds": 5400, "business_hours": true}]}}
                        """, SCHEDULE, Optional.empty()))
                .hasMessageContaining("'target_in_seconds' 5400 is not 'target' 60 minutes (3600 s)");
        // 100 s is 1.666... minutes: refused at its value, not an internal error
        assertThatThrownBy(() -> read("""
                  {"sla_policy": {"title": "P", "policy_metrics": [
                  {"priority": "low", "metric": "first_reply_time", "target_in_seconds": 100, "business_hours": true}]}}
                  """, SCHEDULE, Optional.empty()))
                .hasMessageContaining("'target_in_seconds' 100 is no exact number of minutes");
    }
}
