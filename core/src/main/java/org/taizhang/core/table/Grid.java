package org.taizhang.core.table;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A table as read from any format: rows of {@link Cell}s, each with its text, its merged region and
 * its source address. Rows that are entirely empty in the source may be left out; each grid row
 * keeps its {@linkplain #sourceRow(int) source row number}. Every row has {@link #columnCount()}
 * cells. Immutable and thread-safe.
 *
 * <p>A grid holds one text per cell and one region number per merged cell; the {@link Cell}
 * objects are made when asked for (cheap, short-lived) and name themselves only when their address
 * is asked for, so that a large sheet costs little more memory than its texts.
 */
public final class Grid {
    private final String name;
    private final CellAddressing addressing;
    private final int[] sourceRows;
    private final int columns;
    /** The texts, row by row, {@code columns} to a row; null for an empty cell. */
    private final String[] texts;
    /**
     * For each cell, 0, or 1 + the index of the merged region it is in: positive for the region's
     * anchor cell, negative for a cell the region covers, so that coverage is one array read (it
     * is asked of every cell of every row); null when the grid has no merged region.
     */
    private final int[] regionOf;
    /** The merged regions in grid coordinates: first row, first column, last row, last column. */
    private final int[][] regions;

    private Grid(String name, CellAddressing addressing, int[] sourceRows, int columns, String[] texts,
            int[] regionOf, int[][] regions) {
        this.name = name;
        this.addressing = addressing;
        this.sourceRows = sourceRows;
        this.columns = columns;
        this.texts = texts;
        this.regionOf = regionOf;
        this.regions = regions;
    }

    /**
     * A builder for a grid.
     *
     * @param name the sheet name, or {@code table 2}
     * @param addressing how cells are named
     * @return the builder
     */
    public static Builder builder(String name, CellAddressing addressing) {
        return new Builder(name, addressing);
    }

    /** @return the sheet name or table name */
    public String name() {
        return name;
    }

    /** @return how cells are named */
    public CellAddressing addressing() {
        return addressing;
    }

    /** @return the number of rows */
    public int rowCount() {
        return sourceRows.length;
    }

    /** @return the number of columns of every row */
    public int columnCount() {
        return columns;
    }

    /**
     * @param row a 0-based grid row
     * @return its cells, {@link #columnCount()} of them
     */
    public List<Cell> row(int row) {
        Objects.checkIndex(row, sourceRows.length);
        return new RowView(row);
    }

    /**
     * @param row a 0-based grid row
     * @param column a 0-based column
     * @return the cell
     */
    public Cell cell(int row, int column) {
        Objects.checkIndex(row, sourceRows.length);
        Objects.checkIndex(column, columns);
        int i = row * columns + column;
        int region = regionOf == null ? 0 : regionOf[i];
        if (region == 0) {
            return Cell.lazy(row, column, textAt(i), addressing, sourceRows[row], 1, 1, row, column);
        }
        int[] m = regions[Math.abs(region) - 1];
        if (region > 0) {
            return Cell.lazy(row, column, textAt(i), addressing, sourceRows[row], m[2] - m[0] + 1,
                    m[3] - m[1] + 1, row, column);
        }
        return Cell.lazy(row, column, "", addressing, sourceRows[row], 1, 1, m[0], m[1]);
    }

    /**
     * Whether a cell is covered by a merged region anchored elsewhere, without making the cell: the
     * same as {@code cell(row, column).isCovered()}.
     *
     * @param row a 0-based grid row
     * @param column a 0-based column
     * @return true when another cell's merged region covers this one
     */
    public boolean isCovered(int row, int column) {
        Objects.checkIndex(row, sourceRows.length);
        Objects.checkIndex(column, columns);
        return regionOf != null && regionOf[row * columns + column] < 0;
    }

    /**
     * The text of a cell, without making the cell: the same as {@code cell(row, column).text()}.
     *
     * @param row a 0-based grid row
     * @param column a 0-based column
     * @return the text as displayed; empty for blank and covered cells
     */
    public String text(int row, int column) {
        Objects.checkIndex(row, sourceRows.length);
        Objects.checkIndex(column, columns);
        int i = row * columns + column;
        return regionOf != null && regionOf[i] < 0 ? "" : textAt(i);
    }

    private String textAt(int i) {
        String t = texts[i];
        return t == null ? "" : t;
    }

    /**
     * @param row a 0-based grid row
     * @return the 1-based row number in the source
     */
    public int sourceRow(int row) {
        return sourceRows[row];
    }

    /**
     * @param row a 0-based grid row
     * @return the place of the row for messages: {@code 任务台账!row 12}
     */
    public String rowPlace(int row) {
        return addressing.rowPlace(sourceRows[row]);
    }

    /**
     * @param row a 0-based grid row
     * @return true when every cell of the row is blank (covered cells count as blank)
     */
    public boolean isBlankRow(int row) {
        Objects.checkIndex(row, sourceRows.length);
        for (int c = 0; c < columns; c++) {
            if (!text(row, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name + " (" + sourceRows.length + " rows × " + columns + " columns)";
    }

    /** One row's cells, made when asked for. */
    private final class RowView extends AbstractList<Cell> implements RandomAccess {
        private final int row;

        RowView(int row) {
            this.row = row;
        }

        @Override
        public Cell get(int column) {
            return cell(row, column);
        }

        @Override
        public int size() {
            return columns;
        }
    }

    /**
     * Collects cells row by row. Source rows must be given in increasing order; merges may be
     * given at any time before {@link #build()}, in source coordinates. Rows inside a merged region
     * that had no cells of their own are created. Not thread-safe.
     */
    public static final class Builder {
        private static final String[] NO_CELLS = {};

        private final String name;
        private final CellAddressing addressing;
        private int[] rowNumbers = new int[16];
        private String[][] rowCells = new String[16][];
        private int rows;
        private final List<int[]> merges = new ArrayList<>();

        private Builder(String name, CellAddressing addressing) {
            this.name = Objects.requireNonNull(name, "name");
            this.addressing = Objects.requireNonNull(addressing, "addressing");
        }

        /**
         * Starts a row; following {@link #cell} calls fill it.
         *
         * @param sourceRow the 1-based row number in the source, above every earlier one
         * @return this builder
         */
        public Builder startRow(int sourceRow) {
            int currentRow = rows == 0 ? -1 : rowNumbers[rows - 1];
            if (sourceRow <= currentRow || sourceRow < 1) {
                throw new IllegalArgumentException("source rows must increase from 1: " + sourceRow
                        + " after " + currentRow);
            }
            if (rows == rowNumbers.length) {
                rowNumbers = Arrays.copyOf(rowNumbers, rows * 2);
                rowCells = Arrays.copyOf(rowCells, rows * 2);
            }
            rowNumbers[rows] = sourceRow;
            rowCells[rows] = NO_CELLS;
            rows++;
            return this;
        }

        /**
         * Adds a row whose cells are known at once, as {@link #startRow} and {@link #cell} would,
         * without copying them: the builder takes the array over, and the caller must not change
         * it afterwards. A null entry is a blank cell. For readers that collect a row's cells in
         * an array of their own.
         *
         * @param sourceRow the 1-based row number in the source, above every earlier one
         * @param cells the row's texts by 0-based column
         * @return this builder
         */
        public Builder row(int sourceRow, String[] cells) {
            Objects.requireNonNull(cells, "cells");
            startRow(sourceRow);
            rowCells[rows - 1] = cells;
            return this;
        }

        /**
         * Sets a cell of the current row.
         *
         * @param column the 0-based column
         * @param text the text as displayed
         * @return this builder
         */
        public Builder cell(int column, String text) {
            if (rows == 0) {
                throw new IllegalStateException("startRow first");
            }
            if (column < 0) {
                throw new IllegalArgumentException("negative column " + column);
            }
            String[] cells = rowCells[rows - 1];
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, Math.min(cells.length * 2, column + 8)));
                rowCells[rows - 1] = cells;
            }
            cells[column] = text == null ? "" : text;
            return this;
        }

        /**
         * Declares a merged region, inclusive, in source coordinates.
         *
         * @param firstRow the 1-based first source row
         * @param firstColumn the 0-based first column
         * @param lastRow the 1-based last source row
         * @param lastColumn the 0-based last column
         * @return this builder
         */
        public Builder merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
            if (firstRow < 1 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
                throw new IllegalArgumentException("bad merged region");
            }
            merges.add(new int[] {firstRow, firstColumn, lastRow, lastColumn});
            return this;
        }

        /** @return the number of rows started so far */
        public int rowsStarted() {
            return rows;
        }

        /** @return the grid */
        public Grid build() {
            int[] sourceRows = withMergedRows();
            int width = 0;
            for (int i = 0; i < rows; i++) {
                String[] cells = rowCells[i];
                for (int c = cells.length - 1; c >= 0; c--) {
                    if (cells[c] != null) {
                        width = Math.max(width, c + 1);
                        break;
                    }
                }
            }
            for (int[] m : merges) {
                width = Math.max(width, m[3] + 1);
            }
            String[] texts = new String[Math.multiplyExact(sourceRows.length, width)];
            for (int i = 0, g = 0; i < rows; i++) {
                while (sourceRows[g] != rowNumbers[i]) {
                    g++;
                }
                String[] cells = rowCells[i];
                System.arraycopy(cells, 0, texts, g * width, Math.min(cells.length, width));
            }
            int[] regionOf = null;
            int[][] regions = new int[merges.size()][];
            for (int k = 0; k < merges.size(); k++) {
                int[] m = merges.get(k);
                int first = Arrays.binarySearch(sourceRows, m[0]);
                int last = Arrays.binarySearch(sourceRows, m[2]);
                regions[k] = new int[] {first, m[1], last, m[3]};
                if (regionOf == null) {
                    regionOf = new int[texts.length];
                }
                for (int r = first; r <= last; r++) {
                    for (int c = m[1]; c <= m[3]; c++) {
                        int i = r * width + c;
                        if (regionOf[i] == 0) { // overlapping regions: the first declared wins
                            regionOf[i] = r == first && c == m[1] ? k + 1 : -(k + 1);
                        }
                    }
                }
            }
            return new Grid(name, addressing, sourceRows, width, texts, regionOf, regions);
        }

        // The started rows, and the rows inside merged regions that had no cells of their own.
        private int[] withMergedRows() {
            int[] started = Arrays.copyOf(rowNumbers, rows);
            if (merges.isEmpty()) {
                return started;
            }
            int[] extra = new int[16];
            int n = 0;
            for (int[] m : merges) {
                for (int r = m[0]; r <= m[2]; r++) {
                    if (Arrays.binarySearch(started, r) < 0) {
                        if (n == extra.length) {
                            extra = Arrays.copyOf(extra, n * 2);
                        }
                        extra[n++] = r;
                    }
                }
            }
            if (n == 0) {
                return started;
            }
            int[] all = Arrays.copyOf(started, rows + n);
            System.arraycopy(extra, 0, all, rows, n);
            return Arrays.stream(all).sorted().distinct().toArray();
        }
    }
}
