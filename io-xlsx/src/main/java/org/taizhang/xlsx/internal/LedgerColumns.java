package org.taizhang.xlsx.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.taizhang.core.Deadline;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.table.OutlineLevel;

/**
 * The columns a written ledger has, decided from the plan: 层级 (only when the heading rows' numbering
 * cannot tell the nesting, see {@link OutlineByNumbering}), 序号, 任务名称 (when a task has a name),
 * 具体任务, 政策法规要求 and 量化指标 (when used), 责任单位, 完成时限, 落实情况, 状态, 备注, then one
 * column per extra key, in the order the keys first appear.
 */
public final class LedgerColumns {
    /** The header of the status column. */
    public static final String STATUS = "状态";
    /** The header of the day a task was completed; never read as the 完成时限. */
    public static final String COMPLETED_ON = "实际完成时间";

    /** The status texts offered in the drop-down, in order. */
    public static final List<String> STATUS_TEXTS = List.of("未启动", "推进中", "已完成");

    /**
     * One column.
     *
     * @param header the header text
     * @param width the width in Excel character units
     * @param centred true for short values shown centred
     * @param value the cell text of a task
     */
    public record Column(String header, int width, boolean centred, Function<Task, String> value) {}

    private LedgerColumns() {}

    /**
     * @param plan the plan
     * @return its columns, in order
     */
    public static List<Column> of(WorkPlan plan) {
        List<Task> tasks = plan.allTasks().stream().map(OutlineEntry::item).toList();
        List<Column> columns = new ArrayList<>();
        if (!OutlineByNumbering.suffices(plan)) {
            columns.add(new Column(OutlineLevel.HEADER, 6, true, t -> ""));
        }
        columns.add(new Column("序号", 6, true, t -> t.number().orElse("")));
        if (any(tasks, t -> t.name().isPresent())) {
            columns.add(new Column("任务名称", 20, false, t -> t.name().orElse("")));
        }
        columns.add(new Column("具体任务", 50, false, t -> t.content().orElse("")));
        if (any(tasks, t -> t.basis().isPresent())) {
            columns.add(new Column("政策法规要求", 30, false, t -> t.basis().orElse("")));
        }
        if (any(tasks, t -> t.indicators().isPresent())) {
            columns.add(new Column("量化指标", 24, false, t -> t.indicators().orElse("")));
        }
        columns.add(new Column("责任单位", 24, false, t -> text(t.responsibility().map(Responsibility::text))));
        columns.add(new Column("完成时限", 16, true, t -> text(t.deadline().map(Deadline::text))));
        columns.add(new Column("落实情况", 40, false, t -> t.progress().orElse("")));
        columns.add(new Column(STATUS, 10, true, t -> statusText(t.status())));
        if (any(tasks, t -> t.completedOn().isPresent())) {
            columns.add(new Column(COMPLETED_ON, 14, true, t -> t.completedOn().map(Object::toString).orElse("")));
        }
        columns.add(new Column("备注", 16, false, t -> t.remarks().orElse("")));
        Set<String> extraKeys = new LinkedHashSet<>();
        tasks.forEach(t -> extraKeys.addAll(t.extra().keySet()));
        for (String key : extraKeys) {
            columns.add(new Column(key, 16, false, t -> t.extra().getOrDefault(key, "")));
        }
        return List.copyOf(columns);
    }

    /**
     * @param status a status
     * @return its text in the 状态 column: 未启动, 推进中, 已完成, or blank when unknown
     */
    public static String statusText(Status status) {
        switch (status) {
            case NOT_STARTED:
                return STATUS_TEXTS.get(0);
            case IN_PROGRESS:
                return STATUS_TEXTS.get(1);
            case DONE:
                return STATUS_TEXTS.get(2);
            default:
                return "";
        }
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }

    private static boolean any(List<Task> tasks, Predicate<Task> test) {
        return tasks.stream().anyMatch(test);
    }
}
