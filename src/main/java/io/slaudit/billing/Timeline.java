package io.slaudit.billing;

/**
 * Time as the price list sees it: for a moment, whether the support line is open and what a
 * hotline minute costs there. Moments are seconds: real instants for a bill, seconds into a
 * regular week for a scenario.
 */
interface Timeline {

    /** Whether regular phone support (the support line) is open. */
    boolean supportOpen(long t);

    /** What a hotline moment costs. */
    Place hotlineAt(long t);
}
