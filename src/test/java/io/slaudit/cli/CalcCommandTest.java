package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.calendar.TestCalendars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalcCommandTest {

    @TempDir
    Path dir;

    private String calendar;

    @BeforeEach
    void writeCalendar() throws IOException {
        calendar = write("munich.yaml", TestCalendars.MUNICH_SPLIT_FRIDAY);
    }

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void aDeadlineIsPrintedWithTheZonesOffset() {
        // Friday 16:20 is after Friday's 16:00 close: Monday 09:00 + 4 h
        Cli.Result r = Cli.run(
                "calc", "deadline", "--calendar", calendar, "--start", "2025-03-07T16:20", "--duration", "PT4H");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("2025-03-10T13:00:00+01:00\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void elapsedIsPrintedAsAnIsoDurationOrInSeconds() {
        // Friday 12:00-12:30 and 13:30-16:00 = 3 h, Monday 09:00-09:30 = 30 min
        String[] args = {
            "calc", "elapsed", "--calendar", calendar, "--from", "2025-03-07 12:00", "--to", "2025-03-10T09:30:00+01:00"
        };
        assertThat(Cli.run(args).out()).isEqualTo("PT3H30M\n");
        String[] seconds = java.util.Arrays.copyOf(args, args.length + 1);
        seconds[args.length] = "--seconds";
        assertThat(Cli.run(seconds).out()).isEqualTo("12600\n");
    }

    @Test
    void batchDeadlinesKeepTheInputColumnsAndOrder() throws IOException {
        String input = write("q.csv", """
                ticket,start,duration
                A,2025-03-07T16:20,PT4H
                B,2025-03-10 09:00,PT8H
                C,2025-03-08T10:00:00+01:00,PT0S
                """);
        Cli.Result r = Cli.run("calc", "deadline", "--calendar", calendar, "--input", input);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("""
                ticket,start,duration,deadline,error
                A,2025-03-07T16:20,PT4H,2025-03-10T13:00:00+01:00,
                B,2025-03-10 09:00,PT8H,2025-03-10T17:00:00+01:00,
                C,2025-03-08T10:00:00+01:00,PT0S,2025-03-08T10:00:00+01:00,
                """);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void batchElapsedWritesSeconds() throws IOException {
        String input =
                write("q.csv", "from,to\n2025-03-07 08:00,2025-03-10 12:00\n2025-06-19 00:00,2025-06-20 00:00\n");
        Cli.Result r = Cli.run("calc", "elapsed", "--calendar", calendar, "--input", input);
        // 6 h Friday + 3 h Monday; Corpus Christi holds nothing
        assertThat(r.out())
                .isEqualTo("from,to,elapsed_seconds,error\n2025-03-07 08:00,2025-03-10 12:00,32400,\n"
                        + "2025-06-19 00:00,2025-06-20 00:00,0,\n");
    }

    @Test
    void aBadBatchRowGetsItsErrorAndTheOthersTheirAnswersWithExitOne() throws IOException {
        String input = write("q.csv", """
                start,duration
                2025-03-07T16:20,PT4H
                not a time,PT4H
                2025-03-07T16:20,4 hours
                2025-03-07T16:20,-PT1H
                2025-03-07T16:20,PT4H,surplus
                ,PT1H
                2025-03-10 09:00,PT1H
                """);
        Cli.Result r = Cli.run("calc", "deadline", "--calendar", calendar, "--input", input);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines())
                .containsExactly(
                        "start,duration,deadline,error",
                        "2025-03-07T16:20,PT4H,2025-03-10T13:00:00+01:00,",
                        "not a time,PT4H,,\"'not a time' is not a date and time; write ISO-8601 such as"
                                + " 2025-03-07T16:20:00+01:00, or a local time such as 2025-03-07 16:20\"",
                        "2025-03-07T16:20,4 hours,,\"'4 hours' is not a duration; write ISO-8601 such as PT4H, PT30M"
                                + " or PT14400S\"",
                        "2025-03-07T16:20,'-PT1H,,'-PT1H' is negative; a duration must be zero or more",
                        // an extra field would have shifted the answer under the wrong header
                        "2025-03-07T16:20,PT4H,,\"the row has 3 fields, the header 2: its cells cannot be told"
                                + " apart\"",
                        "\"\",PT1H,,no 'start' in this row",
                        "2025-03-10 09:00,PT1H,2025-03-10T10:00:00+01:00,");
        assertThat(r.err())
                .contains(
                        "slaudit: " + input + ":3: 'not a time' is not a date and time",
                        "slaudit: " + input + ":6: the row has 3 fields",
                        "slaudit: 5 of 7 rows not answered; the 'error' column says why");
    }

    @Test
    void echoedCellsThatASpreadsheetWouldRunAreNeutralised() throws IOException {
        String input = write("q.csv", "=HYPERLINK(\"x\"),start,duration\n@SUM(A1),2025-03-10 09:00,PT1H\n");
        Cli.Result r = Cli.run("calc", "deadline", "--calendar", calendar, "--input", input);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",start,duration,deadline,error\n"
                        + "'@SUM(A1),2025-03-10 09:00,PT1H,2025-03-10T10:00:00+01:00,\n");
    }

    @Test
    void aFileThatCannotBeUsedIsExitTwoWithoutOutput() throws IOException {
        String broken = write("q.csv", "start,duration\n2025-03-10 09:00,PT1H\n\"2025-03-10 09:00,PT1H\n");
        Cli.Result r = Cli.run("calc", "deadline", "--calendar", calendar, "--input", broken);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        String taken = write("taken.csv", "start,duration,error\n2025-03-10 09:00,PT1H,\n");
        Cli.Result t = Cli.run("calc", "deadline", "--calendar", calendar, "--input", taken);
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("already has a column 'error', which the output adds");
    }

    @Test
    void yearsWithoutTrustedHolidayDataAreAnsweredWithAWarning() throws IOException {
        // the Munich calendar takes Bavaria's holidays; slaudit trusts the data for 1990 to 2031
        Cli.Result single = Cli.run(
                "calc", "deadline", "--calendar", calendar, "--start", "2040-03-12 10:00", "--duration", "PT1H");
        assertThat(single.exitCode()).isZero();
        assertThat(single.out()).isEqualTo("2040-03-12T11:00:00+01:00\n");
        assertThat(single.err())
                .startsWith("warning: the public holidays of DE-BY/mu come from Jollyday")
                .contains("which slaudit trusts for 1990 to 2031; 2040 is outside");
        String input =
                write("q.csv", "from,to\n2025-03-10 09:00,2025-03-10 10:00\n1985-03-11 09:00,1985-03-11 10:00\n");
        Cli.Result batch = Cli.run("calc", "elapsed", "--calendar", calendar, "--input", input);
        assertThat(batch.exitCode()).isZero();
        assertThat(batch.err()).contains("1985 is outside");
        Cli.Result show = Cli.run("calendar", "show", calendar, "--year", "2040");
        assertThat(show.err()).contains("2040 is outside");
        assertThat(Cli.run("calendar", "show", calendar, "--year", "2025").err())
                .isEmpty();
        assertThat(Cli.run(
                                "calc",
                                "deadline",
                                "--calendar",
                                calendar,
                                "--start",
                                "2025-03-10 10:00",
                                "--duration",
                                "PT1H")
                        .err())
                .isEmpty();
    }

    @Test
    void aBatchWithoutTheRequiredColumnsNamesThem() throws IOException {
        String input = write("q.csv", "begin,duration\n2025-03-07T16:20,PT4H\n");
        Cli.Result r = Cli.run("calc", "deadline", "--calendar", calendar, "--input", input);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("error: " + input + ":1: missing column 'start'; the batch file needs columns"
                        + " start,duration (found: begin,duration)\n");
    }

    @Test
    void aBadCalendarIsReportedWithFileLineAndColumnAndNoStackTrace() throws IOException {
        String bad = write("bad.yaml", "zone: Europe/Berlin\nhours:\n  mon: \"17:00-09:00\"\n");
        Cli.Result r =
                Cli.run("calc", "deadline", "--calendar", bad, "--start", "2025-03-07T16:20", "--duration", "PT1H");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .startsWith("error: " + bad + ":3:8: hours for 'mon': window 17:00-09:00 ends before it starts")
                .doesNotContain("\tat ");
    }

    @Test
    void malformedArgumentsAreUsageErrors() {
        Cli.Result start =
                Cli.run("calc", "deadline", "--calendar", calendar, "--start", "07.03.2025", "--duration", "PT1H");
        assertThat(start.exitCode()).isEqualTo(2);
        assertThat(start.err()).startsWith("error: --start: '07.03.2025' is not a date and time");

        Cli.Result missing = Cli.run("calc", "deadline", "--calendar", calendar, "--start", "2025-03-07T16:20");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: give --start and --duration, or --input FILE.csv\n");

        Cli.Result backwards = Cli.run(
                "calc", "elapsed", "--calendar", calendar, "--from", "2025-03-08 10:00", "--to", "2025-03-07 10:00");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--to (2025-03-07 10:00) is before --from");

        // Long.MAX_VALUE seconds: beyond the calendar's years, not an overflow
        Cli.Result huge = Cli.run(
                "calc",
                "deadline",
                "--calendar",
                calendar,
                "--start",
                "2025-03-07T16:20",
                "--duration",
                "PT9223372036854775807S");
        assertThat(huge.exitCode()).isEqualTo(2);
        assertThat(huge.err())
                .isEqualTo("error: the deadline lies after 2199, beyond the years slaudit computes calendars for\n");

        Cli.Result unknown = Cli.run("calc", "deadline", "--bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: ").contains("Try 'slaudit calc deadline --help'");
    }

    @Test
    void aStackTraceIsShownOnlyWhenAskedFor() throws IOException {
        String bad = write("bad.yaml", "zone: Nowhere/City\nhours: { mon: \"09:00-17:00\" }\n");
        Cli.Result r = Cli.run(
                "--stacktrace",
                "calc",
                "deadline",
                "--calendar",
                bad,
                "--start",
                "2025-03-07T16:20",
                "--duration",
                "PT1H");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown time zone 'Nowhere/City'").contains("\tat ");
    }

    @Test
    void aCalendarIsTakenFromAPolicyFileByNameOrAsItsDefault() throws IOException {
        String policy = write("policy.yaml", """
                policy: two-regions
                vendor: Test GmbH
                calendars:
                  europe: { zone: Europe/Berlin, hours: { mon-fri: "09:00-17:00" } }
                  america: { zone: America/New_York, hours: { mon-fri: "09:00-17:00" } }
                default-calendar: europe
                priorities: { normal: { label: Normal } }
                targets: [ { metric: first-response, priority: normal, within: 1 business day } ]
                """);
        assertThat(Cli.run(
                                "calc",
                                "deadline",
                                "--calendar",
                                policy,
                                "--start",
                                "2025-03-10T08:00Z",
                                "--duration",
                                "PT1H")
                        .out())
                .isEqualTo("2025-03-10T10:00:00+01:00\n");
        // 08:00 UTC is 04:00 in New York (EDT since 9 March): 09:00 + 1 h
        assertThat(Cli.run(
                                "calc",
                                "deadline",
                                "--calendar",
                                policy,
                                "--calendar-name",
                                "america",
                                "--start",
                                "2025-03-10T08:00Z",
                                "--duration",
                                "PT1H")
                        .out())
                .isEqualTo("2025-03-10T10:00:00-04:00\n");
        Cli.Result missing = Cli.run(
                "calc",
                "deadline",
                "--calendar",
                policy,
                "--calendar-name",
                "asia",
                "--start",
                "2025-03-10T08:00Z",
                "--duration",
                "PT1H");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no calendar named 'asia'; it has: europe, america");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(Cli.run("--version").out()).startsWith("slaudit ");
        Cli.Result help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("calc", "calendar", "Exit codes:");
    }
}
