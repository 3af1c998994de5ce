package io.slaudit.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each profile on a small export shaped like the real one (src/test/resources/.../exports): the
 * profile is recognised from the header and the first ticket reads the same everywhere: created
 * Friday 7 March 2025 16:20 Berlin time, first response Monday 10:15 (Zendesk gives it as 3955
 * minutes after creation), solved 11:00. Znuny writes the same instants in UTC.
 */
class TicketReaderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Path EXPORTS = Path.of("src/test/resources/io/slaudit/tickets/exports");

    @TempDir
    Path dir;

    private static List<ParsedRow> rows(TicketReader reader) {
        List<ParsedRow> out = new ArrayList<>();
        reader.forEach(out::add);
        return out;
    }

    static TicketReader open(Path file, Optional<ExportProfile> profile) {
        return TicketReader.open(file, new TicketReader.Options(profile, Optional.empty(), BERLIN, Optional.empty()));
    }

    private static long at(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, profile, line of the first ticket, id, priority, channel, first response (UTC)
        "zendesk.csv, zendesk, 2, 41017, Urgent, web, 2025-03-10T09:15:00Z",
        "jira.csv, jira, 2, SUP-1201, Highest, email, 2025-03-10T09:15:00Z",
        "freshdesk.csv, freshdesk, 2, 7017, Urgent, web, 2025-03-10T09:15:00Z",
        "otrs.csv, otrs, 2, 2025030710000017, 5 very high, '', 2025-03-10T09:15:00Z",
        "otrs-de.csv, otrs, 2, 2025030710000017, 5 very high, '', 2025-03-10T09:15:00Z",
        "zammad.csv, zammad, 4, 67017, 3 high, email, 2025-03-10T09:15:00Z",
        "servicenow.csv, servicenow, 2, INC0010017, 1 - Critical, web, ''",
        "excel-de.csv, canonical, 2, T-1, Dringend, E-Mail, 2025-03-10T09:15:00Z",
    })
    void everyProfileReadsItsExportAsTheSystemWritesIt(
            String file, String profile, long line, String id, String priority, String channel, String firstResponse) {
        try (TicketReader reader = open(EXPORTS.resolve(file), Optional.empty())) {
            assertThat(reader.profile().name()).isEqualTo(profile);
            assertThat(reader.detected()).isTrue();
            List<ParsedRow> rows = rows(reader);
            assertThat(rows).hasSize(2).allMatch(r -> r instanceof TicketRecord);
            TicketRecord t = (TicketRecord) rows.get(0);
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.line()).isEqualTo(line);
            assertThat(t.created()).isEqualTo(at("2025-03-07T15:20:00Z"));
            assertThat(t.priority()).isEqualTo(priority);
            assertThat(t.channel().orElse("")).isEqualTo(channel);
            assertThat(t.firstResponse())
                    .isEqualTo(firstResponse.isEmpty() ? OptionalLong.empty() : OptionalLong.of(at(firstResponse)));
            assertThat(t.resolved()).hasValue(at("2025-03-10T10:00:00Z"));
            TicketRecord open = (TicketRecord) rows.get(1);
            assertThat(open.firstResponse()).isEmpty();
            assertThat(open.resolved()).isEmpty();
        }
    }

    @Test
    void znunyTimesAreReadAsUtcUnlessTheOptionSaysOtherwise() {
        // the database times of Znuny are in OTRSTimeZone, UTC by default: 15:20 is 15:20 UTC
        try (TicketReader reader = open(EXPORTS.resolve("otrs.csv"), Optional.empty())) {
            assertThat(reader.zone().zone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(reader.zone().source()).isEqualTo(TicketsZone.Source.PROFILE);
            assertThat(((TicketRecord) rows(reader).get(0)).created()).isEqualTo(at("2025-03-07T15:20:00Z"));
        }
        // an instance whose OTRSTimeZone is Europe/Berlin: --tickets-zone says so, and wins
        try (TicketReader reader = TicketReader.open(
                EXPORTS.resolve("otrs.csv"),
                new TicketReader.Options(Optional.empty(), Optional.of(BERLIN), BERLIN, Optional.empty()))) {
            assertThat(reader.zone().source()).isEqualTo(TicketsZone.Source.OPTION);
            assertThat(((TicketRecord) rows(reader).get(0)).created()).isEqualTo(at("2025-03-07T14:20:00Z"));
        }
    }

    @Test
    void zammadsFooterNamesTheZoneOfItsTimes() {
        // the footer says Europe/Berlin: read so even for a contract in New York
        try (TicketReader reader = TicketReader.open(
                EXPORTS.resolve("zammad.csv"),
                new TicketReader.Options(
                        Optional.empty(), Optional.empty(), ZoneId.of("America/New_York"), Optional.empty()))) {
            assertThat(reader.zone().source()).isEqualTo(TicketsZone.Source.FOOTER);
            assertThat(reader.zone().describe())
                    .isEqualTo("Europe/Berlin (the export's footer says so: 'Timezone: Europe/Berlin')");
            assertThat(((TicketRecord) rows(reader).get(0)).created()).isEqualTo(at("2025-03-07T15:20:00Z"));
            assertThat(reader.table().layout().footer()).hasSize(1);
            assertThat(reader.table().layout().headerPosition()).isEqualTo(3);
        }
    }

    @Test
    void aRepeatedColumnTheProfileDoesNotReadIsKept() {
        // Jira's export has Watchers,Watchers and Labels,Labels: the jira profile reads neither
        try (TicketReader reader = open(EXPORTS.resolve("jira.csv"), Optional.empty())) {
            assertThat(reader.table().header()).filteredOn("Watchers"::equals).hasSize(2);
            assertThat(rows(reader)).allMatch(r -> r instanceof TicketRecord);
        }
    }

    @Test
    void aRepeatedColumnTheProfileReadsIsAnErrorNamingBothPositions() throws IOException {
        Path file = dir.resolve("j.csv");
        Files.writeString(
                file,
                "Summary,Issue key,Issue id,Created,Priority,Created\nx,SUP-1,1,07/Mar/25 4:20 PM,High,07/Mar/25 4:20 PM\n");
        assertThatThrownBy(() -> open(file, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("j.csv:1: column 'Created' appears 2 times in the header (columns 4 and 6), and"
                        + " the jira profile's 'created' reads it");
    }

    @Test
    void zendeskGivesTheFirstReplyAsMinutesAfterCreation() {
        // created Friday 16:20 local = 15:20 UTC; + 3955 minutes (65 h 55 min) = Monday 09:15 UTC
        try (TicketReader reader = open(EXPORTS.resolve("zendesk.csv"), Optional.empty())) {
            TicketRecord t = (TicketRecord) rows(reader).get(0);
            assertThat(t.firstResponse()).hasValue(t.created() + 3955 * 60);
        }
    }

    @Test
    void anAbsurdDurationRejectsItsRowInsteadOfOverflowing() throws IOException {
        Path file = dir.resolve("z.csv");
        Files.writeString(
                file,
                "Id,Created at,Priority,First reply time in minutes\n"
                        + "1,2025-03-07 16:20,Urgent,99999999999999999999\n"
                        + "2,2025-03-07 16:20,Urgent,1e999999999\n"
                        + "3,2025-03-07 16:20,Urgent,NaN\n"
                        + "4,2025-03-07 16:20,Urgent,999999999\n");
        try (TicketReader reader = open(file, ExportProfiles.named("zendesk"))) {
            List<ParsedRow> rows = rows(reader);
            assertThat(rows.subList(0, 3))
                    .map(r -> ((RejectedRow) r).reason().toString())
                    .containsExactly(
                            "first_response: '99999999999999999999' is too large for a duration",
                            "first_response: '1e999999999' is too large for a duration",
                            "first_response: 'NaN' is not a number of minutes");
            // 999,999,999 minutes is absurd too, but a number: the row is read, the judge decides
            TicketRecord t = (TicketRecord) rows.get(3);
            assertThat(t.firstResponse()).hasValue(t.created() + 999_999_999L * 60);
        }
    }

    @Test
    void quotedNewlinesStayInTheSubjectAndLinesStayRight() {
        try (TicketReader reader = open(EXPORTS.resolve("zendesk.csv"), Optional.empty())) {
            TicketRecord t = (TicketRecord) rows(reader).get(1);
            assertThat(t.subject()).isEqualTo("Zeile eins\nZeile zwei");
            assertThat(t.line()).isEqualTo(3);
        }
    }

    @Test
    void germanExcelIsReadAsWindows1252WithSemicolons() {
        try (TicketReader reader = open(EXPORTS.resolve("excel-de.csv"), Optional.empty())) {
            assertThat(reader.table().layout().storage().delimiter()).contains(';');
            assertThat(reader.table().layout().storage().encoding()).contains("windows-1252");
            List<ParsedRow> rows = rows(reader);
            assertThat(((TicketRecord) rows.get(0)).subject()).isEqualTo("Drucker prüfen, Gerät 3");
            assertThat(((TicketRecord) rows.get(1)).subject()).isEqualTo("Größe „XL“ fehlt");
        }
    }

    @Test
    void aHeaderNoProfileKnowsIsAnErrorThatListsTheProfiles() throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "Ticket,Opened,Severity\n1,2025-03-07,high\n");
        assertThatThrownBy(() -> open(file, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "the header matches no known export (profiles: canonical, zendesk, jira, freshdesk,"
                                + " otrs, zammad, servicenow); name one with --profile or describe the columns with --mapping FILE."
                                + " The header has: Ticket, Opened, Severity");
    }

    @Test
    void aNamedProfileNamesTheColumnsItMisses() throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "Id,Priority\n1,high\n");
        assertThatThrownBy(() -> open(file, ExportProfiles.named("zendesk")))
                .hasMessageEndingWith("x.csv:1: missing required column 'created' (Created at) for the zendesk profile;"
                        + " the header has: Id, Priority");
    }

    @Test
    void aMappingDescribesAnyOtherExport() throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "Ticket,Opened,Severity,Answered (min),Kanal\nX-1,07/03/2025 16:20,Sev 1,95,Web\n");
        ExportProfile mapping = ProfileReader.parse("m.yaml", """
                name: acme-helpdesk
                zone: Europe/Vienna
                formats: ["dd/MM/yyyy HH:mm"]
                fields:
                  id: Ticket
                  created: Opened
                  priority: Severity
                  channel: Kanal
                  first_response: { minutes-after-created: Answered (min) }
                values:
                  priority: { Sev 1: urgent }
                  channel: { web: portal }
                """);
        try (TicketReader reader = open(file, Optional.of(mapping))) {
            TicketRecord t = (TicketRecord) rows(reader).get(0);
            // Vienna is CET like Berlin in March: 16:20 local = 15:20 UTC, answered 95 min later
            assertThat(t.created()).isEqualTo(at("2025-03-07T15:20:00Z"));
            assertThat(t.firstResponse()).hasValue(at("2025-03-07T16:55:00Z"));
            assertThat(t.priority()).isEqualTo("urgent");
            assertThat(t.channel()).hasValue("portal");
        }
    }

    @Test
    void aMappingWithMistakesIsRefusedWithPositions() {
        assertThatThrownBy(() -> ProfileReader.parse("m.yaml", """
                        fields:
                          id: Ticket
                          opened: Opened
                          first_response: { minutes-after-created: a, column: b }
                        formats: ["yyyy-MM-dd {HH}"]
                        """))
                .isInstanceOf(InputException.class)
                .satisfies(
                        e -> assertThat(((InputException) e).problems())
                                .extracting(Object::toString)
                                .containsExactly(
                                        "m.yaml:2:3: 'fields' must say which column holds 'created'",
                                        "m.yaml:2:3: 'fields' must say which column holds 'priority'",
                                        "m.yaml:3:3: 'opened' is not a canonical column; use one of id, created, priority, channel, region,"
                                                + " tier, role, first_response, resolved, subject",
                                        "m.yaml:4:21: give one of 'column', 'minutes-after-created' or 'hours-after-created'",
                                        "m.yaml:5:11: 'yyyy-MM-dd {HH}' is not a date-time pattern: Pattern includes reserved character: '{'"));
    }

    @Test
    void everyBuiltInProfileLoads() {
        assertThat(ExportProfiles.all())
                .extracting(ExportProfile::name)
                .containsExactly("canonical", "zendesk", "jira", "freshdesk", "otrs", "zammad", "servicenow");
    }
}
