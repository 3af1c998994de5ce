package io.slaudit.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a contract's "N business days" is read. Contracts rarely say, and the readings give different
 * due times, so the rule is explicit and can differ between readings of an ambiguous contract.
 *
 * <ul>
 *   <li>{@code same-time}: due at the same wall-clock time on the N-th business day after the
 *       clock starts (a request on Tuesday 14:00 is due Wednesday 14:00 for one business day).
 *   <li>{@code end-of-day}: due when the N-th business day after the start closes.
 *   <li>{@code hours:H}: N business days are N x H business hours ({@code hours:8}).
 * </ul>
 *
 * <p>Immutable value; {@link #parse} and {@link #toString} round-trip.
 */
public record BusinessDayRule(Kind kind, Optional<Duration> dayLength) {

    /** The three readings. */
    public enum Kind {
        SAME_TIME,
        END_OF_DAY,
        HOURS
    }

    public static final BusinessDayRule SAME_TIME = new BusinessDayRule(Kind.SAME_TIME, Optional.empty());
    public static final BusinessDayRule END_OF_DAY = new BusinessDayRule(Kind.END_OF_DAY, Optional.empty());

    private static final Pattern HOURS = Pattern.compile("hours:(\\d+(?:\\.\\d+)?)");

    public BusinessDayRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dayLength, "dayLength");
        if ((kind == Kind.HOURS) != dayLength.isPresent()) {
            throw new IllegalArgumentException("a day length goes with hours:H and only with it");
        }
        dayLength.ifPresent(d -> {
            if (d.isZero() || d.isNegative() || d.compareTo(Duration.ofHours(24)) > 0) {
                throw new IllegalArgumentException("a business day holds more than 0 and at most 24 hours");
            }
        });
    }

    public static BusinessDayRule hours(Duration dayLength) {
        return new BusinessDayRule(Kind.HOURS, Optional.of(dayLength));
    }

    /**
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static BusinessDayRule parse(String text) {
        String t = text.trim();
        if (t.equals("same-time")) {
            return SAME_TIME;
        }
        if (t.equals("end-of-day")) {
            return END_OF_DAY;
        }
        Matcher m = HOURS.matcher(t);
        if (m.matches()) {
            BigDecimal hours = new BigDecimal(m.group(1));
            long seconds = hours.multiply(BigDecimal.valueOf(3600)).longValue();
            if (hours.multiply(BigDecimal.valueOf(3600)).compareTo(BigDecimal.valueOf(seconds)) != 0) {
                throw new IllegalArgumentException("'" + text + "': the day length must be whole seconds");
            }
            return hours(Duration.ofSeconds(seconds));
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a business-day rule; use same-time, end-of-day or hours:H (e.g. hours:8)");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SAME_TIME -> "same-time";
            case END_OF_DAY -> "end-of-day";
            case HOURS ->
                "hours:"
                        + BigDecimal.valueOf(dayLength.orElseThrow().getSeconds())
                                .divide(BigDecimal.valueOf(3600), 6, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString();
        };
    }
}
