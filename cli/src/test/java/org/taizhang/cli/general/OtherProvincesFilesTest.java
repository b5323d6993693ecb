package org.taizhang.cli.general;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.Deadline;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Real workbooks and CSV exports laid out as other provinces write their ledgers: nested grouping
 * columns, a title over two rows, a content column under a new header word, a one-row task in
 * the grouping column. Each is read through {@link Ledgers#read} and checked section by section.
 */
class OtherProvincesFilesTest {
    @TempDir
    Path dir;

    /** 领域 › 重点任务 › 具体措施, merged; title over two merged rows; 责任单位 over 牵头 | 配合; date cells. */
    private Path nestedWorkbook() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("任务清单")
                .row("某市2023年数字政府建设").merge("A1:F1")
                .row("重点任务清单").merge("A2:F2")
                .row("领域", "重点任务", "具体措施", "责任单位", "", "完成时限").merge("A3:A4").merge("B3:B4")
                .merge("C3:C4").merge("D3:E3").merge("F3:F4")
                .row("", "", "", "牵头单位", "配合单位", "")
                .row("一、数据资源", "（一）数据共享", "编制政务数据资源目录", "市大数据局", "市直各部门", LocalDate.of(2023, 6, 30))
                .row("", "", "建设数据共享交换平台", "市大数据局", "", LocalDate.of(2023, 9, 30))
                .row("", "（二）数据开放", "制定公共数据开放清单", "市大数据局", "市发改委", LocalDate.of(2023, 12, 31))
                .row("二、政务服务", "（三）一网通办", "推动高频事项“掌上办”", "市政务服务中心", "", LocalDate.of(2023, 10, 31))
                .row("", "", "推行电子证照应用", "市政务服务中心", "市公安局", LocalDate.of(2023, 11, 30))
                .merge("A5:A7").merge("B5:B6").merge("A8:A9").merge("B8:B9");
        return x.write(dir, "digital-government.xlsx");
    }

    private static final List<String> NESTED = List.of(
            "§ 一、数据资源",
            "  § （一）数据共享",
            "    - 编制政务数据资源目录 | 牵头单位：市大数据局；配合单位：市直各部门 | 2023-06-30",
            "    - 建设数据共享交换平台 | 牵头单位：市大数据局 | 2023-09-30",
            "  § （二）数据开放",
            "    - 制定公共数据开放清单 | 牵头单位：市大数据局；配合单位：市发改委 | 2023-12-31",
            "§ 二、政务服务",
            "  § （三）一网通办",
            "    - 推动高频事项“掌上办” | 牵头单位：市政务服务中心 | 2023-10-31",
            "    - 推行电子证照应用 | 牵头单位：市政务服务中心；配合单位：市公安局 | 2023-11-30");

    @Test
    void reads_nested_grouping_columns_merged_in_a_workbook() throws Exception {
        WorkPlan plan = Ledgers.read(nestedWorkbook());
        assertThat(plan.title()).contains("某市2023年数字政府建设重点任务清单");
        assertThat(plan.year()).contains(2023);
        assertThat(plan.notes()).isEmpty();
        assertThat(render(plan)).containsExactlyElementsOf(NESTED);
        Task second = plan.sections().get(0).sections().get(0).tasks().get(1);
        assertThat(second.source().get().cells()).containsEntry(Task.CONTENT, "任务清单!C6")
                .containsEntry(Task.DEADLINE, "任务清单!F6");
        assertThat(plan.sections().get(0).sections().get(1).source().get().cells()).containsEntry("title", "任务清单!B7");
    }

    @Test
    void reads_the_same_ledger_exported_as_csv_with_its_groups_written_once() throws Exception {
        Path csv = CsvFile.write(dir, "digital-government.csv", StandardCharsets.UTF_8, true, List.of(
                "某市2023年数字政府建设,,,,,",
                "重点任务清单,,,,,",
                "领域,重点任务,具体措施,牵头单位,配合单位,完成时限",
                "一、数据资源,（一）数据共享,编制政务数据资源目录,市大数据局,市直各部门,2023年6月30日",
                ",,建设数据共享交换平台,市大数据局,,2023年9月30日",
                ",（二）数据开放,制定公共数据开放清单,市大数据局,市发改委,2023年12月31日",
                "二、政务服务,（三）一网通办,推动高频事项“掌上办”,市政务服务中心,,2023年10月31日",
                ",,推行电子证照应用,市政务服务中心,市公安局,2023年11月30日"));
        WorkPlan plan = Ledgers.read(csv);
        assertThat(plan.title()).contains("某市2023年数字政府建设重点任务清单");
        List<String> expected = new ArrayList<>(NESTED);
        // the export writes no 配合单位 where the workbook had none; within a group a blank is the value above
        expected.set(3, "    - 建设数据共享交换平台 | 牵头单位：市大数据局；配合单位：市直各部门 | 2023-09-30");
        expected.set(8, "    - 推动高频事项“掌上办” | 牵头单位：市政务服务中心 | 2023-10-31");
        assertThat(render(plan)).containsExactlyElementsOf(expected);
        Task inherited = plan.sections().get(0).sections().get(0).tasks().get(1);
        assertThat(inherited.inferred()).containsExactly(Task.RESPONSIBILITY);
        assertThat(inherited.source().get().cells()).containsEntry(Task.CONTENT, "C5").containsEntry("配合单位", "E4");
    }

    /** 细化分工 as the content, 重点工作 merged over its measures, a one-row 重点工作 merged across, 责任领导. */
    @Test
    void reads_a_new_content_word_and_a_one_row_task_written_in_the_grouping_column() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("Sheet1")
                .row("2023年某县政务公开工作要点").merge("A1:G1")
                .row("任务分解表").merge("A2:G2")
                .row("序号", "重点工作", "细化分工", "责任领导", "牵头单位", "配合单位", "完成时间")
                .row(1, "深化政策解读", "县政府常务会议审议的政策文件同步解读", "张某某", "县政府办", "县直各部门", "全年")
                .row(2, "", "开展政策解读“进社区”活动不少于4次", "张某某", "县司法局", "各乡镇", "2023年11月底前")
                .row(3, "建设政策文件库", "", "李某某", "县政府办", "", "2023年6月底前")
                .merge("B4:B5").merge("B6:C6");
        WorkPlan plan = Ledgers.read(x.write(dir, "county-openness.xlsx"));
        assertThat(plan.title()).contains("2023年某县政务公开工作要点任务分解表");
        assertThat(render(plan)).containsExactly(
                "- 建设政策文件库 | 牵头单位：县政府办 | 2023-06-30",
                "§ 深化政策解读",
                "  - 县政府常务会议审议的政策文件同步解读 | 牵头单位：县政府办；配合单位：县直各部门 | ", // 全年 has no one due date
                "  - 开展政策解读“进社区”活动不少于4次 | 牵头单位：县司法局；配合单位：各乡镇 | 2023-11-30");
        Task library = plan.tasks().get(0);
        assertThat(library.number()).contains("3");
        assertThat(library.extra()).containsExactly(java.util.Map.entry("责任领导", "李某某"));
        assertThat(library.source().get().cells()).containsEntry(Task.CONTENT, "Sheet1!B6");
    }

    /** A GBK export: title over two rows, a 板块 column with a blank header written once per group. */
    @Test
    void reads_a_gbk_export_whose_first_column_has_no_header_and_groups_by_blanks() throws Exception {
        Path csv = CsvFile.write(dir, "district.csv", Charset.forName("GBK"), false, List.of(
                "某区2023年民生实事项目,,,,",
                "推进台账,,,,",
                ",项目名称,建设内容,责任单位,计划完成时间",
                "教育,新建第三小学,新增学位1800个,区教育局,2023年8月底前",
                ",改扩建第一中学,新增学位900个,区教育局,2023年8月底前",
                "医疗,建设区人民医院新院区,新增床位500张,区卫健委,2023年12月底前"));
        WorkPlan plan = Ledgers.read(csv);
        assertThat(plan.title()).contains("某区2023年民生实事项目推进台账");
        assertThat(render(plan)).containsExactly(
                "§ 教育",
                "  - [新建第三小学] 新增学位1800个 | 区教育局 | 2023-08-31",
                "  - [改扩建第一中学] 新增学位900个 | 区教育局 | 2023-08-31",
                "§ 医疗",
                "  - [建设区人民医院新院区] 新增床位500张 | 区卫健委 | 2023-12-31");
    }

    private static List<String> render(WorkPlan plan) {
        List<String> out = new ArrayList<>();
        plan.tasks().forEach(t -> out.add(task("", t)));
        plan.sections().forEach(s -> section(out, "", s));
        return out;
    }

    private static void section(List<String> out, String indent, Section s) {
        out.add(indent + "§ " + s.heading());
        s.tasks().forEach(t -> out.add(task(indent + "  ", t)));
        s.sections().forEach(sub -> section(out, indent + "  ", sub));
    }

    private static String task(String indent, Task t) {
        return indent + "- " + t.name().map(n -> "[" + n + "] ").orElse("") + t.content().orElse("") + " | "
                + t.responsibility().map(Responsibility::text).orElse("") + " | "
                + t.deadline().map(Deadline::due).map(d -> d.isEmpty() ? "" : d.last().toString()).orElse("");
    }
}
