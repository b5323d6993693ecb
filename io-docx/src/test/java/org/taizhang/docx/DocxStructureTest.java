package org.taizhang.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.docx.MiniDocx.p;
import static org.taizhang.docx.MiniDocx.tbl;
import static org.taizhang.docx.MiniDocx.tc;
import static org.taizhang.docx.MiniDocx.tr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.TextLine;

class DocxStructureTest {
    @TempDir
    Path dir;

    private GridDocument read(String body) throws IOException, LedgerException {
        Path file = dir.resolve("t.docx");
        Files.write(file, MiniDocx.withBody(body));
        return new DocxLedgerReader().readDocument(file, new ReadContext("t.docx", ReadOptions.defaults()));
    }

    @Test
    void reads_vmerge_without_a_value_as_a_continued_merge() throws Exception {
        Grid grid = read(tbl(
                tr(tc("", "序号"), tc("", "任务")),
                tr(tc("<w:vMerge w:val=\"restart\"/>", "1"), tc("", "甲")),
                tr(tc("<w:vMerge/>"), tc("", "乙")),
                tr(tc("<w:vMerge w:val=\"continue\"/>"), tc("", "丙")),
                tr(tc("", "2"), tc("", "丁")))).grids().get(0);

        assertThat(grid.cell(1, 0).text()).isEqualTo("1");
        assertThat(grid.cell(1, 0).rowSpan()).isEqualTo(3);
        assertThat(grid.cell(2, 0).isCovered()).isTrue();
        assertThat(grid.cell(3, 0).isCovered()).isTrue();
        assertThat(grid.cell(3, 0).anchorRow()).isEqualTo(1);
        assertThat(grid.cell(4, 0).isCovered()).isFalse();
        assertThat(grid.cell(4, 0).text()).isEqualTo("2");
        assertThat(java.util.stream.IntStream.range(0, grid.rowCount()).mapToObj(r -> grid.cell(r, 1).text())).containsExactly("任务", "甲", "乙", "丙", "丁");
    }

    @Test
    void places_cells_after_a_horizontal_span_in_their_grid_columns() throws Exception {
        Grid grid = read(tbl(
                tr(tc("", "A"), tc("", "B"), tc("", "C"), tc("", "D")),
                tr(tc("<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>", "跨两列两行"), tc("", "c2"), tc("", "d2")),
                tr(tc("<w:gridSpan w:val=\"2\"/><w:vMerge/>"), tc("", "c3"), tc("", "d3")),
                "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", "b4") + tc("", "c4") + tc("", "d4") + "</w:tr>"))
                .grids().get(0);

        Cell block = grid.cell(1, 0);
        assertThat(block.rowSpan()).isEqualTo(2);
        assertThat(block.colSpan()).isEqualTo(2);
        assertThat(grid.cell(2, 1).isCovered()).isTrue();
        assertThat(grid.cell(2, 1).anchorRow()).isEqualTo(1);
        assertThat(grid.cell(2, 2).text()).isEqualTo("c3");
        assertThat(grid.cell(2, 2).address()).isEqualTo("table 1, row 3, cell 3");
        assertThat(grid.row(3)).extracting(Cell::text).containsExactly("", "b4", "c4", "d4");
    }

    @Test
    void keeps_the_hidden_text_of_a_continued_cell_in_the_merged_cell() throws Exception {
        Grid grid = read(tbl(
                tr(tc("<w:vMerge w:val=\"restart\"/>", "上"), tc("", "x")),
                tr(tc("<w:vMerge/>", "下"), tc("", "y")))).grids().get(0);

        assertThat(grid.cell(0, 0).text()).isEqualTo("上\n下");
        assertThat(grid.cell(1, 0).isCovered()).isTrue();
    }

    @Test
    void joins_the_paragraphs_of_a_cell_with_line_breaks_and_flattens_nested_tables() throws Exception {
        String nested = tbl(tr(tc("", "内1"), tc("", "内2")), tr(tc("", "内3"), tc("", "内4")));
        Grid grid = read(tbl(tr(tc("", p("第一段"), p("第二段")), tc("", p("前"), nested, p("后")))))
                .grids().get(0);

        assertThat(grid.cell(0, 0).text()).isEqualTo("第一段\n第二段");
        assertThat(grid.cell(0, 1).text()).isEqualTo("前\n内1\t内2\n内3\t内4\n后");
    }

    @Test
    void numbers_paragraphs_in_body_order_and_tables_separately() throws Exception {
        GridDocument doc = read(p("标题") + "<w:p/>" + tbl(tr(tc("", "a"))) + p("中间") + tbl(tr(tc("", "b"))) + p("落款"));

        assertThat(doc.paragraphs()).containsExactly(new TextLine("标题", "paragraph 1", 1),
                new TextLine("中间", "paragraph 3", 3), new TextLine("落款", "paragraph 4", 4));
        assertThat(doc.grids()).extracting(Grid::name).containsExactly("table 1", "table 2");
        assertThat(doc.grids().get(1).cell(0, 0).address()).isEqualTo("table 2, row 1, cell 1");
    }

    @Test
    void detects_docx_by_its_document_part_and_else_by_extension() {
        DocxLedgerReader reader = new DocxLedgerReader();
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        assertThat(reader.detect(new ContentSample(zip, "x.bin", java.util.List.of("word/document.xml"))))
                .isEqualTo(LedgerReader.CERTAIN);
        assertThat(reader.detect(new ContentSample(zip, "x.docx", java.util.List.of("xl/workbook.xml"))))
                .isEqualTo(LedgerReader.EXTENSION_ONLY);
        assertThat(reader.detect(new ContentSample(zip, "x.xlsx", java.util.List.of("xl/workbook.xml"))))
                .isEqualTo(LedgerReader.NO);
        assertThat(reader.format().id()).isEqualTo("docx");
    }
}
