package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.xlsx.Grids.FIXTURES;
import static org.taizhang.xlsx.Grids.at;
import static org.taizhang.xlsx.Grids.sourceRows;
import static org.taizhang.xlsx.Grids.texts;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.taizhang.core.FormatRegistry;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;

/** The real published ledgers, read into grids: texts, merges, addresses and row numbers. */
class FixtureGridTest {

    private static Grid only(String file) throws Exception {
        List<Grid> grids = Grids.readXlsx(FIXTURES.resolve(file));
        assertThat(grids).hasSize(1);
        return grids.get(0);
    }

    @Test
    void ordos_ledger_keeps_title_header_part_rows_and_every_source_row() throws Exception {
        Grid g = only("ordos-2022-ledger.xlsx");

        assertThat(g.name()).isEqualTo("任务台账");
        assertThat(g.rowCount()).isEqualTo(69);
        assertThat(g.columnCount()).isEqualTo(6);
        assertThat(sourceRows(g)).containsExactlyElementsOf(IntStream.rangeClosed(1, 69).boxed().toList());
        assertThat(at(g, "A1").text()).isEqualTo("附件２");
        Cell title = at(g, "A2");
        assertThat(title.text()).isEqualTo("鄂尔多斯市2022年政务公开工作要点任务台账");
        assertThat(title.colSpan()).isEqualTo(6);
        assertThat(title.address()).isEqualTo("任务台账!A2");
        assertThat(at(g, "F2").isCovered()).isTrue();
        assertThat(texts(g, 2)).containsExactly("任务名称", "具体任务", "落实情况", "责任单位", "完成时限", "备注");
        Cell part = at(g, "A4");
        assertThat(part.text()).isEqualTo("一、提高政策公开质量，提升政务服务效能");
        assertThat(part.colSpan()).isEqualTo(6);
        assertThat(at(g, "A59").text()).startsWith("五、强化指导监督");
        assertThat(at(g, "A59").colSpan()).isEqualTo(6);
    }

    @Test
    void ordos_ledger_reads_merged_down_point_names_as_anchor_and_covered_cells() throws Exception {
        Grid g = only("ordos-2022-ledger.xlsx");

        Cell point = at(g, "A5");
        assertThat(point.text()).isEqualTo("（一）继续做好规章和规范性文件的集中公开。");
        assertThat(point.rowSpan()).isEqualTo(3);
        assertThat(point.colSpan()).isEqualTo(1);
        for (String covered : List.of("A6", "A7")) {
            Cell c = at(g, covered);
            assertThat(c.isCovered()).isTrue();
            assertThat(c.text()).isEmpty();
            assertThat(c.anchorRow()).isEqualTo(point.row());
            assertThat(c.anchorColumn()).isZero();
        }
        assertThat(at(g, "A8").text()).startsWith("（二）");
        assertThat(at(g, "A24").text()).startsWith("(八)深化稳增长保民生信息公开");
        assertThat(at(g, "A24").rowSpan()).isEqualTo(5);
        Cell progress = at(g, "C10");
        assertThat(progress.rowSpan()).isEqualTo(2);
        assertThat(at(g, "C11").isCovered()).isTrue();
        assertThat(at(g, "E6").text()).isEqualTo("2022年9月底前");
        assertThat(at(g, "D5").text()).isEqualTo("市司法局牵头，市政府各部门负责落实");
    }

    @Test
    void ordos_ledger_keeps_the_task_row_that_holds_only_a_deadline() throws Exception {
        Grid g = only("ordos-2022-ledger.xlsx");

        assertThat(at(g, "B40").text()).isEmpty();
        assertThat(at(g, "E40").text()).isEqualTo("全年持续推进");
        assertThat(at(g, "C40").isCovered()).isTrue();
    }

    @Test
    void wuhai_tasks_keep_repeated_header_rows_and_numbers_without_decimals() throws Exception {
        Grid g = only("wuhai-basic-level-tasks.xlsx");

        assertThat(g.rowCount()).isEqualTo(39);
        assertThat(g.columnCount()).isEqualTo(8);
        List<String> header = List.of("序号", "工作任务", "具体内容", "政策法规要求", "主体责任单位",
                "主管责任单位", "指导责任单位", "完成时限");
        for (int sourceRow : List.of(3, 17, 28, 35)) {
            assertThat(texts(g, sourceRow - 1)).as("row %d", sourceRow).containsExactlyElementsOf(header);
        }
        Cell number = at(g, "A4");
        assertThat(number.text()).isEqualTo("1");
        assertThat(number.rowSpan()).isEqualTo(13);
        Cell task = at(g, "B4");
        assertThat(task.text()).isEqualTo("编制基层政务公开事项标准目录");
        assertThat(task.rowSpan()).isEqualTo(13);
        assertThat(at(g, "B16").isCovered()).isTrue();
        assertThat(at(g, "B16").anchorRow()).isEqualTo(task.row());
        assertThat(at(g, "A18").text()).isEqualTo("1");
        assertThat(at(g, "A18").rowSpan()).isEqualTo(6);
        assertThat(at(g, "A39").text()).isEqualTo("8");
        assertThat(at(g, "H5").rowSpan()).isEqualTo(12);
        assertThat(at(g, "H5").text()).isEqualTo("2020年10月底");
        assertThat(at(g, "G30").text()).isEqualTo("市委宣传部 市政府办公室");
    }

    @Test
    void shangdang_tasks_keep_line_breaks_inside_cells() throws Exception {
        Grid g = only("shangdang-2022-tasks.xlsx");

        assertThat(g.rowCount()).isEqualTo(36);
        assertThat(g.columnCount()).isEqualTo(5);
        assertThat(at(g, "A2").text()).isEqualTo("2022年政务公开工作要点任务分解表");
        assertThat(at(g, "A2").colSpan()).isEqualTo(5);
        assertThat(texts(g, 2)).containsExactly("序号", "任务名称", "任务内容", "责任单位", "时间节点");
        assertThat(at(g, "B6").text()).isEqualTo("全面推进\n“五公开”");
        assertThat(at(g, "B7").text()).isEqualTo("行政处罚\n信息公开");
        assertThat(at(g, "A4").text()).isEqualTo("1");
        assertThat(at(g, "A36").text()).isEqualTo("33");
        assertThat(at(g, "E9").text()).isEqualTo("2022年度的市场监管信息10月底前补录完成，每年3月底前公布");
        assertThat(at(g, "D36").text()).isEqualTo("区政府办区财政局");
        assertThat(g.sourceRow(35)).isEqualTo(36);
    }

    @Test
    void detection_picks_the_xlsx_reader_for_every_fixture_workbook() throws Exception {
        FormatRegistry registry = FormatRegistry.installed();
        for (String f : List.of("ordos-2022-ledger.xlsx", "wuhai-basic-level-tasks.xlsx", "shangdang-2022-tasks.xlsx")) {
            var sample = FormatRegistry.sample(FIXTURES.resolve(f));
            assertThat(new XlsxLedgerReader().detect(sample)).isEqualTo(XlsxLedgerReader.CERTAIN);
            assertThat(registry.readerFor(sample)).get().isInstanceOf(XlsxLedgerReader.class);
        }
    }

    @Test
    void reading_a_fixture_hands_its_sheet_to_the_table_layer_with_the_file_name() throws Exception {
        WorkPlan plan = new XlsxLedgerReader().read(FIXTURES.resolve("shangdang-2022-tasks.xlsx"),
                new ReadContext("shangdang-2022-tasks.xlsx", ReadOptions.defaults()));

        assertThat(plan.source()).get().extracting(s -> s.file().orElse(null))
                .isEqualTo("shangdang-2022-tasks.xlsx");
        assertThat(plan.taskCount()).isPositive();
    }
}
