package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;

/**
 * The layout of one ledger run, decided once from all its rows after the row-kind stage
 * ({@link RowKinds}, whose {@link RowPlan} it holds): the final role of every column, which columns
 * are grouping levels, whether blank cells inherit the value above (formats without merged cells),
 * and which numbered data rows head the rows below them. Its fields are worked out by the steps of
 * {@link #of} and only read after it returns.
 */
final class Layout {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private final LedgerRun run;
    private final ColumnRole[] roles;
    /** The row-kind stage's result; refined once, by {@link #markNumberedHeadings}. */
    private RowPlan rows;
    private final List<Integer> groupingColumns = new ArrayList<>();
    /** Text columns of a grid without merges left blank below a value that are no grouping level. */
    private final List<Integer> filledTextColumns = new ArrayList<>();
    private int numberColumn = -1;
    /** The {@code 层级} column: when there is one, it alone gives the outline. */
    private final int levelColumn;
    private boolean numberNamesGroups;
    private boolean numberFillsDown;
    /** The column stage's result, once decided. */
    private ColumnPlan plan;
    /** How often each explicit year is written in the deadline cells, for the plan year. */
    private final java.util.Map<Integer, Integer> deadlineYears = new java.util.HashMap<>();

    private Layout(LedgerRun run, RowPlan rows) {
        this.run = run;
        this.rows = rows;
        this.roles = run.header().roles();
        this.levelColumn = run.header().levelColumn();
    }

    /** Decides the layout of a run. */
    static Layout of(LedgerRun run) {
        Layout layout = new Layout(run, RowKinds.of(run));
        layout.sniffUnknownColumns();
        layout.findGroupingColumns();
        layout.keepFirstOfSingleRoles();
        ContentColumn.choose(layout, layout.roles, layout.groupingColumns);
        layout.markNumberedHeadings();
        layout.scanDeadlineYears();
        layout.plan = new ColumnPlan(run.header(), layout.roles, layout.groupingColumns, layout.filledTextColumns,
                layout.numberColumn, layout.levelColumn, layout.numberNamesGroups, layout.numberFillsDown,
                layout.rows.usesMerges());
        return layout;
    }

    List<String> ownTexts(int column, int max) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < run.parts().size() && out.size() < max; p++) {
            Grid g = run.parts().get(p).grid();
            for (int r = 0; r < g.rowCount() && out.size() < max; r++) {
                Cell c = g.cell(r, column);
                if (rows.kind(p, r) == RowPlan.DATA && !c.isCovered() && !c.isBlank()) {
                    out.add(c.text());
                }
            }
        }
        return out;
    }

    /**
     * @return true when the table has a header row, or when its cells show ledger columns without
     *     one (a column of unit names or of deadline phrases): a table of anything else is no plan
     */
    boolean looksLikeLedger() {
        return run.header().found() || has(ColumnRole.RESPONSIBILITY) || has(ColumnRole.DEADLINE);
    }

    private boolean has(ColumnRole role) {
        for (ColumnRole r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /** New header words: a column of deadline phrases or of unit names takes that role. */
    private void sniffUnknownColumns() {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] != ColumnRole.EXTRA || HeaderWords.namesPerson(run.header().label(c))) {
                continue;
            }
            List<String> cells = ownTexts(c, 200);
            if (cells.isEmpty()) {
                continue;
            }
            if (!run.header().found() && !has(ColumnRole.NUMBER) && ContentSniffer.mostlyNumbers(cells)) {
                roles[c] = ColumnRole.NUMBER;
            } else if (!has(ColumnRole.DEADLINE) && ContentSniffer.mostlyDeadlines(cells)) {
                roles[c] = ColumnRole.DEADLINE;
            } else if ((!run.header().found() || !has(ColumnRole.RESPONSIBILITY))
                    && ContentSniffer.mostlyUnits(cells)) {
                roles[c] = ColumnRole.RESPONSIBILITY;
            }
        }
        if (!run.header().found() && !has(ColumnRole.CONTENT)) {
            int best = -1;
            double bestLength = 0;
            for (int c = 0; c < roles.length; c++) {
                if (roles[c] != ColumnRole.EXTRA) {
                    continue;
                }
                List<String> cells = ownTexts(c, 200);
                double avg = cells.stream().mapToInt(String::length).average().orElse(0);
                if (avg > bestLength) {
                    bestLength = avg;
                    best = c;
                }
            }
            if (best >= 0) {
                roles[best] = ColumnRole.CONTENT;
            }
        }
    }

    /**
     * A content or unknown column groups only when it has values of its own on at most four data
     * rows in five: one holding nearly a value a row is the tasks' text, a few cells of which are
     * merged because two rows share it.
     */
    private boolean fewValues(int column, int dataRows) {
        return ownTexts(column, dataRows + 1).size() * 5 <= dataRows * 4;
    }

    /**
     * Roles that hold one value per task keep their first column (grouping columns aside); later
     * ones go to extra.
     */
    private void keepFirstOfSingleRoles() {
        EnumSet<ColumnRole> seen = EnumSet.noneOf(ColumnRole.class);
        for (int c = 0; c < roles.length; c++) {
            ColumnRole r = roles[c];
            if (r == ColumnRole.NAME || r == ColumnRole.RESPONSIBILITY || r == ColumnRole.EXTRA
                    || groupingColumns.contains(c)) {
                continue;
            }
            if (!seen.add(r)) {
                roles[c] = ColumnRole.EXTRA;
            }
        }
    }

    /**
     * Grouping levels, left to right: text columns (a name, a content or an unknown column, its
     * header cell blank or not) that span rows — merged down, blank below a value in a grid
     * without merges, or every cell a Chinese outline number — while a text column to their right
     * holds the tasks. A text column that spans rows with no task column to its right is the
     * task's own text, shared by the rows it spans (a task split by unit, one row each).
     */
    private void findGroupingColumns() {
        int rows = 0;
        for (int p = 0; p < run.parts().size(); p++) {
            for (byte b : this.rows.kinds(p)) {
                if (b == RowPlan.DATA) {
                    rows++;
                }
            }
        }
        RowSpans evidence = new RowSpans(this);
        boolean[] spans = new boolean[roles.length];
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == ColumnRole.NUMBER) {
                numberColumn = numberColumn < 0 ? c : numberColumn;
            } else if (ContentColumn.isTextColumn(roles, run.header(), c)) {
                boolean name = roles[c] == ColumnRole.NAME;
                spans[c] = levelColumn < 0 && ((evidence.spansRows(c, rows, true) && (name || fewValues(c, rows)))
                        || evidence.allPointHeadings(c));
            }
        }
        int taskColumn = -1;
        int innermost = -1;
        for (int c = roles.length - 1; c >= 0; c--) {
            if (ContentColumn.isTextColumn(roles, run.header(), c) && !ownTexts(c, 1).isEmpty()) {
                innermost = Math.max(innermost, c);
                taskColumn = spans[c] ? taskColumn : c;
            }
        }
        if (taskColumn < 0) {
            taskColumn = innermost; // every text column spans: the innermost holds the tasks, shared by some rows
        }
        for (int c = 0; c < roles.length; c++) {
            if (spans[c] && c < taskColumn) {
                groupingColumns.add(c);
            } else if (spans[c] && !this.rows.usesMerges()) {
                filledTextColumns.add(c); // the task's own text written once for several rows
            }
        }
        if (numberColumn >= 0 && levelColumn < 0 && evidence.spansRows(numberColumn, rows, false)) {
            numberNamesGroups = !groupingColumns.isEmpty();
            numberFillsDown = groupingColumns.isEmpty();
        }
    }

    /**
     * A data row numbered {@code 1} (or {@code 1.2}) followed by a row numbered {@code 1.1} (or
     * {@code 1.2.1}) names the section of the rows below it rather than being a task.
     */
    private void markNumberedHeadings() {
        if (numberColumn < 0 || numberNamesGroups || numberFillsDown || levelColumn >= 0) {
            return;
        }
        List<int[]> headings = new ArrayList<>();
        int[] previousRow = null;
        String previous = null;
        for (int p = 0; p < run.parts().size(); p++) {
            Grid g = run.parts().get(p).grid();
            for (int r = 0; r < g.rowCount(); r++) {
                if (rows.kind(p, r) != RowPlan.DATA) {
                    continue;
                }
                String number = ownNumber(g, r);
                if (previous != null && number != null && OutlineNumber.isChildNumber(number, previous)) {
                    headings.add(previousRow);
                }
                previous = number != null && RowKinds.ownCells(g, r).size() > 1 ? number : null;
                previousRow = new int[] {p, r};
            }
        }
        rows = rows.withNumberedHeadings(headings);
    }

    private String ownNumber(Grid g, int r) {
        return ColumnPlan.ownNumber(g, r, numberColumn);
    }

    private void scanDeadlineYears() {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] != ColumnRole.DEADLINE) {
                continue;
            }
            for (String text : ownTexts(c, 10_000)) {
                Matcher m = YEAR.matcher(text);
                while (m.find()) {
                    int y = Integer.parseInt(m.group(1));
                    deadlineYears.merge(y, 1, Integer::sum);
                }
            }
        }
    }

    /** @return how many times each explicit year ({@code 2022年}) is written in the deadline cells */
    java.util.Map<Integer, Integer> deadlineYearCounts() {
        return java.util.Collections.unmodifiableMap(deadlineYears);
    }

    LedgerRun run() {
        return run;
    }

    /** @return what every row of the run is */
    RowPlan rows() {
        return rows;
    }

    ColumnRole role(int column) {
        return roles[column];
    }

    int columns() {
        return roles.length;
    }

    /** @return what every column is: the column stage's result */
    ColumnPlan columnPlan() {
        return plan;
    }
}
