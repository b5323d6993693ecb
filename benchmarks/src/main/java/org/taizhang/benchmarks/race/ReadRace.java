package org.taizhang.benchmarks.race;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The side-by-side race of whole runs on one workbook: Taizhang reading it into the full model and
 * writing JSON, EasyExcel reading its raw cells and merged regions, and POI's streaming reader with
 * a plain SAX handler doing the same. Each run is a fresh JVM with the same heap limit, so JVM
 * start-up and JIT warm-up count for every contender as they do for a user. The contenders take
 * turns in each round (the order rotates), so that a busy machine slows them alike; the report is
 * the median of each contender's times and the median of the per-round ratios.
 *
 * <p>{@code ReadRace FILE [ROUNDS] [-Xmx512m]}.
 */
public final class ReadRace {
    private static final List<String> CONTENDERS = List.of("taizhang", "easyexcel", "poi");

    private ReadRace() {}

    /** One finished run. */
    private record Run(double wall, double inside, double cpu, long peakHeap, double jit, String summary) {}

    /**
     * @param args the workbook, the number of rounds (default 5), the heap option (default -Xmx512m)
     * @throws Exception when a child fails
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String heap = args.length > 2 ? args[2] : "-Xmx512m";
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        CONTENDERS.forEach(c -> runs.put(c, new ArrayList<>()));
        List<double[]> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Map<String, Run> round = new LinkedHashMap<>();
            for (int i = 0; i < CONTENDERS.size(); i++) {
                String c = CONTENDERS.get((i + r) % CONTENDERS.size());
                Run run = runChild(c, file, heap);
                round.put(c, run);
                runs.get(c).add(run);
            }
            Run t = round.get("taizhang");
            Run e = round.get("easyexcel");
            Run p = round.get("poi");
            double[] q = {t.wall / e.wall, t.wall / p.wall, t.cpu / e.cpu, t.cpu / p.cpu};
            ratios.add(q);
            System.out.printf(Locale.ROOT, "round %d: wall s taizhang %.2f easyexcel %.2f poi %.2f; cpu s %.2f %.2f %.2f;"
                    + " taizhang/easyexcel %.2f (cpu %.2f), taizhang/poi %.2f (cpu %.2f)%n", r + 1,
                    t.wall, e.wall, p.wall, t.cpu, e.cpu, p.cpu, q[0], q[2], q[1], q[3]);
        }
        System.out.println();
        System.out.println("file: " + file + ", " + rounds + " rounds, " + heap + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
            List<Run> rs = e.getValue();
            System.out.printf(Locale.ROOT, "%-9s median wall %.2f s (in main %.2f s), cpu %.2f s (JIT %.2f s),"
                    + " peak heap %d MiB; %s%n",
                    e.getKey(), median(rs.stream().mapToDouble(Run::wall).toArray()),
                    median(rs.stream().mapToDouble(Run::inside).toArray()),
                    median(rs.stream().mapToDouble(Run::cpu).toArray()),
                    median(rs.stream().mapToDouble(Run::jit).toArray()),
                    rs.stream().mapToLong(Run::peakHeap).max().getAsLong() >> 20, rs.get(0).summary);
        }
        System.out.printf(Locale.ROOT, "median ratio taizhang/easyexcel: wall %.2f, cpu %.2f%n",
                median(ratios.stream().mapToDouble(q -> q[0]).toArray()),
                median(ratios.stream().mapToDouble(q -> q[2]).toArray()));
        System.out.printf(Locale.ROOT, "median ratio taizhang/poi:       wall %.2f, cpu %.2f%n",
                median(ratios.stream().mapToDouble(q -> q[1]).toArray()),
                median(ratios.stream().mapToDouble(q -> q[3]).toArray()));
    }

    private static Run runChild(String contender, Path file, String heap) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        ProcessBuilder pb = new ProcessBuilder(java, heap, "-Dlog4j2.loggerContextFactory="
                + "org.apache.logging.log4j.simple.SimpleLoggerContextFactory", "-cp", classPath,
                RaceChild.class.getName(), contender, file.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process process = pb.start();
        String line = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                if (l.startsWith(contender + " ")) {
                    line = l;
                }
            }
        }
        int exit = process.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (exit != 0 || line == null) {
            throw new IOException(contender + " failed with exit " + exit + " (try it alone: java " + heap
                    + " -cp … " + RaceChild.class.getName() + " " + contender + " " + file + ")");
        }
        String[] f = line.split(" ", 6);
        return new Run(wall, Long.parseLong(f[1]) / 1e3, Long.parseLong(f[2]) / 1e3, Long.parseLong(f[3]),
                Long.parseLong(f[4]) / 1e3, f[5]);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
