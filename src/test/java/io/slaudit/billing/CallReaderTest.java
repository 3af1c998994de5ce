package io.slaudit.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.input.InputException;
import io.slaudit.tickets.RejectedRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calls file: fixed columns, instants as in ticket exports, bad rows rejected by line and counted. */
class CallReaderTest {

    @TempDir
    Path dir;

    private CallReader.Calls read(String csv, boolean hotline) throws IOException {
        Path f = dir.resolve("calls.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        return CallReader.read(f, SaasContract.BERLIN, hotline);
    }

    @Test
    void badRowsAreRejectedByLineAndTheRestAreCalls() throws IOException {
        CallReader.Calls c = read("""
                start,end,line,caller,ticket
                2026-10-05 10:00,2026-10-05 10:10,support,anna,T-1
                2026-10-05 11:00,2026-10-05 10:50,support,bert,T-2
                2026-10-05 12:00,2026-10-05 12:05,fax,carl,T-3
                2026-10-05 10:05,2026-10-05 10:15,hotline,Anna,T-4
                yesterday,2026-10-05 13:05,support,dora,T-5
                2026-10-05 14:00,,support,emil,T-6
                05.10.2026 15:00,2026-10-05T15:07:00+02:00,HOTLINE,,T-7
                2026-10-05 10:10,2026-10-05 10:20,support,anna,T-8
                2026-10-01 00:00,2026-10-03 00:00,support,fritz,T-9
                """, true);
        assertThat(c.rowsRead()).isEqualTo(9);
        assertThat(c.calls()).extracting(Call::row).containsExactly(2L, 9L, 8L);
        assertThat(c.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L, 6L, 7L, 10L);
        assertThat(c.rejected())
                .extracting(r -> r.reason().text(Locale.ENGLISH))
                .containsExactly(
                        "end (2026-10-05 10:50) is before start (2026-10-05 11:00)",
                        "line 'fax' is neither support nor hotline",
                        "overlaps the call of the same caller 'Anna' on line 2 (2026-10-05T10:00:00+02:00 to"
                                + " 2026-10-05T10:10:00+02:00); a caller is in one call at a time",
                        "start: 'yesterday' is not a timestamp this export uses (ISO-8601 like"
                                + " 2025-03-07T16:20:00+01:00 or 2025-03-07 16:20, or 07.03.2025 16:20)",
                        "no end",
                        "the call lasts 48 hours; calls of more than 24 hours are taken for a wrong end time");
        // rows read = calls + rejected: nothing vanishes
        assertThat(c.calls().size() + c.rejected().size()).isEqualTo(9);
        // a call that starts as the caller's last one ends is no overlap (line 9 after line 2)
        assertThat(c.calls().get(1).caller()).contains("anna");
        assertThat(c.calls().get(2)).satisfies(call -> {
            assertThat(call.line()).isEqualTo(PhoneLine.HOTLINE);
            assertThat(call.seconds()).isEqualTo(7 * 60);
            assertThat(call.caller()).isEmpty();
        });
        assertThat(c.evidence().sha256()).hasSize(64);
    }

    @Test
    void aHotlineRowIsRejectedWhenTheContractHasNoHotline() throws IOException {
        CallReader.Calls c = read("start,end,line\n2026-10-05 10:00,2026-10-05 10:10,hotline\n", false);
        assertThat(c.calls()).isEmpty();
        assertThat(c.rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.reason().text(Locale.ENGLISH))
                        .isEqualTo("a hotline call, but the contract has no emergency hotline"));
    }

    @Test
    void aFileWithoutTheFixedColumnsIsRefusedNamingThem() throws IOException {
        Path f = dir.resolve("calls.csv");
        Files.writeString(f, "begin,end,type\n2026-10-05 10:00,2026-10-05 10:10,support\n");
        assertThatThrownBy(() -> CallReader.read(f, SaasContract.BERLIN, true))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.problems().get(0).toString())
                                .isEqualTo(
                                        f + ":1: the calls file needs the columns start, end, line (optional: caller,"
                                                + " ticket); it lacks start, line; its header: begin, end, type"));
    }

    @Test
    void semicolonsAndExcelDatesAreReadAsInTicketExports() throws IOException {
        CallReader.Calls c = read("Start;End;Line\n05.10.2026 10:00;05.10.2026 10:12;Support\n", true);
        assertThat(c.calls()).singleElement().satisfies(call -> {
            assertThat(call.start()).isEqualTo(SaasContract.at("2026-10-05T10:00"));
            assertThat(call.seconds()).isEqualTo(720);
        });
    }
}
