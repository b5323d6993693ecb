package org.taizhang.core.rollup;

import org.taizhang.core.Role;

/**
 * The tasks of one unit in one role: the unit by its name as written, qualifier included
 * ({@code 旗区级以上各部门}). A task that names the unit twice in the same role counts once.
 * Immutable and thread-safe.
 *
 * @param unit the unit as written, with its qualifier
 * @param role the role it holds in these tasks
 * @param tasks how many tasks
 * @param overdue how many of them are overdue on the day
 */
public record UnitRollup(String unit, Role role, int tasks, int overdue) {}
