package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;

/**
 * The number format of each cell style of a workbook, read from its styles part (the custom
 * formats of {@code <numFmts>} and the {@code numFmtId} of each {@code <xf>} in
 * {@code <cellXfs>}), and the {@link DisplayFormat} that applies it. A style index the workbook
 * does not define is shown as General, as Excel does. Not thread-safe.
 */
final class CellStyles {
    private static final String PLACE = "styles";

    private final int[] formatIds;
    private final Map<Integer, String> customFormats;
    private final DisplayFormat display;

    /**
     * @param formatIds the number format id of each cell style, by style index
     * @param customFormats the workbook's own number formats by id
     * @param date1904 true when the workbook counts dates from 1904
     */
    CellStyles(int[] formatIds, Map<Integer, String> customFormats, boolean date1904) {
        this.formatIds = formatIds;
        this.customFormats = customFormats;
        this.display = new DisplayFormat(date1904);
    }

    /**
     * Reads a styles part.
     *
     * @param pkg the package
     * @param part the styles part, or null when the workbook has none
     * @param date1904 true when the workbook counts dates from 1904
     * @param context the read's context
     * @return the styles
     * @throws LedgerException when the part is malformed
     * @throws IOException when it cannot be read
     */
    static CellStyles read(XlsxPackage pkg, String part, boolean date1904, ReadContext context)
            throws LedgerException, IOException {
        Map<Integer, String> custom = new HashMap<>();
        int[] ids = new int[16];
        int count = 0;
        if (part != null) {
            try (InputStream in = pkg.xml(part, PLACE)) {
                XmlScanner x = new XmlScanner(in, context, PLACE);
                int cellXfsDepth = 0; // > 0 inside <cellXfs>: only its <xf> are cell styles
                int depth = 0;
                for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
                    if (e == XmlScanner.END) {
                        if (depth-- == cellXfsDepth) {
                            cellXfsDepth = 0;
                        }
                        continue;
                    }
                    depth++;
                    if (x.is("numFmt")) {
                        int id = number(x.attribute("numFmtId"));
                        String code = x.attribute("formatCode");
                        if (id >= 0 && code != null) {
                            custom.put(id, code);
                        }
                    } else if (x.is("cellXfs") && cellXfsDepth == 0) {
                        cellXfsDepth = depth;
                    } else if (x.is("xf") && cellXfsDepth > 0 && depth == cellXfsDepth + 1) {
                        if (count == ids.length) {
                            ids = Arrays.copyOf(ids, count * 2);
                        }
                        ids[count++] = Math.max(number(x.attribute("numFmtId")), 0);
                    }
                }
            }
        }
        return new CellStyles(Arrays.copyOf(ids, count), custom, date1904);
    }

    /**
     * @param value a number
     * @param style the cell's style index
     * @return the number as Excel shows it
     */
    String format(double value, int style) {
        int id = style < formatIds.length ? formatIds[style] : 0;
        return display.format(value, id, customFormats.get(id));
    }

    // A non-negative integer, or -1.
    private static int number(String s) {
        if (s == null) {
            return -1;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
