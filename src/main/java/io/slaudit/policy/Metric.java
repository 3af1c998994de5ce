package io.slaudit.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a target measures. The first two are fixed by the spec and audited from ticket exports; the
 * others are promises contracts make that exports rarely carry, recorded so that they are not lost.
 */
public enum Metric {
    /** From the request to the first reply to the customer. */
    FIRST_RESPONSE("first-response"),
    /** From the request to the solution. */
    RESOLUTION("resolution"),
    /** From a customer's reply to the next reply of the vendor. */
    NEXT_RESPONSE("next-response"),
    /** Regular status updates while a ticket is open. */
    UPDATE("update"),
    /** From the request to a workaround that restores use. */
    WORKAROUND("workaround");

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the audit can measure this metric from the canonical ticket columns. */
    public boolean isAudited() {
        return this == FIRST_RESPONSE || this == RESOLUTION;
    }

    public static Optional<Metric> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.key.equals(t)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Metric::key).toList());
    }

    @Override
    public String toString() {
        return key;
    }
}
