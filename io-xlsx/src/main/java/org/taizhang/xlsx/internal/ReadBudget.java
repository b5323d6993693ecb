package org.taizhang.xlsx.internal;

import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.spi.ReadContext;

/**
 * Counts what one read has taken from a file against {@link ReadLimits}: rows (every row the
 * sheets declare, empty or not), non-empty cells, characters of cell text, and time. Shared by
 * every sheet of a workbook, since the limits are per file. Not thread-safe.
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
     * @param place the entry, for the message
     * @param count how many entries so far, this one included
     * @param chars its length
     * @throws LimitExceededException past the cell, cell length or text limits
     */
    public void sharedString(String place, int count, int chars) throws LimitExceededException {
        context.checkCellLength(place, chars);
        if (count > limits.maxCells()) {
            throw context.limit(place, "the shared string table has more than " + limits.maxCells()
                    + " entries (ReadLimits.maxCells)");
        }
        sharedChars += chars;
        if (sharedChars > limits.maxTextChars()) {
            throw context.limit(place, "the shared string table holds more than "
                    + limits.maxTextChars() + " characters (ReadLimits.maxTextChars)");
        }
        tick(place);
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
