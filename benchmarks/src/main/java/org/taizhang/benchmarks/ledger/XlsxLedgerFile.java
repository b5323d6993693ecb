package org.taizhang.benchmarks.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.taizhang.benchmarks.ledger.GeneratedLedger.Part;
import org.taizhang.benchmarks.ledger.GeneratedLedger.Point;
import org.taizhang.benchmarks.ledger.GeneratedLedger.TaskRow;

/**
 * Writes a generated ledger as an .xlsx workbook the way Excel stores one: text in the shared
 * string table, a cell reference on every cell, bordered empty cells written as styled cells
 * without a value, part rows merged across the six columns, each point's title merged down over
 * its tasks, and some unit and deadline cells merged down over a point's tasks. Written straight
 * as XML into the zip, so that a million tasks take seconds and little memory beyond the strings.
 * A ledger longer than a sheet may be (Excel's 1,048,576 rows) goes on as further sheets
 * ({@code 任务台账2}, …), each with its title and header rows, as a roll-up workbook does.
 */
public final class XlsxLedgerFile {
    private static final String SHEET = "任务台账";
    /** Rows written to one sheet at most, below Excel's 1,048,576. */
    public static final int ROWS_PER_SHEET = 1_000_000;
    private static final int COLUMNS = 6;
    private static final int TEXT = 1;
    private static final int TITLE = 2;

    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> stringList = new ArrayList<>();
    private List<String> merges = new ArrayList<>();
    private int stringRefs;
    private final int rowsPerSheet;

    private XlsxLedgerFile(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    /**
     * Writes the workbook.
     *
     * @param ledger the ledger
     * @param file the file to write
     * @throws IOException when writing fails
     */
    public static void write(GeneratedLedger ledger, Path file) throws IOException {
        write(ledger, file, ROWS_PER_SHEET);
    }

    /**
     * Writes the workbook, starting a new sheet before a part that would pass the row limit.
     *
     * @param ledger the ledger
     * @param file the file to write
     * @param rowsPerSheet the most rows of a sheet
     * @throws IOException when writing fails
     */
    public static void write(GeneratedLedger ledger, Path file, int rowsPerSheet) throws IOException {
        new XlsxLedgerFile(rowsPerSheet).writeFile(ledger, file);
    }

    // The parts of each sheet: a part starts a new sheet when its rows would pass the limit.
    private List<List<Part>> sheets(GeneratedLedger ledger) {
        List<List<Part>> sheets = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        int rows = 3;
        for (Part part : ledger.parts()) {
            int partRows = 1 + part.points().stream().mapToInt(p -> p.tasks().size()).sum();
            if (rows + partRows > rowsPerSheet && !current.isEmpty()) {
                sheets.add(current);
                current = new ArrayList<>();
                rows = 3;
            }
            current.add(part);
            rows += partRows;
        }
        sheets.add(current);
        return sheets;
    }

    private static String sheetName(int index) {
        return index == 0 ? SHEET : SHEET + (index + 1);
    }

    private void writeFile(GeneratedLedger ledger, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(6);
            List<List<Part>> sheets = sheets(ledger);
            StringBuilder types = new StringBuilder();
            StringBuilder names = new StringBuilder();
            StringBuilder rels = new StringBuilder();
            for (int i = 0; i < sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1).append(".xml\" ContentType=")
                        .append("\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                names.append("<sheet name=\"").append(sheetName(i)).append("\" sheetId=\"").append(i + 1)
                        .append("\" r:id=\"rId").append(i + 10).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i + 10).append("\" Type=\"http://schemas.openxmlformats.org/")
                        .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i + 1)
                        .append(".xml\"/>");
            }
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.replace("SHEETS", types));
            entry(zip, "_rels/.rels", ROOT_RELS);
            entry(zip, "xl/workbook.xml", WORKBOOK.replace("SHEETS", names));
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace("SHEETS", rels));
            entry(zip, "xl/styles.xml", STYLES);
            Writer w;
            for (int i = 0; i < sheets.size(); i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                merges = new ArrayList<>();
                writeSheet(ledger.title(), sheets.get(i), w);
                w.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            writeSharedStrings(w);
            w.flush();
            zip.closeEntry();
        }
    }

    private void writeSheet(String title, List<Part> parts, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews><sheetView "
                + "workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"
                + "<col min=\"1\" max=\"1\" width=\"24\" customWidth=\"1\"/><col min=\"2\" max=\"3\" width=\"40\""
                + " customWidth=\"1\"/><col min=\"4\" max=\"5\" width=\"22\" customWidth=\"1\"/><col min=\"6\" "
                + "max=\"6\" width=\"9\" customWidth=\"1\"/></cols><sheetData>");
        int r = 1;
        row(w, r++, TEXT, "附件2");
        row(w, r, TITLE, title);
        merges.add("A" + r + ":F" + r);
        r++;
        row(w, r++, TITLE, GeneratedLedger.HEADER.toArray(new String[0]));
        for (Part part : parts) {
            row(w, r, TITLE, part.text(), "", "", "", "", "");
            merges.add("A" + r + ":F" + r);
            r++;
            for (Point point : part.points()) {
                int first = r;
                int n = point.tasks().size();
                for (int t = 0; t < n; t++, r++) {
                    TaskRow task = point.tasks().get(t);
                    row(w, r, TEXT, t == 0 ? point.text() : "", task.content(), task.measures(),
                            point.unitMerged() && t > 0 ? "" : task.unit(),
                            point.deadlineMerged() && t > 0 ? "" : task.deadline(), task.remark());
                }
                if (n > 1) {
                    merges.add("A" + first + ":A" + (r - 1));
                    if (point.unitMerged()) {
                        merges.add("D" + first + ":D" + (r - 1));
                    }
                    if (point.deadlineMerged()) {
                        merges.add("E" + first + ":E" + (r - 1));
                    }
                }
            }
        }
        w.write("</sheetData><mergeCells count=\"" + merges.size() + "\">");
        for (String m : merges) {
            w.write("<mergeCell ref=\"" + m + "\"/>");
        }
        w.write("</mergeCells><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
                + " footer=\"0.3\"/></worksheet>");
    }

    private void row(Writer w, int r, int style, String... cells) throws IOException {
        w.write("<row r=\"" + r + "\" spans=\"1:" + COLUMNS + "\">");
        for (int c = 0; c < cells.length; c++) {
            String ref = (char) ('A' + c) + Integer.toString(r);
            if (cells[c].isEmpty()) {
                w.write("<c r=\"" + ref + "\" s=\"" + style + "\"/>");
            } else {
                w.write("<c r=\"" + ref + "\" s=\"" + style + "\" t=\"s\"><v>" + index(cells[c]) + "</v></c>");
            }
        }
        w.write("</row>");
    }

    private int index(String s) {
        stringRefs++;
        Integer i = strings.get(s);
        if (i == null) {
            i = stringList.size();
            strings.put(s, i);
            stringList.add(s);
        }
        return i;
    }

    private void writeSharedStrings(Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + stringRefs
                + "\" uniqueCount=\"" + stringList.size() + "\">");
        for (String s : stringList) {
            w.write("<si><t>");
            w.write(escape(s));
            w.write("</t></si>");
        }
        w.write("</sst>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "spreadsheetml.sheet.main+xml\"/>"
            + "SHEETS"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
            + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>";
    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    private static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
            + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + "SHEETS</sheets></workbook>";
    private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "SHEETS"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
    // Style 0: default; 1: bordered, wrapped text; 2: bordered, wrapped, bold (titles, header, parts).
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"11\"/>"
            + "<name val=\"宋体\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill "
            + "patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>"
            + "<left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/>"
            + "</border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" "
            + "applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" "
            + "applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
}
