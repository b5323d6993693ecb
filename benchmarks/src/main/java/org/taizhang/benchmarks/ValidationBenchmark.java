package org.taizhang.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Numbering;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.units.ResponsibilityParser;
import org.taizhang.core.validation.ValidationReport;
import org.taizhang.core.validation.Validator;

/**
 * Validates a 100,000-task plan in the Ordos layout (5 parts, 20 points each, 1,000 tasks a point)
 * with every standard rule and an as-of date, on one thread. The goal is at most 0.3 s per plan; the
 * score is seconds per validation. Some tasks carry flaws (no unit, an unparsed or vague deadline,
 * inherited cells, a duplicate) so that findings are made, as in real ledgers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ValidationBenchmark {
    static final int TASKS = 100_000;
    private static final String[] UNITS = {"市司法局牵头，各旗区、市政府各部门负责落实", "市政务服务局", "市财政局牵头，市审计局配合",
        "各旗区人民政府", "市发展改革委、市工信局按职责分工负责"};
    private static final String[] DEADLINES = {"2022年9月底前", "全年持续推进", "10月底前", "每季度", "适时完成", "年底前",
        "6月底、9月底、12月底各开展一次", "印发后30日内", "视情况而定"};

    private WorkPlan plan;
    private Validator validator;

    /** Builds the plan once. */
    @Setup
    public void setUp() {
        plan = plan(TASKS);
        validator = Validator.builder().serviceRules(false).asOf(LocalDate.of(2022, 10, 1)).build();
    }

    static WorkPlan plan(int tasks) {
        DeadlineContext context = DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 6, 30));
        Deadline[] deadlines = new Deadline[DEADLINES.length];
        for (int i = 0; i < deadlines.length; i++) {
            deadlines[i] = Deadline.parse(DEADLINES[i], context);
        }
        Responsibility[] units = new Responsibility[UNITS.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = ResponsibilityParser.parse(UNITS[i]);
        }
        String[] parts = {"一", "二", "三", "四", "五"};
        int perPoint = tasks / (parts.length * 20);
        int row = 4;
        WorkPlan.Builder plan = WorkPlan.builder().title("某市2022年政务公开工作要点任务台账").year(2022)
                .issuedOn(LocalDate.of(2022, 6, 30)).source(SourceRef.ofFile("big.xlsx"))
                .addTables(LedgerTable.builder().addColumns(Task.CONTENT, Task.PROGRESS, Task.RESPONSIBILITY, Task.DEADLINE)
                        .source(SourceRef.builder().sheet("任务台账").row(3).putCell(Task.CONTENT, "任务台账!B3")
                                .putCell(Task.RESPONSIBILITY, "任务台账!D3").putCell(Task.DEADLINE, "任务台账!E3").build())
                        .build());
        for (String p : parts) {
            Section.Builder part = Section.builder().number(p).numbering(Numbering.CN_COMMA).title("深化重点领域信息公开");
            for (int q = 1; q <= 20; q++) {
                Section.Builder point = Section.builder().number(String.valueOf(q)).numbering(Numbering.CN_PAREN)
                        .title("做好第" + q + "项要点");
                List<Task> list = new ArrayList<>(perPoint);
                for (int t = 0; t < perPoint; t++, row++) {
                    list.add(task(row, t, units, deadlines));
                }
                part.addSections(point.addAllTasks(list).build());
            }
            plan.addSections(part.build());
        }
        return plan.build();
    }

    private static Task task(int row, int t, Responsibility[] units, Deadline[] deadlines) {
        Task.Builder b = Task.builder().content(t % 97 == 5 ? "公开重大建设项目批准和实施信息" : "公开第" + row + "行所列的政策文件和解读材料")
                .deadline(deadlines[row % deadlines.length]).progress(row % 3 == 0 ? "已完成" : "按计划推进");
        SourceRef.Builder src = SourceRef.builder().sheet("任务台账").row(row).putCell(Task.CONTENT, "任务台账!B" + row)
                .putCell(Task.DEADLINE, "任务台账!E" + row);
        if (row % 50 != 0) {
            b.responsibility(units[row % units.length]);
            src.putCell(Task.RESPONSIBILITY, "任务台账!D" + (row % 4 == 0 ? row - 1 : row));
        }
        if (row % 4 == 0) {
            b.addInferred(Task.RESPONSIBILITY);
        }
        return b.source(src.build()).build();
    }

    /**
     * Validates the plan once. A fresh copy of the plan's top level is validated each time, so that
     * the outline walk (cached on a plan once done) is measured too.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(WorkPlan.builder().from(plan).build());
    }

    /**
     * Runs the benchmark.
     *
     * @param args unused
     * @throws RunnerException when JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ValidationBenchmark.class.getSimpleName()).build()).run();
    }
}
