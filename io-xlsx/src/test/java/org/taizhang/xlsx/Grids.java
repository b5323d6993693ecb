package org.taizhang.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;
import org.taizhang.xlsx.internal.XlsxGridReader;

/** Test helpers for reading grids and finding cells in them. */
final class Grids {
    static final Path FIXTURES = Path.of("../testdata/fixtures");

    private Grids() {}

    static List<Grid> readXlsx(Path file) throws LedgerException {
        return readXlsx(file, ReadOptions.defaults());
    }

    static List<Grid> readXlsx(Path file, ReadOptions options) throws LedgerException {
        return XlsxGridReader.read(file, new ReadContext(file.getFileName().toString(), options));
    }

    /** The cell at a source address such as {@code C12}. */
    static Cell at(Grid grid, String a1) {
        for (int r = 0; r < grid.rowCount(); r++) {
            for (Cell c : grid.row(r)) {
                if (c.address().equals(grid.name() + "!" + a1)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no cell " + a1 + " in " + grid);
    }

    /** The texts of a grid row. */
    static List<String> texts(Grid grid, int row) {
        List<String> out = new ArrayList<>();
        for (Cell c : grid.row(row)) {
            out.add(c.text());
        }
        return out;
    }

    /** The source row numbers of a grid. */
    static List<Integer> sourceRows(Grid grid) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            out.add(grid.sourceRow(r));
        }
        return out;
    }
}
