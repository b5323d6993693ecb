/**
 * Where a plan's work stands on a day: rollups by section, by unit and role, and by month, as
 * DESIGN.md ("Status and rollups") fixes them.
 *
 * <pre>{@code
 * PlanRollup r = PlanRollup.of(plan, LocalDate.of(2022, 10, 1));
 * r.rollup().overdue();                       // overdue tasks in the whole plan
 * r.sections().get(0).rollup().light();       // 红 / 黄 / 绿 / 灰 of the first part
 * r.overdue();                                // the overdue tasks, in outline order
 * }</pre>
 *
 * <p>A task is overdue or due soon by {@link org.taizhang.core.rollup.TaskTiming}; a section's
 * light comes from a {@link org.taizhang.core.rollup.TrafficLightPolicy}, which callers may replace.
 * Every result is immutable and thread-safe.
 */
package org.taizhang.core.rollup;
