package org.taizhang.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;

class CsvLedgerWriterTest {
    private final CsvLedgerWriter writer = new CsvLedgerWriter();

    static WorkPlan ordosLike() {
        Task first = Task.builder().name("继续做好规章和规范性文件的集中公开")
                .content("做好现行有效政府规章的集中规范公开，建立健全动态更新工作机制。")
                .responsibility(Responsibility.ofText("市司法局牵头，市政府各部门负责落实"))
                .deadline(Deadline.unparsed("全年持续推进"))
                .progress("1.市人民政府门户网站设置栏目；\n2.及时更新。")
                .build();
        Task second = Task.builder().content("进一步强化政府公文分类展示。")
                .responsibility(Responsibility.ofText("旗区级以上政府负责落实"))
                .deadline(Deadline.unparsed("2022年9月底前")).status(Status.DONE)
                .putExtra("牵头领导", "张三").build();
        Section point = Section.builder().number("一").numbering(Numbering.CN_PAREN)
                .title("继续做好规章和规范性文件的集中公开。").addTask(first).addTask(second).build();
        Section part = Section.builder().number("一").numbering(Numbering.CN_COMMA)
                .title("提高政策公开质量，提升政务服务效能").addSection(point).build();
        return WorkPlan.builder().title("鄂尔多斯市2022年政务公开工作要点任务台账").addSection(part).build();
    }

    private byte[] write(WorkPlan plan, WriteOptions options) throws LedgerException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(plan, out, options);
        return out.toByteArray();
    }

    @Test
    void writes_title_header_part_point_and_task_rows_in_utf8_with_a_bom() throws LedgerException {
        // Commons CSV quotes an empty first cell, so that the row cannot read as an empty line
        byte[] bytes = write(ordosLike(), WriteOptions.defaults());

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("鄂尔多斯市2022年政务公开工作要点任务台账\r\n"
                + "层级,序号,任务名称,具体任务,责任单位,完成时限,落实情况,状态,牵头领导\r\n"
                + "一级,一、,提高政策公开质量，提升政务服务效能,,,,,,\r\n"
                + "二级,（一）,继续做好规章和规范性文件的集中公开。,,,,,,\r\n"
                + "\"\",,继续做好规章和规范性文件的集中公开,做好现行有效政府规章的集中规范公开，建立健全动态更新工作机制。,"
                + "市司法局牵头，市政府各部门负责落实,全年持续推进,\"1.市人民政府门户网站设置栏目；\n2.及时更新。\",,\r\n"
                + "\"\",,,进一步强化政府公文分类展示。,旗区级以上政府负责落实,2022年9月底前,,已完成,张三\r\n");
    }

    @Test
    void writes_sections_of_any_numbering_as_level_number_and_title() throws LedgerException {
        Section group = Section.builder().title("编制基层政务公开事项标准目录")
                .addTask(Task.builder().content("梳理细化相关领域政务公开事项").build()).build();
        Section numbered = Section.builder().number("2").numbering(Numbering.ARABIC).title("城乡规划领域")
                .addSection(group).build();
        WorkPlan plan = WorkPlan.builder().addSection(numbered).build();

        String text = new String(write(plan, WriteOptions.defaults()), StandardCharsets.UTF_8).substring(1);

        assertThat(text.split("\r\n")).containsExactly("层级,序号,具体任务,落实情况,状态",
                "一级,2,城乡规划领域,,", "二级,,编制基层政务公开事项标准目录,,", "\"\",,梳理细化相关领域政务公开事项,,");
    }

    @Test
    void reads_back_as_the_grid_the_table_layer_expects() throws LedgerException {
        byte[] bytes = write(ordosLike(), WriteOptions.defaults());

        Grid grid = new CsvLedgerReader().readDocument(bytes, new ReadContext("out.csv", ReadOptions.defaults()))
                .grids().get(0);

        assertThat(grid.cell(0, 0).text()).isEqualTo("鄂尔多斯市2022年政务公开工作要点任务台账");
        assertThat(grid.row(1)).extracting(Cell::text)
                .containsExactly("层级", "序号", "任务名称", "具体任务", "责任单位", "完成时限", "落实情况", "状态", "牵头领导");
        assertThat(grid.cell(4, 6).text()).isEqualTo("1.市人民政府门户网站设置栏目；\n2.及时更新。");
        assertThat(grid.cell(4, 6).address()).isEqualTo("G5");
    }

    @Test
    void writes_gbk_on_request_without_a_bom() throws LedgerException {
        byte[] bytes = write(ordosLike(), WriteOptions.builder().charset(Charset.forName("GBK")).build());

        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(bytes, Charset.forName("GBK"))).startsWith("鄂尔多斯市2022年政务公开工作要点任务台账\r\n层级,序号,");
    }

    @Test
    void refuses_text_that_gbk_cannot_hold_and_names_the_row() {
        WorkPlan plan = WorkPlan.builder().addTask(Task.builder().content("表情😀").build()).build();

        assertThatThrownBy(() -> write(plan, WriteOptions.builder().charset(Charset.forName("GBK")).build()))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("row 2: ")
                .hasMessageContaining("GBK");
    }

    @Test
    void puts_an_apostrophe_before_text_a_spreadsheet_would_run_as_a_formula() throws LedgerException {
        WorkPlan plan = WorkPlan.builder()
                .addTask(Task.builder().number("1").content("=HYPERLINK(\"http://x\")").remarks("+1").build())
                .addTask(Task.builder().number("2").content("＠全角").remarks("'撇号").build())
                .addTask(Task.builder().number("3").content("-5").remarks("正常").build())
                .build();

        String text = new String(write(plan, WriteOptions.defaults()), StandardCharsets.UTF_8).substring(1);

        assertThat(text.split("\r\n")).containsExactly("层级,序号,具体任务,落实情况,状态,备注",
                "\"\",1,\"'=HYPERLINK(\"\"http://x\"\")\",,,'+1", "\"\",2,'＠全角,,,''撇号", "\"\",3,'-5,,,正常");
    }

    @Test
    void is_found_by_the_service_loader_under_format_csv() {
        org.taizhang.core.FormatRegistry registry = org.taizhang.core.FormatRegistry.installed();
        assertThat(registry.writer("csv")).containsInstanceOf(CsvLedgerWriter.class);
        assertThat(registry.reader("csv")).containsInstanceOf(CsvLedgerReader.class);
        assertThat(registry.readableFormats()).extracting(f -> f.id()).contains("csv", "txt");
    }
}
