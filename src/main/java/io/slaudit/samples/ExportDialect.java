package io.slaudit.samples;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * How a ticketing system writes its export, for generated samples: the header (with the columns
 * real exports carry beside the ones slaudit reads), the ids, the timestamps, the delimiter and
 * encoding. One per built-in profile, plus the canonical CSV as German Excel saves it.
 */
public enum ExportDialect {
    CANONICAL("canonical", "uuuu-MM-dd'T'HH:mm:ssxxx", Canonical.COLUMNS) {
        @Override
        String id(int n, Random random) {
            return String.format(Locale.ROOT, "T-%05d", n + 1);
        }

        @Override
        List<String> row(SampleExport.Ticket t) {
            return List.of(
                    t.id(),
                    t.createdText(),
                    t.priority(),
                    t.channel(),
                    t.region(),
                    t.tier(),
                    t.firstResponseText(),
                    t.resolvedText(),
                    t.subject());
        }
    },
    EXCEL_DE("excel-de", "dd.MM.uuuu HH:mm", Canonical.COLUMNS) {
        @Override
        String id(int n, Random random) {
            return CANONICAL.id(n, random);
        }

        @Override
        List<String> row(SampleExport.Ticket t) {
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
    ZENDESK(
            "zendesk",
            "uuuu-MM-dd HH:mm:ss",
            "Summation column",
            "Id",
            "Requester",
            "Group",
            "Subject",
            "Status",
            "Priority",
            "Via",
            "Ticket type",
            "Created at",
            "Updated at",
            "Solved at",
            "First reply time in minutes",
            "First reply time in minutes within business hours",
            "Requester wait time in minutes") {
        @Override
        String id(int n, Random random) {
            return Integer.toString(41_000 + n);
        }

        @Override
        List<String> row(SampleExport.Ticket t) {
            String minutes = t.firstResponse() == Long.MIN_VALUE
                    ? ""
                    : Long.toString(Math.round((t.firstResponse() - t.created()) / 60.0));
            return List.of(
                    "1",
                    t.id(),
                    t.requester(),
                    "Support",
                    t.subject(),
                    status(t),
                    t.priority(),
                    t.channel(),
                    "Question",
                    t.createdText(),
                    t.resolvedText().isEmpty() ? t.createdText() : t.resolvedText(),
                    t.resolvedText(),
                    minutes,
                    "",
                    "");
        }
    },
    JIRA(
            "jira",
            "dd/MMM/yy h:mm a",
            "Summary",
            "Issue key",
            "Issue id",
            "Issue Type",
            "Status",
            "Priority",
            "Assignee",
            "Reporter",
            "Created",
            "Updated",
            "Resolved",
            "Custom field (Request Type)",
            "Custom field ([CHART] Date of First Response)",
            "Custom field (Time to first response)") {
        @Override
        String id(int n, Random random) {
            return "SUP-" + (1200 + n);
        }

        @Override
        List<String> row(SampleExport.Ticket t) {
            return List.of(
                    t.subject(),
                    t.id(),
                    Integer.toString(10_000 + Integer.parseInt(t.id().substring(4))),
                    "Service request",
                    status(t),
                    t.priority(),
                    "Support Team",
                    t.requester(),
                    t.createdText(),
                    t.createdText(),
                    t.resolvedText(),
                    "Get IT help",
                    t.firstResponseText(),
                    "");
        }
    },
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
            "First response time (in hrs)",
            "Full name") {
        @Override
        String id(int n, Random random) {
            return Integer.toString(7_000 + n);
        }

        @Override
        List<String> row(SampleExport.Ticket t) {
            return List.of(
                    t.id(),
                    t.subject(),
                    status(t),
                    t.priority(),
                    t.channel(),
                    "Question",
                    "Support Agent",
                    "Support",
                    t.createdText(),
                    "",
                    t.resolvedText(),
                    t.resolvedText(),
                    t.createdText(),
                    t.firstResponseText(),
                    "",
                    t.requester());
        }
    },
    OTRS(
            "otrs",
            "uuuu-MM-dd HH:mm:ss",
            "TicketNumber",
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
            "CustomerID",
            "Title",
            "FirstResponseInMin",
            "SolutionInMin") {
        @Override
        String id(int n, Random random) {
            return String.format(Locale.ROOT, "2025%012d", 10_000_000L + n);
        }

        @Override
        List<String> row(SampleExport.Ticket t) {
            return List.of(
                    t.id(),
                    "",
                    t.createdText(),
                    t.resolvedText(),
                    "",
                    t.firstResponseText(),
                    status(t),
                    t.priority(),
                    "Support",
                    "unlock",
                    "support",
                    "customer",
                    t.subject(),
                    "",
                    "");
        }

        @Override
        char delimiter() {
            return ';';
        }
    },
    ZAMMAD(
            "zammad",
            "uuuu-MM-dd'T'HH:mm:ssxxx",
            "Number",
            "Title",
            "State",
            "Priority",
            "Group",
            "Owner",
            "Customer",
            "Create Channel",
            "Created At",
            "Updated At",
            "Closed At",
            "First Response At",
            "First Response In Min",
            "First Response Diff In Min") {
        @Override
        String id(int n, Random random) {
            return Integer.toString(67_001 + n);
        }

        @Override
        List<String> row(SampleExport.Ticket t) {
            return List.of(
                    t.id(),
                    t.subject(),
                    status(t),
                    t.priority(),
                    "Users",
                    "Support Agent",
                    t.requester(),
                    t.channel(),
                    t.createdText(),
                    t.createdText(),
                    t.resolvedText(),
                    t.firstResponseText(),
                    "",
                    "");
        }
    },
    SERVICENOW(
            "servicenow",
            "uuuu-MM-dd HH:mm:ss",
            "number",
            "opened_at",
            "short_description",
            "caller_id",
            "priority",
            "state",
            "contact_type",
            "assignment_group",
            "u_first_response",
            "resolved_at",
            "closed_at") {
        @Override
        String id(int n, Random random) {
            return String.format(Locale.ROOT, "INC%07d", 10_001 + n);
        }

        @Override
        List<String> row(SampleExport.Ticket t) {
            return List.of(
                    t.id(),
                    t.createdText(),
                    t.subject(),
                    t.requester(),
                    t.priority(),
                    status(t),
                    t.channel(),
                    "Service Desk",
                    t.firstResponseText(),
                    t.resolvedText(),
                    t.resolvedText());
        }
    };

    /** The spec's canonical columns, which German Excel keeps when it re-saves the file. */
    private static final class Canonical {
        static final String[] COLUMNS = {
            "id", "created", "priority", "channel", "region", "tier", "first_response", "resolved", "subject"
        };
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

    abstract List<String> row(SampleExport.Ticket t);

    char delimiter() {
        return ',';
    }

    String recordSeparator() {
        return "\n";
    }

    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    String time(long epochSecond, ZoneId zone) {
        return format.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    static String status(SampleExport.Ticket t) {
        if (!t.resolvedText().isEmpty()) {
            return "Solved";
        }
        return t.firstResponseText().isEmpty() ? "New" : "Open";
    }
}
