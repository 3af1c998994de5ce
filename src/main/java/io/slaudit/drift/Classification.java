package io.slaudit.drift;

/**
 * What a change does to the contract's promises, from the customer's side: tightened (more or
 * sooner is promised), loosened (less or later), neutral (nothing a customer can hold the vendor to
 * moved). For drift between a contract and a ticketing system's configuration the same three read
 * as: the system is configured tighter, looser, or differently without effect.
 */
public enum Classification {
    TIGHTENED("tightened", "tighter"),
    LOOSENED("loosened", "looser"),
    NEUTRAL("neutral", "neutral");

    private final String key;
    private final String comparative;

    Classification(String key, String comparative) {
        this.key = key;
        this.comparative = comparative;
    }

    /** The word for a change between two versions of a contract. */
    public String key() {
        return key;
    }

    /** The word for a system configured differently from the contract. */
    public String comparative() {
        return comparative;
    }

    /** Of several aspects of one change, the one a CI job must see: any loosening wins, then tightening. */
    public static Classification combine(Iterable<Classification> aspects) {
        boolean tightened = false;
        for (Classification c : aspects) {
            if (c == LOOSENED) {
                return LOOSENED;
            }
            tightened |= c == TIGHTENED;
        }
        return tightened ? TIGHTENED : NEUTRAL;
    }

    @Override
    public String toString() {
        return key;
    }
}
