package org.taizhang.cli.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.cli.general.Plans.cells;
import static org.taizhang.cli.general.Plans.deadline;
import static org.taizhang.cli.general.Plans.headings;
import static org.taizhang.cli.general.Plans.responsibility;
import static org.taizhang.cli.general.Plans.roles;
import static org.taizhang.cli.general.Plans.task;
import static org.taizhang.cli.general.Plans.tasks;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Numbering;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** Provincial and city ledgers in .xlsx, laid out as those governments send them. */
class ProvincialAndCityWorkbooksTest {
    @TempDir
    Path dir;

    /**
     * 省级政务公开任务分解表: 附件1, a merged title, a 填报单位 line, parts merged across, 重点任务
     * merged down with （一） numbers, 牵头/配合 columns, 序号 stored as numbers, a real date cell,
     * a 注 row and a signature line below the table.
     */
    private Path provincialOpenGovernment() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("任务分解表")
                .row("附件1")
                .row("某省2022年政务公开工作要点任务分解表").merge("A2:H2")
                .row("填报单位：省政府办公厅政务公开处    填报日期：2022年7月1日").merge("A3:H3")
                .row("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限", "完成情况", "备注")
                .row("一、持续提升政策公开质量").merge("A5:H5")
                .row(1, "（一）加强政策解读", "做好省政府常务会议审议政策的解读工作", "省政府办公厅",
                        "省发展改革委、省财政厅", "2022年9月底前", "已完成解读12期", "")
                .row(2, "", "开展政策吹风会", "省政府新闻办", "各市人民政府", "每季度", "", "").merge("B6:B7")
                .row(3, "（二）规范政府信息公开平台", "整合政府网站政策文件专栏", "省大数据局", "", "年底前", "推进中", "")
                .row("二、提升政务服务效能").merge("A9:H9")
                .row(4, "（三）推进“一网通办”", "推动高频事项“一网通办”", "省政务服务中心", "省直各有关部门",
                        LocalDate.of(2022, 10, 31), "", "重点督办")
                .row(5, "", "建设政务服务“好差评”体系", "省政务服务中心", "", "全年", "", "").merge("B10:B11")
                .row("注：1.完成情况请于每季度末5日前报送；2.本表由省政府办公厅负责解释。").merge("A12:H12")
                .row("", "", "", "", "", "省政府办公厅  2022年7月").merge("F13:H13");
        return x.write(dir, "province-open-government.xlsx");
    }

    @Test
    void reads_parts_points_and_tasks_of_a_provincial_breakdown_with_lead_and_support_columns() throws Exception {
        WorkPlan plan = Ledgers.read(provincialOpenGovernment());
        assertThat(plan.title()).contains("某省2022年政务公开工作要点任务分解表");
        assertThat(plan.year()).contains(2022);
        assertThat(headings(plan, 1)).containsExactly("一、持续提升政策公开质量", "二、提升政务服务效能");
        assertThat(headings(plan, 2)).containsExactly("（一）加强政策解读", "（二）规范政府信息公开平台",
                "（三）推进“一网通办”");
        assertThat(plan.sections().get(0).sections().get(0).numbering()).isEqualTo(Numbering.CN_PAREN);
        assertThat(tasks(plan)).extracting(t -> t.number().orElse("")).containsExactly("1", "2", "3", "4", "5");

        Task first = task(plan, "做好省政府常务会议");
        assertThat(responsibility(first)).isEqualTo("牵头单位：省政府办公厅；配合单位：省发展改革委、省财政厅");
        assertThat(roles(first)).containsExactly("省政府办公厅:LEAD", "省发展改革委:SUPPORT", "省财政厅:SUPPORT");
        assertThat(first.deadline().get().kind()).isEqualTo(DeadlineKind.ABSOLUTE);
        assertThat(first.deadline().get().due()).containsExactly(LocalDate.of(2022, 9, 30));
        assertThat(first.progress()).contains("已完成解读12期");
        assertThat(cells(first)).containsEntry(Task.CONTENT, "任务分解表!C6").containsEntry("配合单位", "任务分解表!E6");

        Task briefing = task(plan, "开展政策吹风会");
        assertThat(deadline(briefing)).isEqualTo("每季度");
        assertThat(briefing.deadline().get().kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(roles(briefing)).containsExactly("省政府新闻办:LEAD", "各市人民政府:SUPPORT");
    }

    @Test
    void reads_a_date_cell_as_the_date_excel_shows_and_keeps_remarks() throws Exception {
        WorkPlan plan = Ledgers.read(provincialOpenGovernment());
        Task online = task(plan, "推动高频事项");
        assertThat(deadline(online)).isEqualTo("2022/10/31");
        assertThat(online.deadline().get().kind()).isEqualTo(DeadlineKind.ABSOLUTE);
        assertThat(online.deadline().get().due()).containsExactly(LocalDate.of(2022, 10, 31));
        assertThat(online.remarks()).contains("重点督办");
        assertThat(cells(online)).containsEntry(Task.DEADLINE, "任务分解表!F10");
        assertThat(task(plan, "整合政府网站").progress()).contains("推进中");
    }

    @Test
    void keeps_the_lines_above_the_header_and_the_footer_rows_as_plan_notes() throws Exception {
        WorkPlan plan = Ledgers.read(provincialOpenGovernment());
        assertThat(plan.notes()).containsExactly("附件1", "填报单位：省政府办公厅政务公开处    填报日期：2022年7月1日",
                "注：1.完成情况请于每季度末5日前报送；2.本表由省政府办公厅负责解释。", "省政府办公厅  2022年7月");
        assertThat(tasks(plan)).hasSize(5);
        assertThat(headings(plan, 1)).hasSize(2);
    }

    /**
     * 市优化营商环境重点任务清单: a two-row header (责任单位 over 牵头 | 配合), 编号 1.1 / 1.2, 工作事项
     * merged down with 1. / 2. numbers, dates written by Excel as 年月日 date cells, a blank column,
     * a hidden empty row and a 合计 row.
     */
    private Path cityBusinessEnvironment() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("Sheet1")
                .row("某市2022年优化营商环境重点任务清单").merge("A1:H1")
                .row("编号", "工作事项", "工作内容", "责任单位", "", "时间节点", "", "推进情况")
                .merge("A2:A3").merge("B2:B3").merge("C2:C3").merge("D2:E2").merge("F2:F3").merge("H2:H3")
                .row("", "", "", "牵头", "配合", "", "", "")
                .row("1.1", "1.压缩企业开办时间", "企业开办全程网上办理", "市市场监管局", "市公安局、市税务局",
                        new XlsxFile.ChineseDate(LocalDate.of(2022, 6, 30)), "", "已完成")
                .row("1.2", "", "推行电子营业执照跨领域应用", "市市场监管局", "",
                        new XlsxFile.ChineseDate(LocalDate.of(2022, 9, 30)), "", "").merge("B4:B5")
                .hiddenEmptyRow()
                .row("2.1", "2.提升办理建筑许可效率", "推行施工图联合审查", "市住建局", "市自然资源和规划局", "年底前", "", "推进中")
                .row("2.2", "", "实行水电气报装并联办理", "市住建局", "市供水公司、供电公司", "9月底前", "", "").merge("B7:B8")
                .row("合计", "", "4项");
        return x.write(dir, "city-business-environment.xlsx");
    }

    @Test
    void reads_a_two_row_header_with_lead_and_support_under_one_responsibility_cell() throws Exception {
        WorkPlan plan = Ledgers.read(cityBusinessEnvironment());
        assertThat(plan.title()).contains("某市2022年优化营商环境重点任务清单");
        assertThat(headings(plan, 1)).containsExactly("1.压缩企业开办时间", "2.提升办理建筑许可效率");
        assertThat(plan.sections()).extracting(s -> s.numbering()).containsOnly(Numbering.ARABIC_DOT);
        assertThat(tasks(plan)).extracting(t -> t.number().orElse("")).containsExactly("1.1", "1.2", "2.1", "2.2");
        Task first = task(plan, "企业开办全程网上办理");
        assertThat(responsibility(first)).isEqualTo("牵头：市市场监管局；配合：市公安局、市税务局");
        assertThat(roles(first)).containsExactly("市市场监管局:LEAD", "市公安局:SUPPORT", "市税务局:SUPPORT");
        assertThat(first.progress()).contains("已完成");
        assertThat(cells(first)).containsEntry(Task.RESPONSIBILITY, "Sheet1!D4").containsEntry(Task.PROGRESS, "Sheet1!H4");
    }

    @Test
    void reads_date_cells_in_a_chinese_date_format_as_absolute_deadlines() throws Exception {
        WorkPlan plan = Ledgers.read(cityBusinessEnvironment());
        Task first = task(plan, "企业开办全程网上办理");
        assertThat(deadline(first)).isEqualTo("2022年6月30日");
        assertThat(first.deadline().get().due()).containsExactly(LocalDate.of(2022, 6, 30));
        Task permit = task(plan, "推行施工图联合审查");
        assertThat(permit.deadline().get().due()).containsExactly(LocalDate.of(2022, 12, 31));
        assertThat(permit.source().get().row()).contains(7);
        assertThat(first.extra()).isEmpty();
    }

    @Test
    void keeps_a_total_row_below_the_table_as_a_note_not_a_task() throws Exception {
        WorkPlan plan = Ledgers.read(cityBusinessEnvironment());
        assertThat(tasks(plan)).hasSize(4);
        assertThat(plan.notes()).containsExactly("合计  4项");
        assertThat(task(plan, "实行水电气报装").status()).isEqualTo(Status.UNKNOWN);
    }
}
