package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.table.Grid;

/**
 * Packages laid out as other producers lay them out: parts found through their relationships
 * wherever they are stored, whatever their case, with relative or absolute targets, prefixed
 * XML, strict OOXML; and packages that hold no workbook.
 */
class XlsxPackagePartsTest {
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    private static final String TYPES = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    @TempDir
    Path dir;

    /** A zip of the given parts, in order. */
    private static final class Zip {
        private final Map<String, byte[]> parts = new LinkedHashMap<>();

        Zip part(String name, String xml) {
            parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Zip part(String name, byte[] bytes) {
            parts.put(name, bytes);
            return this;
        }

        Path writeTo(Path file) {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(p.getKey()));
                    zip.write(p.getValue());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }
    }

    private static String rels(String... idTypeTarget) {
        StringBuilder sb = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < idTypeTarget.length; i += 3) {
            sb.append("<Relationship Id=\"").append(idTypeTarget[i]).append("\" Type=\"").append(idTypeTarget[i + 1])
                    .append("\" Target=\"").append(idTypeTarget[i + 2]).append("\"/>");
        }
        return sb.append("</Relationships>").toString();
    }

    private static String sheet(String a1Text) {
        return "<worksheet xmlns=\"" + XlsxFiles.NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + a1Text + "</t></is></c></row></sheetData></worksheet>";
    }

    private static List<String> namesAndA1(List<Grid> grids) {
        return grids.stream().map(g -> g.name() + "=" + g.text(0, 0)).toList();
    }

    @Test
    void finds_the_workbook_and_its_sheets_wherever_the_relationships_put_them() throws Exception {
        Path file = new Zip()
                .part("[Content_Types].xml", TYPES)
                .part("_rels/.rels", rels("r1", REL + "officeDocument", "/book/main.xml"))
                .part("book/main.xml", "<workbook xmlns=\"" + XlsxFiles.NS + "\" xmlns:r=\"" + REL + "\"><sheets>"
                        + "<sheet name=\"工作要点\" sheetId=\"2\" r:id=\"s2\"/><sheet name=\"任务台账\" sheetId=\"1\" r:id=\"s1\"/>"
                        + "<sheet name=\"说明\" sheetId=\"3\" r:id=\"s3\"/></sheets></workbook>")
                .part("book/_rels/main.xml.rels", rels(
                        "s1", REL + "worksheet", "../Data/First.XML",
                        "s2", REL + "worksheet", "/data/second.xml",
                        "s3", REL + "worksheet", "./notes/sheet%201.xml",
                        "t", REL + "sharedStrings", "strings/SST.xml"))
                .part("data/first.xml", "<worksheet xmlns=\"" + XlsxFiles.NS + "\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>")
                .part("DATA/SECOND.xml", sheet("全面推进依法行政"))
                .part("book/notes/sheet 1.xml", sheet("填表说明"))
                .part("book/strings/sst.xml", "<sst xmlns=\"" + XlsxFiles.NS + "\"><si><t>序号</t></si></sst>")
                .writeTo(dir.resolve("moved.xlsx"));

        assertThat(namesAndA1(Grids.readXlsx(file)))
                .as("workbook order, not the order of the relationships or the zip")
                .containsExactly("工作要点=全面推进依法行政", "任务台账=序号", "说明=填表说明");
    }

    @Test
    void reads_prefixed_xml_in_every_part() throws Exception {
        String x = "xmlns:x=\"" + XlsxFiles.NS + "\"";
        Path file = new Zip()
                .part("[Content_Types].xml", TYPES)
                .part("_rels/.rels", rels("rId1", REL + "officeDocument", "xl/workbook.xml"))
                .part("xl/workbook.xml", "<x:workbook " + x + " xmlns:r=\"" + REL + "\"><x:workbookPr date1904=\"true\"/>"
                        + "<x:sheets><x:sheet name=\"计划&amp;进度\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>")
                .part("xl/_rels/workbook.xml.rels", rels("rId1", REL + "worksheet", "worksheets/sheet1.xml",
                        "rId2", REL + "sharedStrings", "sharedStrings.xml", "rId3", REL + "styles", "styles.xml"))
                .part("xl/sharedStrings.xml", "<x:sst " + x + "><x:si><x:r><x:t>市</x:t></x:r><x:r><x:t>财政局</x:t></x:r>"
                        + "<x:rPh sb=\"0\" eb=\"1\"><x:t>し</x:t></x:rPh></x:si></x:sst>")
                .part("xl/styles.xml", "<x:styleSheet " + x + "><x:cellXfs count=\"2\"><x:xf numFmtId=\"0\"/>"
                        + "<x:xf numFmtId=\"14\"/></x:cellXfs></x:styleSheet>")
                .part("xl/worksheets/sheet1.xml", "<x:worksheet " + x + "><x:sheetData><x:row r=\"2\">"
                        + "<x:c r=\"A2\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B2\" s=\"1\"><x:v>43372</x:v></x:c>"
                        + "<x:c t=\"inlineStr\"><x:is><x:t>无 r 的单元格</x:t></x:is></x:c></x:row></x:sheetData>"
                        + "<x:mergeCells><x:mergeCell ref=\"A2:A3\"/></x:mergeCells></x:worksheet>")
                .writeTo(dir.resolve("prefixed.xlsx"));

        Grid g = Grids.readXlsx(file, ReadOptions.builder().sheet("计划&进度").build()).get(0);

        assertThat(g.name()).isEqualTo("计划&进度");
        assertThat(Grids.texts(g, 0)).containsExactly("市财政局", "2022/9/30", "无 r 的单元格");
        assertThat(Grids.sourceRows(g)).containsExactly(2, 3);
    }

    @Test
    void reads_strict_ooxml_relationship_types_and_a_utf16_sheet() throws Exception {
        Path file = new Zip()
                .part("[Content_Types].xml", TYPES)
                .part("_rels/.rels", rels("rId1", STRICT_REL + "officeDocument", "xl/workbook.xml"))
                .part("xl/workbook.xml", "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" "
                        + "xmlns:r=\"" + STRICT_REL + "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                .part("xl/_rels/workbook.xml.rels", rels("rId1", STRICT_REL + "worksheet", "worksheets/sheet1.xml"))
                .part("xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + sheet("责任单位"))
                        .getBytes(StandardCharsets.UTF_16))
                .writeTo(dir.resolve("strict.xlsx"));

        assertThat(namesAndA1(Grids.readXlsx(file))).containsExactly("S=责任单位");
    }

    @Test
    void lists_chart_sheets_by_name_but_reads_no_cells_from_them() throws Exception {
        Path file = new Zip()
                .part("[Content_Types].xml", TYPES)
                .part("_rels/.rels", rels("rId1", REL + "officeDocument", "xl/workbook.xml"))
                .part("xl/workbook.xml", "<workbook xmlns=\"" + XlsxFiles.NS + "\" xmlns:r=\"" + REL + "\"><sheets>"
                        + "<sheet name=\"图表\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"台账\" sheetId=\"2\" r:id=\"rId2\"/>"
                        + "<sheet name=\"丢失\" sheetId=\"3\" r:id=\"rId9\"/></sheets></workbook>")
                .part("xl/_rels/workbook.xml.rels", rels("rId1", REL + "chartsheet", "chartsheets/sheet1.xml",
                        "rId2", REL + "worksheet", "worksheets/sheet1.xml"))
                .part("xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"" + XlsxFiles.NS + "\"><sheetData><row r=\"1\">"
                        + "<c t=\"inlineStr\"><is><t>不是单元格</t></is></c></row></sheetData></chartsheet>")
                .part("xl/worksheets/sheet1.xml", sheet("牵头单位"))
                .writeTo(dir.resolve("chart.xlsx"));

        assertThat(namesAndA1(Grids.readXlsx(file))).containsExactly("台账=牵头单位");
        assertThatThrownBy(() -> Grids.readXlsx(file, ReadOptions.builder().sheet("丢失").build()))
                .isInstanceOf(LedgerException.class)
                .hasMessage("chart.xlsx: the workbook has no sheet named \"丢失\"; its sheets are \"图表\", \"台账\"");
    }

    @Test
    void refuses_packages_that_hold_no_workbook() {
        Path noTypes = new Zip()
                .part("_rels/.rels", rels("rId1", REL + "officeDocument", "xl/workbook.xml"))
                .part("xl/workbook.xml", "<workbook xmlns=\"" + XlsxFiles.NS + "\"/>")
                .writeTo(dir.resolve("notypes.xlsx"));
        Path noRels = new Zip().part("[Content_Types].xml", TYPES)
                .part("xl/workbook.xml", "<workbook xmlns=\"" + XlsxFiles.NS + "\"/>")
                .writeTo(dir.resolve("norels.xlsx"));
        Path missing = new Zip().part("[Content_Types].xml", TYPES)
                .part("_rels/.rels", rels("rId1", REL + "officeDocument", "xl/workbook.xml"))
                .writeTo(dir.resolve("missing.xlsx"));
        Path word = new Zip().part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document.main+xml\"/></Types>")
                .part("_rels/.rels", rels("rId1", REL + "officeDocument", "word/document.xml"))
                .part("word/document.xml", "<w:document xmlns:w=\"urn:w\"/>")
                .writeTo(dir.resolve("word.xlsx"));

        Path xlsb = new Zip().part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                        + "</Types>")
                .part("_rels/.rels", rels("rId1", REL + "officeDocument", "xl/workbook.bin"))
                .part("xl/workbook.bin", new byte[] {(byte) 0x83, 1, 0, (byte) 0x80})
                .writeTo(dir.resolve("binary.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(xlsb)).isInstanceOf(LedgerException.class)
                .hasMessage("binary.xlsx: not a valid .xlsx file: it is a binary workbook (.xlsb), which is not read; "
                        + "save it as .xlsx");
        assertThatThrownBy(() -> Grids.readXlsx(noTypes)).isInstanceOf(LedgerException.class)
                .hasMessage("notypes.xlsx: not a valid .xlsx file: the package has no [Content_Types].xml");
        assertThatThrownBy(() -> Grids.readXlsx(noRels)).isInstanceOf(LedgerException.class)
                .hasMessage("norels.xlsx: not a valid .xlsx file: the package names no workbook part");
        assertThatThrownBy(() -> Grids.readXlsx(missing)).isInstanceOf(LedgerException.class)
                .hasMessage("missing.xlsx: not a valid .xlsx file: the package names no workbook part");
        assertThatThrownBy(() -> Grids.readXlsx(word)).isInstanceOf(LedgerException.class)
                .hasMessage("word.xlsx: not a valid .xlsx file: the package holds a Word document, not a workbook");
    }

    @Test
    void names_the_part_of_malformed_relationships_workbook_and_styles() {
        Path rels = new Zip().part("[Content_Types].xml", TYPES)
                .part("_rels/.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"x\"></Relationships>")
                .writeTo(dir.resolve("rels.xlsx"));
        Path workbook = new Zip().part("[Content_Types].xml", TYPES)
                .part("_rels/.rels", rels("rId1", REL + "officeDocument", "xl/workbook.xml"))
                .part("xl/workbook.xml", "<workbook>\n<sheets>\n<sheet name=\"a&b\"/></sheets></workbook>")
                .writeTo(dir.resolve("wb.xlsx"));
        Path styles = new XlsxFiles().styles("<styleSheet><cellXfs><xf numFmtId=\"14\"></cellXfs></styleSheet>")
                .sheetData("S", XlsxFiles.row(1, "a")).writeTo(dir.resolve("styles.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(rels)).isInstanceOf(LedgerException.class)
                .hasMessage("rels.xlsx: relationships /_rels/.rels, XML line 1: not a valid .xlsx file: the XML cannot be "
                        + "read (the element <Relationship> is closed by </Relationships>)");
        assertThatThrownBy(() -> Grids.readXlsx(workbook)).isInstanceOf(LedgerException.class)
                .hasMessage("wb.xlsx: workbook, XML line 3: not a valid .xlsx file: the XML cannot be read "
                        + "(an '&' that starts no reference; write it as &amp;)");
        assertThatThrownBy(() -> Grids.readXlsx(styles)).isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("styles.xlsx: styles, XML line 1: not a valid .xlsx file: the XML cannot be read");
    }

    @Test
    void a_shared_string_table_that_inflates_past_the_ratio_is_a_zip_bomb() {
        Path file = new XlsxFiles().sharedStringsXml("<sst xmlns=\"" + XlsxFiles.NS + "\"><si>"
                        + " ".repeat(30 << 20) + "<t>市委办公室</t></si></sst>")
                .sheetData("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").writeTo(dir.resolve("sstbomb.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("sstbomb.xlsx: shared strings: ")
                .hasMessageContaining("a zip entry expands far beyond its compressed size (a zip bomb)");
    }

    @Test
    void a_part_that_is_stored_uncompressed_and_large_is_not_a_bomb() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 3000; r++) {
            rows.append(XlsxFiles.row(r, "第" + r + "项", "区" + (r % 17) + "局"));
        }
        Path file = dir.resolve("stored.xlsx");
        Path deflated = new XlsxFiles().sheetData("S", rows.toString()).writeTo(dir.resolve("deflated.xlsx"));
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(deflated.toFile());
                OutputStream os = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(os)) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                ZipEntry stored = new ZipEntry(e.getName());
                stored.setSize(bytes.length);
                stored.setCompressedSize(bytes.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes);
                stored.setCrc(crc.getValue());
                out.putNextEntry(stored);
                out.write(bytes);
                out.closeEntry();
            }
        }

        Grid g = Grids.readXlsx(file).get(0);
        assertThat(g.rowCount()).isEqualTo(3000);
        assertThat(Grids.texts(g, 2999)).containsExactly("第3000项", "区8局");
    }
}
