package org.taizhang.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small hand-made .xlsx packages for tests, part by part, streaming large parts. */
final class XlsxFiles {
    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Writes a part's content. */
    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private final Map<String, PartWriter> sheetParts = new LinkedHashMap<>();
    private String sharedStrings;
    private String styles;

    /** A sheet whose XML is given whole. */
    XlsxFiles sheet(String name, String xml) {
        return sheet(name, out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A sheet whose XML is streamed. */
    XlsxFiles sheet(String name, PartWriter xml) {
        String part = "xl/worksheets/sheet" + (sheets.size() + 1) + ".xml";
        sheets.put(name, part);
        sheetParts.put(part, xml);
        return this;
    }

    /** A sheet holding the given {@code <sheetData>} content and, after it, merges. */
    XlsxFiles sheetData(String name, String rows, String... merges) {
        StringBuilder sb = new StringBuilder("<worksheet xmlns=\"" + NS + "\"><sheetData>")
                .append(rows).append("</sheetData>");
        if (merges.length > 0) {
            sb.append("<mergeCells count=\"").append(merges.length).append("\">");
            for (String m : merges) {
                sb.append("<mergeCell ref=\"").append(m).append("\"/>");
            }
            sb.append("</mergeCells>");
        }
        return sheet(name, sb.append("</worksheet>").toString());
    }

    XlsxFiles sharedStrings(String... items) {
        StringBuilder sb = new StringBuilder("<sst xmlns=\"" + NS + "\">");
        for (String item : items) {
            sb.append("<si>").append(item).append("</si>");
        }
        sharedStrings = sb.append("</sst>").toString();
        return this;
    }

    XlsxFiles sharedStringsXml(String xml) {
        sharedStrings = xml;
        return this;
    }

    XlsxFiles styles(String xml) {
        styles = xml;
        return this;
    }

    Path writeTo(Path file) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            for (String part : sheetParts.keySet()) {
                types.append("<Override PartName=\"/").append(part)
                        .append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }
            if (sharedStrings != null) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            }
            if (styles != null) {
                types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            }
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            StringBuilder wb = new StringBuilder("<workbook xmlns=\"" + NS + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            int id = 1;
            for (Map.Entry<String, String> s : sheets.entrySet()) {
                wb.append("<sheet name=\"").append(s.getKey()).append("\" sheetId=\"").append(id)
                        .append("\" r:id=\"rId").append(id).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(id)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"")
                        .append(s.getValue().substring(3)).append("\"/>");
                id++;
            }
            if (sharedStrings != null) {
                rels.append("<Relationship Id=\"rId").append(id++)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }
            if (styles != null) {
                rels.append("<Relationship Id=\"rId").append(id)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            }
            put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (styles != null) {
                put(zip, "xl/styles.xml", styles);
            }
            for (Map.Entry<String, PartWriter> p : sheetParts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                p.getValue().write(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A row of inline-string cells, in columns A, B, … */
    static String row(int r, String... texts) {
        StringBuilder sb = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                sb.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>")
                        .append(texts[c]).append("</t></is></c>");
            }
        }
        return sb.append("</row>").toString();
    }
}
