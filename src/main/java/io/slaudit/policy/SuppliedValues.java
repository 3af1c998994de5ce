package io.slaudit.policy;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.input.InputException;
import io.slaudit.input.Problems;
import io.slaudit.input.SourceMark;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlFields;
import io.slaudit.input.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values an audit is given for what a contract leaves open: {@code --set KEY=VALUE} on the
 * command line, or an overlay file {@code --assume FILE} that maps the same keys to values. Each
 * value keeps who gave it (the option), the file it came from and a SHA-256 (of the file, or of the
 * value's text), so that a report can show what its verdicts rest on.
 *
 * <p>A value fills an open value of the contract only: what the contract states itself cannot be
 * overridden this way, and a key that names nothing open is an error.
 */
public final class SuppliedValues {

    /** One value given: for a calendar or a target time. */
    public record Given(
            PolicyRef key,
            String text,
            FilledValue.By by,
            Optional<String> file,
            String sha256,
            Optional<BusinessCalendar> calendar,
            Optional<TargetTime> time,
            SourceMark at) {
        public Given {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(at, "at");
            if (calendar.isPresent() == time.isPresent()) {
                throw new IllegalArgumentException("a value is a calendar or a target time");
            }
        }

        FilledValue filled() {
            return new FilledValue(key, text, by, file, Optional.of(sha256), Optional.empty(), Optional.empty());
        }
    }

    private final List<Given> given;

    private SuppliedValues(List<Given> given) {
        this.given = List.copyOf(given);
    }

    public static SuppliedValues of(List<Given> given) {
        return new SuppliedValues(given);
    }

    public List<Given> given() {
        return given;
    }

    public boolean isEmpty() {
        return given.isEmpty();
    }

    /**
     * One {@code --set KEY=VALUE}: a calendar file for {@code calendar.NAME}, a target time ("4
     * business hours") for {@code target.PRIORITY.METRIC}.
     *
     * @throws IllegalArgumentException for a malformed option, saying what the grammar is
     * @throws InputException for a calendar file that cannot be read or is not a calendar
     */
    public static Given set(String option, PublicHolidays holidays) {
        int eq = option.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + option + "' is not KEY=VALUE; write calendar.NAME=FILE or"
                    + " target.PRIORITY.METRIC=\"4 business hours\"");
        }
        PolicyRef key = PolicyRef.parse(option.substring(0, eq));
        String value = option.substring(eq + 1).trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' is given no value");
        }
        SourceMark at = SourceMark.file("--set " + key);
        return switch (key.kind()) {
            case CALENDAR -> {
                requireWholeCalendar(key);
                Path file = Path.of(value);
                yield new Given(
                        key,
                        value,
                        FilledValue.By.SET,
                        Optional.of(value),
                        sha256(file),
                        Optional.of(readCalendar(file, holidays)),
                        Optional.empty(),
                        at);
            }
            case TARGET ->
                new Given(
                        key,
                        value,
                        FilledValue.By.SET,
                        Optional.empty(),
                        sha256(value.getBytes(StandardCharsets.UTF_8)),
                        Optional.empty(),
                        Optional.of(TargetTime.parse(value)),
                        at);
            default ->
                throw new IllegalArgumentException(
                        "'" + key + "' cannot be set; --set supplies a calendar (calendar.NAME=FILE) or a target time"
                                + " (target.PRIORITY.METRIC=TIME) that a contract leaves open");
        };
    }

    /**
     * An overlay file: a mapping from the keys of {@code --set} to values, a calendar inline (as in
     * a calendar file) or as the path of a calendar file (relative to the overlay), a target time as
     * text. Every problem is reported with its line.
     *
     * @throws InputException for an unreadable or invalid file
     */
    public static List<Given> assume(Path file, PublicHolidays holidays) {
        String sha = sha256(file);
        YamlNode root = YamlDocuments.read(file);
        Problems problems = new Problems();
        List<Given> out = new ArrayList<>();
        if (!(root instanceof YamlNode.Mapping m)) {
            throw InputException.invalid(
                    root.mark(),
                    "an --assume file maps keys to values: calendar.NAME: { zone, hours, holidays } or"
                            + " target.PRIORITY.METRIC: 4 business hours");
        }
        Map<String, YamlNode> seen = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries().values()) {
            String name = e.key().name();
            PolicyRef key;
            try {
                key = PolicyRef.parse(name);
            } catch (IllegalArgumentException ex) {
                problems.add(e.key().mark(), ex.getMessage());
                continue;
            }
            seen.put(name, e.value());
            YamlNode v = e.value();
            switch (key.kind()) {
                case CALENDAR -> {
                    try {
                        requireWholeCalendar(key);
                    } catch (IllegalArgumentException ex) {
                        problems.add(e.key().mark(), ex.getMessage());
                        continue;
                    }
                    if (v instanceof YamlNode.Scalar s && !s.isNull()) {
                        Path calendarFile = Optional.ofNullable(file.getParent())
                                .map(d -> d.resolve(s.text()))
                                .orElse(Path.of(s.text()));
                        try {
                            // the overlay's hash does not cover the calendar file it names: record that file's
                            out.add(new Given(
                                    key,
                                    calendarFile + " (sha256 " + sha256(calendarFile) + ")",
                                    FilledValue.By.ASSUME,
                                    Optional.of(file.toString()),
                                    sha,
                                    Optional.of(readCalendar(calendarFile, holidays)),
                                    Optional.empty(),
                                    v.mark()));
                        } catch (InputException ex) {
                            problems.addAll(ex.problems());
                        }
                    } else {
                        new CalendarReader(holidays)
                                .read(v, "the calendar " + key, problems)
                                .ifPresent(c -> out.add(new Given(
                                        key,
                                        "calendar given in " + file,
                                        FilledValue.By.ASSUME,
                                        Optional.of(file.toString()),
                                        sha,
                                        Optional.of(c),
                                        Optional.empty(),
                                        v.mark())));
                    }
                }
                case TARGET ->
                    YamlFields.parsed(v, "the target time of " + key, problems, TargetTime::parse)
                            .ifPresent(t -> out.add(new Given(
                                    key,
                                    t.toString(),
                                    FilledValue.By.ASSUME,
                                    Optional.of(file.toString()),
                                    sha,
                                    Optional.empty(),
                                    Optional.of(t),
                                    v.mark())));
                default ->
                    problems.add(
                            e.key().mark(),
                            "'" + key + "' cannot be assumed; an --assume file gives calendars (calendar.NAME) and"
                                    + " target times (target.PRIORITY.METRIC) that a contract leaves open");
            }
        }
        if (seen.isEmpty() && problems.isEmpty()) {
            problems.add(root.mark(), "the --assume file gives no value");
        }
        problems.throwIfAny(InputException.Kind.INVALID);
        return out;
    }

    /**
     * The policy with the values given for what it leaves open. Values for keys this version does
     * not leave open are ignored here; {@link #unused} names them across all versions.
     */
    public Policy applyTo(Policy policy) {
        if (given.isEmpty()) {
            return policy;
        }
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>(policy.calendars());
        List<FilledValue> filled = new ArrayList<>(policy.filled());
        policy.stillOpenCalendars()
                .forEach((name, open) -> valueFor(open.key()).ifPresent(g -> {
                    calendars.put(name, g.calendar().orElseThrow());
                    filled.add(g.filled());
                }));
        List<Target> targets = new ArrayList<>();
        for (Target t : policy.targets()) {
            if (t.timeIsOpen()) {
                Optional<Given> g = valueForTarget(t.key());
                if (g.isPresent()) {
                    targets.add(t.withTime(g.get().time().orElseThrow()));
                    if (filled.stream().noneMatch(f -> f.key().equals(t.key()))) {
                        filled.add(new FilledValue(
                                t.key(),
                                g.get().text(),
                                g.get().by(),
                                g.get().file(),
                                Optional.of(g.get().sha256()),
                                Optional.empty(),
                                Optional.empty()));
                    }
                    continue;
                }
                if (t.priorities().any() && forEachPriority(policy, t, targets, filled)) {
                    continue;
                }
            }
            targets.add(t);
        }
        return policy.filledWith(calendars, targets, filled);
    }

    /**
     * The policy with each calendar it still leaves open replaced by the encoding's placeholder,
     * recorded as the assumption it is: for what only shows a contract (a comparison of promises,
     * sample data), never for judging tickets.
     */
    public static Policy withPlaceholders(Policy policy) {
        if (policy.stillOpenCalendars().isEmpty()) {
            return policy;
        }
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>(policy.calendars());
        List<FilledValue> filled = new ArrayList<>(policy.filled());
        policy.stillOpenCalendars()
                .forEach((name, open) -> open.placeholder().ifPresent(c -> {
                    calendars.put(name, c);
                    filled.add(new FilledValue(
                            open.key(),
                            "placeholder",
                            FilledValue.By.PLACEHOLDER,
                            Optional.empty(),
                            Optional.empty(),
                            open.assumption(),
                            open.source()));
                }));
        return policy.filledWith(calendars, policy.targets(), filled);
    }

    /**
     * A target the contract leaves open for every priority, given per priority instead
     * ({@code target.urgent.first-response}, {@code target.normal.first-response}): one target for
     * each priority given. Only when every priority has a value does the open target go; until
     * then it stays open, and the audit still names it.
     *
     * @return whether every priority had a value
     */
    private boolean forEachPriority(Policy policy, Target t, List<Target> targets, List<FilledValue> filled) {
        boolean all = !policy.priorities().isEmpty();
        for (String priority : policy.priorities().keySet()) {
            PolicyRef key = PolicyRef.target(priority, t.metric());
            Optional<Given> g = valueFor(key);
            if (g.isEmpty()) {
                all = false;
                continue;
            }
            targets.add(t.forPriority(priority, g.get().time().orElseThrow()));
            if (filled.stream().noneMatch(f -> f.key().equals(key))) {
                filled.add(new FilledValue(
                        key,
                        g.get().text(),
                        g.get().by(),
                        g.get().file(),
                        Optional.of(g.get().sha256()),
                        Optional.empty(),
                        Optional.empty()));
            }
        }
        return all;
    }

    /** The values given that fill nothing open in any of the policies, with what is open there. */
    public List<String> unused(List<Policy> policies) {
        List<String> out = new ArrayList<>();
        for (Given g : given) {
            boolean used = policies.stream()
                    .anyMatch(p -> p.openValues().stream()
                            .anyMatch(o -> o.key().equals(g.key())
                                    || (g.key().kind() == PolicyRef.Kind.TARGET
                                            && o.key().kind() == PolicyRef.Kind.TARGET
                                            && g.key().part().equals(o.key().part())
                                            && (g.key().name().orElseThrow().equals("any")
                                                    || (o.key()
                                                                    .name()
                                                                    .orElseThrow()
                                                                    .equals("any")
                                                            && p.priorities()
                                                                    .containsKey(g.key()
                                                                            .name()
                                                                            .orElseThrow()))))));
            if (!used) {
                List<String> open = policies.stream()
                        .flatMap(p -> p.openValues().stream())
                        .map(o -> o.key().toString())
                        .distinct()
                        .toList();
                out.add("'" + g.key() + "' names nothing the contract leaves open"
                        + (open.isEmpty() ? "; it states everything itself" : "; open: " + String.join(", ", open))
                        + " (a value the contract states cannot be overridden)");
            }
        }
        return out;
    }

    private Optional<Given> valueFor(PolicyRef key) {
        Given found = null;
        for (Given g : given) {
            if (g.key().equals(key)) {
                found = g; // the last one given wins, as on a command line
            }
        }
        return Optional.ofNullable(found);
    }

    /** A target's own key first, else the value for every priority of its metric. */
    private Optional<Given> valueForTarget(PolicyRef key) {
        Optional<Given> own = valueFor(key);
        if (own.isPresent()) {
            return own;
        }
        return valueFor(
                PolicyRef.target("any", Metric.parse(key.part().orElseThrow()).orElseThrow()));
    }

    private static void requireWholeCalendar(PolicyRef key) {
        if (key.part().isPresent()) {
            throw new IllegalArgumentException("'" + key + "': a calendar is supplied whole (calendar."
                    + key.name().orElseThrow() + ")");
        }
    }

    private static BusinessCalendar readCalendar(Path file, PublicHolidays holidays) {
        return CalendarFiles.load(file, Optional.empty(), holidays).calendar();
    }

    private static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.unreadable(SourceMark.file(file.toString()), "no such file");
        } catch (IOException e) {
            throw InputException.unreadable(
                    SourceMark.file(file.toString()),
                    Files.isDirectory(file)
                            ? "is a directory, not a calendar file"
                            : "cannot read the file: " + io.slaudit.input.FileErrors.reason(e));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
