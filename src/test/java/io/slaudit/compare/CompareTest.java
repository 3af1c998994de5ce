package io.slaudit.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.calendar.TimeText;
import io.slaudit.compare.Comparison.PolicyComparison;
import io.slaudit.compare.Comparison.ReadingRow;
import io.slaudit.compare.Comparison.TargetRow;
import io.slaudit.compare.Comparison.Timing;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.policy.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-computed worst cases of the shipped contracts in 2026, with the arithmetic, and the
 * comparison's refusals. Easter 2026: Good Friday 3 April and Easter Monday 6 April are public
 * holidays in all of Germany (so in Munich); Thursday 2 April is the last working day before.
 */
class CompareTest {

    @TempDir
    Path dir;

    static Comparison compare(int year, SeverityMap map, String... files) {
        List<Path> paths = Arrays.stream(files).map(Path::of).toList();
        // as compare does: an open calendar shows its placeholder
        List<Policy> policies = paths.stream()
                .map(PolicyReader::read)
                .map(io.slaudit.policy.SuppliedValues::withPlaceholders)
                .toList();
        return Compare.run(new CompareRequest(policies, paths, year, map, Optional.empty()));
    }

    static Comparison compare(int year, String... files) {
        return compare(year, SeverityMap.none(), files);
    }

    static TargetRow row(PolicyComparison p, Severity s, Metric m, String tier) {
        return p.rows().stream()
                .filter(r -> r.severity().equals(Optional.of(s)) && r.metric() == m)
                .filter(r -> r.variant().tier().equals(Optional.ofNullable(tier)))
                .findFirst()
                .orElseThrow();
    }

    static String at(Timing t) {
        return TimeText.format(Instant.ofEpochSecond(t.all().worstArrival()), t.zone());
    }

    static Timing timing(TargetRow r) {
        return r.timing().orElseThrow();
    }

    static final long H = 3600;

    @Test
    void smashdocsWorstCasesAreTheEasterWeekend() {
        PolicyComparison p =
                compare(2026, "contracts/smashdocs-support.yaml").policies().get(0);
        // Dringend, 4 business hours on Mon-Fri 10:00-18:00: raised Thursday 2 April 14:00:01, the
        // last 3 h 59 min 59 s of Thursday run, Friday to Monday are closed, and the last second
        // runs Tuesday 7 April 10:00:01. Tue 10:00:01 - Thu 14:00:01 = 4 d 20 h = 116 h. Raised one
        // second earlier it is due Thursday 18:00 exactly (4 h).
        Timing urgent = timing(row(p, Severity.CRITICAL, Metric.FIRST_RESPONSE, null));
        assertThat(urgent.all().worstSeconds()).isEqualTo(116 * H);
        assertThat(at(urgent)).isEqualTo("2026-04-02T14:00:01+02:00");
        // Hoch, 1 business day at the same time: raised Wednesday 1 April 18:00 (closing), the clock
        // starts Thursday 10:00, the next business day is Tuesday 7 April: due 10:00.
        // Wed 18:00 -> Tue 10:00 = 5 d 16 h = 136 h (raised Thursday 18:00, due Wednesday 8 April
        // 10:00, is as long, but later).
        TargetRow high = row(p, Severity.HIGH, Metric.FIRST_RESPONSE, null);
        assertThat(timing(high).all().worstSeconds()).isEqualTo(136 * H);
        assertThat(at(timing(high))).isEqualTo("2026-04-01T18:00:00+02:00");
        // Under end-of-day the same request is due when Tuesday closes, 18:00: 5 d 24 h = 144 h;
        // under eight business hours, raised Thursday 10:00:01 it is due Tuesday 10:00:01: 120 h.
        // (under written-guarantee=none the time is no promise and has no timing)
        assertThat(high.readings().stream().filter(r -> r.timing().isPresent()))
                .extracting(
                        ReadingRow::reading, r -> r.timing().orElseThrow().all().worstSeconds())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("business-day=end-of-day", 144 * H),
                        org.assertj.core.groups.Tuple.tuple("business-day=eight-hours", 120 * H));
        // The coverage: 5 x 8 h a week; 2026 has 261 weekdays, of which 9 are Munich holidays
        // (1 and 6 Jan, 3 and 6 Apr, 1, 14 and 25 May, 4 Jun, 25 Dec; 15 Aug, 3 Oct, 1 Nov and
        // 26 Dec fall on weekends): 252 x 8 h = 2016 h.
        assertThat(p.coverage().openSecondsPerWeek()).isEqualTo(40 * H);
        assertThat(p.coverage().openSecondsInYear()).isEqualTo(2016 * H);
        // no resolution time is promised: the row is there, without a time
        TargetRow resolution = row(p, Severity.CRITICAL, Metric.RESOLUTION, null);
        assertThat(resolution.target()).isPresent();
        assertThat(resolution.timing()).isEmpty();
    }

    @Test
    void dispositionsportalWorstCasesSpanEasterToo() {
        PolicyComparison p = compare(2026, "contracts/clauses/dispositionsportal.yaml")
                .policies()
                .get(0);
        // severe (critical and high), 6 business hours on Mon-Fri 08:00-17:00: raised Thursday
        // 11:00:01, 5 h 59 min 59 s run to 17:00, the last second Tuesday 08:00:01:
        // 4 d 21 h = 117 h.
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH)) {
            Timing t = timing(row(p, s, Metric.FIRST_RESPONSE, null));
            assertThat(t.all().worstSeconds()).isEqualTo(117 * H);
            assertThat(at(t)).isEqualTo("2026-04-02T11:00:01+02:00");
        }
        // minor, 1.5 business days same-time: raised Wednesday 1 April 12:30:01, one business day is
        // Thursday 12:30:01, then half of Thursday's 9 h: 4 h 30 min, of which 4 h 29 min 59 s run
        // to 17:00 and the last second Tuesday 08:00:01. Wed 12:30:01 -> Tue 08:00:01 = 5 d 19 h 30
        // min = 139.5 h.
        TargetRow minor = row(p, Severity.NORMAL, Metric.FIRST_RESPONSE, null);
        assertThat(timing(minor).all().worstSeconds()).isEqualTo(139 * H + 30 * 60);
        assertThat(at(timing(minor))).isEqualTo("2026-04-01T12:30:01+02:00");
        // end-of-day: raised Tuesday 31 March 17:00, the clock starts Wednesday 08:00, one business
        // day ends Thursday 17:00, then half of the next business day (Tuesday 7 April, 9 h): 12:30.
        // Tue 31 Mar 17:00 -> Tue 7 Apr 12:30 = 6 d 19 h 30 min = 163.5 h.
        assertThat(minor.readings())
                .filteredOn(r -> r.reading().equals("business-day=end-of-day"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.timing().orElseThrow().all().worstSeconds()).isEqualTo(163 * H + 30 * 60);
                    assertThat(at(r.timing().orElseThrow())).isEqualTo("2026-03-31T17:00:00+02:00");
                });
    }

    @Test
    void aSupportLevelsGuaranteeIsARowPerTier() {
        PolicyComparison p =
                compare(2026, "contracts/saas-support-levels.yaml").policies().get(0);
        // one class for every request: every severity is that class
        assertThat(p.classes().source()).isEqualTo(SeverityClasses.Source.ONE_CLASS);
        assertThat(p.classes().unmappedSeverities()).isEmpty();
        // level 1 promises nothing
        assertThat(row(p, Severity.CRITICAL, Metric.FIRST_RESPONSE, "level-1").timing())
                .isEmpty();
        // level 3, 4 business hours on Mon-Fri 09:00-18:00: raised Thursday 14:00:01, due Tuesday
        // 09:00:01: 4 d 19 h = 115 h
        TargetRow three = row(p, Severity.CRITICAL, Metric.FIRST_RESPONSE, "level-3");
        assertThat(timing(three).all().worstSeconds()).isEqualTo(115 * H);
        assertThat(at(timing(three))).isEqualTo("2026-04-02T14:00:01+02:00");
        // level 2, 24 business hours: raised Tuesday 31 March 12:00:01; Tuesday 6 h, Wednesday 9 h,
        // Thursday 9 h less the last second, which runs Tuesday 7 April 09:00:01:
        // 6 d 21 h = 165 h. Raised at 12:00:00 it is due Thursday 18:00.
        TargetRow two = row(p, Severity.CRITICAL, Metric.FIRST_RESPONSE, "level-2");
        assertThat(timing(two).all().worstSeconds()).isEqualTo(165 * H);
        assertThat(at(timing(two))).isEqualTo("2026-03-31T12:00:01+02:00");
        // read as 4 clock hours for requests raised in hours, the worst case is 4 h, first on the
        // first open instant of the year (1 January is a holiday: Friday 2 January 09:00), and the
        // promise covers only the open share of the year: 2,286 h of 8,760 h
        ReadingRow clock = three.readings().get(0);
        assertThat(clock.reading()).isEqualTo("guarantee-window=clock-hours");
        Timing clockHours = clock.timing().orElseThrow();
        assertThat(clockHours.all().worstSeconds()).isEqualTo(4 * H);
        assertThat(at(clockHours)).isEqualTo("2026-01-02T09:00:00+01:00");
        // 254 working days (261 weekdays less 7 nationwide holidays on weekdays: 1 Jan, 3 and 6 Apr,
        // 1, 14 and 25 May, 25 Dec) x 9 h = 2,286 h
        assertThat(clockHours.guaranteedShare()).isCloseTo(254 * 9.0 / 8760, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aPolicyWithoutTargetsPromisesNothingAndIsStillCompared() {
        PolicyComparison p = compare(2026, "contracts/clauses/bundle-redistributor.yaml")
                .policies()
                .get(0);
        assertThat(p.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.target()).isEmpty();
            assertThat(r.timing()).isEmpty();
        });
        // one class for every request, so each severity has its rows: first response, resolution
        assertThat(p.rows()).hasSize(8);
    }

    @Test
    void aBestEffortAimIsTimedButGuaranteesNothing() {
        PolicyComparison p =
                compare(2026, "contracts/item-support-policy.yaml").policies().get(0);
        TargetRow r = row(p, Severity.LOW, Metric.FIRST_RESPONSE, null);
        assertThat(r.guaranteed()).isFalse();
        assertThat(timing(r).all().worstSeconds()).isEqualTo(48 * H);
        assertThat(timing(r).guaranteedShare()).isZero();
    }

    @Test
    void aYearOutsideTheHolidayDataIsRefusedNamingTheCalendar() {
        assertThatThrownBy(
                        () -> compare(2040, "contracts/smashdocs-support.yaml", "contracts/item-support-policy.yaml"))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e)
                        .problems().stream().map(Problem::toString).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("contracts/smashdocs-support.yaml: --year 2040: calendar 'dach' of policy"
                        + " 'smashdocs-support' closes on the public holidays of DE-BY/mu, and slaudit trusts the"
                        + " holiday data (Jollyday 2.19.0) for 1990 to 2031 only");
        // the last trusted year would need the next year's holidays for its last deadlines
        assertThatThrownBy(() -> compare(2031, "contracts/smashdocs-support.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "target 1 (first-response for urgent, 4 business hours): requests raised in 2031 are"
                                + " due as late as 2032");
        // a calendar without regional holidays has no such limit
        assertThat(compare(2040, "contracts/item-support-policy.yaml").policies())
                .hasSize(1);
    }

    @Test
    void aCalendarThatNeverReopensWithinAYearIsAnErrorNamingTheTarget() throws IOException {
        Path policy = dir.resolve("closed.yaml");
        Files.writeString(policy, """
                policy: closed
                vendor: Closed GmbH
                calendars:
                  office:
                    zone: Europe/Berlin
                    hours: { mon-fri: "09:00-17:00" }
                    holidays:
                      - { from: 2026-06-01, to: 2199-12-31, name: closed for good }
                default-calendar: office
                priorities:
                  urgent: { label: Dringend, severity: critical }
                targets:
                  - { metric: first-response, priority: urgent, within: 4 business hours }
                """);
        assertThatThrownBy(() -> compare(2026, policy.toString()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("target 1 (first-response for urgent, 4 business hours) counts on calendar"
                        + " 'office', which never reopens within a year of 2026-05-29T17:00:00+02:00");
    }

    @Test
    void theSeverityMapOverridesAPolicyAndAnUnmappedClassIsKept() throws IOException {
        Path map = dir.resolve("map.yaml");
        Files.writeString(map, """
                policies:
                  smashdocs-support:
                    Dringend: critical
                    Hoch: [high, normal]
                """);
        PolicyComparison p = compare(2026, SeverityMap.read(map), "contracts/smashdocs-support.yaml")
                .policies()
                .get(0);
        assertThat(p.classes().source()).isEqualTo(SeverityClasses.Source.MAP);
        assertThat(p.classes().classFor(Severity.NORMAL)).contains("high");
        assertThat(p.classes().unmappedSeverities()).containsExactly(Severity.LOW);
        assertThat(p.classes().unmappedClasses()).containsExactly("normal", "low");
        // the unmapped classes' targets are still rows, without a severity
        assertThat(p.rows())
                .filteredOn(r -> r.severity().isEmpty() && r.metric() == Metric.FIRST_RESPONSE)
                .extracting(TargetRow::priority)
                .containsExactly("normal", "low");
    }

    @Test
    void aBadSeverityMapIsRefusedAtItsLineAndColumn() throws IOException {
        Path map = dir.resolve("bad.yaml");
        Files.writeString(map, """
                policies:
                  smashdocs-suport:
                    urgent: critical
                  saas-support-levels:
                    request: [critical, urgnt]
                tickets:
                  P1: severe
                """);
        assertThatThrownBy(() -> SeverityMap.read(map))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e)
                        .problems().stream().map(Problem::toString).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(
                        map + ":5:25: unknown severity 'urgnt'; severities: critical, high, normal, low",
                        map + ":7:7: unknown severity 'severe'; severities: critical, high, normal, low");
        Files.writeString(map, """
                policies:
                  smashdocs-suport:
                    urgent: critical
                  saas-support-levels:
                    anfrage: critical
                    requests: high
                """);
        assertThatThrownBy(() -> compare(
                        2026,
                        SeverityMap.read(map),
                        "contracts/smashdocs-support.yaml",
                        "contracts/saas-support-levels.yaml"))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e)
                        .problems().stream().map(Problem::toString).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(
                        map + ":2:3: the severity map names policy 'smashdocs-suport', which is not compared; did you"
                                + " mean 'smashdocs-support'? (compared: smashdocs-support, saas-support-levels)",
                        map + ":6:5: policy 'saas-support-levels' has no priority class 'requests'; did you mean"
                                + " 'request'? (its classes: request)");
    }
}
