package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.TextLine;

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
        add(grid, firstDataRow, List.of());
    }

    /**
     * @param headings the heading paragraphs standing right above the grid ({@code 一、深化政务公开}),
     *     in order: they open sections around the grid's rows
     */
    void add(Grid grid, int firstDataRow, List<TextLine> headings) {
        parts.add(new Part(grid, firstDataRow, headings));
    }

    /** @return the sheet name when the run comes from a workbook sheet */
    Optional<String> sheet() {
        return GridSource.sheet(parts.get(0).grid());
    }

    /** One grid of the run, the first of its rows below the header, and the headings above it. */
    static final class Part {
        private final Grid grid;
        private final int firstDataRow;
        private List<TextLine> headings;

        Part(Grid grid, int firstDataRow, List<TextLine> headings) {
            this.grid = grid;
            this.firstDataRow = firstDataRow;
            this.headings = List.copyOf(headings);
        }

        /** @return the heading paragraphs that open sections before the grid's rows, in order */
        List<TextLine> headings() {
            return headings;
        }

        /** Gives the headings back to the title block: they were not read as sections after all. */
        void dropHeadings() {
            headings = List.of();
        }

        Grid grid() {
            return grid;
        }

        int firstDataRow() {
            return firstDataRow;
        }
    }
}
