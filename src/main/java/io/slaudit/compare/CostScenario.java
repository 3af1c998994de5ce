package io.slaudit.compare;

import io.slaudit.billing.Scenario;
import io.slaudit.input.InputException;
import io.slaudit.input.Problems;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlFields;
import io.slaudit.input.YamlNode;
import io.slaudit.policy.Policy;
import io.slaudit.policy.Severity;
import io.slaudit.policy.TargetTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typical month of support as procurement describes it ({@code compare --scenario FILE}), to be
 * priced on every tier of each compared contract:
 *
 * <pre>
 * description: Our usual month
 * phone-minutes-per-month: 120
 * hotline-calls:
 *   - { day: saturday, at: "23:00", minutes: 12, times: 2 }
 * required:
 *   first-response: 8 business hours
 *   severity: high                      # optional: else every class of each contract
 * </pre>
 *
 * The requirement names a normalised severity, not a contract's class: each contract is asked
 * for its class of that severity. Every problem of the file is reported at once, at its line and
 * column.
 */
public record CostScenario(
        Optional<Path> file,
        Optional<String> description,
        int phoneMinutesPerMonth,
        List<HotlineCall> hotlineCalls,
        Optional<Requirement> required) {

    /** Minutes of a 31-day month: more phone minutes than that are a typo. */
    public static final int MAX_PHONE_MINUTES = 31 * 24 * 60;

    /** Hotline calls a month may hold, all {@code times} counted. */
    public static final int MAX_CALLS = 10_000;

    public CostScenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        if (phoneMinutesPerMonth < 0 || phoneMinutesPerMonth > MAX_PHONE_MINUTES) {
            throw new IllegalArgumentException("phone minutes a month are 0 to " + MAX_PHONE_MINUTES);
        }
        hotlineCalls = List.copyOf(hotlineCalls);
        if (hotlineCalls.stream().mapToLong(HotlineCall::times).sum() > MAX_CALLS) {
            throw new IllegalArgumentException("at most " + MAX_CALLS + " hotline calls a month");
        }
        Objects.requireNonNull(required, "required");
    }

    /** A hotline call of the month, {@code times} alike: its weekday, local start and length. */
    public record HotlineCall(DayOfWeek day, LocalTime at, Duration length, int times) {
        public HotlineCall {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(length, "length");
            if (times < 1) {
                throw new IllegalArgumentException("a call happens at least once");
            }
            if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("a call lasts more than no time and at most a day");
            }
        }
    }

    /** The first response the customer needs: within a time, for a severity or for every class. */
    public record Requirement(TargetTime firstResponse, Optional<Severity> severity) {
        public Requirement {
            Objects.requireNonNull(firstResponse, "firstResponse");
            Objects.requireNonNull(severity, "severity");
        }
    }

    /** The month as the billing engine prices it on one contract: the severity asked for becomes its class. */
    public Scenario forPolicy(SeverityClasses classes) {
        List<Scenario.ScenarioCall> calls = new ArrayList<>();
        for (HotlineCall c : hotlineCalls) {
            for (int i = 0; i < c.times(); i++) {
                calls.add(new Scenario.ScenarioCall(c.day(), c.at(), c.length()));
            }
        }
        return new Scenario(phoneMinutesPerMonth, calls, required.map(r -> requirement(r, classes)));
    }

    private static Scenario.ResponseRequirement requirement(Requirement r, SeverityClasses classes) {
        if (r.severity().isEmpty()) {
            return new Scenario.ResponseRequirement(r.firstResponse(), Optional.empty());
        }
        Severity s = r.severity().get();
        Optional<String> cls = classes.classFor(s);
        if (cls.isEmpty()) {
            return new Scenario.ResponseRequirement(
                    r.firstResponse(), Optional.empty(), Optional.of("the contract has no class for severity " + s));
        }
        return new Scenario.ResponseRequirement(r.firstResponse(), cls);
    }

    /** The class of a contract the requirement is asked of, if it names a severity the contract has a class for. */
    public Optional<String> requiredClass(SeverityClasses classes) {
        return required.flatMap(Requirement::severity).flatMap(classes::classFor);
    }

    /** Whether the contract has prices to quote: support tiers with their fees and minutes. */
    public static boolean priced(Policy p) {
        return !p.commercial().tiers().isEmpty();
    }

    // ------------------------------------------------------------------ reading the file

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?");

    private static final List<String> DAYS = Arrays.stream(DayOfWeek.values())
            .map(d -> d.name().toLowerCase(Locale.ROOT))
            .toList();

    /**
     * Reads a scenario file.
     *
     * @throws InputException unreadable, or invalid with every problem found
     */
    public static CostScenario read(Path path) {
        YamlNode root = YamlDocuments.read(path);
        Problems problems = new Problems();
        String what = "the scenario";
        Optional<String> description = Optional.empty();
        int[] minutes = {0};
        List<HotlineCall> calls = new ArrayList<>();
        Optional<Requirement> required = Optional.empty();
        Optional<YamlFields> fields = YamlFields.of(root, what, problems);
        if (fields.isPresent()) {
            YamlFields f = fields.get();
            description = f.optionalText("description");
            f.optional("phone-minutes-per-month")
                    .flatMap(n -> whole(n, "'phone-minutes-per-month'", 0, MAX_PHONE_MINUTES, problems))
                    .ifPresent(m -> minutes[0] = m);
            f.optional("hotline-calls").ifPresent(n -> {
                for (YamlNode item : YamlFields.items(n, "'hotline-calls'", problems, false)) {
                    call(item, problems).ifPresent(calls::add);
                }
                long all = calls.stream().mapToLong(HotlineCall::times).sum();
                if (all > MAX_CALLS) {
                    problems.add(n.mark(), "'hotline-calls' make " + all + " calls a month; at most " + MAX_CALLS);
                }
            });
            required = f.optional("required").flatMap(n -> requirement(n, problems));
            f.rejectUnknown();
            if (!f.has("phone-minutes-per-month") && !f.has("hotline-calls") && !f.has("required")) {
                problems.add(
                        f.mark(),
                        what + " describes nothing to price: give 'phone-minutes-per-month', 'hotline-calls'"
                                + " or 'required'");
            }
        }
        problems.throwIfAny(InputException.Kind.INVALID);
        return new CostScenario(Optional.of(path), description, minutes[0], calls, required);
    }

    private static Optional<HotlineCall> call(YamlNode node, Problems problems) {
        Optional<YamlFields> fields = YamlFields.of(node, "a hotline call", problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFields f = fields.get();
        Optional<DayOfWeek> day = f.required("day").flatMap(n -> day(n, problems));
        Optional<LocalTime> at = f.required("at").flatMap(n -> time(n, problems));
        Optional<Duration> length = f.required("minutes").flatMap(n -> length(n, problems));
        Optional<YamlNode> timesNode = f.optional("times");
        Optional<Integer> times = timesNode.isPresent()
                ? timesNode.flatMap(n -> whole(n, "'times'", 1, MAX_CALLS, problems))
                : Optional.of(1);
        f.rejectUnknown();
        if (day.isEmpty() || at.isEmpty() || length.isEmpty() || times.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HotlineCall(day.get(), at.get(), length.get(), times.get()));
    }

    private static Optional<DayOfWeek> day(YamlNode node, Problems problems) {
        return value(node, "'day'", problems).flatMap(t -> {
            String d = t.toLowerCase(Locale.ROOT);
            for (int i = 0; i < DAYS.size(); i++) {
                if (DAYS.get(i).equals(d) || DAYS.get(i).substring(0, 3).equals(d)) {
                    return Optional.of(DayOfWeek.of(i + 1));
                }
            }
            problems.add(
                    node.mark(),
                    "'day' is a weekday (monday to sunday, or mon to sun), not '" + t + "'"
                            + YamlFields.DidYouMean.closest(d, DAYS)
                                    .map(s -> "; did you mean '" + s + "'?")
                                    .orElse(""));
            return Optional.empty();
        });
    }

    private static Optional<LocalTime> time(YamlNode node, Problems problems) {
        return value(node, "'at'", problems).flatMap(t -> {
            Matcher m = TIME.matcher(t);
            if (!m.matches()) {
                problems.add(
                        node.mark(),
                        "'at' is a local time of day, 00:00 to 23:59 (\"23:00\", or \"23:00:30\"), not '" + t + "'");
                return Optional.empty();
            }
            return Optional.of(LocalTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        });
    }

    /** A call's length in minutes: a number above 0, at most a day, in whole seconds ({@code 12.5} is 12 min 30 s). */
    private static Optional<Duration> length(YamlNode node, Problems problems) {
        return value(node, "'minutes'", problems).flatMap(t -> {
            BigDecimal m;
            try {
                m = new BigDecimal(t);
            } catch (NumberFormatException e) {
                problems.add(node.mark(), "'minutes' is a number of minutes (12, or 12.5), not '" + t + "'");
                return Optional.empty();
            }
            if (m.signum() <= 0) {
                problems.add(node.mark(), "'minutes' must be more than 0, not " + t);
                return Optional.empty();
            }
            if (m.compareTo(BigDecimal.valueOf(24 * 60)) > 0) {
                problems.add(node.mark(), "'minutes' is at most 1440 (a call of a day), not " + t);
                return Optional.empty();
            }
            BigDecimal seconds = m.multiply(BigDecimal.valueOf(60));
            if (seconds.stripTrailingZeros().scale() > 0) {
                problems.add(node.mark(), "'minutes' " + t + " is not a whole number of seconds");
                return Optional.empty();
            }
            return Optional.of(Duration.ofSeconds(seconds.longValueExact()));
        });
    }

    /** A scalar's text; an empty value is a problem here (a call without its minutes must not vanish). */
    private static Optional<String> value(YamlNode node, String what, Problems problems) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            problems.add(node.mark(), what + " must not be empty");
            return Optional.empty();
        }
        return YamlFields.text(node, what, problems);
    }

    private static Optional<Integer> whole(YamlNode node, String what, int min, int max, Problems problems) {
        return value(node, what, problems).flatMap(t -> {
            BigInteger v;
            try {
                v = new BigInteger(t);
            } catch (NumberFormatException e) {
                problems.add(node.mark(), what + " is a whole number, not '" + t + "'");
                return Optional.empty();
            }
            if (v.compareTo(BigInteger.valueOf(min)) < 0) {
                problems.add(
                        node.mark(),
                        what + (min == 0 ? " cannot be negative" : " must be at least " + min) + ", not " + t);
                return Optional.empty();
            }
            if (v.compareTo(BigInteger.valueOf(max)) > 0) {
                problems.add(node.mark(), what + " is at most " + max + ", not " + t);
                return Optional.empty();
            }
            return Optional.of(v.intValueExact());
        });
    }

    private static Optional<Requirement> requirement(YamlNode node, Problems problems) {
        Optional<YamlFields> fields = YamlFields.of(node, "'required'", problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFields f = fields.get();
        Optional<TargetTime> within = f.required("first-response")
                .flatMap(n -> value(n, "'first-response'", problems)
                        .flatMap(t -> YamlFields.parsed(n, "'first-response'", problems, TargetTime::parse)));
        Optional<Severity> severity = Optional.empty();
        Optional<YamlNode> s = f.optional("severity");
        if (s.isPresent()) {
            severity = value(s.get(), "'severity'", problems).flatMap(t -> {
                Optional<Severity> parsed = Severity.parse(t);
                if (parsed.isEmpty()) {
                    problems.add(
                            s.get().mark(),
                            "unknown severity '" + t + "'"
                                    + YamlFields.DidYouMean.closest(
                                                    t,
                                                    Arrays.stream(Severity.values())
                                                            .map(Severity::key)
                                                            .toList())
                                            .map(x -> "; did you mean '" + x + "'?")
                                            .orElse("")
                                    + " (severities: " + Severity.keys() + ")");
                }
                return parsed;
            });
        }
        f.rejectUnknown();
        Optional<Severity> sev = severity;
        return within.map(w -> new Requirement(w, sev));
    }
}
