package org.taizhang.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.taizhang.benchmarks.ledger.GenerateLedgers;
import org.taizhang.benchmarks.ledger.LedgerGenerator;
import org.taizhang.benchmarks.ledger.XlsxLedgerFile;
import org.taizhang.benchmarks.race.RawReads;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;

/**
 * A generated Ordos-layout workbook read warm, in one JVM: Taizhang into the full model (and then
 * to JSON), against EasyExcel's and POI SAX's raw reads of its cells and merged regions. The score
 * is milliseconds per workbook; {@link org.taizhang.benchmarks.race.ReadRace} measures whole runs,
 * JVM start and JIT included, as a user sees them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class XlsxReadBenchmark {
    @Param({"10000", "100000"})
    public int tasks;

    private Path file;
    private final ReadOptions options = ReadOptions.builder().limits(ReadLimits.forRows(2_000_000)).build();

    /**
     * Writes the workbook.
     *
     * @throws IOException when writing fails
     */
    @Setup(Level.Trial)
    public void writeWorkbook() throws IOException {
        file = Files.createTempFile("ledger", ".xlsx");
        XlsxLedgerFile.write(new LedgerGenerator(GenerateLedgers.SEED, GenerateLedgers.YEAR).generate(tasks), file);
    }

    /**
     * Deletes it.
     *
     * @throws IOException when deleting fails
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * @return the plan
     * @throws LedgerException when the read fails
     */
    @Benchmark
    public WorkPlan taizhangRead() throws LedgerException {
        return Ledgers.read(file, options);
    }

    /**
     * @return bytes of JSON written
     * @throws LedgerException when the read fails
     */
    @Benchmark
    public long taizhangReadAndWriteJson() throws LedgerException {
        WorkPlan plan = Ledgers.read(file, options);
        Counting out = new Counting();
        Ledgers.write(plan, out, "json", WriteOptions.defaults());
        return out.bytes;
    }

    /** @return what EasyExcel saw */
    @Benchmark
    public RawReads.Tally easyExcelRaw() {
        return RawReads.easyExcel(file);
    }

    /**
     * @return what POI SAX saw
     * @throws Exception when POI fails
     */
    @Benchmark
    public RawReads.Tally poiSaxRaw() throws Exception {
        return RawReads.poiSax(file);
    }

    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
