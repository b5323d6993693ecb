package org.taizhang.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.rollup.PlanRollup;

/**
 * A quick check for a shared machine: rolls up {@link RollupBenchmark}'s 100,000-task plan (a fresh
 * copy each round) and times each rollup on this thread's CPU clock, which moves much less with
 * the machine's load than the wall-clock score of the JMH benchmark does.
 */
public final class RollupSpeedCheck {
    private RollupSpeedCheck() {}

    /**
     * Runs the check.
     *
     * @param args optionally the number of measured rounds (default 20, after 10 to warm up)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        WorkPlan built = RollupBenchmark.plan();
        LocalDate asOf = LocalDate.of(2022, 9, 20);
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < 10 + rounds; i++) {
            WorkPlan plan = WorkPlan.builder().from(built).build();
            long start = clock.getCurrentThreadCpuTime();
            PlanRollup r = PlanRollup.of(plan, asOf);
            long cpu = clock.getCurrentThreadCpuTime() - start;
            if (r.rollup().tasks() != RollupBenchmark.PARTS * RollupBenchmark.POINTS * RollupBenchmark.TASKS) {
                throw new IllegalStateException("wrong task count " + r.rollup().tasks());
            }
            if (i >= 10) {
                best = Math.min(best, cpu);
                total += cpu;
            }
        }
        System.out.printf("rollup of %,d tasks: %d ms CPU at best, %d ms on average over %d rounds%n",
                RollupBenchmark.PARTS * RollupBenchmark.POINTS * RollupBenchmark.TASKS, best / 1_000_000,
                total / rounds / 1_000_000, rounds);
    }
}
