package org.taizhang.core;

/**
 * The state of a task as the ledger records it. "Overdue" is not a status: it depends on the day
 * it is asked and is computed with {@link Deadline#isOverdue(java.time.LocalDate, Status)}.
 */
public enum Status {
    /** 未启动. */
    NOT_STARTED,
    /** 推进中 / 进行中. */
    IN_PROGRESS,
    /** 已完成. */
    DONE,
    /** The ledger does not say. */
    UNKNOWN
}
