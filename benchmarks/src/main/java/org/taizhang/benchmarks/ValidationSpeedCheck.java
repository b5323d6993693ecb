package org.taizhang.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.validation.ValidationReport;
import org.taizhang.core.validation.Validator;

/**
 * A quick check for a shared machine: validates {@link ValidationBenchmark}'s 100,000-task plan in
 * rounds and prints, for each, this thread's CPU time beside the wall time. On a busy machine the CPU
 * time is the better measure of "on one core"; on a quiet one both agree with the JMH score.
 */
public final class ValidationSpeedCheck {
    private ValidationSpeedCheck() {}

    /**
     * Runs the check.
     *
     * @param args optionally the number of rounds (default 12; the first few warm the JIT up)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        WorkPlan plan = ValidationBenchmark.plan(ValidationBenchmark.TASKS);
        Validator validator = Validator.builder().serviceRules(false).asOf(LocalDate.of(2022, 10, 1)).build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 1; i <= rounds; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            ValidationReport report = validator.validate(WorkPlan.builder().from(plan).build());
            System.out.printf("round %2d: cpu %4d ms, wall %5d ms, %d tasks, %d findings%n", i,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000,
                    plan.taskCount(), report.findings().size());
        }
    }
}
