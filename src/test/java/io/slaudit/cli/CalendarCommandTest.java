package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.calendar.TestCalendars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

    @TempDir
    Path dir;

    @Test
    void showListsHoursClosedDatesAndOpenTimePerMonth() throws IOException {
        Path file = dir.resolve("munich.yaml");
        Files.writeString(file, TestCalendars.MUNICH_SPLIT_FRIDAY);
        Cli.Result r = Cli.run("calendar", "show", file.toString(), "--year", "2025", "--lang", "de");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Fr   09:00-12:30, 13:30-16:00")
                .contains("2025-08-15 Fr   Mariä Himmelfahrt")
                .contains("2025-06-19 Do   Fronleichnam")
                .contains("2025-12-24 Mi   Heiligabend")
                .contains("2025-12-23 Di   09:00-12:00")
                // January: 16 Mon-Thu x 8 h + 5 Fridays x 6 h, 1 and 6 January closed
                .contains("2025-01         21    158:00 h")
                // March: 17 Mon-Thu x 8 h + 4 Fridays x 6 h
                .contains("2025-03         21    160:00 h");
    }

    @Test
    void regionsListsBavariasSubRegions() {
        Cli.Result r = Cli.run("calendar", "regions", "DE-BY");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("DE-BY/mu     Munich", "DE-BY/ag     Augsburg");
    }

    @Test
    void regionsOfAnUnknownPlaceIsAUsageError() {
        Cli.Result r = Cli.run("calendar", "regions", "DE-XX");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: unknown holiday region 'DE-XX'");
    }
}
