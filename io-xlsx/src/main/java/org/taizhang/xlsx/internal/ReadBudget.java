package org.taizhang.xlsx.internal;

import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.CellAddressing;

/**
 * Counts what one read has taken from a file against {@link ReadLimits}: rows (every row the
 * sheets declare, empty or not), non-empty cells, characters of cell text, and time. Shared by
 * every sheet of a workbook, since the limits are per file. The per-cell and per-row checks take
 * the place as an addressing and coordinates, and name it only when a limit is passed: a read
 * passes them millions of times. Not thread-safe.
 */
public final class ReadBudget {
    private static final int TIME_CHECK_INTERVAL = 1024;

    private final ReadContext context;
    private final ReadLimits limits;
    private long rows;
    private long cells;
    private long textChars;
    private long sharedChars;
    private int ticks;

    /**
     * @param context the read's context
     */
    public ReadBudget(ReadContext context) {
        this.context = context;
        this.limits = context.limits();
    }

    /** @return the read's context */
    public ReadContext context() {
        return context;
    }

    /**
     * Counts one row a sheet declares.
     *
     * @param place the row, for the message
     * @throws LimitExceededException past {@link ReadLimits#maxRows()}
     */
    public void row(String place) throws LimitExceededException {
        if (++rows > limits.maxRows()) {
            throw context.limit(place, "the file has more than " + limits.maxRows()
                    + " rows (ReadLimits.maxRows)");
        }
        tick(place);
    }

    /**
     * Counts one row a sheet declares.
     *
     * @param addressing how the sheet names its rows
     * @param row the 1-based row
     * @throws LimitExceededException past {@link ReadLimits#maxRows()} or the time limit
     */
    public void row(CellAddressing addressing, int row) throws LimitExceededException {
        if (++rows > limits.maxRows()) {
            throw context.limit(addressing.rowPlace(row), "the file has more than " + limits.maxRows()
                    + " rows (ReadLimits.maxRows)");
        }
        tick(addressing, row, 0);
    }

    /**
     * Counts one non-empty cell and its text.
     *
     * @param addressing how the sheet names its cells
     * @param row the 1-based row
     * @param column the 0-based column
     * @param chars its length
     * @throws LimitExceededException past {@link ReadLimits#maxCells()},
     *     {@link ReadLimits#maxCellChars()}, {@link ReadLimits#maxTextChars()} or the time limit
     */
    public void cell(CellAddressing addressing, int row, int column, int chars) throws LimitExceededException {
        if (chars > limits.maxCellChars() || cells >= limits.maxCells()
                || textChars + chars > limits.maxTextChars()) {
            cell(addressing.address(row, column), chars); // names the place and throws
        }
        cells++;
        textChars += chars;
        tick(addressing, row, column);
    }

    /**
     * Checks the clock every so often, naming the cell only when the time is up.
     *
     * @param addressing how the sheet names its cells
     * @param row the 1-based row
     * @param column the 0-based column
     * @throws LimitExceededException past {@link ReadLimits#maxTime()}
     */
    public void tick(CellAddressing addressing, int row, int column) throws LimitExceededException {
        if (++ticks >= TIME_CHECK_INTERVAL) {
            ticks = 0;
            context.checkTime(addressing.address(row, column));
        }
    }

    /**
     * @return the most characters one cell may hold
     */
    public int maxCellChars() {
        return limits.maxCellChars();
    }

    /**
     * Counts one non-empty cell and its text.
     *
     * @param place the cell
     * @param chars its length
     * @throws LimitExceededException past {@link ReadLimits#maxCells()},
     *     {@link ReadLimits#maxCellChars()} or {@link ReadLimits#maxTextChars()}
     */
    public void cell(String place, int chars) throws LimitExceededException {
        context.checkCellLength(place, chars);
        if (++cells > limits.maxCells()) {
            throw context.limit(place, "the file has more than " + limits.maxCells()
                    + " non-empty cells (ReadLimits.maxCells)");
        }
        textChars += chars;
        if (textChars > limits.maxTextChars()) {
            throw context.limit(place, "the file holds more than " + limits.maxTextChars()
                    + " characters of text (ReadLimits.maxTextChars)");
        }
        tick(place);
    }

    /**
     * Counts one entry of a workbook's shared string table.
     *
     * @param index the entry's 0-based index, for the message
     * @param chars its length
     * @throws LimitExceededException past the cell, cell length or text limits
     */
    public void sharedString(int index, int chars) throws LimitExceededException {
        int count = index + 1;
        sharedChars += chars;
        if (chars <= limits.maxCellChars() && count <= limits.maxCells()
                && sharedChars <= limits.maxTextChars()) {
            if (++ticks >= TIME_CHECK_INTERVAL) {
                ticks = 0;
                context.checkTime(sharedStringPlace(index));
            }
            return;
        }
        String place = sharedStringPlace(index);
        context.checkCellLength(place, chars);
        if (count > limits.maxCells()) {
            throw context.limit(place, "the shared string table has more than " + limits.maxCells()
                    + " entries (ReadLimits.maxCells)");
        }
        if (sharedChars > limits.maxTextChars()) {
            throw context.limit(place, "the shared string table holds more than "
                    + limits.maxTextChars() + " characters (ReadLimits.maxTextChars)");
        }
        tick(place);
    }

    /**
     * @param index the 0-based index of a shared string
     * @return its place for messages: {@code shared strings #12}
     */
    public static String sharedStringPlace(int index) {
        return "shared strings #" + index;
    }

    /**
     * Checks the clock every so often; called for every element a reader handles.
     *
     * @param place where the reader is
     * @throws LimitExceededException past {@link ReadLimits#maxTime()}
     */
    public void tick(String place) throws LimitExceededException {
        if (++ticks >= TIME_CHECK_INTERVAL) {
            ticks = 0;
            context.checkTime(place);
        }
    }

    /**
     * Fails when a sheet's grid would be larger than the cell limit: every row kept times the
     * widest row, since a grid holds a cell object for each.
     *
     * @param place the sheet
     * @param rowCount rows the grid would hold
     * @param width its columns
     * @throws LimitExceededException past {@link ReadLimits#maxCells()}
     */
    public void area(String place, long rowCount, long width) throws LimitExceededException {
        if (rowCount > limits.maxRows()) {
            throw context.limit(place, "the sheet's merged regions span more than "
                    + limits.maxRows() + " rows (ReadLimits.maxRows)");
        }
        if (rowCount * width > limits.maxCells()) {
            throw context.limit(place, "the sheet's used area of " + rowCount + " rows × " + width
                    + " columns is more than " + limits.maxCells() + " cells (ReadLimits.maxCells)");
        }
    }
}
