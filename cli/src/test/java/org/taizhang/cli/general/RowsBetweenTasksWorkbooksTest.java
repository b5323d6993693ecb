package org.taizhang.cli.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.cli.general.Plans.cells;
import static org.taizhang.cli.general.Plans.deadline;
import static org.taizhang.cli.general.Plans.headings;
import static org.taizhang.cli.general.Plans.responsibility;
import static org.taizhang.cli.general.Plans.roles;
import static org.taizhang.cli.general.Plans.task;
import static org.taizhang.cli.general.Plans.tasks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Workbooks with rows between tasks that are not tasks (subtotals after each group, notes,
 * header rows repeated on each printed page in other words), groups written by leaving the name
 * blank below each group's first row, and 序号 formulas beside real date cells.
 */
class RowsBetweenTasksWorkbooksTest {
    @TempDir
    Path dir;

    /**
     * 县重点项目推进台账: a merged title, parts merged across, 项目类别 written once per group and
     * left blank below it (not merged), a 小计 row after each group, a 注 row merged across
     * between the parts, and a 合计 row and signature below the table.
     */
    private Path countyProjects() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("项目台账")
                .row("某县2022年重点项目推进台账").merge("A1:G1")
                .row("序号", "项目类别", "项目名称及建设内容", "责任单位", "计划完成时间", "目前进展", "备注")
                .row("一、产业项目").merge("A3:G3")
                .row(1, "工业项目", "新建年产5万吨新材料生产线", "县工信局", "2022年10月底前", "主体完工", "")
                .row(2, "", "化工园区污水处理厂提标改造", "县工信局、县生态环境分局", "2022年9月底前", "设备安装", "")
                .row(3, "", "合计新增标准厂房10万平方米", "县工业园区管委会", "年底前", "", "")
                .row("小计", "", "3个", "", "", "", "")
                .row(4, "农业项目", "高标准农田建设2万亩", "县农牧局", "2022年11月底前", "", "")
                .row(5, "", "现代农业产业园冷链物流中心", "县农牧局", "2022年12月底前", "", "")
                .row(6, "", "盐碱地改良示范", "县农牧局、县水利局", "全年", "", "")
                .row("小计", "", "3个", "", "", "", "")
                .row("注：产业项目进展以县发展改革局季度调度为准。").merge("A12:G12")
                .row("二、民生项目").merge("A13:G13")
                .row(7, "教育项目", "县第二中学教学楼建设", "县教育局", "2022年8月底前", "已完工", "")
                .row(8, "", "乡镇寄宿制学校改造", "县教育局", "2022年8月底前", "", "")
                .row(9, "", "幼儿园扩容", "县教育局", "2022年9月底前", "", "")
                .row("小计", "", "3个", "", "", "", "")
                .row("合计", "", "9个", "", "", "", "")
                .row("", "", "", "某县人民政府办公室", "2022年3月1日");
        return x.write(dir, "county-projects.xlsx");
    }

    @Test
    void reads_a_category_written_once_per_group_and_left_blank_below_as_a_section() throws Exception {
        WorkPlan plan = Ledgers.read(countyProjects());
        assertThat(plan.title()).contains("某县2022年重点项目推进台账");
        assertThat(headings(plan, 1)).containsExactly("一、产业项目", "二、民生项目");
        assertThat(headings(plan, 2)).containsExactly("工业项目", "农业项目", "教育项目");
        assertThat(Plans.sections(plan, 2)).extracting(Section::taskCount).containsExactly(3, 3, 3);
        assertThat(Plans.sections(plan, 2).get(1).source().get().cells()).containsEntry("title", "项目台账!B8");
        assertThat(tasks(plan)).extracting(t -> t.number().orElse(""))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(tasks(plan)).allSatisfy(t -> assertThat(t.name()).isEmpty());

        Task sewage = task(plan, "化工园区污水处理厂");
        assertThat(roles(sewage)).containsExactly("县工信局:RESPONSIBLE", "县生态环境分局:RESPONSIBLE");
        assertThat(sewage.deadline().get().due()).containsExactly(LocalDate.of(2022, 9, 30));
        assertThat(sewage.progress()).contains("设备安装");
        assertThat(sewage.inferred()).isEmpty();
        assertThat(cells(sewage)).containsEntry(Task.CONTENT, "项目台账!C5");
    }

    @Test
    void keeps_subtotals_and_a_note_between_tasks_as_plan_notes_with_their_place() throws Exception {
        WorkPlan plan = Ledgers.read(countyProjects());
        assertThat(tasks(plan)).hasSize(9);
        // a task whose content starts with 合计 is still a task
        assertThat(task(plan, "合计新增标准厂房").responsibility().get().text()).isEqualTo("县工业园区管委会");
        assertThat(plan.notes()).containsExactly(
                "小计  3个（项目台账!A7）",
                "小计  3个（项目台账!A11）",
                "注：产业项目进展以县发展改革局季度调度为准。（项目台账!A12）",
                "小计  3个", "合计  9个", "某县人民政府办公室  2022年3月1日");
        assertThat(plan.issuer()).contains("某县人民政府办公室");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2022, 3, 1));
    }

    /**
     * 区重点工作任务台账 printed over several pages: the header typed again on each page, once
     * with spaces (序 号) and once with other words (责任部门, 完成时间); and a second sheet whose
     * two-row header (责任单位 over 牵头单位 | 配合单位) repeats only its second row.
     */
    private Path repeatedHeaders() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("第一季度")
                .row("序号", "工作任务", "责任单位", "完成时限", "备注")
                .row(1, "编制政务公开目录", "区政府办", "3月底前", "")
                .row(2, "公开年度预算", "区财政局", "3月底前", "")
                .row("序 号", "工 作 任 务", "责任部门", "完成时间", "备 注")
                .row(3, "开展政府开放日活动", "区政府办", "全年", "每季度一次")
                .row("编号", "工作任务", "责任单位", "时限要求", "备注")
                .row(4, "公开重大建设项目", "区发展改革委", "6月底前", "");
        x.sheet("第二季度")
                .row("序号", "工作任务", "责任单位", "", "完成时限")
                .merge("A1:A2").merge("B1:B2").merge("C1:D1").merge("E1:E2")
                .row("", "", "牵头单位", "配合单位", "")
                .row(1, "推进政务服务一网通办", "区政务服务局", "区大数据中心", "6月底前")
                .row(2, "规范行政执法公示", "区司法局", "区直各执法部门", "9月底前")
                .row("", "", "牵头单位", "配合单位", "")
                .row(3, "公开财政决算", "区财政局", "", "8月底前");
        return x.write(dir, "district-repeated-headers.xlsx");
    }

    @Test
    void skips_header_rows_repeated_in_other_words_and_a_repeated_second_header_row() throws Exception {
        WorkPlan plan = Ledgers.read(repeatedHeaders());
        assertThat(headings(plan, 1)).containsExactly("第一季度", "第二季度");
        Section first = plan.sections().get(0);
        assertThat(first.tasks()).extracting(t -> t.content().orElse(""))
                .containsExactly("编制政务公开目录", "公开年度预算", "开展政府开放日活动", "公开重大建设项目");
        assertThat(first.tasks()).extracting(t -> t.number().orElse("")).containsExactly("1", "2", "3", "4");
        assertThat(first.tasks().get(2).remarks()).contains("每季度一次");
        assertThat(first.tasks().get(3).source().get().row()).contains(7);

        Section second = plan.sections().get(1);
        assertThat(second.tasks()).hasSize(3);
        Task disclosure = task(plan, "公开财政决算");
        assertThat(responsibility(disclosure)).isEqualTo("牵头单位：区财政局");
        assertThat(deadline(disclosure)).isEqualTo("8月底前");
        assertThat(roles(task(plan, "规范行政执法公示"))).containsExactly("区司法局:LEAD", "区直各执法部门:SUPPORT");
        assertThat(plan.notes()).isEmpty();
    }

    /**
     * A ledger whose 序号 cells hold {@code =ROW()-3} and whose 完成时限 cells are Excel dates (one
     * of them computed by {@code =DATE(…)}), saved as Excel saves it: every formula with its last
     * computed value.
     */
    private Path formulasAndDates() throws Exception {
        Path file = dir.resolve("formulas-and-dates.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            CellStyle isoDate = wb.createCellStyle();
            isoDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet s = wb.createSheet("台账");
            s.createRow(0).createCell(0).setCellValue("某区2022年政务公开重点任务台账");
            s.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
            s.createRow(1).createCell(0).setCellValue("填报单位：区政府办");
            Row header = s.createRow(2);
            String[] words = {"序号", "具体任务", "责任单位", "完成时限"};
            for (int c = 0; c < words.length; c++) {
                header.createCell(c).setCellValue(words[c]);
            }
            Object[][] rows = {
                {"公开年度预算", "区财政局", LocalDate.of(2022, 3, 31), date},
                {"公开重大项目批准信息", "区发展改革委", LocalDate.of(2022, 9, 30), isoDate},
                {"公开执法结果", "区司法局", "=DATE(2022,12,31)", date},
            };
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(3 + i);
                row.createCell(0).setCellFormula("ROW()-3");
                row.createCell(1).setCellValue((String) rows[i][0]);
                row.createCell(2).setCellValue((String) rows[i][1]);
                var cell = row.createCell(3);
                if (rows[i][2] instanceof LocalDate) {
                    cell.setCellValue((LocalDate) rows[i][2]);
                } else {
                    cell.setCellFormula(((String) rows[i][2]).substring(1));
                }
                cell.setCellStyle((CellStyle) rows[i][3]);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void reads_number_formulas_and_date_cells_as_the_values_excel_shows() throws Exception {
        WorkPlan plan = Ledgers.read(formulasAndDates());
        assertThat(plan.title()).contains("某区2022年政务公开重点任务台账");
        assertThat(tasks(plan)).extracting(t -> t.number().orElse("")).containsExactly("1", "2", "3");
        assertThat(tasks(plan)).extracting(Plans::deadline).containsExactly("2022/3/31", "2022-09-30", "2022/12/31");
        assertThat(tasks(plan)).allSatisfy(t -> assertThat(t.deadline().get().kind()).isEqualTo(DeadlineKind.ABSOLUTE));
        assertThat(tasks(plan)).extracting(t -> t.deadline().get().due().first())
                .containsExactly(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 9, 30), LocalDate.of(2022, 12, 31));
        Task last = task(plan, "公开执法结果");
        assertThat(cells(last)).containsEntry(Task.NUMBER, "台账!A6").containsEntry(Task.DEADLINE, "台账!D6");
        assertThat(deadline(last)).isEqualTo("2022/12/31");
        assertThat(plan.notes()).containsExactly("填报单位：区政府办");
    }
}
