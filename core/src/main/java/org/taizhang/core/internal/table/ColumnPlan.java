package org.taizhang.core.internal.table;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.taizhang.core.internal.vocabulary.MatchKey;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;

/**
 * What every column of a ledger run is, decided by {@link Layout} and read by the outline and
 * task stage: the header, the final role of each column, the grouping columns (outermost first),
 * the 序号 and {@code 层级} columns, and which blank cells take the value above them. Immutable.
 */
final class ColumnPlan {
    /** Roles whose blank cells inherit from above inside a group when the format has no merges. */
    static final Set<ColumnRole> FILL_DOWN = EnumSet.of(ColumnRole.RESPONSIBILITY,
            ColumnRole.DEADLINE, ColumnRole.PROGRESS, ColumnRole.BASIS, ColumnRole.INDICATORS);

    private final Header header;
    private final ColumnRole[] roles;
    private final List<Integer> groupingColumns;
    private final List<Integer> filledTextColumns;
    private final int numberColumn;
    private final int levelColumn;
    private final boolean numberNamesGroups;
    private final boolean numberFillsDown;
    private final boolean usesMerges;

    ColumnPlan(Header header, ColumnRole[] roles, List<Integer> groupingColumns, List<Integer> filledTextColumns,
            int numberColumn, int levelColumn, boolean numberNamesGroups, boolean numberFillsDown,
            boolean usesMerges) {
        this.header = header;
        this.roles = roles.clone();
        this.groupingColumns = List.copyOf(groupingColumns);
        this.filledTextColumns = List.copyOf(filledTextColumns);
        this.numberColumn = numberColumn;
        this.levelColumn = levelColumn;
        this.numberNamesGroups = numberNamesGroups;
        this.numberFillsDown = numberFillsDown;
        this.usesMerges = usesMerges;
    }

    /** @return the run's header, for the labels as written */
    Header header() {
        return header;
    }

    /** @return how many columns the run has */
    int count() {
        return roles.length;
    }

    ColumnRole role(int column) {
        return roles[column];
    }

    /** @return a copy of the final column roles */
    ColumnRole[] roles() {
        return roles.clone();
    }

    /** @return the grouping columns, outermost first */
    List<Integer> groupingColumns() {
        return groupingColumns;
    }

    /** @return the 序号 column, or -1 */
    int numberColumn() {
        return numberColumn;
    }

    /** @return the {@code 层级} column, or -1 */
    int levelColumn() {
        return levelColumn;
    }

    /** @return true when the 序号 column numbers the outermost grouping level (乌海: 1, 2…) */
    boolean numberNamesGroups() {
        return numberNamesGroups;
    }

    /** @return true when a merged 序号 with no grouping column is filled down into its tasks */
    boolean numberFillsDown() {
        return numberFillsDown;
    }

    /** @return true when blank cells below a value inherit it: no merged cell at all, and a grouping column */
    boolean fillsBlanks() {
        return !usesMerges && !groupingColumns.isEmpty();
    }

    /**
     * @return true when a blank cell of the column takes the value above it: a text column that
     *     spans rows (blank below a value, no merges) but is the tasks' own text, not a group
     */
    boolean fillsTextDown(int column) {
        return filledTextColumns.contains(column);
    }

    /** @return the first content column that is no grouping level, or -1 */
    int contentColumn() {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == ColumnRole.CONTENT && !groupingColumns.contains(c)) {
                return c;
            }
        }
        return -1;
    }

    /** @return the row's own 序号 as a person writes it, or null when it is blank, covered or there is no 序号 column */
    String ownNumber(Grid g, int r) {
        return ownNumber(g, r, numberColumn);
    }

    /** @see #ownNumber(Grid, int) */
    static String ownNumber(Grid g, int r, int numberColumn) {
        if (numberColumn < 0) {
            return null;
        }
        Cell c = g.cell(r, numberColumn);
        return c.isCovered() || c.isBlank() ? null : MatchKey.of(Texts.number(c.text()));
    }
}
