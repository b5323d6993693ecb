package org.taizhang.benchmarks.race;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.taizhang.core.Ledgers;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;

/**
 * One contender's whole run in its own JVM, as {@link ReadRace} starts it:
 * {@code RaceChild taizhang|easyexcel|poi FILE [OUT.json]}. Prints one line:
 * {@code contender millis cpuMillis peakHeapBytes jitMillis summary}, where the time is from the start of
 * {@code main}, the CPU time that of the whole process (all threads: JIT and GC too), the peak heap
 * the sum of the heap pools' peak usage (an upper bound), and the JIT time the time that the
 * compiler threads spent.
 */
public final class RaceChild {
    /** Limits for the race: a million-task workbook and its text pass. */
    static final ReadLimits LIMITS = ReadLimits.builder().maxRows(2_000_000).maxCells(20_000_000)
            .maxTextChars(1_000_000_000L).maxFileBytes(1L << 31).maxTime(Duration.ofMinutes(30)).build();

    private RaceChild() {}

    /**
     * @param args the contender, the workbook, and for Taizhang the JSON file to write
     * @throws Exception when the read fails
     */
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path file = Path.of(args[1]);
        String summary;
        switch (args[0]) {
            case "taizhang":
                WorkPlan plan = Ledgers.read(file, ReadOptions.builder().limits(LIMITS).build());
                Path out = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("race", ".json");
                try (OutputStream os = Files.newOutputStream(out)) {
                    Ledgers.write(plan, os, "json", WriteOptions.defaults());
                }
                summary = plan.allTasks().size() + " tasks, " + plan.allSections().size() + " sections, "
                        + Files.size(out) + " JSON bytes";
                if (args.length <= 2) {
                    Files.delete(out);
                }
                break;
            case "easyexcel":
                summary = RawReads.easyExcel(file).toString();
                break;
            case "poi":
                summary = RawReads.poiSax(file).toString();
                break;
            default:
                throw new IllegalArgumentException("taizhang, easyexcel or poi: " + args[0]);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(args[0] + " " + millis + " " + cpuMillis() + " " + peakHeap() + " " + jitMillis() + " "
                + summary);
    }

    static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** @return the time the JIT compilers spent so far, all threads together (close to their CPU time) */
    static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
