package org.taizhang.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;

/** Parses a realistic mix of 50 完成时限 phrases; the score is phrases per second on one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineParseBenchmark {
    /** The mix: mostly the short phrases ledgers repeat, some clauses, some prose. */
    static final String[] PHRASES = {
        "全年持续推进", "2022年9月底前", "2022年11月底前", "2022年10月底前", "全年", "10月底前", "8月底", "9月底",
        "2022年12月底前", "持续推进", "适时完成", "2020年10月底", "2021年3月底", "长期坚持", "常态化",
        "2022年度的市场监管信息10月底前补录完成，每年3月底前公布", "6月底、9月底、12月底各开展一次“回头看”工作",
        "于本要点印发后10日内反馈阿左旗政务公开领导小组办公室", "每月按时汇总报送", "按季度调度工作进展",
        "印发后30日内", "决策出台后10个工作日内", "批复后20日内", "3个月内", "与政策文件同步公开", "春节前",
        "国庆节前", "二〇二二年十二月十日", "2022.9.30", "2022 年底前", "3月—6月", "2021—2025年", "三季度末",
        "2022年上半年", "一季度", "年内", "今年底", "即时", "每月10日前报送上月情况", "按月", "每季度首月15日前",
        "2022年起持续推进", "已完成", "2021年-2025年", "分别于9月5日、12月5日前报送", "每周五前", "次年1月",
        "年底前完成汇总、公开、建档工作。", "2022年6月底前完成", "依据实际开展情况"
    };

    private final DeadlineContext context = DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 6, 30));

    /**
     * Parses every phrase of the mix once.
     *
     * @param bh sink for the results
     */
    @Benchmark
    @OperationsPerInvocation(50)
    public void parseMix(Blackhole bh) {
        for (String p : PHRASES) {
            bh.consume(Deadline.parse(p, context));
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args unused
     * @throws RunnerException when JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(DeadlineParseBenchmark.class.getSimpleName()).build()).run();
    }
}
