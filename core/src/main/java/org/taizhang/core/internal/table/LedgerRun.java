package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.table.Grid;

/**
 * One ledger as it lies in the document: a header and the grids that carry its rows. Word tables
 * split by page breaks with the same header, and following tables without a header but with the
 * same number of columns, make up one run.
 */
final class LedgerRun {
    private final Header header;
    private final List<Part> parts = new ArrayList<>();

    LedgerRun(Header header) {
        this.header = header;
    }

    Header header() {
        return header;
    }

    List<Part> parts() {
        return parts;
    }

    void add(Grid grid, int firstDataRow) {
        parts.add(new Part(grid, firstDataRow));
    }

    /** @return the sheet name when the run comes from a workbook sheet */
    Optional<String> sheet() {
        return GridSource.sheet(parts.get(0).grid());
    }

    /** One grid of the run and the first of its rows below the header. */
    static final class Part {
        private final Grid grid;
        private final int firstDataRow;

        Part(Grid grid, int firstDataRow) {
            this.grid = grid;
            this.firstDataRow = firstDataRow;
        }

        Grid grid() {
            return grid;
        }

        int firstDataRow() {
            return firstDataRow;
        }
    }
}
