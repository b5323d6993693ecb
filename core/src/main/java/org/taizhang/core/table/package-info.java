/**
 * The format-neutral table layer every reader goes through. A format module turns its file into
 * {@link org.taizhang.core.table.Grid}s (rows of {@link org.taizhang.core.table.Cell}s with their
 * merged regions and source addresses) and hands them, in a
 * {@link org.taizhang.core.table.GridDocument}, to {@link org.taizhang.core.table.LedgerAssembler},
 * which finds the header, the grouping columns and the sections, fills merged cells down, and
 * builds the {@link org.taizhang.core.WorkPlan}. Layout rules are decided here once, for every
 * format.
 */
package org.taizhang.core.table;
