package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.table.Grid;

/**
 * Number formats from the styles part as the scanner reads it: only the {@code <xf>} of
 * {@code <cellXfs>} are cell styles, custom formats by id (also over a built-in id), built-in
 * ids as Excel on a Chinese system shows them, and General for whatever is missing.
 */
class XlsxStylesTest {
    @TempDir
    Path dir;

    private static String cells(String... styleAndValue) {
        StringBuilder sb = new StringBuilder("<row r=\"1\">");
        for (int i = 0; i < styleAndValue.length; i += 2) {
            sb.append("<c r=\"").append((char) ('A' + i / 2)).append("1\"")
                    .append(styleAndValue[i] == null ? "" : " s=\"" + styleAndValue[i] + "\"")
                    .append("><v>").append(styleAndValue[i + 1]).append("</v></c>");
        }
        return sb.append("</row>").toString();
    }

    private Grid read(String styles, String rows, String name) throws LedgerException {
        XlsxFiles files = new XlsxFiles().sheetData("S", rows);
        if (styles != null) {
            files.styles(styles);
        }
        return Grids.readXlsx(files.writeTo(dir.resolve(name))).get(0);
    }

    @Test
    void only_the_cell_formats_count_as_cell_styles() throws Exception {
        String styles = "<styleSheet xmlns=\"" + XlsxFiles.NS + "\">"
                + "<cellStyleXfs count=\"3\"><xf numFmtId=\"14\"/><xf numFmtId=\"14\"/><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"10\" xfId=\"0\"/>"
                + "<xf numFmtId=\"31\" xfId=\"2\"><alignment wrapText=\"1\"/></xf></cellXfs>"
                + "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"14\" formatCode=\"yyyy\"/></dxf></dxfs></styleSheet>";

        Grid g = read(styles, cells("0", "44834", "1", "0.5", "2", "44834"), "xfs.xlsx");

        assertThat(Grids.texts(g, 0)).containsExactly("44834", "50.00%", "2022年9月30日");
    }

    @Test
    void custom_formats_are_found_by_id_even_over_a_built_in_id() throws Exception {
        String styles = "<x:styleSheet xmlns:x=\"" + XlsxFiles.NS + "\"><x:numFmts count=\"3\">"
                + "<x:numFmt numFmtId=\"164\" formatCode=\"0.0\"/>"
                + "<x:numFmt numFmtId=\"165\" formatCode='yyyy&quot;年&quot;m&quot;月&quot;'/>"
                + "<x:numFmt numFmtId=\"2\" formatCode=\"0.000\"/></x:numFmts>"
                + "<x:cellXfs count=\"4\"><x:xf numFmtId=\"164\"/><x:xf numFmtId=\"165\"/><x:xf numFmtId=\"2\"/>"
                + "<x:xf/></x:cellXfs></x:styleSheet>";

        Grid g = read(styles, cells("0", "3.14159", "1", "44834", "2", "1.5", "3", "7.25"), "custom.xlsx");

        assertThat(Grids.texts(g, 0)).containsExactly("3.1", "2022年9月", "1.500", "7.25");
    }

    @Test
    void numbers_without_a_style_part_or_a_defined_style_are_general() throws Exception {
        Grid noStyles = read(null, cells(null, "44834", "3", "12.50", "0", "-0.25"), "nostyles.xlsx");
        Grid beyond = read("<styleSheet xmlns=\"" + XlsxFiles.NS + "\"><cellXfs count=\"1\"><xf numFmtId=\"14\"/>"
                + "</cellXfs></styleSheet>", cells("0", "44834", "1", "44834", "7", "2"), "beyond.xlsx");

        assertThat(Grids.texts(noStyles, 0)).containsExactly("44834", "12.5", "-0.25");
        assertThat(Grids.texts(beyond, 0)).containsExactly("2022/9/30", "44834", "2");
    }

    @Test
    void a_styles_part_with_a_doctype_is_refused() {
        Path file = new XlsxFiles().styles("<!DOCTYPE styleSheet [<!ENTITY x \"14\">]><styleSheet xmlns=\""
                        + XlsxFiles.NS + "\"/>").sheetData("S", cells("0", "1")).writeTo(dir.resolve("dtd.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LedgerException.class)
                .hasMessage("dtd.xlsx: styles, XML line 1: not a valid .xlsx file: the XML cannot be read "
                        + "(it declares a DOCTYPE, which is refused)");
    }

    @Test
    void a_sheet_cut_short_inside_the_package_names_the_sheet_and_line() {
        Path file = new XlsxFiles().sheet("任务台账", "<worksheet xmlns=\"" + XlsxFiles.NS + "\">\n<sheetData>\n"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>未完").writeTo(dir.resolve("cut.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LedgerException.class)
                .hasMessage("cut.xlsx: 任务台账, XML line 3: not a valid .xlsx file: the XML cannot be read "
                        + "(the XML ends before the element <t> is closed)");
    }
}
