package org.taizhang.benchmarks.ledger;

import java.util.List;

/**
 * A generated ledger in the Ordos layout, as plain rows: parts ({@code 一、…}) holding points
 * ({@code （一）…}) holding tasks. Bodies follow one another, each numbering its parts and points
 * from one again, as a provincial roll-up of many bodies' ledgers does.
 *
 * @param title the title row
 * @param parts the parts, in order
 */
public record GeneratedLedger(String title, List<Part> parts) {

    /** The header row of the Ordos layout. */
    public static final List<String> HEADER = List.of("任务名称", "具体任务", "落实情况", "责任单位", "完成时限", "备注");

    /**
     * A part row, merged across the whole width.
     *
     * @param text the row's text, {@code 一、提高政策公开质量}
     * @param points its points
     */
    public record Part(String text, List<Point> points) {}

    /**
     * A point: its title stands in the first column, merged down over its tasks.
     *
     * @param text {@code （一）继续做好规章的集中公开。}
     * @param tasks its tasks, at least one
     * @param unitMerged true when the first task's unit cell is merged down over the point's tasks
     * @param deadlineMerged true when the first task's deadline cell is merged down likewise
     */
    public record Point(String text, List<TaskRow> tasks, boolean unitMerged, boolean deadlineMerged) {}

    /**
     * One task row. With a merged unit or deadline, every task of the point holds the first one's.
     *
     * @param content 具体任务
     * @param measures 落实情况 (planned measures, {@code 1.…；2.…})
     * @param unit 责任单位
     * @param deadline 完成时限
     * @param remark 备注, often empty
     */
    public record TaskRow(String content, String measures, String unit, String deadline, String remark) {}

    /** @return the number of tasks */
    public int taskCount() {
        return parts.stream().flatMap(p -> p.points().stream()).mapToInt(p -> p.tasks().size()).sum();
    }

    /** @return the number of points */
    public int pointCount() {
        return parts.stream().mapToInt(p -> p.points().size()).sum();
    }
}
