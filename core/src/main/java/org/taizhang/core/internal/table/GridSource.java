package org.taizhang.core.internal.table;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.table.Grid;

/**
 * Whether a grid is a workbook sheet or a Word table. Addressings made by the factories of
 * {@link org.taizhang.core.table.CellAddressing} say so; for others the first cell's address is
 * read ({@code 任务台账!A1}, {@code table 2, row 1, cell 1}).
 */
final class GridSource {
    private static final Pattern TABLE = Pattern.compile("^table (\\d+), row ");

    private GridSource() {}

    static Optional<String> sheet(Grid grid) {
        Optional<String> declared = grid.addressing().sheetName();
        if (declared.isPresent()) {
            return declared;
        }
        String address = grid.addressing().address(1, 0);
        int bang = address.lastIndexOf('!');
        return bang > 0 ? Optional.of(address.substring(0, bang)) : Optional.empty();
    }

    static OptionalInt table(Grid grid) {
        OptionalInt declared = grid.addressing().tableNumber();
        if (declared.isPresent()) {
            return declared;
        }
        Matcher m = TABLE.matcher(grid.addressing().address(1, 0));
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
