package org.taizhang.core.internal.table;

/** What a ledger column holds, decided from its header word or, failing that, its cells. */
enum ColumnRole {
    /** 序号. */
    NUMBER,
    /** 任务名称 / 工作任务 / 重点任务: a task's short name, or a grouping level when it spans rows. */
    NAME,
    /** 具体任务 / 任务内容 / 具体措施. */
    CONTENT,
    /** 政策法规要求. */
    BASIS,
    /** 责任单位 and its role variants. */
    RESPONSIBILITY,
    /** 完成时限 / 时间节点. */
    DEADLINE,
    /** 量化指标. */
    INDICATORS,
    /** 落实情况 / 进展情况. */
    PROGRESS,
    /** 状态. */
    STATUS,
    /** 实际完成时间 / 办结时间, or 完成时间 beside a 完成时限 column: the day a task was completed. */
    COMPLETED_ON,
    /** 备注. */
    REMARKS,
    /** Anything else: kept in {@code extra} under its header. */
    EXTRA
}
