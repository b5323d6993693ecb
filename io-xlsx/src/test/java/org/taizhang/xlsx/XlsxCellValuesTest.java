package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taizhang.xlsx.Grids.at;
import static org.taizhang.xlsx.Grids.sourceRows;
import static org.taizhang.xlsx.XlsxFiles.row;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.table.Grid;

/** How cells of hand-made workbooks are shown: strings, numbers, dates, formulas, merges, sheets. */
class XlsxCellValuesTest {
    @TempDir
    Path dir;

    private static final String STYLES = "<styleSheet xmlns=\"" + XlsxFiles.NS + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
            + "<numFmt numFmtId=\"177\" formatCode=\"0.00%\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"176\" applyNumberFormat=\"1\"/><xf numFmtId=\"177\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"31\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";

    @Test
    void shows_numbers_and_dates_the_way_excel_shows_them() throws Exception {
        Path file = new XlsxFiles().styles(STYLES).sheetData("数据",
                "<row r=\"1\"><c r=\"A1\"><v>1.0</v></c><c r=\"B1\" t=\"n\"><v>12.5</v></c>"
                        + "<c r=\"C1\" s=\"1\"><v>44834</v></c><c r=\"D1\" s=\"2\"><v>44834</v></c>"
                        + "<c r=\"E1\" s=\"3\"><v>0.256</v></c><c r=\"F1\" s=\"4\"><v>44834</v></c>"
                        + "<c r=\"G1\" s=\"99\"><v>3</v></c></row>").writeTo(dir.resolve("n.xlsx"));

        Grid g = Grids.readXlsx(file).get(0);

        assertThat(Grids.texts(g, 0)).containsExactly("1", "12.5", "2022/9/30", "2022年9月30日", "25.60%",
                "2022年9月30日", "3");
    }

    @Test
    void shows_shared_inline_rich_boolean_error_and_formula_cells() throws Exception {
        Path file = new XlsxFiles()
                .sharedStrings("<t>责任单位</t>",
                        "<r><t>全面推进</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">\n“五公开”</t></r>",
                        "<t>市政府</t><rPh sb=\"0\" eb=\"1\"><t>シセイフ</t></rPh>",
                        "<t>第一行_x000D_\n第二行</t>")
                .sheetData("S",
                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
                                + "<c r=\"C2\" t=\"s\"><v>2</v></c><c r=\"D2\" t=\"s\"><v>3</v></c></row>"
                                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><r><t>甲</t></r><r><t>乙</t></r></is></c>"
                                + "<c r=\"B3\" t=\"b\"><v>1</v></c><c r=\"C3\" t=\"e\"><v>#N/A</v></c>"
                                + "<c r=\"D3\" t=\"str\"><f>CONCAT(\"市\",\"司法局\")</f><v>市司法局</v></c>"
                                + "<c r=\"E3\"><f>1+1</f><v>2</v></c></row>")
                .writeTo(dir.resolve("s.xlsx"));

        Grid g = Grids.readXlsx(file).get(0);

        assertThat(sourceRows(g)).containsExactly(2, 3);
        assertThat(at(g, "A2").text()).isEqualTo("责任单位");
        assertThat(at(g, "B2").text()).isEqualTo("全面推进\n“五公开”");
        assertThat(at(g, "C2").text()).isEqualTo("市政府");
        assertThat(at(g, "D2").text()).isEqualTo("第一行\n第二行");
        assertThat(Grids.texts(g, 1)).containsExactly("甲乙", "TRUE", "#N/A", "市司法局", "2");
    }

    @Test
    void skips_empty_rows_but_keeps_rows_a_merge_covers() throws Exception {
        StringBuilder rows = new StringBuilder(row(1, "标题", null, "备注"));
        for (int r = 2; r < 10_002; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" s=\"0\"/></row>");
        }
        rows.append(row(10_002, "任务", "单位"));
        Path file = new XlsxFiles().sheetData("S", rows.toString(), "A10002:A10004", "B10002:C10002")
                .writeTo(dir.resolve("e.xlsx"));

        Grid g = Grids.readXlsx(file).get(0);

        assertThat(sourceRows(g)).containsExactly(1, 10_002, 10_003, 10_004);
        assertThat(g.columnCount()).isEqualTo(3);
        assertThat(at(g, "A10002").rowSpan()).isEqualTo(3);
        assertThat(at(g, "A10004").isCovered()).isTrue();
        assertThat(at(g, "B10002").colSpan()).isEqualTo(2);
        assertThat(at(g, "C10002").isCovered()).isTrue();
    }

    @Test
    void leaves_out_a_merge_that_would_hide_text_of_its_own() throws Exception {
        Path file = new XlsxFiles().sheetData("S", row(1, "甲", "乙") + row(2, "甲", null),
                "A1:B1", "A1:A2").writeTo(dir.resolve("m.xlsx"));

        Grid g = Grids.readXlsx(file).get(0);

        assertThat(at(g, "A1").colSpan()).isEqualTo(1);
        assertThat(at(g, "B1").text()).isEqualTo("乙");
        assertThat(at(g, "A1").rowSpan()).as("the copy below equals the anchor: merge kept").isEqualTo(2);
        assertThat(at(g, "A2").isCovered()).isTrue();
    }

    @Test
    void reads_every_sheet_with_text_in_order_and_one_sheet_when_asked() throws Exception {
        Path file = new XlsxFiles().sheetData("说明", row(1, "填表说明"))
                .sheetData("空白", "")
                .sheetData("任务台账", row(1, "序号", "具体任务") + row(2, "1", "公开"))
                .writeTo(dir.resolve("multi.xlsx"));

        assertThat(Grids.readXlsx(file)).extracting(Grid::name).containsExactly("说明", "任务台账");
        List<Grid> one = Grids.readXlsx(file, ReadOptions.builder().sheet("任务台账").build());
        assertThat(one).extracting(Grid::name).containsExactly("任务台账");
        assertThat(at(one.get(0), "B2").address()).isEqualTo("任务台账!B2");
    }

    @Test
    void names_the_sheets_there_are_when_the_asked_sheet_is_missing() throws Exception {
        Path file = new XlsxFiles().sheetData("说明", row(1, "x")).sheetData("任务台账", row(1, "y"))
                .writeTo(dir.resolve("multi.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file, ReadOptions.builder().sheet("台账").build()))
                .isInstanceOf(LedgerException.class)
                .hasMessage("multi.xlsx: the workbook has no sheet named \"台账\"; its sheets are \"说明\", \"任务台账\"");
    }

    @Test
    void refuses_a_shared_string_index_beyond_the_table() throws Exception {
        Path file = new XlsxFiles().sharedStrings("<t>a</t>")
                .sheetData("S", "<row r=\"4\"><c r=\"C4\" t=\"s\"><v>7</v></c></row>")
                .writeTo(dir.resolve("sst.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("sst.xlsx: S!C4: not a valid .xlsx file: the cell refers to shared string \"7\"");
    }

    @Test
    void refuses_rows_out_of_order() throws Exception {
        Path file = new XlsxFiles().sheetData("S", row(5, "a") + row(3, "b")).writeTo(dir.resolve("o.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LedgerException.class)
                .hasMessage("o.xlsx: S!row 3: row 3 follows row 5; rows must be in order");
    }
}
