package io.slaudit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.tickets.ParsedRow;
import io.slaudit.tickets.RejectedRow;
import io.slaudit.tickets.TicketReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleExportTest {

    static final Policy SMASHDOCS = PolicyReader.read(Path.of("contracts/smashdocs-support.yaml"));

    @TempDir
    Path dir;

    static SampleExport.Spec spec(ExportDialect dialect, long seed) {
        return new SampleExport.Spec(dialect, 400, seed, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    }

    static String generate(ExportDialect dialect, long seed) {
        StringWriter out = new StringWriter();
        new SampleExport(SMASHDOCS, spec(dialect, seed)).write(out, Optional.empty());
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameExport() {
        assertThat(generate(ExportDialect.CANONICAL, 7))
                .isEqualTo(generate(ExportDialect.CANONICAL, 7))
                .isNotEqualTo(generate(ExportDialect.CANONICAL, 8));
    }

    @ParameterizedTest
    @EnumSource(ExportDialect.class)
    void everyDialectIsRecognisedByItsProfileAndHasAFewBadRows(ExportDialect dialect) throws IOException {
        Path file = dir.resolve(dialect.dialectName() + ".csv");
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), dialect.charset())) {
            new SampleExport(SMASHDOCS, spec(dialect, 1)).write(w, Optional.empty());
        }
        List<ParsedRow> rows = new ArrayList<>();
        try (TicketReader reader = TicketReader.open(
                file,
                new TicketReader.Options(
                        Optional.empty(), Optional.empty(), ZoneId.of("Europe/Berlin"), Optional.empty()))) {
            String expected = dialect == ExportDialect.EXCEL_DE ? "canonical" : dialect.dialectName();
            assertThat(reader.profile().name()).isEqualTo(expected);
            reader.forEach(rows::add);
        }
        assertThat(rows).hasSize(400);
        long bad = rows.stream().filter(r -> r instanceof RejectedRow).count();
        // a few rows are bad on purpose (some bad values only show when audited: unknown priority, duplicates)
        assertThat(bad).isBetween(0L, 10L);
    }
}
