package io.slaudit.billing;

import io.slaudit.audit.InputFile;
import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.TimeText;
import io.slaudit.input.InputException;
import io.slaudit.input.PositionUnit;
import io.slaudit.input.SourceMark;
import io.slaudit.input.Table;
import io.slaudit.input.TableRow;
import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import io.slaudit.tickets.TimestampParser;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a calls file: {@code start,end,line} and optionally {@code caller} and {@code ticket}
 * (fixed column names, found case-insensitively; other columns are ignored). Instants are read as
 * in the ticket exports ({@link TimestampParser}: ISO-8601 with or without offset, {@code
 * 07.03.2025 16:20}), local times in the contract's zone.
 *
 * <p>A row is rejected, with its line and the reason, when an instant is missing or unreadable,
 * it ends before it starts or lasts more than a day, its line is neither {@code support} nor
 * {@code hotline} (or is the hotline of a contract without one), or it overlaps an earlier call of
 * the same caller. Every other row is a call.
 *
 * <p>The one place that reads the calls file: the table reader for spreadsheets plugs in here.
 */
public final class CallReader {

    /** Columns the file must have. */
    public static final List<String> REQUIRED = List.of("start", "end", "line");

    private static final long MAX_SECONDS = 24 * 3600L;
    private static final long FIRST = LocalDate.of(BusinessClock.FIRST_YEAR, 1, 2)
            .atStartOfDay(ZoneOffset.UTC)
            .toEpochSecond();
    private static final long LAST = LocalDate.of(BusinessClock.LAST_YEAR, 12, 30)
            .atStartOfDay(ZoneOffset.UTC)
            .toEpochSecond();

    /** The calls of a file, the rows rejected, how many were read, and the file as evidence. */
    public record Calls(List<Call> calls, List<RejectedRow> rejected, long rowsRead, InputFile evidence) {
        public Calls {
            calls = List.copyOf(calls);
            rejected = List.copyOf(rejected);
        }
    }

    /** The file's header: the first of its top rows that names every required column. */
    private static boolean hasAll(List<String> header) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String h : header) {
            names.add(h.trim().toLowerCase(java.util.Locale.ROOT));
        }
        return names.containsAll(REQUIRED);
    }

    private CallReader() {}

    /**
     * @param hotline whether the contract has a hotline (else a hotline row is rejected)
     * @throws InputException when the file cannot be read or lacks a required column
     */
    public static Calls read(Path file, ZoneId zone, boolean hotline) {
        List<Call> calls = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long rows = 0;
        String sha256;
        long bytes;
        try (Table csv = Table.open(file, Optional.empty(), header -> hasAll(header))) {
            List<String> missing =
                    REQUIRED.stream().filter(c -> !csv.hasColumn(c)).toList();
            if (!missing.isEmpty()) {
                throw InputException.invalid(
                        new SourceMark(file.toString(), (int) Math.min(Integer.MAX_VALUE, csv.headerPosition()), 0),
                        "the calls file needs the columns start, end, line (optional: caller, ticket); it lacks "
                                + String.join(", ", missing) + "; its header: " + String.join(", ", csv.header()));
            }
            int start = csv.column("start", "the calls file").orElseThrow();
            int end = csv.column("end", "the calls file").orElseThrow();
            int line = csv.column("line", "the calls file").orElseThrow();
            Optional<Integer> caller = csv.column("caller", "the calls file");
            Optional<Integer> ticket = csv.column("ticket", "the calls file");
            int width = csv.width();
            boolean shortRowsAllowed = csv.positions() == PositionUnit.SHEET_ROW;
            TimestampParser parser = new TimestampParser(zone, List.of());
            for (TableRow row : csv) {
                rows++;
                Optional<String> ticketText =
                        ticket.map(row::get).map(String::trim).filter(s -> !s.isEmpty());
                String id = ticketText.orElse("");
                int cells = row.cells().size();
                if (cells != width && (cells < width ? !shortRowsAllowed : !blankBeyond(row, width))) {
                    rejected.add(new RejectedRow(
                            row.position(),
                            id,
                            Reason.of("row.field-count", row.cells().size(), width)));
                    continue;
                }
                Optional<Reason> problem = Optional.empty();
                long s = 0;
                long e = 0;
                PhoneLine l = null;
                String startText = row.get(start).trim();
                String endText = row.get(end).trim();
                String lineText = row.get(line).trim();
                if (startText.isEmpty()) {
                    problem = Optional.of(Reason.of("call.missing", "start"));
                } else if (endText.isEmpty()) {
                    problem = Optional.of(Reason.of("call.missing", "end"));
                } else if (lineText.isEmpty()) {
                    problem = Optional.of(Reason.of("call.missing", "line"));
                }
                if (problem.isEmpty()) {
                    try {
                        s = parser.parse(startText);
                    } catch (IllegalArgumentException x) {
                        problem = Optional.of(parser.unreadable("start", startText));
                    }
                }
                if (problem.isEmpty()) {
                    try {
                        e = parser.parse(endText);
                    } catch (IllegalArgumentException x) {
                        problem = Optional.of(parser.unreadable("end", endText));
                    }
                }
                if (problem.isEmpty()) {
                    Optional<PhoneLine> parsed = PhoneLine.parse(lineText);
                    if (parsed.isEmpty()) {
                        problem = Optional.of(Reason.of("call.unknown-line", lineText));
                    } else if (parsed.get() == PhoneLine.HOTLINE && !hotline) {
                        problem = Optional.of(Reason.of("call.no-hotline"));
                    } else {
                        l = parsed.get();
                    }
                }
                if (problem.isEmpty() && (s < FIRST || s > LAST || e < FIRST || e > LAST)) {
                    problem = Optional.of(
                            Reason.of("call.outside-years", BusinessClock.FIRST_YEAR, BusinessClock.LAST_YEAR));
                }
                if (problem.isEmpty() && e < s) {
                    problem = Optional.of(Reason.of("call.end-before-start", endText, startText));
                }
                if (problem.isEmpty() && e - s > MAX_SECONDS) {
                    problem = Optional.of(Reason.of("call.too-long", (e - s) / 3600));
                }
                if (problem.isPresent()) {
                    rejected.add(new RejectedRow(row.position(), id, problem.get()));
                    continue;
                }
                calls.add(new Call(
                        row.position(),
                        s,
                        e,
                        l,
                        caller.map(row::get).map(String::trim).filter(c -> !c.isEmpty()),
                        ticketText));
            }
            // the hash first: it reads what is left of a pipe, whose size is known only then
            sha256 = csv.sha256();
            bytes = csv.size();
        }
        List<Call> accepted = withoutOverlaps(calls, rejected, zone);
        rejected.sort(Comparator.comparingLong(RejectedRow::line));
        return new Calls(accepted, rejected, rows, new InputFile("calls", file.toString(), sha256, bytes));
    }

    private static boolean blankBeyond(TableRow row, int width) {
        for (int i = width; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The calls in the order they started, without those that overlap an earlier call of the same
     * caller (the earlier one stays; the later is rejected, naming it). Calls without a caller are
     * not compared.
     */
    static List<Call> withoutOverlaps(List<Call> calls, List<RejectedRow> rejected, ZoneId zone) {
        List<Call> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparingLong(Call::start).thenComparingLong(Call::row));
        Map<String, Call> lastOfCaller = new HashMap<>();
        List<Call> out = new ArrayList<>(sorted.size());
        for (Call c : sorted) {
            if (c.caller().isPresent()) {
                String who = c.caller().get().toLowerCase(java.util.Locale.ROOT);
                Call before = lastOfCaller.get(who);
                if (before != null && c.start() < before.end()) {
                    rejected.add(new RejectedRow(
                            c.row(),
                            c.ticket().orElse(""),
                            Reason.of(
                                    "call.overlap",
                                    c.caller().get(),
                                    before.row(),
                                    TimeText.format(Instant.ofEpochSecond(before.start()), zone),
                                    TimeText.format(Instant.ofEpochSecond(before.end()), zone))));
                    continue;
                }
                lastOfCaller.put(who, c);
            }
            out.add(c);
        }
        return out;
    }
}
