package org.taizhang.xlsx.internal;

/** Small measures of written cells: how many lines wrapped text takes. */
public final class Layout {
    private static final float LINE_POINTS = 14.5f;
    private static final float MAX_ROW_POINTS = 409f;

    private Layout() {}

    /**
     * How many lines text takes in a column when wrapped, counting a CJK character as two units.
     *
     * @param text the text
     * @param width the column width in character units
     * @return the lines, at least 1
     */
    static int lines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < line.length(); i++) {
                units += line.charAt(i) >= 0x2E80 ? 2 : 1;
            }
            lines += Math.max(1, (units + width - 2) / Math.max(1, width - 1));
        }
        return Math.max(1, lines);
    }

    /**
     * @param lines lines of text
     * @return the row height in points that shows them, at most Excel's 409
     */
    static float height(int lines) {
        return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 4);
    }
}
