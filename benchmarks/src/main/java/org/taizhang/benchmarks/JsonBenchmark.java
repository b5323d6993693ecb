package org.taizhang.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.taizhang.benchmarks.ledger.GenerateLedgers;
import org.taizhang.benchmarks.ledger.LedgerGenerator;
import org.taizhang.benchmarks.ledger.OtherLedgerFiles;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.json.LedgerJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canonical JSON against plain Jackson on records holding the same fields
 * ({@link JsonRecords}): a generated plan written compact, and that document read back. The goal
 * is Taizhang at most 1.5 times plain Jackson's time for write + read; the score is milliseconds
 * per plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
    @Param({"10000"})
    public int tasks;

    private WorkPlan plan;
    private byte[] taizhangJson;
    private JsonRecords.PlanDoc records;
    private byte[] recordsJson;
    private final JsonMapper jackson = JsonRecords.mapper();

    /**
     * Makes the plan, its records and both documents.
     *
     * @throws LedgerException when writing fails
     */
    @Setup
    public void prepare() throws LedgerException {
        plan = OtherLedgerFiles.plan(new LedgerGenerator(GenerateLedgers.SEED, GenerateLedgers.YEAR).generate(tasks),
                GenerateLedgers.YEAR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerJson.write(plan, out, false);
        taizhangJson = out.toByteArray();
        records = JsonRecords.of(plan);
        recordsJson = jackson.writeValueAsBytes(records);
    }

    /**
     * @return the document
     * @throws LedgerException when writing fails
     */
    @Benchmark
    public byte[] taizhangWrite() throws LedgerException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(taizhangJson.length + 64);
        LedgerJson.write(plan, out, false);
        return out.toByteArray();
    }

    /**
     * @return the plan read back, with every check of the strict reader
     * @throws LedgerException when the document is invalid
     */
    @Benchmark
    public WorkPlan taizhangRead() throws LedgerException {
        return LedgerJson.read(new ByteArrayInputStream(taizhangJson), new ReadContext("plan.json", ReadOptions.defaults()));
    }

    /** @return the records' document */
    @Benchmark
    public byte[] jacksonWrite() {
        return jackson.writeValueAsBytes(records);
    }

    /** @return the records read back */
    @Benchmark
    public JsonRecords.PlanDoc jacksonRead() {
        return jackson.readValue(recordsJson, JsonRecords.PlanDoc.class);
    }
}
