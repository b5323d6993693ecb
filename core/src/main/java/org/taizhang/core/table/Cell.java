package org.taizhang.core.table;

import java.util.Objects;

/**
 * One cell of a {@link Grid}: its text as displayed, where it sits, where it came from, and how it
 * is merged. Immutable and thread-safe.
 *
 * <p>A grid makes its cells when asked and names them only when {@link #address()} is called, so
 * that a sheet of a million rows holds its texts and merged regions, not a cell object and an
 * address string for every cell.
 *
 * <p>A merged region has one anchor cell (its top-left) with {@link #rowSpan()} or
 * {@link #colSpan()} above 1 and the region's text; every other cell of the region is a
 * {@linkplain #isCovered() covered} cell with empty text, pointing back at the anchor through
 * {@link #anchorRow()} and {@link #anchorColumn()}.
 */
public final class Cell {
    private final int row;
    private final int column;
    private final String text;
    /** The address given, or null when it is made from the addressing when asked. */
    private final String address;
    private final CellAddressing addressing;
    private final int sourceRow;
    private final int rowSpan;
    private final int colSpan;
    private final int anchorRow;
    private final int anchorColumn;

    private Cell(int row, int column, String text, String address, int rowSpan, int colSpan,
            int anchorRow, int anchorColumn) {
        this(row, column, text, Objects.requireNonNull(address, "address"), null, 0, rowSpan, colSpan,
                anchorRow, anchorColumn);
    }

    private Cell(int row, int column, String text, String address, CellAddressing addressing, int sourceRow,
            int rowSpan, int colSpan, int anchorRow, int anchorColumn) {
        this.row = row;
        this.column = column;
        this.text = Objects.requireNonNull(text, "text");
        this.address = address;
        this.addressing = addressing;
        this.sourceRow = sourceRow;
        this.rowSpan = rowSpan;
        this.colSpan = colSpan;
        this.anchorRow = anchorRow;
        this.anchorColumn = anchorColumn;
    }

    /**
     * A cell that is not covered by a merge (it may itself anchor one).
     *
     * @param row the 0-based row in the grid
     * @param column the 0-based column in the grid
     * @param text the text as displayed, line breaks as {@code \n}
     * @param address the source address, such as {@code 任务台账!D12}
     * @param rowSpan rows the cell spans, 1 when not merged
     * @param colSpan columns the cell spans, 1 when not merged
     * @return the cell
     */
    public static Cell of(int row, int column, String text, String address, int rowSpan, int colSpan) {
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be at least 1");
        }
        return new Cell(row, column, text, address, rowSpan, colSpan, row, column);
    }

    /**
     * A cell covered by a merged region that starts elsewhere.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @param address the source address
     * @param anchorRow the row of the region's anchor
     * @param anchorColumn the column of the region's anchor
     * @return the cell
     */
    public static Cell covered(int row, int column, String address, int anchorRow, int anchorColumn) {
        return new Cell(row, column, "", address, 1, 1, anchorRow, anchorColumn);
    }

    /**
     * A cell named by its grid's addressing when asked: {@link Grid} makes its cells this way.
     *
     * @param row the 0-based row in the grid
     * @param column the 0-based column
     * @param text the text as displayed
     * @param addressing how the grid names cells
     * @param sourceRow the 1-based row number in the source
     * @param rowSpan rows spanned, 1 when not merged
     * @param colSpan columns spanned, 1 when not merged
     * @param anchorRow the row of the region's anchor; {@code row} when not covered
     * @param anchorColumn the column of the region's anchor; {@code column} when not covered
     * @return the cell
     */
    static Cell lazy(int row, int column, String text, CellAddressing addressing, int sourceRow, int rowSpan,
            int colSpan, int anchorRow, int anchorColumn) {
        return new Cell(row, column, text, null, addressing, sourceRow, rowSpan, colSpan, anchorRow, anchorColumn);
    }

    /** @return the 0-based row in the grid */
    public int row() {
        return row;
    }

    /** @return the 0-based column in the grid */
    public int column() {
        return column;
    }

    /** @return the text as displayed; empty for blank and covered cells */
    public String text() {
        return text;
    }

    /** @return true when the text is empty or only white space */
    public boolean isBlank() {
        return text.isBlank();
    }

    /** @return the source address: {@code 任务台账!D12}, {@code table 2, row 5, cell 3}, {@code B6} */
    public String address() {
        return address != null ? address : addressing.address(sourceRow, column);
    }

    /** @return rows this cell spans as a merge anchor; 1 otherwise */
    public int rowSpan() {
        return rowSpan;
    }

    /** @return columns this cell spans as a merge anchor; 1 otherwise */
    public int colSpan() {
        return colSpan;
    }

    /** @return true when a merged region that starts at another cell covers this one */
    public boolean isCovered() {
        return anchorRow != row || anchorColumn != column;
    }

    /** @return the row of the merge anchor; this cell's row when not covered */
    public int anchorRow() {
        return anchorRow;
    }

    /** @return the column of the merge anchor; this cell's column when not covered */
    public int anchorColumn() {
        return anchorColumn;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Cell)) {
            return false;
        }
        Cell c = (Cell) o;
        return row == c.row && column == c.column && rowSpan == c.rowSpan && colSpan == c.colSpan
                && anchorRow == c.anchorRow && anchorColumn == c.anchorColumn
                && text.equals(c.text) && address().equals(c.address());
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, text, address(), rowSpan, colSpan, anchorRow, anchorColumn);
    }

    @Override
    public String toString() {
        return address() + (isCovered() ? " (merged)" : "") + " " + text;
    }
}
