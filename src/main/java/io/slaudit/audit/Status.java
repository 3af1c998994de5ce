package io.slaudit.audit;

/** The verdict of one ticket on one target (spec section 4, fixed names). */
public enum Status {
    /** Answered (or solved) by the due time. */
    MET("met"),
    /** Answered after the due time. */
    BREACHED("breached"),
    /** Not answered yet and not due yet at the as-of instant. */
    OPEN("open"),
    /** Not answered yet and already past due at the as-of instant. */
    OPEN_BREACHED("open-breached"),
    /** The target is only aimed at: reported, never a breach. */
    BEST_EFFORT("best-effort"),
    /** Outside the contract: a channel it does not cover, no version in force. */
    EXCLUDED("excluded");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the verdict counts towards compliance: met, breached or open-breached. */
    public boolean isJudged() {
        return this == MET || this == BREACHED || this == OPEN_BREACHED;
    }

    public boolean isBreach() {
        return this == BREACHED || this == OPEN_BREACHED;
    }

    public static Status ofKey(String key) {
        for (Status s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no status '" + key + "'");
    }

    @Override
    public String toString() {
        return key;
    }
}
