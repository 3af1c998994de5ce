package io.slaudit.policy;

/**
 * Whether the contract promises an order in which tickets are handled ({@code handling-order:}).
 * Under {@link #ARRIVAL} ("first come, first served") the audit reports the tickets that a later
 * arrival of the same priority overtook.
 */
public enum HandlingOrderRule {
    /** The contract promises no order (the default). */
    NONE("none"),
    /** Tickets of one priority are handled in order of arrival. */
    ARRIVAL("arrival");

    private final String key;

    HandlingOrderRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }
}
