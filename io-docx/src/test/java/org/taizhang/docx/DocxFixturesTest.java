package org.taizhang.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.TextLine;

class DocxFixturesTest {
    private static final Path FIXTURES = Path.of("../testdata/fixtures");
    private final DocxLedgerReader reader = new DocxLedgerReader();

    private GridDocument read(String name) throws LedgerException {
        return reader.readDocument(FIXTURES.resolve(name), new ReadContext(name, ReadOptions.defaults()));
    }

    @Test
    void reads_the_ordos_ledger_as_one_table_under_its_title() throws LedgerException {
        GridDocument doc = read("ordos-2022-ledger.docx");

        assertThat(doc.paragraphs()).containsExactly(new TextLine("附件２", "paragraph 1", 1),
                new TextLine("鄂尔多斯市2022年政务公开工作要点任务台账", "paragraph 2", 2));
        assertThat(doc.grids()).hasSize(1);
        Grid grid = doc.grids().get(0);
        assertThat(grid.name()).isEqualTo("table 1");
        assertThat(grid.rowCount()).isEqualTo(67);
        assertThat(grid.columnCount()).isEqualTo(6);
        assertThat(grid.row(0)).extracting(Cell::text)
                .containsExactly("任务名称", "具体任务", "落实情况", "责任单位", "完成时限", "备注");
        assertThat(grid.cell(0, 3).address()).isEqualTo("table 1, row 1, cell 4");
    }

    @Test
    void reads_a_part_row_spanning_the_full_width_as_a_merge_across() throws LedgerException {
        Grid grid = read("ordos-2022-ledger.docx").grids().get(0);

        Cell part = grid.cell(1, 0);
        assertThat(part.text()).isEqualTo("一、提高政策公开质量，提升政务服务效能");
        assertThat(part.colSpan()).isEqualTo(6);
        assertThat(part.rowSpan()).isEqualTo(1);
        for (int c = 1; c < 6; c++) {
            assertThat(grid.cell(1, c).isCovered()).isTrue();
            assertThat(grid.cell(1, c).anchorColumn()).isZero();
            assertThat(grid.cell(1, c).text()).isEmpty();
        }
    }

    @Test
    void reads_vertical_merges_as_covered_cells_below_their_anchor() throws LedgerException {
        Grid grid = read("ordos-2022-ledger.docx").grids().get(0);

        Cell point = grid.cell(2, 0);
        assertThat(point.text()).isEqualTo("（一）继续做好规章和规范性文件的集中公开。");
        assertThat(point.rowSpan()).isEqualTo(3);
        assertThat(point.address()).isEqualTo("table 1, row 3, cell 1");
        Cell below = grid.cell(4, 0);
        assertThat(below.isCovered()).isTrue();
        assertThat(below.anchorRow()).isEqualTo(2);
        assertThat(below.address()).isEqualTo("table 1, row 5, cell 1");
        assertThat(grid.cell(5, 0).isCovered()).isFalse();
        // a merge of two rows in the middle of the table, in the 落实情况 column
        assertThat(grid.cell(7, 2).rowSpan()).isEqualTo(2);
        assertThat(grid.cell(8, 2).isCovered()).isTrue();
        assertThat(grid.cell(8, 1).isCovered()).isFalse();
        assertThat(grid.cell(8, 1).text()).startsWith("政策解读部门要及时收集、提炼");
        // the task row that is empty but for its deadline
        assertThat(grid.cell(37, 1).text()).isEmpty();
        assertThat(grid.cell(37, 1).isCovered()).isFalse();
        assertThat(grid.cell(37, 4).text()).isEqualTo("全年持续推进");
        assertThat(grid.cell(62, 0).text()).isEqualTo("（二十一）强化纪律建设。");
        assertThat(grid.cell(62, 0).rowSpan()).isEqualTo(1);
    }

    @Test
    void reads_the_wuhai_ledger_split_by_page_breaks_as_four_tables_each_with_its_header() throws LedgerException {
        GridDocument doc = read("wuhai-basic-level-tasks.docx");

        assertThat(doc.paragraphs()).extracting(TextLine::text)
                .containsExactly("附件", "乌海市基层政务公开标准化规范化重点工作任务分解");
        assertThat(doc.grids()).extracting(Grid::name).containsExactly("table 1", "table 2", "table 3", "table 4");
        assertThat(doc.grids()).extracting(Grid::rowCount).containsExactly(14, 11, 7, 5);
        for (Grid g : doc.grids()) {
            assertThat(g.row(0)).extracting(Cell::text).containsExactly("序号", "工作任务", "具体内容",
                    "政策法规要求", "主体责任单位", "主管责任单位", "指导责任单位", "完成时限");
        }
        Grid second = doc.grids().get(1);
        Cell domain = second.cell(4, 2);
        assertThat(domain.address()).isEqualTo("table 2, row 5, cell 3");
        assertThat(domain.text()).isEqualTo("涉农补贴领域");
        assertThat(second.cell(4, 0).isCovered()).isTrue();
        // task 1 continues after the break with its 序号 repeated
        assertThat(second.cell(1, 0).text()).isEqualTo("1");
        assertThat(second.cell(1, 0).rowSpan()).isEqualTo(6);
        assertThat(doc.grids().get(0).cell(1, 0).rowSpan()).isEqualTo(13);
        assertThat(doc.grids().get(0).cell(3, 6).text()).isEqualTo("市发改委 住房和城乡建设局");
        assertThat(second.cell(9, 0).text()).isEqualTo("3");
        assertThat(second.cell(9, 0).address()).isEqualTo("table 2, row 10, cell 1");
    }

    @Test
    void keeps_line_breaks_inside_shangdang_cells() throws LedgerException {
        GridDocument doc = read("shangdang-2022-tasks.docx");

        assertThat(doc.grids()).hasSize(1);
        Grid grid = doc.grids().get(0);
        assertThat(grid.rowCount()).isEqualTo(34);
        assertThat(grid.row(0)).extracting(Cell::text).containsExactly("序号", "任务名称", "任务内容", "责任单位", "时间节点");
        assertThat(grid.cell(3, 1).text()).isEqualTo("全面推进\n“五公开”");
        assertThat(grid.cell(3, 1).address()).isEqualTo("table 1, row 4, cell 2");
        assertThat(grid.cell(6, 4).text()).isEqualTo("2022年度的市场监管信息10月底前补录完成，每年3月底前公布");
        assertThat(grid.cell(33, 3).text()).isEqualTo("区政府办区财政局");
    }

    @Test
    void reads_the_alxa_docx_without_a_table_as_prose_paragraphs() throws LedgerException {
        GridDocument doc = read("alxa-left-banner-2022-points.docx");

        assertThat(doc.grids()).isEmpty();
        assertThat(doc.paragraphs()).hasSize(51);
        assertThat(doc.paragraphs().get(3)).isEqualTo(new TextLine("2022年6月30日", "paragraph 4", 4));
        assertThat(doc.paragraphs().get(6).text()).isEqualTo("一、规范发布政策措施,提升政务服务效能");
    }

    @Test
    void gives_the_alxa_docx_and_txt_the_same_outline() throws LedgerException {
        WorkPlan fromDocx = Ledgers.read(FIXTURES.resolve("alxa-left-banner-2022-points.docx"));
        WorkPlan fromTxt = Ledgers.read(FIXTURES.resolve("alxa-left-banner-2022-points.txt"));

        for (WorkPlan plan : new WorkPlan[] {fromDocx, fromTxt}) {
            assertThat(plan.title()).contains("阿拉善左旗2022年政务公开工作要点");
            assertThat(plan.issuer()).contains("阿拉善左旗政务公开领导小组办公室");
            assertThat(plan.year()).contains(2022);
            assertThat(plan.issuedOn()).contains(LocalDate.of(2022, 6, 30));
            assertThat(plan.sections()).hasSize(5);
            assertThat(plan.taskCount()).isEqualTo(20);
        }
        assertThat(fromDocx.sections()).extracting(Section::heading)
                .isEqualTo(fromTxt.sections().stream().map(Section::heading).toList());
        assertThat(fromDocx.allTasks()).extracting(e -> e.item().name().orElse(""))
                .isEqualTo(fromTxt.allTasks().stream().map(e -> e.item().name().orElse("")).toList());
        assertThat(fromDocx.allTasks()).extracting(e -> e.item().content().orElse(""))
                .isEqualTo(fromTxt.allTasks().stream().map(e -> e.item().content().orElse("")).toList());
        Task firstDocx = fromDocx.sections().get(0).tasks().get(0);
        assertThat(firstDocx.source().orElseThrow().cells()).containsEntry(Task.NAME, "paragraph 8")
                .containsEntry(Task.CONTENT, "paragraph 9");
    }
}
