package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.units.Conventions;
import org.taizhang.core.units.ParseResult;
import org.taizhang.core.units.ResponsibilityParser;

/**
 * The 责任单位 cells of a run's rows: one column, or several role columns (主体 / 主管 / 指导), read
 * with the column header as the default role and with the conventions a cell above set for the
 * cells below it ({@code 排在首位的为牵头单位,下同}).
 */
final class ResponsibilityCells {
    private final ColumnPlan plan;
    private final String[] extraKeys;
    private final ResponsibilityParser units;
    private final List<Integer> columns = new ArrayList<>();
    /** Per column, the conventions in force for the next row. */
    private final Map<Integer, Conventions> carried = new HashMap<>();
    /** Each unit and assignment of the run once. */
    private final SharedUnits shared = new SharedUnits();

    ResponsibilityCells(ColumnPlan plan, String[] extraKeys, ResponsibilityParser units) {
        this.plan = plan;
        this.extraKeys = extraKeys;
        this.units = units;
        for (int c = 0; c < plan.count(); c++) {
            if (plan.role(c) == ColumnRole.RESPONSIBILITY) {
                columns.add(c);
            }
        }
    }

    /**
     * One column: its text as written, parsed with its header as the default role. Several role
     * columns: each non-blank one as {@code 表头：text}, joined by {@code ；}, and the assignments
     * of every column in column order.
     */
    void read(CellValue[] values, Task.Builder t, SourceRef.Builder source,
            Set<String> inferred) {
        boolean several = columns.size() > 1;
        StringBuilder text = new StringBuilder();
        List<Assignment> assignments = new ArrayList<>();
        String firstAddress = null;
        boolean anyInherited = false;
        Header header = plan.header();
        for (int c : columns) {
            CellValue v = values[c];
            if (v == null) {
                continue;
            }
            String label = header.label(c);
            ParseResult read = units.read(v.text(), label.isEmpty() ? null : label,
                    carried.getOrDefault(c, Conventions.none()));
            carried.put(c, read.conventions());
            assignments.addAll(read.responsibility().assignments());
            if (several) {
                if (text.length() > 0) {
                    text.append('；');
                }
                text.append(label).append('：').append(v.text());
                source.putCell(extraKeys[c], v.address());
            } else {
                text.append(v.text());
            }
            if (firstAddress == null) {
                firstAddress = v.address();
            }
            anyInherited |= v.inherited();
        }
        if (firstAddress == null) {
            return;
        }
        // one column: its text as it stands in the grid, not a copy
        String written = several ? text.toString() : values[columns.get(0)].text();
        t.responsibility(shared.responsibility(written, assignments));
        source.putCell(Task.RESPONSIBILITY, firstAddress);
        if (anyInherited) {
            inferred.add(Task.RESPONSIBILITY);
        }
    }
}
