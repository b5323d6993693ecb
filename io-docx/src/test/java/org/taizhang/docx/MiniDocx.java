package org.taizhang.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small .docx files in memory from the body XML of word/document.xml. */
final class MiniDocx {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private MiniDocx() {}

    /** A package whose document body is {@code body} (the XML inside {@code <w:body>}). */
    static byte[] withBody(String body) {
        return withDocumentXml("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>");
    }

    /** A package with this exact word/document.xml. */
    static byte[] withDocumentXml(String documentXml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", documentXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A paragraph holding {@code text}. */
    static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** A table cell with properties {@code tcPr} (inner XML, may be empty) and paragraphs. */
    static String tc(String tcPr, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<w:tc>");
        if (!tcPr.isEmpty()) {
            sb.append("<w:tcPr>").append(tcPr).append("</w:tcPr>");
        }
        if (paragraphs.length == 0) {
            sb.append("<w:p/>");
        }
        for (String p : paragraphs) {
            sb.append(p.startsWith("<") ? p : p(p));
        }
        return sb.append("</w:tc>").toString();
    }

    /** A row of cells. */
    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    /** A table of rows. */
    static String tbl(String... rows) {
        return "<w:tbl>" + String.join("", rows) + "</w:tbl>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
