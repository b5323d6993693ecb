package org.taizhang.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Numbering;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;

/**
 * Reads a whole ledger file end to end ({@code Ledgers.read}: detection, the format reader, the
 * table layer, deadline and unit parsing). The ledger is a city-sized plan written by Taizhang's own
 * writers: 10 parts × 10 points × {@code tasksPerPoint} tasks. The score is files per second; tasks
 * per second is that times the task count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LedgerReadBenchmark {
    private static final String[] UNITS = {"市司法局牵头，各旗区、市政府各部门负责落实", "市政务服务局、市发改委",
        "区司法局牵头，上党经开区、区直各有关部门配合", "旗区级以上政府及其部门负责落实"};
    private static final String[] DEADLINES = {"2022年9月底前", "全年持续推进", "每季度末", "印发后30日内"};

    @Param({"xlsx", "csv"})
    public String format;

    @Param({"10"})
    public int tasksPerPoint;

    private Path file;

    @Setup(Level.Trial)
    public void writeLedger() throws IOException, LedgerException {
        file = Files.createTempFile("ledger", "." + format);
        try (OutputStream out = Files.newOutputStream(file)) {
            Ledgers.write(plan(tasksPerPoint), out, format, WriteOptions.defaults());
        }
    }

    @TearDown(Level.Trial)
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public WorkPlan read() throws LedgerException {
        return Ledgers.read(file);
    }

    static WorkPlan plan(int tasksPerPoint) {
        WorkPlan.Builder plan = WorkPlan.builder().title("某市2022年政务公开工作要点任务台账");
        String[] cn = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        int n = 0;
        for (int p = 0; p < 10; p++) {
            Section.Builder part = Section.builder().number(cn[p]).numbering(Numbering.CN_COMMA)
                    .title("第" + cn[p] + "部分工作要求");
            for (int q = 0; q < 10; q++) {
                Section.Builder point = Section.builder().number(cn[q]).numbering(Numbering.CN_PAREN)
                        .title("加强第" + cn[q] + "项重点工作。");
                for (int t = 0; t < tasksPerPoint; t++, n++) {
                    point.addTask(Task.builder().number(String.valueOf(n + 1))
                            .content("依托政府网站集中公开现行有效的规范性文件，并及时更新清理文件库（第" + n + "项）。")
                            .responsibility(Responsibility.ofText(UNITS[n % UNITS.length]))
                            .deadline(Deadline.unparsed(DEADLINES[n % DEADLINES.length]))
                            .progress("1.建立工作机制；2.按月调度。").build());
                }
                part.addSection(point.build());
            }
            plan.addSection(part.build());
        }
        return plan.build();
    }
}
