package org.taizhang.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.Numbering;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.rollup.PlanRollup;

/**
 * Rolls up a 100,000-task plan (10 parts × 100 points × 100 tasks, every kind of deadline, one to
 * three units a task out of 60) as of a day: every section, every unit and role, every month, the
 * overdue and due-soon lists. Each invocation gets a fresh copy of the plan, so that the outline
 * walk the model caches is measured too. The score is milliseconds per rollup on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-XX:ActiveProcessorCount=1", "-Xmx2g"})
public class RollupBenchmark {
    static final int PARTS = 10;
    static final int POINTS = 100;
    static final int TASKS = 100;
    private static final String[] PHRASES = {
        "2022年9月底前", "2022年11月底前", "10月底前", "8月底", "全年持续推进", "年底前", "上半年", "一季度",
        "6月底、9月底、12月底各开展一次", "每季度", "每月5日前", "印发后30日内", "适时完成", "9月上旬",
        "2022年度的市场监管信息10月底前补录完成，每年3月底前公布", "次年1月", "3月底前", "持续推进"
    };

    private WorkPlan built;
    private WorkPlan plan;
    private final LocalDate asOf = LocalDate.of(2022, 9, 20);

    /** Builds the plan once. */
    @Setup(Level.Trial)
    public void build() {
        built = plan();
    }

    /** A fresh copy whose cached outline walk is empty. */
    @Setup(Level.Invocation)
    public void copy() {
        plan = WorkPlan.builder().from(built).build();
    }

    static WorkPlan plan() {
        DeadlineContext context = DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 3, 1));
        List<Deadline> deadlines = new ArrayList<>();
        for (String p : PHRASES) {
            deadlines.add(Deadline.parse(p, context));
        }
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < 60; u++) {
            units.add(u % 10 == 0 ? Unit.collective("各旗区" + u) : Unit.of("市第" + u + "局"));
        }
        Status[] statuses = Status.values();
        Role[] roles = {Role.LEAD, Role.SUPPORT, Role.RESPONSIBLE};
        WorkPlan.Builder plan = WorkPlan.builder().title("基准测试台账").year(2022);
        int n = 0;
        for (int p = 0; p < PARTS; p++) {
            Section.Builder part = Section.builder().number(String.valueOf(p + 1)).numbering(Numbering.CN_COMMA)
                    .title("第" + (p + 1) + "部分");
            for (int q = 0; q < POINTS; q++) {
                Section.Builder point = Section.builder().number(String.valueOf(q + 1)).numbering(Numbering.CN_PAREN)
                        .title("要点" + q);
                for (int t = 0; t < TASKS; t++, n++) {
                    Responsibility.Builder r = Responsibility.builder().text("单位");
                    for (int a = 0; a <= n % 3; a++) {
                        r.addAssignments(Assignment.of(units.get((n * 7 + a * 13) % units.size()), roles[a]));
                    }
                    point.addTasks(Task.builder().content("任务" + n).deadline(deadlines.get(n % deadlines.size()))
                            .status(statuses[(n / 3) % statuses.length]).responsibility(r.build()).build());
                }
                part.addSections(point.build());
            }
            plan.addSections(part.build());
        }
        return plan.build();
    }

    /**
     * One rollup of the whole plan.
     *
     * @return the rollups
     */
    @Benchmark
    public PlanRollup rollup() {
        return PlanRollup.of(plan, asOf);
    }

    /**
     * Runs the benchmark.
     *
     * @param args unused
     * @throws RunnerException when JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RollupBenchmark.class.getSimpleName()).build()).run();
    }
}
