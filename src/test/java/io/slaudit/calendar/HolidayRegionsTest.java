package io.slaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayRegionsTest {

    private static final Path LIST = Path.of("src/main/resources/io/slaudit/calendar/holiday-regions.txt");

    private static final String HEADER = """
            # Every region of the bundled holiday data (Jollyday): the country, then the keys of the
            # sub-regions down to it. slaudit checks contracts' regions against this list, so that
            # validating loads no holiday data. Made from the library; after upgrading it run
            #   ./mvnw -q test -Dtest=HolidayRegionsTest -Dslaudit.regenerate=true
            """;

    @Test
    void theListOfRegionsIsTheHolidayLibrarysOwn() throws IOException {
        List<String> library = PublicHolidays.regionsOfLibrary();
        if (Boolean.getBoolean("slaudit.regenerate")) {
            // the jar's copy is the old one until the next build
            Files.writeString(LIST, HEADER + String.join("\n", library) + "\n", StandardCharsets.UTF_8);
            return;
        }
        List<String> listed = new ArrayList<>(PublicHolidays.KnownRegions.NODES);
        listed.sort(null);
        assertThat(listed)
                .as("holiday-regions.txt against Jollyday; regenerate with -Dslaudit.regenerate=true")
                .isEqualTo(library);
        assertThat(library).allSatisfy(node -> assertThat(node.split(" ")).allMatch(k -> k.matches("\\S+")));
        assertThat(library).contains("DE", "DE by", "DE by mu", "US ny", "CH zh");
    }

    @Test
    void subRegionsAreListedAsTheLibraryHasThem() {
        assumeFalse(Boolean.getBoolean("slaudit.regenerate"), "the list is being made");
        assertThat(PublicHolidays.KnownRegions.childrenOf("DE by"))
                .contains("mu", "ag")
                .isSorted();
        assertThat(PublicHolidays.KnownRegions.childrenOf("DE by mu")).isEmpty();
    }
}
