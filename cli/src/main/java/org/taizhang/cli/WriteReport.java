package org.taizhang.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Numbering;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Section;
import org.taizhang.core.WorkPlan;

/**
 * The line a command prints on standard error after writing a ledger, so that a person sees what
 * went into the file: {@code 已写入 任务台账.json：5 个部分、23 个要点、61 项任务；3 个时限未能解析}.
 *
 * <p>Each outline level is named by how its headings are numbered: {@code 一、} levels are 部分,
 * {@code （一）} levels 要点; any other level (numbered {@code 1.}, by a 序号 column, or a group named
 * by a merged 工作任务 cell) is called by its depth: 一级标题, 二级标题…
 */
final class WriteReport {
    private static final String[] DEPTHS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private WriteReport() {}

    /**
     * @param written the file as the user named it
     * @param plan the plan written
     * @return the report line
     */
    static String line(String written, WorkPlan plan) {
        TreeMap<Integer, List<Section>> byDepth = new TreeMap<>();
        for (OutlineEntry<Section> e : plan.allSections()) {
            byDepth.computeIfAbsent(e.path().size(), d -> new ArrayList<>()).add(e.item());
        }
        List<String> counts = new ArrayList<>();
        byDepth.forEach((depth, sections) -> counts.add(sections.size() + " 个" + levelName(depth, sections)));
        counts.add(plan.taskCount() + " 项任务");
        long unparsed = plan.allTasks().stream()
                .filter(e -> e.item().deadline().map(d -> d.kind() == DeadlineKind.UNPARSED).orElse(false))
                .count();
        return "已写入 " + written + "：" + String.join("、", counts)
                + (unparsed > 0 ? "；" + unparsed + " 个时限未能解析" : "");
    }

    private static String levelName(int depth, List<Section> sections) {
        Set<Numbering> styles = EnumSet.noneOf(Numbering.class);
        sections.forEach(s -> styles.add(s.numbering()));
        if (styles.equals(EnumSet.of(Numbering.CN_COMMA))) {
            return "部分";
        }
        if (styles.equals(EnumSet.of(Numbering.CN_PAREN))) {
            return "要点";
        }
        return (depth < DEPTHS.length ? DEPTHS[depth] : String.valueOf(depth + 1)) + "级标题";
    }
}
