package org.taizhang.benchmarks;

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
import org.openjdk.jmh.infra.Blackhole;
import org.taizhang.benchmarks.ledger.GenerateLedgers;
import org.taizhang.benchmarks.ledger.LedgerGenerator;
import org.taizhang.core.units.ResponsibilityParser;

/**
 * Parses the 责任单位 cells of a generated ledger (half common phrases, half composed afresh); the
 * score is cells per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResponsibilityParseBenchmark {
    private static final int CELLS = 1000;
    private String[] cells;

    /** Takes the unit cells of a 1,000-task ledger. */
    @Setup
    public void prepare() {
        cells = new LedgerGenerator(GenerateLedgers.SEED, GenerateLedgers.YEAR).generate(CELLS).parts().stream()
                .flatMap(p -> p.points().stream()).flatMap(q -> q.tasks().stream()).map(t -> t.unit())
                .toArray(String[]::new);
    }

    /**
     * Parses every cell once.
     *
     * @param bh sink for the results
     */
    @Benchmark
    @OperationsPerInvocation(CELLS)
    public void parseCells(Blackhole bh) {
        for (String c : cells) {
            bh.consume(ResponsibilityParser.parse(c));
        }
    }
}
