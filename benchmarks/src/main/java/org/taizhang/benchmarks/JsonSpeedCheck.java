package org.taizhang.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
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
 * The JSON benchmark's comparison for a shared machine: Taizhang and plain Jackson on
 * {@link JsonRecords} write and read the same generated plan in alternating rounds on one thread,
 * each timed on the thread's CPU clock, so that the ratios compare work done under the same load.
 * It first checks that both documents hold the same JSON (same fields, values and nesting), then
 * prints each round's ratios and their medians.
 */
public final class JsonSpeedCheck {
    private static final long ROUND_NANOS = 400_000_000L;

    private JsonSpeedCheck() {}

    /**
     * Runs the check.
     *
     * @param args optionally the number of tasks (default 10,000) and of rounds (default 12)
     * @throws LedgerException when a document cannot be written or read
     */
    public static void main(String[] args) throws LedgerException {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        WorkPlan plan = OtherLedgerFiles.plan(new LedgerGenerator(GenerateLedgers.SEED, GenerateLedgers.YEAR)
                .generate(tasks), GenerateLedgers.YEAR);
        JsonMapper jackson = JsonRecords.mapper();
        JsonRecords.PlanDoc records = JsonRecords.of(plan);
        byte[] ours = write(plan);
        byte[] theirs = jackson.writeValueAsBytes(records);
        boolean same = jackson.readTree(ours).equals(jackson.readTree(theirs));
        System.out.printf("documents: Taizhang %,d bytes, records %,d bytes, same JSON: %s%n",
                ours.length, theirs.length, same);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] write = new double[rounds];
        double[] read = new double[rounds];
        double[] both = new double[rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            double tw = perOp(mx, () -> write(plan).length);
            double jw = perOp(mx, () -> jackson.writeValueAsBytes(records).length);
            double tr = perOp(mx, () -> read(ours).taskCount());
            double jr = perOp(mx, () -> jackson.readValue(theirs, JsonRecords.PlanDoc.class).sections().size());
            write[r] = tw / jw;
            read[r] = tr / jr;
            both[r] = (tw + tr) / (jw + jr);
            System.out.printf("round %2d: write %.1f / %.1f ms = %.2f, read %.1f / %.1f ms = %.2f, "
                    + "write + read %.2f%n", r + 1, tw / 1e6, jw / 1e6, write[r], tr / 1e6, jr / 1e6, read[r],
                    both[r]);
            sink += (long) tw;
        }
        System.out.printf("median ratio Taizhang / plain Jackson: write %.2f, read %.2f, write + read %.2f%n",
                median(write), median(read), median(both));
        System.out.println(sink == 42 ? "" : "done");
    }

    private interface Op {
        long run() throws LedgerException;
    }

    private static double perOp(ThreadMXBean mx, Op op) throws LedgerException {
        long sink = 0;
        long c0 = mx.getCurrentThreadCpuTime();
        int n = 0;
        long spent;
        do {
            sink += op.run();
            n++;
            spent = mx.getCurrentThreadCpuTime() - c0;
        } while (spent < ROUND_NANOS);
        return sink == -1 ? 0 : spent / (double) n;
    }

    private static byte[] write(WorkPlan plan) throws LedgerException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        LedgerJson.write(plan, out, false);
        return out.toByteArray();
    }

    private static WorkPlan read(byte[] json) throws LedgerException {
        return LedgerJson.read(new ByteArrayInputStream(json), new ReadContext("plan.json", ReadOptions.defaults()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
