package io.slaudit.tickets;

import io.slaudit.input.InputException;
import io.slaudit.input.SourceMark;
import io.slaudit.input.Table;
import io.slaudit.input.TableRow;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state and priority changes of tickets, from a CSV with columns {@code id,at,state} and
 * optionally {@code priority} (a row may change either or both). Held in memory by ticket id; a
 * quarter's events are far fewer than its tickets' rows.
 */
public final class EventLog {

    private final Map<String, List<TicketEvent>> byTicket;
    private final List<RejectedRow> rejected;
    private final long rows;

    private EventLog(Map<String, List<TicketEvent>> byTicket, List<RejectedRow> rejected, long rows) {
        this.byTicket = byTicket;
        this.rejected = List.copyOf(rejected);
        this.rows = rows;
    }

    public static EventLog empty() {
        return new EventLog(Map.of(), List.of(), 0);
    }

    /**
     * Reads an events file; bad rows are kept as rejections, a file without the required columns is
     * an error.
     */
    public static EventLog read(Path file, ZoneId zone) {
        try (Table csv = Table.open(file, Optional.empty(), EventLog::isHeader)) {
            List<String> missing = new ArrayList<>();
            for (String column : List.of("id", "at")) {
                if (!csv.hasColumn(column)) {
                    missing.add(column);
                }
            }
            if (!csv.hasColumn("state") && !csv.hasColumn("priority")) {
                missing.add("state (or priority)");
            }
            if (!missing.isEmpty()) {
                throw InputException.invalid(
                        new SourceMark(csv.source(), (int) Math.min(Integer.MAX_VALUE, csv.headerPosition()), 0),
                        "missing column" + (missing.size() > 1 ? "s " : " ")
                                + String.join(", ", missing)
                                + "; the events file has columns id,at,state[,priority] (found: "
                                + String.join(",", csv.header()) + ")");
            }
            int id = csv.column("id", "the events file").orElseThrow();
            int at = csv.column("at", "the events file").orElseThrow();
            Optional<Integer> state = csv.column("state", "the events file");
            Optional<Integer> priority = csv.column("priority", "the events file");
            TimestampParser timestamps = new TimestampParser(zone, List.of());
            Map<String, List<TicketEvent>> byTicket = new HashMap<>();
            List<RejectedRow> rejected = new ArrayList<>();
            long rows = 0;
            for (TableRow row : csv) {
                rows++;
                String ticket = row.get(id).trim();
                String when = row.get(at).trim();
                Optional<String> s = state.map(row::get).map(String::trim).filter(v -> !v.isEmpty());
                Optional<String> p = priority.map(row::get).map(String::trim).filter(v -> !v.isEmpty());
                if (ticket.isEmpty()) {
                    rejected.add(new RejectedRow(row.position(), "", Reason.of("event.no-ticket-id")));
                    continue;
                }
                if (s.isEmpty() && p.isEmpty()) {
                    rejected.add(new RejectedRow(row.position(), ticket, Reason.of("event.no-change")));
                    continue;
                }
                long instant;
                try {
                    instant = timestamps.parse(when);
                } catch (IllegalArgumentException e) {
                    rejected.add(new RejectedRow(row.position(), ticket, timestamps.unreadable("at", when)));
                    continue;
                }
                byTicket.computeIfAbsent(ticket, k -> new ArrayList<>(2))
                        .add(new TicketEvent(row.position(), instant, s, p));
            }
            return new EventLog(byTicket, rejected, rows);
        }
    }

    /** The events file's header: it names the ticket and the time, and a state or a priority. */
    static boolean isHeader(List<String> header) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String h : header) {
            names.add(h.trim().toLowerCase(java.util.Locale.ROOT));
        }
        return names.contains("id") && names.contains("at") && (names.contains("state") || names.contains("priority"));
    }

    /** The ticket's events in file order. */
    public List<TicketEvent> of(String ticketId) {
        return byTicket.getOrDefault(ticketId, List.of());
    }

    public Set<String> ticketIds() {
        return byTicket.keySet();
    }

    public List<RejectedRow> rejected() {
        return rejected;
    }

    public long rows() {
        return rows;
    }
}
