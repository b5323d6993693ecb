package org.taizhang.benchmarks.race;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of a flight recording ({@code -XX:StartFlightRecording}) of a
 * convert: the share of samples by stage (the stage is that of the frame nearest the top of the
 * stack that belongs to a known one) and the top frames. {@code ProfileSummary FILE.jfr [TOP]}.
 */
public final class ProfileSummary {
    /** Stages by class-name prefix, checked in order for each frame. */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("org.taizhang.core.internal.units.", "responsibility parsing");
        STAGES.put("org.taizhang.core.units.", "responsibility parsing");
        STAGES.put("org.taizhang.core.internal.deadline.", "deadline parsing");
        STAGES.put("org.taizhang.core.Deadline", "deadline parsing");
        STAGES.put("org.taizhang.core.internal.status.", "status from 落实情况");
        STAGES.put("org.taizhang.core.internal.vocabulary.", "word lookups of the parsers");
        STAGES.put("org.taizhang.core.internal.table.", "table layout (Layout, Header, Texts, RunAssembler)");
        STAGES.put("org.taizhang.core.table.Grid", "building the Grid");
        STAGES.put("org.taizhang.core.table.Cell", "building the Grid");
        STAGES.put("org.taizhang.xlsx.internal.SheetCollector", "building the Grid");
        STAGES.put("org.taizhang.json.", "JSON writing");
        STAGES.put("tools.jackson.", "JSON writing");
        STAGES.put("org.taizhang.xlsx.", "unzip + XML scanning");
        STAGES.put("org.apache.xerces.", "unzip + XML scanning");
        STAGES.put("com.sun.org.apache.xerces.", "unzip + XML scanning");
        STAGES.put("java.util.zip.", "unzip + XML scanning");
        STAGES.put("org.apache.poi.", "unzip + XML scanning");
        STAGES.put("org.taizhang.core.", "model (core value types)");
    }

    private ProfileSummary() {}

    /**
     * @param args the recording, and how many top frames to list (default 25)
     * @throws IOException when the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> stages = new HashMap<>();
        Map<String, Integer> frames = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> stack = e.getStackTrace().getFrames();
            if (stack.isEmpty()) {
                continue;
            }
            total++;
            RecordedFrame leaf = stack.get(0);
            frames.merge(leaf.getMethod().getType().getName() + "." + leaf.getMethod().getName(), 1, Integer::sum);
            stages.merge(stage(stack), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%d samples%n%nby stage:%n", total);
        print(stages, total, Integer.MAX_VALUE);
        System.out.printf(Locale.ROOT, "%ntop frames:%n");
        print(frames, total, top);
    }

    private static String stage(List<RecordedFrame> stack) {
        for (RecordedFrame f : stack) {
            String type = f.getMethod().getType().getName();
            for (Map.Entry<String, String> s : STAGES.entrySet()) {
                if (type.startsWith(s.getKey())) {
                    return s.getValue();
                }
            }
        }
        return "other (JDK, start-up)";
    }

    private static void print(Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / total,
                        e.getValue(), e.getKey()));
    }
}
