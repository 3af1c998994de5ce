package io.slaudit.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of a contract named by a key: what an assumption affects ({@code affects:}) and what an
 * audit may be given a value for ({@code --set KEY=VALUE}). The same words in both places:
 *
 * <ul>
 *   <li>{@code calendar.NAME}, or one part of it: {@code calendar.NAME.zone}, {@code .hours},
 *       {@code .holidays}
 *   <li>{@code target.PRIORITY.METRIC}: the targets of a metric for a priority key, or {@code any}
 *       for every priority ({@code target.urgent.first-response}, {@code target.any.resolution})
 *   <li>{@code channel.KEY}, {@code region.KEY}, {@code tier.KEY}, {@code package.KEY},
 *       {@code priority.KEY} (or its severity alone, {@code priority.KEY.severity}), {@code
 *       tier.KEY.prices} (a tier's fee and minutes alone),
 *       {@code reading.AMBIGUITY}, {@code pricing.RULE}
 *   <li>{@code business-day}, {@code pause-on}, {@code effective-from}, {@code effective-to},
 *       {@code hotline}, {@code phone-support}, {@code price-basis}
 * </ul>
 *
 * <p>Parsed from the text alone; whether the named part exists is {@link PolicyChecks}' question.
 */
public record PolicyRef(Kind kind, Optional<String> name, Optional<String> part) {

    /** What a key names. */
    public enum Kind {
        CALENDAR("calendar", true),
        TARGET("target", true),
        CHANNEL("channel", true),
        REGION("region", true),
        TIER("tier", true),
        PACKAGE("package", true),
        PRIORITY("priority", true),
        READING("reading", true),
        PRICING("pricing", true),
        BUSINESS_DAY("business-day", false),
        PAUSE_ON("pause-on", false),
        EFFECTIVE_FROM("effective-from", false),
        EFFECTIVE_TO("effective-to", false),
        HOTLINE("hotline", false),
        PHONE_SUPPORT("phone-support", false),
        PRICE_BASIS("price-basis", false);

        private final String word;
        private final boolean named;

        Kind(String word, boolean named) {
            this.word = word;
            this.named = named;
        }

        public String word() {
            return word;
        }

        /** Whether the key goes on with a name ({@code calendar.NAME}) or stands alone ({@code business-day}). */
        public boolean named() {
            return named;
        }
    }

    /** The parts of a calendar an assumption may name alone. */
    public static final List<String> CALENDAR_PARTS = List.of("zone", "hours", "holidays");

    /**
     * The part of a priority an assumption may name alone: its {@code severity}, which places it
     * among other contracts' classes for {@code compare} and bears on no verdict of an audit.
     */
    public static final String SEVERITY = "severity";

    /**
     * The part of a tier an assumption may name alone: its {@code prices} (fee, free minutes),
     * which bear on bills and no verdict of an audit.
     */
    public static final String PRICES = "prices";

    public PolicyRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(part, "part");
        if (kind.named() != name.isPresent()) {
            throw new IllegalArgumentException(
                    kind.named() ? "'" + kind.word() + "' needs a name" : "'" + kind.word() + "' takes no name");
        }
        if (kind == Kind.TARGET && part.isEmpty()) {
            throw new IllegalArgumentException("a target is named as target.PRIORITY.METRIC");
        }
    }

    public static PolicyRef of(Kind kind, String name) {
        return new PolicyRef(kind, Optional.of(name), Optional.empty());
    }

    public static PolicyRef target(String priority, Metric metric) {
        return new PolicyRef(Kind.TARGET, Optional.of(priority), Optional.of(metric.key()));
    }

    /**
     * Parses a key.
     *
     * @throws IllegalArgumentException saying what the grammar is
     */
    public static PolicyRef parse(String text) {
        String t = text.trim();
        for (Kind k : Kind.values()) {
            if (!k.named()) {
                if (t.equals(k.word())) {
                    return new PolicyRef(k, Optional.empty(), Optional.empty());
                }
                continue;
            }
            String prefix = k.word() + ".";
            if (!t.startsWith(prefix)) {
                continue;
            }
            String rest = t.substring(prefix.length());
            if (rest.isEmpty()) {
                break;
            }
            if (k == Kind.TARGET) {
                int cut = rest.lastIndexOf('.');
                Optional<Metric> metric = cut < 0 ? Optional.empty() : Metric.parse(rest.substring(cut + 1));
                if (cut <= 0 || metric.isEmpty()) {
                    throw new IllegalArgumentException("'" + t + "' names no target; write target.PRIORITY.METRIC"
                            + " with a priority key (or any) and a metric (" + Metric.keys() + ")");
                }
                return target(rest.substring(0, cut), metric.get());
            }
            String namedPart = k == Kind.PRIORITY ? SEVERITY : k == Kind.TIER ? PRICES : null;
            if (namedPart != null && rest.endsWith("." + namedPart) && rest.length() > namedPart.length() + 1) {
                return new PolicyRef(
                        k,
                        Optional.of(rest.substring(0, rest.length() - namedPart.length() - 1)),
                        Optional.of(namedPart));
            }
            if (k == Kind.CALENDAR) {
                int cut = rest.lastIndexOf('.');
                if (cut > 0 && CALENDAR_PARTS.contains(rest.substring(cut + 1))) {
                    return new PolicyRef(k, Optional.of(rest.substring(0, cut)), Optional.of(rest.substring(cut + 1)));
                }
            }
            return of(k, rest);
        }
        throw new IllegalArgumentException("'" + t + "' names no part of a contract; write one of "
                + String.join(
                        ", ",
                        Arrays.stream(Kind.values())
                                .map(k -> k.named() ? k.word() + ".NAME" : k.word())
                                .toList())
                + " (targets as target.PRIORITY.METRIC)");
    }

    /**
     * Whether an assumption about this part can bear on an audit's verdicts: not a priority's
     * severity (compare's) nor a tier's prices (the bill's).
     */
    public boolean bearsOnVerdicts() {
        return !((kind == Kind.PRIORITY && part.equals(Optional.of(SEVERITY)))
                || (kind == Kind.TIER && part.equals(Optional.of(PRICES))));
    }

    /** Whether this names the targets of {@code metric} for {@code priority}: its own key, or any. */
    public boolean coversTarget(Metric metric, String priority) {
        return kind == Kind.TARGET
                && part.orElseThrow().equals(metric.key())
                && (name.orElseThrow().equals("any") || name.get().equals(priority));
    }

    @Override
    public String toString() {
        return kind.word()
                + name.map(n -> "." + n).orElse("")
                + part.map(p -> "." + p).orElse("");
    }
}
