package org.taizhang.core.internal.table;

import java.util.List;
import org.taizhang.core.Numbering;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;

/**
 * Whether a column's values stand for several rows: merged down, or (in a grid without merges)
 * written once and left blank below. This is the evidence for grouping levels and fill-down.
 */
final class RowSpans {
    private final Layout layout;

    RowSpans(Layout layout) {
        this.layout = layout;
    }

    /**
     * A column spans rows when one of its cells is merged down over another data row, or, in a
     * grid without any merged cell and without point heading rows, when at least one data row in
     * five leaves it blank below a value (within the same part) while the row has other text. A
     * ledger that writes its points as rows of their own (the CSV writer) has no grouping by blank
     * cells, so there a blank cell is blank.
     *
     * <p>A text column (name, content, unknown) of a workbook that merges other cells (title,
     * headings) but not this one groups too when the evidence is strong (see {@link #groupsByBlanks}). A content or unknown
     * column of a grid without merges must also have no blank cell before its first value.
     */
    boolean spansRows(int column, int dataRows, boolean textColumn) {
        int blankBelow = 0;
        int valued = 0;
        int orphans = 0;
        for (int p = 0; p < layout.run().parts().size(); p++) {
            Grid g = layout.run().parts().get(p).grid();
            RowPlan rows = layout.rows();
            boolean valueAbove = false;
            for (int r = 0; r < g.rowCount(); r++) {
                if (rows.kind(p, r) == RowPlan.HEADING || rows.kind(p, r) == RowPlan.NOTE) {
                    valueAbove = false; // a part heading or a subtotal closes the group above
                }
                if (rows.kind(p, r) != RowPlan.DATA) {
                    continue;
                }
                Cell c = g.cell(r, column);
                if (!c.isCovered() && c.rowSpan() > 1 && coversDataRow(g, rows, p, r, c.rowSpan())) {
                    return true;
                }
                if (!c.isBlank()) {
                    valueAbove = true;
                    valued++;
                } else if (!c.isCovered() && hasOtherText(g, r)) {
                    if (valueAbove) {
                        blankBelow++;
                    } else {
                        orphans++;
                    }
                }
            }
        }
        if (!layout.rows().usesMerges()) {
            // a content or unknown column groups only when no row leaves it blank before its first value
            boolean strict = layout.role(column) != ColumnRole.NAME && layout.role(column) != ColumnRole.NUMBER;
            return !layout.rows().hasPointRows() && blankBelow > 0 && blankBelow * 5 >= dataRows && (!strict || orphans == 0);
        }
        return textColumn && groupsByBlanks(valued, blankBelow, orphans);
    }

    /**
     * In a workbook that records merges, a blank cell is normally blank; a name column left blank
     * below each group's name is still a grouping level when every blank lies below a name within
     * its part (none before the first name after a heading or subtotal), there are at least two
     * names, and the blank rows are at least twice the named ones (groups of three rows on
     * average). A ledger that names only some of its tasks (as the .xlsx writer writes a plan
     * whose tasks have names) rarely meets all three, and a wrong grouping would move tasks.
     */
    private static boolean groupsByBlanks(int valued, int blankBelow, int orphans) {
        return orphans == 0 && valued >= 2 && blankBelow >= 2 * valued;
    }

    /**
     * A name column whose every cell starts with a Chinese outline number ({@code 一、},
     * {@code （一）}) holds points even when none of them spans rows.
     */
    boolean allPointHeadings(int column) {
        List<String> cells = layout.ownTexts(column, 10_000);
        return !cells.isEmpty() && cells.stream().allMatch(t -> OutlineNumber.parse(t)
                .map(n -> n.numbering() == Numbering.CN_PAREN || n.numbering() == Numbering.CN_COMMA)
                .orElse(false));
    }

    private static boolean coversDataRow(Grid g, RowPlan rows, int part, int r, int span) {
        for (int i = r + 1; i < Math.min(g.rowCount(), r + span); i++) {
            if (rows.kind(part, i) == RowPlan.DATA) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOtherText(Grid g, int r) {
        for (int c = 0; c < layout.columns(); c++) {
            ColumnRole role = layout.role(c);
            if (role != ColumnRole.NAME && role != ColumnRole.NUMBER && !g.cell(r, c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the value of the row's own cell in the column stands for later rows too:
     *     merged down over a later data row, or, in a grid without merges, left blank on the next
     *     data row of the same part
     */
    static boolean continuesBelow(LedgerRun run, RowPlan rows, int part, int r, int column) {
        Grid g = run.parts().get(part).grid();
        Cell cell = g.cell(r, column);
        if (rows.usesMerges()) {
            return cell.rowSpan() > 1 && coversDataRow(g, rows, part, r, cell.rowSpan());
        }
        for (int next = r + 1; next < g.rowCount(); next++) {
            byte kind = rows.kind(part, next);
            if (kind == RowPlan.DATA) {
                return g.cell(next, column).isBlank();
            }
            if (kind != RowPlan.BLANK && kind != RowPlan.REPEATED_HEADER) {
                return false;
            }
        }
        return false;
    }
}
