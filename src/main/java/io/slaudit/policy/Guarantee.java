package io.slaudit.policy;

/** Whether a target is promised or only aimed at. Best-effort targets are reported, never breached. */
public enum Guarantee {
    GUARANTEED("guaranteed"),
    BEST_EFFORT("best-effort");

    private final String key;

    Guarantee(String key) {
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
