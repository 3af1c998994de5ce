package io.slaudit.calendar;

import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the business-time engine: 1M deadline and 1M elapsed queries with spans up to 90
 * days on a split-day calendar with Munich's public holidays. Run with {@code bench/calendar.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BusinessClockBenchmark {

    static final int QUERIES = 1_000_000;
    private static final long NINETY_DAYS = 90L * 86_400;

    private BusinessClock clock;
    private long[] starts;
    private long[] ends;
    private long[] durations;

    @Setup
    public void setUp() {
        clock = TestCalendars.clock("""
                zone: Europe/Berlin
                hours:
                  mon-fri: ["09:30-12:30", "13:30-17:00"]
                holidays:
                  - region: DE-BY/mu
                  - from: 2025-12-24
                    to: 2025-12-31
                    name: Betriebsferien
                """);
        Random random = new Random(42);
        long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        long span = Instant.parse("2026-10-01T00:00:00Z").getEpochSecond() - from;
        starts = new long[QUERIES];
        ends = new long[QUERIES];
        durations = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            starts[i] = from + (long) (random.nextDouble() * span);
            ends[i] = starts[i] + (long) (random.nextDouble() * NINETY_DAYS);
            // 90 calendar days hold about 400 business hours on this calendar (6.5 h a weekday)
            durations[i] = (long) (random.nextDouble() * 400 * 3600);
        }
    }

    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public long deadline() {
        long sum = 0;
        for (int i = 0; i < QUERIES; i++) {
            sum += clock.deadlineSecond(starts[i], durations[i]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public long elapsed() {
        long sum = 0;
        for (int i = 0; i < QUERIES; i++) {
            sum += clock.elapsedSeconds(starts[i], ends[i]);
        }
        return sum;
    }
}
