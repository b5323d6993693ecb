package org.taizhang.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;

/**
 * A quick check for a shared machine: parses the benchmark's mix in rounds, interleaved with a
 * reference workload ({@link LocalDate#parse} of ISO dates), timing both on this thread's CPU
 * clock. It prints phrases per CPU second and how many {@code LocalDate.parse} calls one phrase
 * costs; that ratio moves much less with the machine's load than wall-clock figures do.
 */
public final class DeadlineSpeedCheck {
    private static final String[] ISO_DATES = {"2022-09-30", "2022-12-31", "2023-01-20", "2022-07-11", "2022-03-31"};

    private DeadlineSpeedCheck() {}

    /**
     * Runs the check.
     *
     * @param args optionally the number of rounds (default 10)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        DeadlineContext context = DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 6, 30));
        long sink = 0;
        for (int r = 1; r <= rounds; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            int phrases = 0;
            while (mx.getCurrentThreadCpuTime() - c0 < 500_000_000L) {
                for (String p : DeadlineParseBenchmark.PHRASES) {
                    sink += Deadline.parse(p, context).due().size();
                }
                phrases += DeadlineParseBenchmark.PHRASES.length;
            }
            double parseNanos = (mx.getCurrentThreadCpuTime() - c0) / (double) phrases;
            long c1 = mx.getCurrentThreadCpuTime();
            int dates = 0;
            while (mx.getCurrentThreadCpuTime() - c1 < 250_000_000L) {
                for (String d : ISO_DATES) {
                    sink += LocalDate.parse(d).getDayOfMonth();
                }
                dates += ISO_DATES.length;
            }
            double dateNanos = (mx.getCurrentThreadCpuTime() - c1) / (double) dates;
            System.out.printf("round %d: %.2f M phrases per CPU second, one phrase = %.2f LocalDate.parse%n",
                    r, 1000 / parseNanos, parseNanos / dateNanos);
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
