package org.taizhang.core.internal.table;

import org.taizhang.core.table.Cell;

/**
 * The value a task takes from one column: its text, the cell it came from, and whether inherited.
 * The cell's address is made only when asked for: most values probed on a row are never recorded.
 */
final class CellValue {
    private final String text;
    private final Cell cell;
    private final boolean inherited;

    CellValue(String text, Cell cell, boolean inherited) {
        this.text = text;
        this.cell = cell;
        this.inherited = inherited;
    }

    String text() {
        return text;
    }

    String address() {
        return cell.address();
    }

    boolean inherited() {
        return inherited;
    }

    CellValue asInherited() {
        return new CellValue(text, cell, true);
    }
}
