package org.taizhang.cli.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.cli.general.Plans.cells;
import static org.taizhang.cli.general.Plans.deadline;
import static org.taizhang.cli.general.Plans.headings;
import static org.taizhang.cli.general.Plans.responsibility;
import static org.taizhang.cli.general.Plans.roles;
import static org.taizhang.cli.general.Plans.task;
import static org.taizhang.cli.general.Plans.tasks;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** CSV exports (UTF-8 with a mark, GBK) and a legacy .xls workbook. */
class CsvAndLegacyLedgersTest {
    @TempDir
    Path dir;

    /**
     * 区营商环境重点任务台账 exported as CSV: a leading blank line, trailing empty columns, and the
     * merged 工作任务 cells of the workbook left blank.
     */
    private Path districtExport() throws Exception {
        return CsvFile.write(dir, "district-business.csv", StandardCharsets.UTF_8, true, List.of(
                "",
                "某区2022年营商环境重点任务台账,,,,,,,,,",
                "序号,工作任务,工作内容,责任部门,完成时间,完成情况,备注,,,",
                "1,推进“一网通办”,推动政务服务事项网上可办,区政务服务局,2022年10月底前,,,,,",
                "2,,推行“跨省通办”,,,,,,,",
                "3,,开展帮办代办服务,区政务服务局、各街道,2022年12月底前,,,,,",
                "4,优化纳税服务,推广电子税务局,区税务局,全年,已完成,,,,",
                "5,,\"压缩退税时间，\n提高办税效率\",,,,,,,"));
    }

    @Test
    void reads_a_csv_export_with_a_leading_blank_line_and_trailing_empty_columns() throws Exception {
        WorkPlan plan = Ledgers.read(districtExport());
        assertThat(plan.title()).contains("某区2022年营商环境重点任务台账");
        assertThat(headings(plan, 1)).containsExactly("推进“一网通办”", "优化纳税服务");
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(3, 2);
        assertThat(tasks(plan)).allSatisfy(t -> assertThat(t.extra()).isEmpty());
        Task first = task(plan, "推动政务服务事项网上可办");
        assertThat(first.source().get().row()).contains(4);
        assertThat(cells(first)).containsEntry(Task.CONTENT, "C4").containsEntry(Task.DEADLINE, "E4");
        assertThat(first.deadline().get().due()).containsExactly(LocalDate.of(2022, 10, 31));
    }

    @Test
    void fills_blank_cells_of_a_csv_export_from_the_row_above_within_each_group() throws Exception {
        WorkPlan plan = Ledgers.read(districtExport());
        Task crossProvince = task(plan, "推行“跨省通办”");
        assertThat(responsibility(crossProvince)).isEqualTo("区政务服务局");
        assertThat(deadline(crossProvince)).isEqualTo("2022年10月底前");
        assertThat(crossProvince.inferred()).containsExactlyInAnyOrder(Task.RESPONSIBILITY, Task.DEADLINE);
        assertThat(cells(crossProvince)).containsEntry(Task.RESPONSIBILITY, "D4");
        Task helpers = task(plan, "开展帮办代办服务");
        assertThat(roles(helpers)).containsExactly("区政务服务局:RESPONSIBLE", "各街道:RESPONSIBLE");
        assertThat(helpers.inferred()).isEmpty();
        Task refunds = task(plan, "压缩退税时间");
        assertThat(refunds.content()).contains("压缩退税时间，\n提高办税效率");
        assertThat(responsibility(refunds)).isEqualTo("区税务局");
        assertThat(refunds.deadline().get().kind()).isEqualTo(DeadlineKind.ONGOING);
    }

    /**
     * 街道政务公开工作台账 saved as GBK: parts in the first cell only, 编号 / 工作事项 / 具体内容 /
     * 责任科室 / 时间节点 / 推进情况, and a 填报人 line at the end.
     */
    private Path subdistrictGbk() throws Exception {
        return CsvFile.write(dir, "subdistrict.csv", Charset.forName("GBK"), false, List.of(
                "某街道2022年政务公开工作台账,,,,,",
                "编号,工作事项,具体内容,责任科室,时间节点,推进情况",
                "一、公开目录建设,,,,,",
                "1,编制公开目录,梳理街道公开事项,党政办,6月底前,已完成",
                "2,更新公开目录,按季度更新公开事项,党政办,每季度,",
                "二、公开平台建设,,,,,",
                "3,维护公开栏,每月更新社区公开栏,各社区,每月,",
                "4,建设查阅点,在便民服务中心设置政务公开查阅点,党政办、便民服务中心,9月底前,推进中",
                "填报人：张三,,联系电话：0471-1234567,,,"));
    }

    @Test
    void reads_a_gbk_csv_with_parts_in_the_first_cell_and_a_filled_in_by_line() throws Exception {
        WorkPlan plan = Ledgers.read(subdistrictGbk());
        assertThat(plan.title()).contains("某街道2022年政务公开工作台账");
        assertThat(headings(plan, 1)).containsExactly("一、公开目录建设", "二、公开平台建设");
        assertThat(plan.sections()).extracting(Section::numbering).containsOnly(Numbering.CN_COMMA);
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 2);
        assertThat(plan.notes()).containsExactly("填报人：张三  联系电话：0471-1234567");
        Task catalogue = task(plan, "编制公开目录");
        assertThat(catalogue.number()).contains("1");
        assertThat(catalogue.content()).contains("梳理街道公开事项");
        assertThat(responsibility(catalogue)).isEqualTo("党政办");
        assertThat(catalogue.deadline().get().due()).containsExactly(LocalDate.of(2022, 6, 30));
        Task update = task(plan, "更新公开目录");
        assertThat(update.progress()).isEmpty(); // a flat CSV is never filled down
        assertThat(update.deadline().get().kind()).isEqualTo(DeadlineKind.RECURRING);
        Task desk = task(plan, "建设查阅点");
        assertThat(roles(desk)).containsExactly("党政办:RESPONSIBLE", "便民服务中心:RESPONSIBLE");
        assertThat(cells(desk)).containsEntry(Task.PROGRESS, "F8");
    }

    /**
     * 县民生实事项目推进台账 as a legacy .xls: 项目名称 / 建设内容 / 责任单位 / 责任领导 / 计划完成时间 /
     * 目前进展, parts merged across, dates stored as dates, a signature line.
     */
    private Path countyProjectsXls() throws Exception {
        XlsxFile x = XlsxFile.legacy();
        x.sheet("民生实事")
                .row("某县2022年民生实事项目推进台账").merge("A1:G1")
                .row("序号", "项目名称", "建设内容", "责任单位", "责任领导", "计划完成时间", "目前进展")
                .row("一、教育类").merge("A3:G3")
                .row(1, "城区幼儿园建设", "新建幼儿园2所，新增学位540个", "县教育局", "副县长 孙某",
                        LocalDate.of(2022, 8, 31), "主体完工")
                .row(2, "中小学改薄", "改造薄弱学校校舍1.2万平方米", "县教育局、县财政局", "副县长 孙某",
                        LocalDate.of(2022, 11, 30), "")
                .row("二、卫生类").merge("A6:G6")
                .row(3, "乡镇卫生院提标", "为8个乡镇卫生院配备DR设备", "县卫健局", "副县长 周某", "年底前", "设备招标中")
                .row("", "", "", "", "县人民政府办公室", "2022年7月5日");
        return x.write(dir, "county-projects.xls");
    }

    @Test
    void reads_a_legacy_xls_workbook_with_parts_dates_and_a_leader_column() throws Exception {
        WorkPlan plan = Ledgers.read(countyProjectsXls());
        assertThat(plan.title()).contains("某县2022年民生实事项目推进台账");
        assertThat(headings(plan, 1)).containsExactly("一、教育类", "二、卫生类");
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 1);
        Task kindergartens = task(plan, "城区幼儿园建设");
        assertThat(kindergartens.number()).contains("1");
        assertThat(kindergartens.content()).contains("新建幼儿园2所，新增学位540个");
        assertThat(responsibility(kindergartens)).isEqualTo("县教育局");
        assertThat(kindergartens.extra()).containsExactly(java.util.Map.entry("责任领导", "副县长 孙某"));
        assertThat(deadline(kindergartens)).isEqualTo("2022/8/31");
        assertThat(kindergartens.deadline().get().due()).containsExactly(LocalDate.of(2022, 8, 31));
        assertThat(kindergartens.progress()).contains("主体完工");
        assertThat(cells(kindergartens)).containsEntry(Task.DEADLINE, "民生实事!F4");
        assertThat(plan.notes()).containsExactly("县人民政府办公室  2022年7月5日");
        assertThat(plan.issuer()).contains("县人民政府办公室");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2022, 7, 5));
        assertThat(tasks(plan)).hasSize(3);
    }
}
