package org.taizhang.core.rollup;

import java.time.YearMonth;

/**
 * How many due dates fall in one month of the plan year, over every task (a recurring or multiple
 * deadline counts each of its due dates). Immutable and thread-safe.
 *
 * @param month the month
 * @param due how many due dates fall in it
 */
public record MonthRollup(YearMonth month, int due) {}
