package io.slaudit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.drift.zendesk.ZendeskConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationDriftTest {

    private static final Path SMASHDOCS = Path.of("contracts/smashdocs-support.yaml");
    private static final Path ITEM = Path.of("contracts/item-support-policy.yaml");
    private static final Path SAMPLES = Path.of("samples/drift/zendesk");

    @TempDir
    Path dir;

    private static List<Change> drift(Path contract, Path sample, int year) {
        SystemConfiguration s = ZendeskConfiguration.read(
                sample.resolve("slas.json"),
                sample.resolve("schedules.json"),
                Optional.of(sample.resolve("holidays.json")).filter(Files::exists),
                new ZendeskConfiguration.Choice(Optional.empty(), Optional.empty()));
        return ConfigurationDrift.between(
                new ConfigurationDrift.Request(ContractSource.read(contract), s, Optional.empty(), year));
    }

    private Path sample(String slas, String schedules, Optional<String> holidays) throws IOException {
        Path d = Files.createTempDirectory(dir, "zd");
        Files.writeString(d.resolve("slas.json"), slas, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("schedules.json"), schedules, StandardCharsets.UTF_8);
        if (holidays.isPresent()) {
            Files.writeString(d.resolve("holidays.json"), holidays.get(), StandardCharsets.UTF_8);
        }
        return d;
    }

    private static Change only(List<Change> changes, String code, String subjectPart) {
        List<Change> found = changes.stream()
                .filter(c -> c.code().equals(code) && c.text().contains(subjectPart))
                .toList();
        assertThat(found).as(code + " " + subjectPart + " in " + changes).hasSize(1);
        return found.get(0);
    }

    private static final String BERLIN_10_18 = """
            {"schedules": [{"id": 1, "name": "DACH", "time_zone": "Berlin", "intervals": [
              {"start_time": 2040, "end_time": 2520}, {"start_time": 3480, "end_time": 3960},
              {"start_time": 4920, "end_time": 5400}, {"start_time": 6360, "end_time": 6840},
              {"start_time": 7800, "end_time": 8280}]}]}
            """;

    @Test
    void oneSystemScheduleIsComparedWithEveryContractCalendarItsTargetsCountOn() throws IOException {
        // low tickets count on a round-the-clock calendar, the rest on office hours; Zendesk has one
        // schedule (Mon-Fri 10-18) for all: the office pair, met first, agrees; the low pair differs
        Path contract = dir.resolve("two-calendars.yaml");
        Files.writeString(
                contract,
                Files.readString(SMASHDOCS)
                        .replace(
                                "default-calendar: dach\n",
                                "  always:\n    zone: Europe/Berlin\n    hours:\n      mon-sun: \"00:00-24:00\"\n"
                                        + "default-calendar: dach\n")
                        .replace(
                                "    within: 5 business days\n",
                                "    within: 5 business days\n    calendar: always\n"));
        Path sample = Path.of("samples/drift/zendesk/smashdocs-support");
        List<Change> changes = drift(contract, sample, 2026);
        assertThat(changes)
                .as(changes.toString())
                .anyMatch(c -> c.code().equals("calendar-hours") && c.text().contains("always"));
    }

    @Test
    void theDriftedZendeskSampleOfTheSmashdocsContractIsFoundAndClassified() {
        List<Change> changes = drift(SMASHDOCS, SAMPLES.resolve("smashdocs-support-drifted"), 2026);

        // urgent: 4 business hours promised, 480 business minutes configured = 8 business hours, 4 more
        Change urgent = only(changes, "target-time", "urgent first response");
        assertThat(urgent.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(urgent.sentence("looser"))
                .isEqualTo(
                        "urgent first response: contract 4 business hours, Zendesk 8 business hours: looser by 4 business hours");
        assertThat(urgent.at().orElseThrow().line()).isEqualTo(83); // "- metric: first-response" of the urgent target

        Change normal = only(changes, "target-missing", "normal first response");
        assertThat(normal.missing()).isTrue();
        assertThat(normal.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(normal.at().orElseThrow().line()).isEqualTo(93);

        // low: 5 business days against 1440 business minutes = 24 business hours, three 8-hour days
        Change low = only(changes, "target-time", "low first response");
        assertThat(low.classification()).isEqualTo(Classification.TIGHTENED);
        assertThat(low.text()).contains("contract 5 business days, Zendesk 24 business hours");

        // Friday 10:00-16:00 (7800-8160: 7200 for Friday + 600, + 960) instead of 10:00-18:00:
        // 2 hours a week fewer; 2026 has 49 Fridays open (52 less Good Friday, 1 May, 25 December) = 98 h
        Change hours = only(changes, "calendar-hours", "calendar 'dach' hours");
        assertThat(hours.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(hours.text()).endsWith("fri 10:00-18:00 -> 10:00-16:00");
        assertThat(hours.effect().orElseThrow()).startsWith("98 h open a year fewer");
        assertThat(hours.at().orElseThrow().line()).isEqualTo(13); // mon-fri: "10:00-18:00"

        // Epiphany (Tue 2026-01-06) is missing in Zendesk: open 8 h more; Christmas Eve (Thu) added: 8 h fewer
        List<Change> holidays = changes.stream()
                .filter(c -> c.code().equals("calendar-holidays"))
                .toList();
        assertThat(holidays).hasSize(2);
        assertThat(holidays.get(0).classification()).isEqualTo(Classification.TIGHTENED);
        assertThat(holidays.get(0).details()).containsExactly("2026-01-06 Epiphany");
        assertThat(holidays.get(0).effect()).contains("8 h open a year more");
        assertThat(holidays.get(1).classification()).isEqualTo(Classification.LOOSENED);
        assertThat(holidays.get(1).details().get(0)).isEqualTo("2026-12-24 Heiligabend");
        assertThat(holidays.get(1).at().orElseThrow().line()).isEqualTo(14);

        Change extra = only(changes, "system-extra", "requester_wait_time");
        assertThat(extra.classification()).isEqualTo(Classification.NEUTRAL);

        assertThat(changes).hasSize(8);
    }

    @Test
    void theZendeskSampleInStepWithTheContractHasNothingLooser() {
        List<Change> changes = drift(SMASHDOCS, SAMPLES.resolve("smashdocs-support"), 2026);
        assertThat(changes).noneMatch(c -> c.classification() == Classification.LOOSENED);
        // urgent 240 business minutes is the contract's 4 business hours exactly: no change at all
        assertThat(changes).noneMatch(c -> c.subject().startsWith("urgent"));
        // a business day read as "the same time on the next business day" is not 480 minutes at every arrival
        assertThat(changes)
                .allMatch(c -> c.code().equals("target-time") && c.classification() == Classification.TIGHTENED);
    }

    @Test
    void aTargetTheSystemDoesNotTrackIsMissingAndABestEffortAimDoesNotFail() throws IOException {
        Path d = sample("""
                {"sla_policies": [{"title": "Items", "policy_metrics": [
                  {"priority": "urgent", "metric": "next_reply_time", "target": 60, "business_hours": false}]}]}
                """, """
                {"schedules": [{"id": 1, "name": "UTC", "time_zone": "UTC", "intervals": [{"start_time": 1440, "end_time": 2880}]}]}
                """, Optional.empty());
        List<Change> changes = drift(ITEM, d, 2026);
        // item-support's 48 hours are a best-effort aim: missing, but neutral
        List<Change> missing = changes.stream().filter(Change::missing).toList();
        assertThat(missing).hasSize(4); // one per Zendesk priority, all mapped to the catch-all 'request'
        assertThat(missing).allMatch(c -> c.classification() == Classification.NEUTRAL);
        assertThat(missing.get(0).text())
                .isEqualTo("request first response (Zendesk priority low): 48 hours, best effort in the contract;"
                        + " Zendesk tracks no first response target for priority low");
    }

    @Test
    void calendarHoursAreComparedAsClockTime() throws IOException {
        // 2880 calendar minutes = 48 hours: the contract's aim; 1440 for urgent = 24 hours, tighter by a day
        Path d = sample("""
                {"sla_policies": [{"title": "Items", "policy_metrics": [
                  {"priority": "low", "metric": "first_reply_time", "target": 2880, "business_hours": false},
                  {"priority": "normal", "metric": "first_reply_time", "target": 2880, "business_hours": false},
                  {"priority": "high", "metric": "first_reply_time", "target": 2880, "business_hours": false},
                  {"priority": "urgent", "metric": "first_reply_time", "target": 1440, "business_hours": false}]}]}
                """, """
                {"schedules": [{"id": 1, "name": "UTC", "time_zone": "UTC", "intervals": [{"start_time": 1440, "end_time": 2880}]}]}
                """, Optional.empty());
        List<Change> changes = drift(ITEM, d, 2026);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).sentence("tighter"))
                .isEqualTo("request first response (Zendesk priority urgent): contract 48 hours, best effort,"
                        + " Zendesk 24 hours: tighter by 1 day");
    }

    @Test
    void aScheduleInAnotherZoneIsReportedAtTheContractsZoneLine() throws IOException {
        Path d = sample("""
                {"sla_policies": [{"title": "S", "policy_metrics": [
                  {"priority": "urgent", "metric": "first_reply_time", "target": 240, "business_hours": true},
                  {"priority": "high", "metric": "first_reply_time", "target": 480, "business_hours": true},
                  {"priority": "normal", "metric": "first_reply_time", "target": 960, "business_hours": true},
                  {"priority": "low", "metric": "first_reply_time", "target": 2400, "business_hours": true}]}]}
                """, BERLIN_10_18.replace("\"Berlin\"", "\"Eastern Time (US & Canada)\""), Optional.empty());
        List<Change> changes = drift(SMASHDOCS, d, 2026);
        Change zone = only(changes, "calendar-zone", "zone");
        assertThat(zone.text())
                .isEqualTo(
                        "calendar 'dach' zone: contract Europe/Berlin, Zendesk 'DACH' Eastern Time (US & Canada) (America/New_York)");
        assertThat(zone.at().orElseThrow().line()).isEqualTo(11); // zone: Europe/Berlin
        assertThat(changes).noneMatch(c -> c.code().equals("calendar-hours"));
    }

    @Test
    void touchingIntervalsAreTheSameHoursAsOneWindow() throws IOException {
        // Monday 10:00-13:00 and 13:00-18:00 (2040-2220, 2220-2520) is the contract's 10:00-18:00
        Path d = sample(
                """
                {"sla_policies": [{"title": "S", "policy_metrics": [
                  {"priority": "urgent", "metric": "first_reply_time", "target": 240, "business_hours": true}]}]}
                """,
                BERLIN_10_18.replace(
                        "{\"start_time\": 2040, \"end_time\": 2520}",
                        "{\"start_time\": 2040, \"end_time\": 2220}, {\"start_time\": 2220, \"end_time\": 2520}"),
                Optional.empty());
        List<Change> changes = drift(SMASHDOCS, d, 2026);
        assertThat(changes).noneMatch(c -> c.code().startsWith("calendar"));
    }

    @Test
    void withoutTheHolidaysTheContractsClosedDaysAreAssumedAndSaidSo() throws IOException {
        Path d = sample("""
                {"sla_policies": [{"title": "S", "policy_metrics": [
                  {"priority": "urgent", "metric": "first_reply_time", "target": 240, "business_hours": true}]}]}
                """, BERLIN_10_18, Optional.empty());
        SystemConfiguration s = ZendeskConfiguration.read(
                d.resolve("slas.json"),
                d.resolve("schedules.json"),
                Optional.empty(),
                new ZendeskConfiguration.Choice(Optional.empty(), Optional.empty()));
        ChangeReport r = ConfigurationDrift.report(
                new ConfigurationDrift.Request(ContractSource.read(SMASHDOCS), s, Optional.empty(), 2026),
                FailOn.LOOSENED);
        assertThat(r.kind()).isEqualTo(ChangeReport.Kind.DRIFT);
        assertThat(r.notes()).anyMatch(n -> n.contains("holidays were not given"));
        // high, normal and low are missing: looser, so the job fails
        assertThat(r.fails()).isTrue();
        assertThat(r.policies().get(0).changes()).filteredOn(Change::missing).hasSize(3);
    }
}
