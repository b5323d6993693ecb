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
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** Workbooks with one sheet per department or per quarter, and a sheet of instructions. */
class MultiSheetWorkbooksTest {
    @TempDir
    Path dir;

    /**
     * 县安全生产专项整治工作台账: a 填表说明 sheet first, then one sheet per department with the
     * same title, 序号 and dates stored as numbers, 责任领导 / 责任人 columns and no 责任单位 column.
     */
    private Path countySafetyByDepartment() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("填表说明")
                .row("填表说明：")
                .row("1.请各单位于每月25日前报送本月工作进展；")
                .row("2.工作进展应写明具体数据。");
        x.sheet("应急管理局")
                .row("某县2022年安全生产专项整治三年行动工作台账").merge("A1:G1")
                .row("序号", "工作任务", "工作措施", "责任领导", "责任人", "完成时间", "工作进展")
                .row(1, "危险化学品安全整治", "开展危化品企业全覆盖检查", "副县长 王某", "张某", LocalDate.of(2022, 6, 30), "已检查企业36家")
                .row(2, "工贸行业安全整治", "排查粉尘涉爆企业", "副县长 王某", "李某", LocalDate.of(2022, 9, 30), "");
        x.sheet("住房和城乡建设局")
                .row("某县2022年安全生产专项整治三年行动工作台账").merge("A1:G1")
                .row("序号", "工作任务", "工作措施", "责任领导", "责任人", "完成时间", "工作进展")
                .row(1, "城市建设安全整治", "排查自建房安全隐患", "副县长 赵某", "刘某", "10月底前", "")
                .row(2, "", "开展燃气安全专项检查", "副县长 赵某", "刘某", "全年", "").merge("B3:B4")
                .row(3, "建筑施工安全整治", "开展起重机械专项治理", "副县长 赵某", "陈某", "2022年12月31日前", "");
        return x.write(dir, "county-safety.xlsx");
    }

    @Test
    void makes_each_department_sheet_a_section_and_keeps_the_instruction_sheet_as_notes() throws Exception {
        WorkPlan plan = Ledgers.read(countySafetyByDepartment());
        assertThat(plan.title()).contains("某县2022年安全生产专项整治三年行动工作台账");
        assertThat(headings(plan, 1)).containsExactly("应急管理局", "住房和城乡建设局");
        assertThat(plan.sections()).extracting(Section::numbering).containsOnly(Numbering.NONE);
        assertThat(plan.sections().get(0).tasks()).hasSize(2);
        assertThat(headings(plan, 2)).containsExactly("城市建设安全整治", "建筑施工安全整治");
        assertThat(tasks(plan)).hasSize(5);
        assertThat(plan.notes()).containsExactly("填表说明：", "1.请各单位于每月25日前报送本月工作进展；", "2.工作进展应写明具体数据。");
    }

    @Test
    void keeps_leader_and_person_columns_in_extra_and_reads_date_cells_of_each_sheet() throws Exception {
        WorkPlan plan = Ledgers.read(countySafetyByDepartment());
        Task chemicals = task(plan, "开展危化品企业全覆盖检查");
        assertThat(chemicals.number()).contains("1");
        assertThat(chemicals.name()).contains("危险化学品安全整治");
        assertThat(chemicals.responsibility()).isEmpty();
        assertThat(chemicals.extra()).containsEntry("责任领导", "副县长 王某").containsEntry("责任人", "张某");
        assertThat(chemicals.deadline().get().due()).containsExactly(LocalDate.of(2022, 6, 30));
        assertThat(chemicals.progress()).contains("已检查企业36家");
        assertThat(chemicals.source().get().sheet()).contains("应急管理局");
        assertThat(cells(chemicals)).containsEntry(Task.DEADLINE, "应急管理局!F3");
        Task gas = task(plan, "开展燃气安全专项检查");
        assertThat(gas.source().get().sheet()).contains("住房和城乡建设局");
        assertThat(gas.deadline().get().kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(task(plan, "开展起重机械").deadline().get().due()).containsExactly(LocalDate.of(2022, 12, 31));
    }

    /**
     * 街道重点工作督查台账, one sheet per quarter: a title and a （2022年第一季度） subtitle on each,
     * No. / 目标任务 / 主要举措 / 责任领导 / 责任部门 / 办结时限 / 落实情况 / 说明.
     */
    private Path subdistrictByQuarter() throws Exception {
        XlsxFile x = new XlsxFile();
        String[][] quarters = {
            {"一季度", "（2022年第一季度）", "开展春季消防安全检查", "3月底前", "已完成"},
            {"二季度", "（2022年第二季度）", "开展汛前隐患排查", "6月底前", "已完成"},
            {"三季度", "（2022年第三季度）", "开展老旧小区加装电梯摸底", "9月底前", "推进中"}};
        for (String[] q : quarters) {
            x.sheet(q[0])
                    .row("某街道2022年重点工作督查台账").merge("A1:H1")
                    .row(q[1]).merge("A2:H2")
                    .row("No.", "目标任务", "主要举措", "责任领导", "责任部门", "办结时限", "落实情况", "说明")
                    .row(1, "安全生产", q[2], "街道办事处副主任", "平安建设办公室、各社区", q[3], q[4], "")
                    .row(2, "民生实事", "更新社区养老服务设施", "街道办事处主任", "社会事务办公室", "年底前", "", "区级督办");
        }
        return x.write(dir, "subdistrict-quarters.xlsx");
    }

    @Test
    void reads_one_sheet_per_quarter_with_no_header_words_and_keeps_the_subtitles_as_notes() throws Exception {
        WorkPlan plan = Ledgers.read(subdistrictByQuarter());
        assertThat(plan.title()).contains("某街道2022年重点工作督查台账");
        assertThat(plan.year()).contains(2022);
        assertThat(headings(plan, 1)).containsExactly("一季度", "二季度", "三季度");
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 2, 2);
        assertThat(plan.notes()).containsExactly("（2022年第一季度）", "（2022年第二季度）", "（2022年第三季度）");
        Task elevators = task(plan, "开展老旧小区加装电梯摸底");
        assertThat(elevators.number()).contains("1");
        assertThat(elevators.name()).contains("安全生产");
        assertThat(responsibility(elevators)).isEqualTo("平安建设办公室、各社区");
        assertThat(roles(elevators)).containsExactly("平安建设办公室:RESPONSIBLE", "各社区:RESPONSIBLE");
        assertThat(elevators.extra()).containsExactly(java.util.Map.entry("责任领导", "街道办事处副主任"));
        assertThat(elevators.deadline().get().due()).containsExactly(LocalDate.of(2022, 9, 30));
        assertThat(elevators.progress()).contains("推进中");
        assertThat(cells(elevators)).containsEntry(Task.PROGRESS, "三季度!G4");
        Task elderly = plan.sections().get(1).tasks().get(1);
        assertThat(elderly.remarks()).contains("区级督办");
        assertThat(deadline(elderly)).isEqualTo("年底前");
        assertThat(elderly.status()).isEqualTo(Status.UNKNOWN);
    }

    /**
     * 区优化营商环境工作台账: header words spaced out and broken over lines (责 任 单 位, 完成\n时限),
     * 任务名称 merged down without any number, one single-row task, a blank column and a hidden
     * empty row.
     */
    private Path districtBusinessEnvironment() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("台账")
                .row("某区优化营商环境工作台账（2023年）").merge("A1:H1")
                .row("序 号", "任务名称", "工作内容", "", "责 任 单 位", "完成\n时限", "推进\n情况", "备 注")
                .row(1, "企业开办", "实现企业开办一日办结", "", "区市场监管局", "2023年3月底前", "", "")
                .row(2, "", "推行“证照分离”改革全覆盖", "", "区市场监管局、区政务服务局", "2023年6月底前", "", "").merge("B3:B4")
                .hiddenEmptyRow()
                .row(3, "获得信贷", "搭建政银企对接平台", "", "区金融工作局", "每季度", "召开对接会2次", "")
                .row(4, "纳税服务", "推广非接触式办税", "", "区税务局", "全年", "", "").merge("B6:B7")
                .row(5, "", "压缩纳税时间", "", "区税务局", "2023年9月底前", "", "");
        return x.write(dir, "district-business.xlsx");
    }

    @Test
    void reads_spaced_header_words_and_a_grouping_column_without_numbers() throws Exception {
        WorkPlan plan = Ledgers.read(districtBusinessEnvironment());
        assertThat(plan.title()).contains("某区优化营商环境工作台账（2023年）");
        assertThat(plan.year()).contains(2023);
        assertThat(headings(plan, 1)).containsExactly("企业开办", "获得信贷", "纳税服务");
        assertThat(plan.sections()).extracting(Section::numbering).containsOnly(Numbering.NONE);
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 1, 2);
        Task credit = task(plan, "搭建政银企对接平台");
        assertThat(credit.number()).contains("3");
        assertThat(credit.deadline().get().kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(credit.progress()).contains("召开对接会2次");
        assertThat(credit.source().get().row()).contains(6);
        assertThat(cells(credit)).containsEntry(Task.RESPONSIBILITY, "台账!E6");
        Task licences = task(plan, "推行“证照分离”");
        assertThat(roles(licences)).containsExactly("区市场监管局:RESPONSIBLE", "区政务服务局:RESPONSIBLE");
        assertThat(licences.deadline().get().due()).containsExactly(LocalDate.of(2023, 6, 30));
        assertThat(licences.extra()).isEmpty();
        assertThat(plan.notes()).isEmpty();
    }
}
