package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random audits with damaged contracts, exports and events and hostile option values
 * together (issue 10): whatever they hold, slaudit answers with exit 0, 1 or 2, never an internal
 * error or a stack trace; no input file is changed, whatever --out names; and an audit that
 * completes reconciles: read = audited + excluded + out of period + rejected.
 *
 * <p>The inputs are the first rows of the shipped SMASHDOCs quarter, so that a run takes a few
 * seconds; {@link DamagedInputTest} damages the whole files.
 */
class HostileFuzzTest {

    static final int RUNS = 25;

    /** The files a run reads, by role; some runs name one of them as --out. */
    private final Map<String, Path> inputs = new LinkedHashMap<>();

    @TempDir
    Path dir;

    static Stream<Integer> seeds() {
        return Stream.iterate(1, s -> s + 1).limit(RUNS);
    }

    /** Values that mean nothing, too much, or something other than what they look like. */
    static final String[] NASTY = {
        "",
        " ",
        ",",
        "NaN",
        "-1",
        "1e999999999",
        "99999999999999999999",
        "+999999999-12-31T23:59:59Z",
        "2025-02-29 10:00",
        "24:00",
        "\u0000",
        "\u001b[2J",
        "\u202e",
        "'",
        "\"",
        "../",
        "%",
        "5%%",
        "x".repeat(300)
    };

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hostileInputsAndOptionsNeverCrashNeverTouchAnInputAndReconcile(int seed) throws Exception {
        Random random = new Random(seed);
        Path contract = random.nextInt(3) == 0
                ? damagedLines(DamagedInputTest.POLICY, random, "policy.yaml")
                : copy(DamagedInputTest.POLICY, "policy.yaml");
        // named as the CSV report would be, an export in the --out folder is what a report would replace
        String ticketsName = seed % 4 == 0 ? "audit.csv" : "tickets.csv";
        Path tickets = random.nextInt(2) == 0
                ? damagedBytes(head(DamagedInputTest.EXPORT, 60), random, ticketsName)
                : copy(head(DamagedInputTest.EXPORT, 60), ticketsName);
        Path events = random.nextInt(2) == 0
                ? damagedBytes(head(DamagedInputTest.EVENTS, 30), random, "events.csv")
                : copy(head(DamagedInputTest.EVENTS, 30), "events.csv");
        inputs.put("policy", contract);
        inputs.put("tickets", tickets);
        inputs.put("events", events);
        Map<Path, String> before = hashes();

        List<String> args = new ArrayList<>(List.of(
                "audit",
                "--policy",
                contract.toString(),
                "--tickets",
                tickets.toString(),
                "--events",
                events.toString()));
        String formats = pick(random, "json", "json,csv,junit,text", "csv", "junit", "json,csv", "text", "json,html");
        boolean hostileFormat = random.nextInt(10) == 0;
        args.addAll(
                List.of("--format", hostileFormat ? pick(random, ",", "json,,csv", "pdf", "JSON", "xml") : formats));
        Path outDir = dir.resolve("out-" + seed);
        String out = random.nextInt(4) == 0 ? hostileOut(random) : outDir.toString();
        args.addAll(List.of("--out", out));
        // two runs in three take options that make sense, so that most audits run to the end;
        // the third takes values that mean nothing, too much, or something else
        boolean sensible = random.nextInt(3) != 0;
        option(
                random,
                args,
                "--as-of",
                sensible,
                List.of("2025-04-01T00:00", "01.04.2025 00:00", "2025-04-01 00:00:00 +0200", "2025-01-15T12:00:00Z"),
                List.of("1899-12-31T00:00:00Z", "2200-01-01T00:00:00Z", "2025-02-29 10:00"));
        option(
                random,
                args,
                "--period",
                sensible,
                List.of("2025-Q1", "2025-03", "2025", "2025-01-01..2025-03-31"),
                List.of("2025-13", "2025-Q5", "2025-03-01..2025-02-01"));
        option(
                random,
                args,
                "--fail-under",
                sensible,
                List.of("90", "0", "100", "50.5"),
                List.of("101", "-5", "Infinity"));
        option(random, args, "--max-rejected", sensible, List.of("5%", "0", "10", "100%"), List.of("1.5", "abc"));
        option(
                random,
                args,
                "--reading",
                sensible,
                List.of("business-day=end-of-day", "end-of-day"),
                List.of("business-day=same-time,end-of-day", "nonsense=x"));
        option(random, args, "--tickets-zone", sensible, List.of("Europe/Berlin", "UTC"), List.of("Mars/Olympus"));
        option(random, args, "--lang", sensible, List.of("de", "en"), List.of("fr"));
        if (formats.contains("html") || !sensible) {
            option(random, args, "--list-limit", sensible, List.of("0", "3"), List.of("-1"));
        }
        if (random.nextInt(6) == 0) {
            args.add("--strict");
        }
        if (!sensible && random.nextBoolean()) {
            String[] options = {"--as-of", "--period", "--fail-under", "--max-rejected", "--reading", "--tickets-zone"};
            args.addAll(List.of(options[random.nextInt(options.length)], NASTY[random.nextInt(NASTY.length)]));
        }

        Cli.Result r = Cli.run(args.toArray(String[]::new));

        String context = seed + ": " + String.join(" ", args) + "\n" + r;
        assertThat(r.exitCode()).as(context).isIn(0, 1, 2);
        assertThat(r.err()).as(context).doesNotContain("internal error", "Exception", "\tat ");
        assertThat(hashes()).as("no input may change: " + context).isEqualTo(before);
        Path json = outDir.resolve("audit.json");
        if (r.exitCode() != 2 && out.equals(outDir.toString()) && formats.contains("json") && !hostileFormat) {
            JsonNode s = new ObjectMapper()
                    .readTree(Files.isDirectory(outDir) ? json.toFile() : outDir.toFile())
                    .get("summary");
            assertThat(s.get("rows_read").asLong())
                    .as(context)
                    .isEqualTo(s.get("audited").asLong()
                            + s.get("excluded").asLong()
                            + s.get("out_of_period").asLong()
                            + s.get("rejected_rows").asLong());
            assertThat(s.get("created_after_as_of").asLong())
                    .isLessThanOrEqualTo(s.get("out_of_period").asLong());
        }
    }

    /** An --out an adversary would give: an input itself, its folder, a device, nothing. */
    private String hostileOut(Random random) {
        List<Path> files = new ArrayList<>(inputs.values());
        return switch (random.nextInt(5)) {
            case 0 -> files.get(random.nextInt(files.size())).toString();
            case 1 -> dir.toString();
            case 2 -> "/dev/null";
            case 3 -> "";
            default ->
                dir.resolve("sub")
                        .resolve("..")
                        .resolve(files.get(0).getFileName())
                        .toString();
        };
    }

    private static void option(
            Random random, List<String> args, String name, boolean sensible, List<String> good, List<String> bad) {
        if (random.nextInt(3) == 0) {
            List<String> values = sensible || random.nextBoolean() ? good : bad;
            args.addAll(List.of(name, values.get(random.nextInt(values.size()))));
        }
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private Map<Path, String> hashes() throws IOException, NoSuchAlgorithmException {
        Map<Path, String> out = new LinkedHashMap<>();
        for (Path p : inputs.values()) {
            out.put(
                    p,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
        }
        return out;
    }

    private Path head(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        Path copy = dir.resolve("head-" + file.getFileName());
        Files.write(copy, all.subList(0, Math.min(lines, all.size())), StandardCharsets.UTF_8);
        return copy;
    }

    private Path copy(Path file, String name) throws IOException {
        Path target = dir.resolve(name);
        Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** 1 to 6 edits by line: dropped, doubled, moved, or a value replaced by a nasty one. */
    private Path damagedLines(Path file, Random random, String name) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
                case 3 -> {
                    // an anchor and an alias, as an editor of a contract might use them
                    int colon = line.indexOf(": ");
                    if (colon >= 0) {
                        lines.set(
                                at,
                                line.substring(0, colon + 2)
                                        + (random.nextBoolean() ? "*a" : "&a ")
                                        + line.substring(colon + 2));
                    }
                }
                default -> {
                    int colon = line.indexOf(": ");
                    if (colon >= 0) {
                        lines.set(at, line.substring(0, colon + 2) + NASTY[random.nextInt(NASTY.length)]);
                    }
                }
            }
        }
        Path copy = dir.resolve(name);
        Files.write(copy, lines, StandardCharsets.UTF_8);
        return copy;
    }

    /** 1 to 10 byte edits: changed, dropped, repeated, or a nasty value put in. */
    private Path damagedBytes(Path file, Random random, String name) throws IOException {
        StringBuilder b = new StringBuilder(Files.readString(file, StandardCharsets.ISO_8859_1));
        int edits = 1 + random.nextInt(10);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.setCharAt(at, (char) random.nextInt(256));
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(30)));
                case 2 -> {
                    int from = random.nextInt(b.length());
                    b.insert(at, b.substring(from, Math.min(b.length(), from + 1 + random.nextInt(80))));
                }
                default ->
                    b.insert(
                            at,
                            new String(
                                    NASTY[random.nextInt(NASTY.length)].getBytes(StandardCharsets.UTF_8),
                                    StandardCharsets.ISO_8859_1));
            }
        }
        if (b.length() == 0) {
            b.append('x');
        }
        Path copy = dir.resolve(name);
        Files.writeString(copy, b, StandardCharsets.ISO_8859_1);
        return copy;
    }
}
