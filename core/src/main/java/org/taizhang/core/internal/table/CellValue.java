package org.taizhang.core.internal.table;

/** The value a task takes from one column: its text, the cell it came from, and whether inherited. */
final class CellValue {
    private final String text;
    private final String address;
    private final boolean inherited;

    CellValue(String text, String address, boolean inherited) {
        this.text = text;
        this.address = address;
        this.inherited = inherited;
    }

    String text() {
        return text;
    }

    String address() {
        return address;
    }

    boolean inherited() {
        return inherited;
    }

    CellValue asInherited() {
        return new CellValue(text, address, true);
    }
}
