package io.slaudit.billing;

/**
 * What a moment of a hotline call costs under the contract: regular phone support, a price band
 * (by its index in the contract), or nothing because the hotline is not reachable then; and
 * whether a public holiday decided it.
 */
record Place(Kind kind, int band, boolean holiday) {

    enum Kind {
        REGULAR,
        BAND,
        UNREACHABLE
    }

    static final Place REGULAR = new Place(Kind.REGULAR, -1, false);
    static final Place UNREACHABLE = new Place(Kind.UNREACHABLE, -1, false);

    static Place band(int index, boolean holiday) {
        return new Place(Kind.BAND, index, holiday);
    }

    static Place regular(boolean holiday) {
        return holiday ? new Place(Kind.REGULAR, -1, true) : REGULAR;
    }
}
