package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;

/**
 * The parts of a workbook as its package links them: {@code _rels/.rels} names the workbook part,
 * the workbook's own relationships name its sheets, shared strings and styles, wherever and
 * however they are stored; {@code workbook.xml} gives the sheets' order and names and whether
 * dates count from 1904.
 *
 * @param part the workbook part's name
 * @param date1904 true when dates count from 1904
 * @param sheets the sheets in workbook order
 * @param sharedStrings the shared string table's part, or null
 * @param styles the styles part, or null
 */
record WorkbookPart(String part, boolean date1904, List<Sheet> sheets, String sharedStrings, String styles) {
    private static final String PLACE = "workbook";

    /**
     * A sheet of the workbook.
     *
     * @param name its name
     * @param part its part
     * @param worksheet false for a chart or dialog sheet, which holds no cells
     */
    record Sheet(String name, String part, boolean worksheet) {}

    /**
     * Finds the workbook's parts.
     *
     * @param pkg the package
     * @param context the read's context
     * @return the parts
     * @throws LedgerException when the package holds no workbook or its XML is malformed
     * @throws IOException when a part cannot be read
     */
    static WorkbookPart read(XlsxPackage pkg, ReadContext context) throws LedgerException, IOException {
        String workbook = null;
        for (XlsxPackage.Relationship r : pkg.relationships("")) {
            if (r.typeEndsWith("/officeDocument") && r.target() != null) {
                workbook = r.target();
                break;
            }
        }
        if (workbook == null || !pkg.has(workbook)) {
            throw context.error(null, "not a valid .xlsx file: the package names no workbook part");
        }
        String type = pkg.contentType(workbook);
        if (type != null && (type.contains("wordprocessingml") || type.contains("presentationml"))) {
            throw context.error(null, "not a valid .xlsx file: the package holds "
                    + (type.contains("wordprocessingml") ? "a Word document" : "a presentation")
                    + ", not a workbook");
        }
        if (type != null && type.contains("sheet.binary")) {
            throw context.error(null, "not a valid .xlsx file: it is a binary workbook (.xlsb), which is not "
                    + "read; save it as .xlsx");
        }
        Map<String, XlsxPackage.Relationship> byId = new HashMap<>();
        String sharedStrings = null;
        String styles = null;
        for (XlsxPackage.Relationship r : pkg.relationships(workbook)) {
            byId.putIfAbsent(r.id(), r);
            if (r.target() != null && sharedStrings == null && r.typeEndsWith("/sharedStrings")) {
                sharedStrings = r.target();
            } else if (r.target() != null && styles == null && r.typeEndsWith("/styles")) {
                styles = r.target();
            }
        }
        boolean date1904 = false;
        List<Sheet> sheets = new ArrayList<>();
        try (InputStream in = pkg.xml(workbook, PLACE)) {
            XmlScanner x = new XmlScanner(in, context, PLACE);
            for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
                if (e != XmlScanner.START) {
                    continue;
                }
                if (x.is("workbookPr")) {
                    String v = x.attribute("date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if (x.is("sheet")) {
                    XlsxPackage.Relationship r = byId.get(x.attribute("id"));
                    String name = x.attribute("name");
                    if (r != null && r.target() != null && name != null && pkg.has(r.target())) {
                        sheets.add(new Sheet(name, r.target(), r.typeEndsWith("/worksheet")));
                    }
                }
            }
        }
        return new WorkbookPart(workbook, date1904, sheets,
                sharedStrings != null && pkg.has(sharedStrings) ? sharedStrings : null,
                styles != null && pkg.has(styles) ? styles : null);
    }
}
