package org.taizhang.xlsx.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taizhang.core.LedgerException;
import org.taizhang.core.table.CellAddressing;
import org.taizhang.core.table.Grid;

/**
 * Buffers the non-blank cells and merged regions of one sheet, then builds its {@link Grid}.
 * Merges are known only at the end of a sheet's XML, so the rows are held until then.
 *
 * <p>Rows with no non-blank cell are not kept unless a merged region covers them. A merged
 * region is cut at the last column that holds text (a title merged across more columns than the
 * table has adds nothing), and left out when a cell it would hide holds text of its own, so that
 * no text is lost behind a merge. Rows are kept in growing arrays, in the order the sheet gives
 * them, and places are named only for messages. Not thread-safe.
 */
public final class SheetCollector {
    /** The largest 0-based column a workbook may use ({@code XFD}). */
    public static final int MAX_COLUMN = 16383;
    /** The largest 1-based row a workbook may use. */
    public static final int MAX_ROW = 1_048_576;
    private static final String[] NO_CELLS = {};

    private final String sheet;
    private final CellAddressing addressing;
    private final ReadBudget budget;
    /** The source rows that hold text, increasing, and their cells by column (null: empty). */
    private int[] rowNumbers = new int[64];
    private String[][] rowCells = new String[64][];
    private int rows;
    private final List<int[]> merges = new ArrayList<>();
    private int lastRow;
    private int maxColumn = -1;

    /**
     * @param sheet the sheet name
     * @param budget the file's limits
     */
    public SheetCollector(String sheet, ReadBudget budget) {
        this.sheet = sheet;
        this.addressing = CellAddressing.sheet(sheet);
        this.budget = budget;
    }

    /** @return the sheet name */
    public String sheet() {
        return sheet;
    }

    /** @return how this sheet names its cells */
    public CellAddressing addressing() {
        return addressing;
    }

    /**
     * The address of a cell, for messages.
     *
     * @param row the 1-based row
     * @param column the 0-based column
     * @return {@code 任务台账!D12}
     */
    public String address(int row, int column) {
        return addressing.address(row, column);
    }

    /**
     * The place of a row, for messages.
     *
     * @param row the 1-based row
     * @return {@code 任务台账!row 12}
     */
    public String rowPlace(int row) {
        return addressing.rowPlace(row);
    }

    /**
     * Counts a row the sheet declares, empty or not. Rows must come in increasing order.
     *
     * @param row the 1-based row
     * @throws LedgerException when out of order or past the row limit
     */
    public void row(int row) throws LedgerException {
        if (row <= lastRow || row > MAX_ROW) {
            throw budget.context().error(rowPlace(row), row > MAX_ROW
                    ? "row number is beyond the last row a workbook may have (" + MAX_ROW + ")"
                    : "row " + row + " follows row " + lastRow + "; rows must be in order");
        }
        lastRow = row;
        budget.row(addressing, row);
    }

    /**
     * Adds a cell of the current row. Blank text is counted for time only and not kept.
     *
     * @param row the 1-based row, the one last given to {@link #row}
     * @param column the 0-based column
     * @param text the text as displayed
     * @throws LedgerException when the column is out of range or given twice, or past a limit
     */
    public void cell(int row, int column, String text) throws LedgerException {
        if (column < 0 || column > MAX_COLUMN) {
            throw budget.context().error(rowPlace(row),
                    "a cell lies beyond column XFD, the last a workbook may have");
        }
        if (text.isBlank()) {
            budget.tick(addressing, row, column);
            return;
        }
        budget.cell(addressing, row, column, text.length());
        if (rows == 0 || rowNumbers[rows - 1] != row) {
            if (rows > 0 && rowNumbers[rows - 1] > row) {
                throw budget.context().error(rowPlace(row), "row " + row + " follows row "
                        + rowNumbers[rows - 1] + "; rows must be in order");
            }
            if (rows == rowNumbers.length) {
                rowNumbers = Arrays.copyOf(rowNumbers, rows * 2);
                rowCells = Arrays.copyOf(rowCells, rows * 2);
            }
            rowNumbers[rows] = row;
            rowCells[rows] = NO_CELLS;
            rows++;
        }
        String[] cells = rowCells[rows - 1];
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, Math.min(MAX_COLUMN + 1, cells.length * 2)));
            rowCells[rows - 1] = cells;
        }
        if (cells[column] != null) {
            throw budget.context().error(address(row, column), "the cell is given twice");
        }
        cells[column] = text;
        maxColumn = Math.max(maxColumn, column);
    }

    /**
     * Adds a merged region, inclusive.
     *
     * @param firstRow 1-based
     * @param firstColumn 0-based
     * @param lastRow 1-based
     * @param lastColumn 0-based
     * @throws LedgerException when out of range or past the cell limit
     */
    public void merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
            throws LedgerException {
        if (firstRow < 1 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn
                || lastRow > MAX_ROW || lastColumn > MAX_COLUMN) {
            throw budget.context().error(address(firstRow, firstColumn), "the merged region is out of range");
        }
        budget.cell(addressing, firstRow, firstColumn, 0);
        merges.add(new int[] {firstRow, firstColumn, lastRow, lastColumn});
    }

    /** @return true when the sheet has no non-blank cell */
    public boolean isEmpty() {
        return rows == 0;
    }

    /**
     * Builds the grid.
     *
     * @return the grid, with no rows when the sheet has no text
     * @throws LedgerException when the grid would pass the limits
     */
    public Grid build() throws LedgerException {
        Grid.Builder grid = Grid.builder(sheet, addressing);
        if (rows == 0) {
            return grid.build();
        }
        List<int[]> kept = new ArrayList<>();
        for (int[] m : merges) {
            int[] clipped = {m[0], m[1], m[2], Math.min(m[3], maxColumn)};
            if (clipped[0] <= clipped[2] && clipped[1] <= clipped[3]
                    && (clipped[0] < clipped[2] || clipped[1] < clipped[3]) && hidesNoText(clipped)) {
                kept.add(clipped);
            }
        }
        budget.area(sheet, rowCount(kept), maxColumn + 1L);
        for (int i = 0; i < rows; i++) {
            grid.row(rowNumbers[i], rowCells[i]); // handed over, not copied
            rowCells[i] = null;
        }
        for (int[] m : kept) {
            grid.merge(m[0], m[1], m[2], m[3]);
        }
        return grid.build();
    }

    // A merge that would hide a different text in one of its cells is left out: the cells then
    // keep their own texts, which is what the file holds.
    private boolean hidesNoText(int[] m) throws LedgerException {
        String anchor = "";
        int first = firstRowAtOrAfter(m[0]);
        if (first < rows && rowNumbers[first] == m[0]) {
            String a = textAt(first, m[1]);
            anchor = a == null ? "" : a;
        }
        for (int i = first; i < rows && rowNumbers[i] <= m[2]; i++) {
            String[] cells = rowCells[i];
            for (int c = m[1]; c <= m[3] && c < cells.length; c++) {
                if (cells[c] == null) {
                    continue;
                }
                budget.tick(addressing, rowNumbers[i], c);
                boolean isAnchor = rowNumbers[i] == m[0] && c == m[1];
                if (!isAnchor && !cells[c].equals(anchor)) {
                    return false;
                }
            }
        }
        return true;
    }

    private String textAt(int index, int column) {
        String[] cells = rowCells[index];
        return column < cells.length ? cells[column] : null;
    }

    private int firstRowAtOrAfter(int row) {
        int i = Arrays.binarySearch(rowNumbers, 0, rows, row);
        return i >= 0 ? i : -i - 1;
    }

    // Rows the grid will hold: rows with text, and rows inside merged regions.
    private long rowCount(List<int[]> kept) {
        List<int[]> spans = new ArrayList<>();
        for (int[] m : kept) {
            spans.add(new int[] {m[0], m[2]});
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        long count = 0;
        List<int[]> union = new ArrayList<>();
        for (int[] s : spans) {
            if (!union.isEmpty() && s[0] <= union.get(union.size() - 1)[1] + 1) {
                union.get(union.size() - 1)[1] = Math.max(union.get(union.size() - 1)[1], s[1]);
            } else {
                union.add(new int[] {s[0], s[1]});
            }
        }
        for (int[] u : union) {
            count += u[1] - u[0] + 1;
        }
        for (int i = 0; i < rows; i++) {
            if (!inside(union, rowNumbers[i])) {
                count++;
            }
        }
        return count;
    }

    private static boolean inside(List<int[]> union, int row) {
        int lo = 0;
        int hi = union.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] u = union.get(mid);
            if (row < u[0]) {
                hi = mid - 1;
            } else if (row > u[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
