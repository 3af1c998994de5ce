package io.slaudit.billing;

/** The contract's rule that priced a call, as the outputs name it. */
public enum Rule {
    /** A call to the support line: regular phone minutes on the tier's terms. */
    REGULAR_PHONE("regular-phone"),
    /** A hotline call during regular phone support hours: regular phone support, as the hotline's note says. */
    HOTLINE_IN_REGULAR_HOURS("hotline-in-regular-hours"),
    /** A hotline call priced by the band of its day and time. */
    HOTLINE_BAND("hotline-band"),
    /** A hotline call on a public holiday that closes regular phone support: the holiday rule decides. */
    HOTLINE_HOLIDAY("hotline-holiday"),
    /** A hotline call at a time the contract says the hotline cannot be reached: no price. */
    HOTLINE_NOT_REACHABLE("hotline-not-reachable");

    private final String key;

    Rule(String key) {
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
