package io.slaudit.policy;

/** What a priority change during a ticket's life does to its targets. */
public enum PriorityChangeRule {
    /** The target of the original priority stays. */
    KEEP("keep"),
    /** The target of the new priority applies, counted from the original start (the usual default). */
    RETARGET("retarget"),
    /** The target of the new priority applies, counted from the change. */
    RESTART("restart");

    private final String key;

    PriorityChangeRule(String key) {
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
