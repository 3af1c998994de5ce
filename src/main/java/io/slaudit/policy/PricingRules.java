package io.slaudit.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a price list is applied where the prices alone do not say: how phone minutes are rounded,
 * whether a month's unused free minutes carry over, whether the activation credit is spent before
 * the month's free minutes, whether a required tier's fee is paid on top ("level 3 requires level
 * 2"), how a hotline call that crosses a band boundary is priced, and what the hotline costs on a
 * public holiday. A contract states these in {@code pricing:}; an ambiguity's reading may change
 * any of them, as a reading may change how business days are read.
 */
public record PricingRules(
        int phoneIncrementMinutes,
        UnusedMinutes unusedMinutes,
        CreditOrder activationCredit,
        RequiredTierFees requiredTierFees,
        HotlineCrossing hotlineCrossing,
        HolidayRate hotlineOnHolidays,
        Optional<String> source) {

    /**
     * Per started minute; unused minutes lapse; the credit first; a required tier is a precondition,
     * not a second fee; a hotline call at the band it starts in; holidays priced as their weekday.
     */
    public static final PricingRules DEFAULT = new PricingRules(
            1,
            UnusedMinutes.EXPIRE,
            CreditOrder.FIRST,
            RequiredTierFees.INCLUDED,
            HotlineCrossing.START_BAND,
            HolidayRate.WEEKDAY,
            Optional.empty());

    public PricingRules {
        if (phoneIncrementMinutes < 1) {
            throw new IllegalArgumentException("phone minutes are billed per at least 1 started minute");
        }
        Objects.requireNonNull(unusedMinutes, "unusedMinutes");
        Objects.requireNonNull(activationCredit, "activationCredit");
        Objects.requireNonNull(requiredTierFees, "requiredTierFees");
        Objects.requireNonNull(hotlineCrossing, "hotlineCrossing");
        Objects.requireNonNull(hotlineOnHolidays, "hotlineOnHolidays");
        Objects.requireNonNull(source, "source");
    }

    /** These rules with a reading's changes applied. */
    public PricingRules with(Change change) {
        return new PricingRules(
                change.phoneIncrementMinutes().orElse(phoneIncrementMinutes),
                change.unusedMinutes().orElse(unusedMinutes),
                change.activationCredit().orElse(activationCredit),
                change.requiredTierFees().orElse(requiredTierFees),
                change.hotlineCrossing().orElse(hotlineCrossing),
                change.hotlineOnHolidays().orElse(hotlineOnHolidays),
                source);
    }

    /** What a month leaves of its free minutes. */
    public enum UnusedMinutes {
        /** Lapses at the month's end ("je Monat"). */
        EXPIRE("expire"),
        /** Is added to the following months. */
        CARRY_OVER("carry-over");

        private final String key;

        UnusedMinutes(String key) {
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

    /** Whether the one-time activation credit is spent before or after the month's free minutes. */
    public enum CreditOrder {
        FIRST("first"),
        LAST("last");

        private final String key;

        CreditOrder(String key) {
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

    /** Whether booking a tier that requires another also pays the other's monthly fee. */
    public enum RequiredTierFees {
        /** The required tier is a precondition; only the booked tier's fee is charged. */
        INCLUDED("included"),
        /** Both are booked and both fees are charged. */
        CHARGED("charged");

        private final String key;

        RequiredTierFees(String key) {
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

    /** How a hotline call that runs from one band (or regular hours) into another is priced. */
    public enum HotlineCrossing {
        /** The whole call at the terms in force when it starts. */
        START_BAND("start-band"),
        /**
         * Block by block from the start (the first minutes, then each started increment), each block
         * at the terms in force when it starts; the flat first price once.
         */
        PER_BLOCK("per-block");

        private final String key;

        HotlineCrossing(String key) {
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

    /**
     * What the hotline costs on a public holiday that closes the regular hours: the whole day at
     * one band, or (no band) the bands and regular hours of its weekday, as if it were no holiday.
     */
    public record HolidayRate(Optional<String> band) {
        public static final HolidayRate WEEKDAY = new HolidayRate(Optional.empty());

        public HolidayRate {
            Objects.requireNonNull(band, "band");
        }

        public static HolidayRate band(String label) {
            return new HolidayRate(Optional.of(label));
        }

        @Override
        public String toString() {
            return band.map(b -> "band " + b).orElse("weekday");
        }
    }

    /** A reading's changes to the rules: each absent field keeps the rule as the contract states it. */
    public record Change(
            OptionalInt phoneIncrementMinutes,
            Optional<UnusedMinutes> unusedMinutes,
            Optional<CreditOrder> activationCredit,
            Optional<RequiredTierFees> requiredTierFees,
            Optional<HotlineCrossing> hotlineCrossing,
            Optional<HolidayRate> hotlineOnHolidays) {

        public static final Change NONE = new Change(
                OptionalInt.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        public Change {
            Objects.requireNonNull(phoneIncrementMinutes, "phoneIncrementMinutes");
            Objects.requireNonNull(unusedMinutes, "unusedMinutes");
            Objects.requireNonNull(activationCredit, "activationCredit");
            Objects.requireNonNull(requiredTierFees, "requiredTierFees");
            Objects.requireNonNull(hotlineCrossing, "hotlineCrossing");
            Objects.requireNonNull(hotlineOnHolidays, "hotlineOnHolidays");
            if (phoneIncrementMinutes.isPresent() && phoneIncrementMinutes.getAsInt() < 1) {
                throw new IllegalArgumentException("phone minutes are billed per at least 1 started minute");
            }
        }

        public boolean isEmpty() {
            return equals(NONE);
        }
    }
}
