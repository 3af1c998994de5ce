package io.slaudit.tickets;

import java.util.Arrays;
import java.util.Optional;

/** The canonical ticket columns (spec section 3). Exports are mapped onto these. */
public enum TicketField {
    ID("id", true),
    CREATED("created", true),
    PRIORITY("priority", true),
    CHANNEL("channel", false),
    REGION("region", false),
    TIER("tier", false),
    /** The requester's role, for channels that exclude a role (an extension of the spec). */
    ROLE("role", false),
    FIRST_RESPONSE("first_response", false),
    RESOLVED("resolved", false),
    SUBJECT("subject", false);

    private final String column;
    private final boolean required;

    TicketField(String column, boolean required) {
        this.column = column;
        this.required = required;
    }

    /** The canonical column name. */
    public String column() {
        return column;
    }

    public boolean required() {
        return required;
    }

    public boolean isTimestamp() {
        return this == CREATED || this == FIRST_RESPONSE || this == RESOLVED;
    }

    public static Optional<TicketField> of(String column) {
        return Arrays.stream(values())
                .filter(f -> f.column.equalsIgnoreCase(column.trim()))
                .findFirst();
    }
}
