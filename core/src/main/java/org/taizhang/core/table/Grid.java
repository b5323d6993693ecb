package org.taizhang.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A table as read from any format: rows of {@link Cell}s, each with its text, its merged region and
 * its source address. Rows that are entirely empty in the source may be left out; each grid row
 * keeps its {@linkplain #sourceRow(int) source row number}. Every row has {@link #columnCount()}
 * cells. Immutable and thread-safe.
 */
public final class Grid {
    private final String name;
    private final CellAddressing addressing;
    private final List<List<Cell>> rows;
    private final int[] sourceRows;
    private final int columns;

    private Grid(String name, CellAddressing addressing, List<List<Cell>> rows, int[] sourceRows,
            int columns) {
        this.name = name;
        this.addressing = addressing;
        this.rows = rows;
        this.sourceRows = sourceRows;
        this.columns = columns;
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
        return rows.size();
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
        return rows.get(row);
    }

    /**
     * @param row a 0-based grid row
     * @param column a 0-based column
     * @return the cell
     */
    public Cell cell(int row, int column) {
        return rows.get(row).get(column);
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
        return rows.get(row).stream().allMatch(Cell::isBlank);
    }

    @Override
    public String toString() {
        return name + " (" + rows.size() + " rows × " + columns + " columns)";
    }

    /**
     * Collects cells row by row. Source rows must be given in increasing order; merges may be
     * given at any time before {@link #build()}, in source coordinates. Rows inside a merged region
     * that had no cells of their own are created. Not thread-safe.
     */
    public static final class Builder {
        private final String name;
        private final CellAddressing addressing;
        private final TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
        private final List<int[]> merges = new ArrayList<>();
        private int currentRow = -1;

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
            if (sourceRow <= currentRow || sourceRow < 1) {
                throw new IllegalArgumentException("source rows must increase from 1: " + sourceRow
                        + " after " + currentRow);
            }
            currentRow = sourceRow;
            cells.put(sourceRow, new TreeMap<>());
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
            if (currentRow < 0) {
                throw new IllegalStateException("startRow first");
            }
            if (column < 0) {
                throw new IllegalArgumentException("negative column " + column);
            }
            cells.get(currentRow).put(column, text == null ? "" : text);
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
            return cells.size();
        }

        /** @return the grid */
        public Grid build() {
            for (int[] m : merges) {
                for (int r = m[0]; r <= m[2]; r++) {
                    cells.computeIfAbsent(r, k -> new TreeMap<>());
                }
            }
            int width = 0;
            for (TreeMap<Integer, String> row : cells.values()) {
                if (!row.isEmpty()) {
                    width = Math.max(width, row.lastKey() + 1);
                }
            }
            for (int[] m : merges) {
                width = Math.max(width, m[3] + 1);
            }
            int[] sourceRows = cells.keySet().stream().mapToInt(Integer::intValue).toArray();
            java.util.Map<Integer, Integer> indexOf = new java.util.HashMap<>();
            for (int i = 0; i < sourceRows.length; i++) {
                indexOf.put(sourceRows[i], i);
            }
            Cell[][] grid = new Cell[sourceRows.length][width];
            for (int[] m : merges) {
                int ar = indexOf.get(m[0]);
                String text = cells.get(m[0]).getOrDefault(m[1], "");
                int span = m[2] - m[0] + 1;
                for (int r = m[0]; r <= m[2]; r++) {
                    int gr = indexOf.get(r);
                    for (int c = m[1]; c <= m[3]; c++) {
                        if (grid[gr][c] != null) {
                            continue; // overlapping regions: the first declared wins
                        }
                        grid[gr][c] = (r == m[0] && c == m[1])
                                ? Cell.of(gr, c, text, addressing.address(r, c), span, m[3] - m[1] + 1)
                                : Cell.covered(gr, c, addressing.address(r, c), ar, m[1]);
                    }
                }
            }
            List<List<Cell>> rows = new ArrayList<>(sourceRows.length);
            for (int i = 0; i < sourceRows.length; i++) {
                TreeMap<Integer, String> src = cells.get(sourceRows[i]);
                for (int c = 0; c < width; c++) {
                    if (grid[i][c] == null) {
                        grid[i][c] = Cell.of(i, c, src.getOrDefault(c, ""),
                                addressing.address(sourceRows[i], c), 1, 1);
                    }
                }
                rows.add(List.of(grid[i]));
            }
            return new Grid(name, addressing, List.copyOf(rows), sourceRows, width);
        }
    }
}
