package io.slaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the pipeline (docs/architecture.md): a stage may use the stages before it,
 * never one after it. A contract's meaning (policy) that reached into the audit would make the
 * audit's verdicts a premise of the contract they are judged by.
 */
class PipelineLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/io/slaudit");

    /** What each package may use besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("input", Set.of()),
            Map.entry("calendar", Set.of("input")),
            Map.entry("policy", Set.of("calendar", "input")),
            Map.entry("tickets", Set.of("calendar", "input")),
            Map.entry("samples", Set.of("calendar", "input", "policy")),
            Map.entry("audit", Set.of("calendar", "input", "policy", "tickets")),
            Map.entry("billing", Set.of("calendar", "input", "policy", "tickets", "audit")),
            Map.entry("compare", Set.of("calendar", "input", "policy", "tickets", "audit", "billing")),
            Map.entry("drift", Set.of("calendar", "input", "policy", "tickets", "audit", "compare")),
            Map.entry(
                    "report", Set.of("calendar", "input", "policy", "tickets", "audit", "billing", "compare", "drift")),
            Map.entry(
                    "cli",
                    Set.of(
                            "calendar",
                            "input",
                            "policy",
                            "tickets",
                            "audit",
                            "billing",
                            "compare",
                            "drift",
                            "report",
                            "samples")));

    private static final Pattern USE = Pattern.compile("\\bio\\.slaudit\\.([a-z]+)\\b");

    @Test
    void everyPackageUsesOnlyTheStagesBeforeIt() throws IOException {
        List<String> violations = new ArrayList<>();
        List<String> packages;
        try (Stream<Path> top = Files.list(SOURCES)) {
            packages = top.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
        assertThat(ALLOWED.keySet())
                .as("every package has a place in the pipeline")
                .containsAll(packages);
        for (String pkg : packages) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = USE.matcher(Files.readString(file));
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                            violations.add(SOURCES.relativize(file) + " uses " + used);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckWouldSeeAFullyQualifiedUse() {
        Matcher m = USE.matcher("long due = io.slaudit.audit.DueTime.withoutPauses(clock);");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("audit");
    }
}
