package org.taizhang.core;

/** What kind of time a 完成时限 phrase states; see {@link Deadline}. */
public enum DeadlineKind {
    /** One due date: {@code 2022年9月底前}, {@code 上半年}, {@code 年底前}. */
    ABSOLUTE,
    /** Several due dates: {@code 6月底、9月底、12月底各开展一次}. */
    MULTIPLE,
    /** A rule that repeats: {@code 每年3月底前}, {@code 每季度}; kept as an RFC 5545 RRULE. */
    RECURRING,
    /** Runs the whole plan year with no due date: {@code 全年持续推进}, {@code 常态化}. */
    ONGOING,
    /** An offset from an anchor: {@code 印发后30日内}, {@code 决策出台后10个工作日内}. */
    RELATIVE,
    /** No date by design: {@code 适时完成}. */
    VAGUE,
    /** Several clauses, each its own deadline: see {@link Deadline#parts()}. */
    COMPOSITE,
    /** Text that could not be read; kept as written and flagged by validation. */
    UNPARSED
}
