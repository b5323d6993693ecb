package org.taizhang.core.table;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a format names its cells in messages and {@link org.taizhang.core.SourceRef}s. Rows are the
 * 1-based row numbers a person sees in the source; columns are 0-based.
 */
public interface CellAddressing {

    /**
     * @param sourceRow the 1-based row number in the source
     * @param column the 0-based column
     * @return the address of the cell: {@code 任务台账!D12}, {@code table 2, row 5, cell 3}
     */
    String address(int sourceRow, int column);

    /**
     * @param sourceRow the 1-based row number in the source
     * @return the place of a whole row: {@code 任务台账!row 12}, {@code table 2, row 5}
     */
    String rowPlace(int sourceRow);

    /**
     * The workbook sheet these addresses name, for {@link org.taizhang.core.SourceRef#sheet()}.
     *
     * @return the sheet name; empty for anything but a workbook sheet
     */
    default Optional<String> sheetName() {
        return Optional.empty();
    }

    /**
     * The Word table these addresses name, for {@link org.taizhang.core.SourceRef#table()}.
     *
     * @return the 1-based table number; empty for anything but a Word table
     */
    default OptionalInt tableNumber() {
        return OptionalInt.empty();
    }

    /**
     * Spreadsheet addresses with the sheet name: {@code 任务台账!D12}.
     *
     * @param sheet the sheet name
     * @return the addressing
     */
    static CellAddressing sheet(String sheet) {
        return new CellAddressing() {
            @Override
            public String address(int sourceRow, int column) {
                return sheet + "!" + columnName(column) + sourceRow;
            }

            @Override
            public String rowPlace(int sourceRow) {
                return sheet + "!row " + sourceRow;
            }

            @Override
            public Optional<String> sheetName() {
                return Optional.of(sheet);
            }
        };
    }

    /**
     * Spreadsheet addresses without a sheet, for a CSV file as a spreadsheet shows it: {@code D12}.
     *
     * @return the addressing
     */
    static CellAddressing a1() {
        return new CellAddressing() {
            @Override
            public String address(int sourceRow, int column) {
                return columnName(column) + sourceRow;
            }

            @Override
            public String rowPlace(int sourceRow) {
                return "row " + sourceRow;
            }
        };
    }

    /**
     * Word table addresses: {@code table 2, row 5, cell 3}.
     *
     * @param table the 1-based table number in the document
     * @return the addressing
     */
    static CellAddressing table(int table) {
        return new CellAddressing() {
            @Override
            public String address(int sourceRow, int column) {
                return "table " + table + ", row " + sourceRow + ", cell " + (column + 1);
            }

            @Override
            public String rowPlace(int sourceRow) {
                return "table " + table + ", row " + sourceRow;
            }

            @Override
            public OptionalInt tableNumber() {
                return OptionalInt.of(table);
            }
        };
    }

    /**
     * The spreadsheet name of a 0-based column: 0 is {@code A}, 26 is {@code AA}.
     *
     * @param column the 0-based column
     * @return its letters
     */
    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.append((char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.reverse().toString();
    }
}
