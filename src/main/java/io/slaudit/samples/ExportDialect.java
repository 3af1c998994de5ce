package io.slaudit.samples;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.csv.QuoteMode;

/**
 * How a ticketing system writes its export, for generated samples, as docs/ticket-input.md
 * describes each from the system's own code and documentation: the header in the system's order
 * (with the columns real exports carry beside the ones slaudit reads, repeated ones too), the ids,
 * the timestamps and their zone, the delimiter, quoting, line ends and encoding, and for a report
 * sheet the rows above and below the table. One per built-in profile, plus the canonical CSV as
 * German Excel saves it.
 *
 * <p>A row's cells are typed as a workbook holds them: {@code String} for text, {@code Long} for a
 * number, {@link Stamp} for a time (a date cell in a workbook, the dialect's text in a CSV file).
 */
public enum ExportDialect {
    CANONICAL("canonical", "uuuu-MM-dd'T'HH:mm:ssxxx", Canonical.COLUMNS) {
        @Override
        String id(int n, Random random) {
            return String.format(Locale.ROOT, "T-%05d", n + 1);
        }

        @Override
        List<Object> row(SampleExport.Ticket t) {
            return cells(
                    t.id(),
                    t.created(),
                    t.priority(),
                    t.channel(),
                    t.region(),
                    t.tier(),
                    t.firstResponse(),
                    t.resolved(),
                    t.subject());
        }
    },
    EXCEL_DE("excel-de", "dd.MM.uuuu HH:mm", Canonical.COLUMNS) {
        @Override
        String id(int n, Random random) {
            return CANONICAL.id(n, random);
        }

        @Override
        List<Object> row(SampleExport.Ticket t) {
            return CANONICAL.row(t);
        }

        @Override
        char delimiter() {
            return ';';
        }

        @Override
        String recordSeparator() {
            return "\r\n";
        }

        @Override
        public Charset charset() {
            return Charset.forName("windows-1252");
        }
    },
    /** Zendesk's legacy full CSV export: Zendesk's column order, the account's zone, minutes to the first reply. */
    ZENDESK(
            "zendesk",
            "uuuu-MM-dd HH:mm:ss",
            "Summation column",
            "Id",
            "Requester",
            "Requester id",
            "Requester external id",
            "Requester email",
            "Requester domain",
            "Submitter",
            "Assignee",
            "Group",
            "Subject",
            "Tags",
            "Status",
            "Priority",
            "Via",
            "Ticket type",
            "Created at",
            "Updated at",
            "Assigned at",
            "Organization",
            "Due date",
            "Initially assigned at",
            "Solved at",
            "Resolution time",
            "Satisfaction Score",
            "Group stations",
            "Assignee stations",
            "Reopens",
            "Replies",
            "First reply time in minutes",
            "First reply time in minutes within business hours",
            "First resolution time in minutes",
            "First resolution time in minutes within business hours",
            "Full resolution time in minutes",
            "Full resolution time in minutes within business hours",
            "Agent wait time in minutes",
            "Agent wait time in minutes within business hours",
            "Requester wait time in minutes",
            "Requester wait time in minutes within business hours",
            "On hold time in minutes",
            "On hold time in minutes within business hours") {
        @Override
        String id(int n, Random random) {
            return Integer.toString(41_000 + n);
        }

        @Override
        List<Object> row(SampleExport.Ticket t) {
            Object minutes = t.firstResponse().isEmpty()
                    ? ""
                    : Math.round((t.firstResponse().instant() - t.created().instant()) / 60.0);
            boolean solved = !t.resolved().isEmpty();
            return cells(
                    1L,
                    Long.parseLong(t.id()),
                    t.requester(),
                    3_700L + t.id().hashCode() % 97,
                    "",
                    email(t.requester()),
                    "example.com",
                    t.requester(),
                    solved || !t.firstResponse().isEmpty() ? "Sam Support" : "",
                    "Support",
                    t.subject(),
                    "",
                    solved ? "Solved" : t.firstResponse().isEmpty() ? "New" : "Open",
                    t.priority(),
                    t.channel(),
                    "Question",
                    t.created(),
                    solved ? t.resolved() : t.created(),
                    "",
                    "Example GmbH",
                    "",
                    "",
                    t.resolved(),
                    "",
                    solved ? "Offered" : "Not Offered",
                    1L,
                    1L,
                    0L,
                    t.firstResponse().isEmpty() ? 0L : 1L,
                    minutes,
                    "",
                    "",
                    "",
                    "",
                    "",
                    0L,
                    0L,
                    "",
                    "",
                    0L,
                    0L);
        }
    },
    /**
     * Jira Service Management's "Export Excel CSV (all fields)": repeated headers for multi-value
     * fields, the look-and-feel date format, the [CHART] first response with milliseconds, the
     * request type where the channel would be.
     */
    JIRA(
            "jira",
            "dd/MMM/yy h:mm a",
            "Summary",
            "Issue key",
            "Issue id",
            "Issue Type",
            "Status",
            "Project key",
            "Priority",
            "Resolution",
            "Assignee",
            "Reporter",
            "Created",
            "Updated",
            "Resolved",
            "Watchers",
            "Watchers",
            "Labels",
            "Labels",
            "Custom field (Request Type)",
            "Custom field ([CHART] Date of First Response)",
            "Custom field (Time to first response)",
            "Satisfaction rating") {
        @Override
        String id(int n, Random random) {
            return "SUP-" + (1200 + n);
        }

        @Override
        List<Object> row(SampleExport.Ticket t) {
            boolean done = !t.resolved().isEmpty();
            return cells(
                    t.subject(),
                    t.id(),
                    10_000L + Integer.parseInt(t.id().substring(4)),
                    "[System] Service request",
                    done ? "Done" : t.firstResponse().isEmpty() ? "Waiting for support" : "In Progress",
                    "SUP",
                    t.priority(),
                    done ? "Done" : "",
                    t.firstResponse().isEmpty() ? "" : "Support Team",
                    t.requester(),
                    t.created(),
                    done ? t.resolved() : t.created(),
                    t.resolved(),
                    t.requester(),
                    t.firstResponse().isEmpty() ? "" : "Support Team",
                    "",
                    "",
                    requestType(t.channel()),
                    t.firstResponse().reformat(FIRST_RESPONSE_CHART),
                    "",
                    "");
        }

        /** JSM's default request type of the email channel reads as email; other types stand for themselves. */
        private String requestType(String channel) {
            String c = channel.toLowerCase(Locale.ROOT);
            return c.equals("email") || c.equals("e-mail") || c.equals("mail") ? "Emailed request" : channel;
        }
    },
    /** Freshdesk's ticket export: its default columns in its order, the agent's zone. */
    FRESHDESK(
            "freshdesk",
            "uuuu-MM-dd HH:mm:ss",
            "Ticket ID",
            "Subject",
            "Status",
            "Priority",
            "Source",
            "Type",
            "Agent",
            "Group",
            "Created time",
            "Due by Time",
            "Resolved time",
            "Closed time",
            "Last update time",
            "Initial response time",
            "Time tracked",
            "First response time (in hrs)",
            "Resolution time (in hrs)",
            "Agent interactions",
            "Customer interactions",
            "Resolution status",
            "First response status",
            "Tags",
            "Survey results",
            "Product",
            "Full name",
            "Email",
            "Contact ID") {
        @Override
        String id(int n, Random random) {
            return Integer.toString(7_000 + n);
        }

        @Override
        List<Object> row(SampleExport.Ticket t) {
            boolean resolved = !t.resolved().isEmpty();
            return cells(
                    Long.parseLong(t.id()),
                    t.subject().replaceAll("\\s+", " "),
                    resolved ? "Resolved" : t.firstResponse().isEmpty() ? "Open" : "Pending",
                    t.priority(),
                    t.channel(),
                    "Question",
                    t.firstResponse().isEmpty() ? "" : "Sam Support",
                    "Support",
                    t.created(),
                    "",
                    t.resolved(),
                    t.resolved(),
                    resolved ? t.resolved() : t.created(),
                    t.firstResponse(),
                    "00:00",
                    "",
                    "",
                    t.firstResponse().isEmpty() ? 0L : 1L,
                    1L,
                    "",
                    "",
                    "",
                    "",
                    "",
                    t.requester(),
                    email(t.requester()),
                    100L + Math.abs(t.requester().hashCode() % 900));
        }
    },
    /**
     * Znuny's agent ticket search exported as CSV from an English UI: the default columns, every
     * defined value quoted, the raw database times in UTC.
     */
    OTRS(
            "otrs",
            "uuuu-MM-dd HH:mm:ss",
            "Ticket Number",
            "Age",
            "Created",
            "Closed",
            "FirstLock",
            "FirstResponse",
            "State",
            "Priority",
            "Queue",
            "Lock",
            "Owner",
            "UserFirstname",
            "UserLastname",
            "CustomerID",
            "Customer Name",
            "From",
            "Subject",
            "AccountedTime",
            "ArticleTree",
            "SolutionInMin",
            "SolutionDiffInMin",
            "FirstResponseInMin",
            "FirstResponseDiffInMin") {
        @Override
        String id(int n, Random random) {
            return String.format(Locale.ROOT, "2025%012d", 10_000_000L + n);
        }

        @Override
        List<Object> row(SampleExport.Ticket t) {
            boolean closed = !t.resolved().isEmpty();
            return cells(
                    t.id(),
                    "1 d 2 h ",
                    t.created(),
                    t.resolved().orUndefined(),
                    t.firstResponse().orUndefined(),
                    t.firstResponse().orUndefined(),
                    closed ? "closed successful" : "open",
                    t.priority(),
                    "Support",
                    "unlock",
                    "support",
                    "Sam",
                    "Support",
                    "customer",
                    t.requester(),
                    "\"" + t.requester() + "\" <" + email(t.requester()) + ">",
                    t.subject(),
                    "0",
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        @Override
        ZoneId timeZone(ZoneId contractZone) {
            return ZoneOffset.UTC;
        }

        @Override
        QuoteMode quoting() {
            return QuoteMode.ALL_NON_NULL;
        }
    },
    /**
     * Zammad's report sheet (Reporting > download): the title and a blank row above the header on
     * row 3, the footer naming the zone below; times are text in that zone; saved as CSV by a
     * spreadsheet, every row padded to the sheet's width with CRLF line ends.
     */
    ZAMMAD(
            "zammad",
            "uuuu-MM-dd HH:mm:ss",
            "#",
            "Title",
            "State",
            "Priority",
            "Group",
            "Owner",
            "Customer",
            "Organization",
            "Create Channel",
            "Sender",
            "Tags",
            "Time Units Total",
            "Pending till",
            "Created At",
            "Updated At",
            "Closed At",
            "Last Closed At",
            "Close Escalation At",
            "Close In Min",
            "Close Diff In Min",
            "First Response At",
            "First Response Escalation At",
            "First Response In Min",
            "First Response Diff In Min",
            "Update Escalation At",
            "Update In Min",
            "Update Diff In Min",
            "Last Contact At",
            "Last Contact Agent At",
            "Last Contact Customer At",
            "Article Count",
            "Escalation At") {
        @Override
        String id(int n, Random random) {
            return Integer.toString(67_001 + n);
        }

        @Override
        List<Object> row(SampleExport.Ticket t) {
            boolean closed = !t.resolved().isEmpty();
            // Zammad writes its times as text cells, even in the workbook
            return cells(
                    t.id(),
                    t.subject(),
                    closed ? "closed" : t.firstResponse().isEmpty() ? "new" : "open",
                    t.priority(),
                    "Users",
                    t.firstResponse().isEmpty() ? "-" : "Sam Support",
                    t.requester(),
                    "",
                    t.channel(),
                    "Customer",
                    "",
                    "",
                    "",
                    t.created().text(),
                    (closed ? t.resolved() : t.created()).text(),
                    t.resolved().text(),
                    t.resolved().text(),
                    "",
                    "",
                    "",
                    t.firstResponse().text(),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    (closed ? t.resolved() : t.created()).text(),
                    t.firstResponse().text(),
                    t.created().text(),
                    t.firstResponse().isEmpty() ? 1L : closed ? 3L : 2L,
                    "");
        }

        @Override
        List<List<Object>> above(ZoneId zone) {
            return List.of(List.of("-all- (Created)"), List.of());
        }

        @Override
        List<List<Object>> below(ZoneId zone) {
            return List.of(List.of(), List.of("Timezone: " + zone.getId()));
        }

        @Override
        String recordSeparator() {
            return "\r\n";
        }

        @Override
        boolean padded() {
            return true;
        }
    },
    /**
     * ServiceNow's incident list exported as CSV: field names, display values, every value quoted,
     * Windows-1252; an instance that keeps its first response in u_first_response.
     */
    SERVICENOW(
            "servicenow",
            "uuuu-MM-dd HH:mm:ss",
            "number",
            "opened_at",
            "short_description",
            "caller_id",
            "priority",
            "state",
            "category",
            "assignment_group",
            "assigned_to",
            "contact_type",
            "u_first_response",
            "resolved_at",
            "closed_at",
            "sys_updated_on",
            "sys_updated_by") {
        @Override
        String id(int n, Random random) {
            return String.format(Locale.ROOT, "INC%07d", 10_001 + n);
        }

        @Override
        List<Object> row(SampleExport.Ticket t) {
            boolean resolved = !t.resolved().isEmpty();
            return cells(
                    t.id(),
                    t.created(),
                    t.subject(),
                    t.requester(),
                    t.priority(),
                    resolved ? "Resolved" : t.firstResponse().isEmpty() ? "New" : "In Progress",
                    "Software",
                    "Service Desk",
                    t.firstResponse().isEmpty() ? "" : "Sam Support",
                    t.channel(),
                    t.firstResponse(),
                    t.resolved(),
                    t.resolved(),
                    resolved ? t.resolved() : t.created(),
                    "system");
        }

        @Override
        QuoteMode quoting() {
            return QuoteMode.ALL;
        }

        @Override
        public Charset charset() {
            return Charset.forName("windows-1252");
        }
    };

    /** Jira writes the [CHART] date of the first response as a database timestamp with milliseconds. */
    private static final DateTimeFormatter FIRST_RESPONSE_CHART =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT);

    /** The spec's canonical columns, which German Excel keeps when it re-saves the file. */
    private static final class Canonical {
        static final String[] COLUMNS = {
            "id", "created", "priority", "channel", "region", "tier", "first_response", "resolved", "subject"
        };
    }

    /**
     * A time of the export: its instant, its local date-time in the zone the system writes, and the
     * text the export writes for it. {@code damaged} marks the text of a bad row ("31.02.2025
     * 25:00"), which a workbook holds as text, not as a date cell. Empty where the export has none.
     */
    public record Stamp(long instant, Optional<LocalDateTime> local, String text, boolean damaged) {
        static final Stamp NONE = new Stamp(Long.MIN_VALUE, Optional.empty(), "", false);

        boolean isEmpty() {
            return text.isEmpty();
        }

        /** The same time written another way (Jira's [CHART] field). */
        Stamp reformat(DateTimeFormatter format) {
            return damaged || local.isEmpty() ? this : new Stamp(instant, local, format.format(local.get()), false);
        }

        /** A bad row's text for this time. */
        Stamp damage(String badText) {
            return new Stamp(instant, local, badText, true);
        }

        /** For exports that write nothing at all (Znuny's undefined values): empty as {@code null}. */
        Object orUndefined() {
            return isEmpty() ? null : this;
        }
    }

    private final String dialectName;
    private final DateTimeFormatter format;
    private final List<String> header;

    ExportDialect(String name, String pattern, String... header) {
        this.dialectName = name;
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        this.header = List.of(header);
    }

    public String dialectName() {
        return dialectName;
    }

    public static Optional<ExportDialect> named(String name) {
        return Arrays.stream(values())
                .filter(d -> d.dialectName.equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ExportDialect::dialectName).toList();
    }

    List<String> header() {
        return header;
    }

    abstract String id(int n, Random random);

    abstract List<Object> row(SampleExport.Ticket t);

    /** Rows above the header (a report's title), for the export's zone. */
    List<List<Object>> above(ZoneId zone) {
        return List.of();
    }

    /** Rows below the tickets (a report's footer). */
    List<List<Object>> below(ZoneId zone) {
        return List.of();
    }

    char delimiter() {
        return ',';
    }

    String recordSeparator() {
        return "\n";
    }

    QuoteMode quoting() {
        return QuoteMode.MINIMAL;
    }

    /** Whether a CSV save pads every row with empty cells to the header's width, as spreadsheets do. */
    boolean padded() {
        return false;
    }

    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    /** The zone the system writes its times in, for a contract in {@code contractZone}. */
    ZoneId timeZone(ZoneId contractZone) {
        return contractZone;
    }

    /** A time of this export, in the zone its system writes. */
    Stamp stamp(long epochSecond, ZoneId zone) {
        if (epochSecond == Long.MIN_VALUE) {
            return Stamp.NONE;
        }
        String text = format.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
        // the date cell holds what the text shows: minutes where the export writes minutes
        return new Stamp(epochSecond, Optional.of(LocalDateTime.parse(text, format)), text, false);
    }

    /** The text a CSV file holds for a cell; {@code null} stays null (written as nothing, unquoted). */
    static String text(Object cell) {
        if (cell == null) {
            return null;
        }
        return cell instanceof Stamp s ? s.text() : cell.toString();
    }

    private static List<Object> cells(Object... values) {
        List<Object> out = new ArrayList<>(values.length);
        Collections.addAll(out, values);
        return out;
    }

    static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.com";
    }
}
