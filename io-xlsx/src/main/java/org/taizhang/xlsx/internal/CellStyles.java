package org.taizhang.xlsx.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The number format of each cell style of a workbook, looked up once per style, and the
 * {@link DisplayFormat} that applies it. A style index the workbook does not define is shown as
 * General, as Excel does. Not thread-safe.
 */
final class CellStyles {
    private final StylesTable styles;
    private final DisplayFormat display;
    private final Map<Integer, Object[]> formats = new HashMap<>();

    /**
     * @param styles the workbook's styles, or null when it has none
     * @param date1904 true when the workbook counts dates from 1904
     */
    CellStyles(StylesTable styles, boolean date1904) {
        this.styles = styles;
        this.display = new DisplayFormat(date1904);
    }

    /**
     * @param value a number
     * @param style the cell's style index
     * @return the number as Excel shows it
     */
    String format(double value, int style) {
        Object[] f = formats.computeIfAbsent(style, this::lookUp);
        return display.format(value, (Integer) f[0], (String) f[1]);
    }

    private Object[] lookUp(int style) {
        if (styles == null || style >= styles.getNumCellStyles()) {
            return new Object[] {0, null};
        }
        try {
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            if (cellStyle == null) {
                return new Object[] {0, null};
            }
            int index = cellStyle.getDataFormat();
            return new Object[] {index, styles.getNumberFormatAt((short) index)};
        } catch (RuntimeException e) {
            // a damaged style entry: Excel too shows such a number as General
            return new Object[] {0, null};
        }
    }
}
