package io.slaudit.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a target allows, as the contract writes it: {@code 4 business hours}, {@code 1.5
 * business days}, {@code 24 hours}. Business units are counted on the target's calendar; plain
 * units are calendar time, the clock always running (spec section 2, fixed grammar).
 *
 * <p>Immutable value; {@link #parse} and {@link #toString} round-trip.
 */
public record TargetTime(BigDecimal amount, Unit unit, boolean business) {

    /** The units of the grammar. */
    public enum Unit {
        MINUTES("minute", 60),
        HOURS("hour", 3600),
        DAYS("day", 86_400);

        private final String singular;
        private final long seconds;

        Unit(String singular, long seconds) {
            this.singular = singular;
            this.seconds = seconds;
        }

        public String singular() {
            return singular;
        }

        public String plural() {
            return singular + "s";
        }
    }

    private static final Pattern GRAMMAR = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?)\\s+(business\\s+)?(minute|minutes|hour|hours|day|days)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** 100 years of 365.25 days: longer than any promise a contract makes, short enough to compute with. */
    private static final BigDecimal CENTURY_OF_DAYS = BigDecimal.valueOf(36_525);

    /** The longest target time in minutes, for readers of other systems' settings to refuse beyond. */
    public static final long MAX_MINUTES = 36_525L * 1440;

    public TargetTime {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a target time cannot be negative");
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        String text = amount.toPlainString() + " " + (business ? "business " : "") + unit.plural();
        if (business && unit == Unit.DAYS) {
            if (amount.compareTo(CENTURY_OF_DAYS) > 0) {
                throw new IllegalArgumentException("'" + text + "' is more than a century; no support target is");
            }
        } else {
            BigDecimal seconds = amount.multiply(BigDecimal.valueOf(unit.seconds));
            if (seconds.compareTo(CENTURY_OF_DAYS.multiply(BigDecimal.valueOf(Unit.DAYS.seconds))) > 0) {
                throw new IllegalArgumentException("'" + text + "' is more than a century; no support target is");
            }
            // Business-day fractions are rounded to the second against each day's hours; these are not.
            if (seconds.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not a whole number of seconds; slaudit counts time to the second");
            }
        }
    }

    /**
     * Parses the fixed grammar: a number (decimals with a point) and a unit, {@code minutes},
     * {@code hours}, {@code days}, optionally preceded by {@code business}; singular forms too.
     *
     * @throws IllegalArgumentException with the grammar in the message
     */
    public static TargetTime parse(String text) {
        Matcher m = GRAMMAR.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a target time; write a number and a unit, e.g."
                    + " '4 business hours', '1.5 business days', '30 minutes' (units: minutes, hours, days, each"
                    + " optionally preceded by 'business')");
        }
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        Unit u = unit.startsWith("minute") ? Unit.MINUTES : unit.startsWith("hour") ? Unit.HOURS : Unit.DAYS;
        return new TargetTime(new BigDecimal(m.group(1)), u, m.group(2) != null);
    }

    /**
     * The time as a duration, for everything except business days (whose length depends on how the
     * contract reads a business day).
     *
     * @throws IllegalStateException for business days
     * @throws ArithmeticException when the amount is not a whole number of seconds
     */
    public Duration duration() {
        if (business && unit == Unit.DAYS) {
            throw new IllegalStateException("business days have no fixed length; apply the business-day rule");
        }
        return Duration.ofSeconds(
                amount.multiply(BigDecimal.valueOf(unit.seconds)).longValueExact());
    }

    public boolean isBusinessDays() {
        return business && unit == Unit.DAYS;
    }

    @Override
    public String toString() {
        String number = amount.toPlainString();
        String u = amount.compareTo(BigDecimal.ONE) == 0 ? unit.singular() : unit.plural();
        return number + " " + (business ? "business " : "") + u;
    }
}
