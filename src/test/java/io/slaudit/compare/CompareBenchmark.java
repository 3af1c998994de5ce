package io.slaudit.compare;

import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The comparison of every contract under contracts/ for 2026, once the JVM is warm: the policies
 * read once, each run compiling their calendars afresh and timing every target under every
 * reading. Run with {@code bench/compare.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompareBenchmark {

    private List<Path> files;
    private List<Policy> policies;

    @Setup
    public void setUp() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("contracts"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        policies = files.stream().map(PolicyReader::read).toList();
    }

    @Benchmark
    public Comparison allContracts() {
        return Compare.run(new CompareRequest(policies, files, 2026, SeverityMap.none(), Optional.empty()));
    }
}
