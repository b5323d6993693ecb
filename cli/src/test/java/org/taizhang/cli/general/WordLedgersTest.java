package org.taizhang.cli.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.cli.general.DocxFile.LEFT;
import static org.taizhang.cli.general.DocxFile.UP;
import static org.taizhang.cli.general.DocxFile.row;
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
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** Word ledgers: tables split across pages, title rows inside the table, two-row headers. */
class WordLedgersTest {
    @TempDir
    Path dir;

    /**
     * 区法治政府建设任务分解: title, issuer and date paragraphs; the table is split by a page break
     * into two tables that both repeat the header; 工作任务 merged down with （一） numbers, and the
     * group at the break repeated at the top of the second table.
     */
    private Path districtRuleOfLawSplit() throws Exception {
        String[] header = row("序号", "工作任务", "具体内容", "责任单位", "完成时限");
        return new DocxFile()
                .paragraph("附件2")
                .paragraph("某区2022年法治政府建设重点任务分解")
                .paragraph("某区人民政府办公室")
                .paragraph("2022年3月15日")
                .table(5, header,
                        row("1", "（一）推进政府机构职能优化", "全面推行清单管理制度", "区委编办", "2022年6月底前"),
                        row("2", UP, "动态调整权责清单", "区委编办、区司法局", "全年"),
                        row("3", "（二）深化“放管服”改革", "推进“一件事一次办”", "区政务服务局", "9月底前"))
                .pageBreak()
                .table(5, header,
                        row("4", "（二）深化“放管服”改革", "推行涉企经营许可事项告知承诺制", "区市场监管局", "年底前"),
                        row("5", "（三）严格规范公正文明执法", "落实行政执法“三项制度”", "区司法局牵头，区直各执法部门负责",
                                "持续推进"),
                        row("6", UP, "开展行政执法案卷评查", "区司法局", "每年11月底前"))
                .write(dir, "district-rule-of-law.docx");
    }

    @Test
    void joins_a_word_table_split_across_pages_and_skips_the_repeated_header() throws Exception {
        WorkPlan plan = Ledgers.read(districtRuleOfLawSplit());
        assertThat(plan.title()).contains("某区2022年法治政府建设重点任务分解");
        assertThat(plan.issuer()).contains("某区人民政府办公室");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2022, 3, 15));
        assertThat(plan.notes()).contains("附件2");
        assertThat(headings(plan, 1)).containsExactly("（一）推进政府机构职能优化", "（二）深化“放管服”改革",
                "（三）严格规范公正文明执法");
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 2, 2);
        assertThat(tasks(plan)).extracting(t -> t.number().orElse("")).containsExactly("1", "2", "3", "4", "5", "6");
        Task afterBreak = task(plan, "推行涉企经营许可事项");
        assertThat(afterBreak.source().get().table()).contains(2);
        assertThat(afterBreak.source().get().row()).contains(2);
        assertThat(cells(afterBreak)).containsEntry(Task.CONTENT, "table 2, row 2, cell 3");
        Task enforcement = task(plan, "落实行政执法");
        assertThat(roles(enforcement)).containsExactly("区司法局:LEAD", "区直各执法部门:RESPONSIBLE");
        assertThat(enforcement.deadline().get().kind()).isEqualTo(DeadlineKind.ONGOING);
        Task review = task(plan, "开展行政执法案卷评查");
        assertThat(review.deadline().get().kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(review.deadline().get().due()).containsExactly(LocalDate.of(2022, 11, 30));
    }

    /**
     * 市政务公开重点任务台账 in Word: the table's first row is the title merged across, parts are
     * rows merged across, 编号 / 重点任务 / 任务内容 / 牵头单位 / 配合单位 / 时间节点 / 备注, and a 注 row
     * merged across at the bottom of the table.
     */
    private Path cityOpenGovernmentWithTitleRow() throws Exception {
        return new DocxFile()
                .table(7,
                        row("某市2022年政务公开重点任务台账", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT),
                        row("编号", "重点任务", "任务内容", "牵头单位", "配合单位", "时间节点", "备注"),
                        row("一、以公开促落实", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT),
                        row("1", "公开重点工作进展", "按季度公开政府工作报告重点任务落实情况", "市政府研究室", "市直各部门", "按季度", ""),
                        row("2", "公开重大项目", "公开重大建设项目批准和实施信息", "市发展改革委", "市自然资源局", "2022年12月底前", ""),
                        row("二、以公开优服务", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT),
                        row("3", "公开办事指南", "动态更新政务服务事项办事指南", "市政务服务中心", "", "全年", "每月核查"),
                        row("注：时间节点未注明年份的均为2022年。", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT))
                .write(dir, "city-open-government.docx");
    }

    @Test
    void reads_a_word_table_whose_first_row_is_the_title_merged_across() throws Exception {
        WorkPlan plan = Ledgers.read(cityOpenGovernmentWithTitleRow());
        assertThat(plan.title()).contains("某市2022年政务公开重点任务台账");
        assertThat(plan.year()).contains(2022);
        assertThat(headings(plan, 1)).containsExactly("一、以公开促落实", "二、以公开优服务");
        assertThat(plan.sections()).extracting(Section::numbering).containsOnly(Numbering.CN_COMMA);
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 1);
        Task progress = task(plan, "公开重点工作进展");
        assertThat(progress.number()).contains("1");
        assertThat(progress.content()).contains("按季度公开政府工作报告重点任务落实情况");
        assertThat(responsibility(progress)).isEqualTo("牵头单位：市政府研究室；配合单位：市直各部门");
        assertThat(roles(progress)).containsExactly("市政府研究室:LEAD", "市直各部门:SUPPORT");
        assertThat(progress.deadline().get().kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(task(plan, "公开办事指南").remarks()).contains("每月核查");
        assertThat(plan.notes()).containsExactly("注：时间节点未注明年份的均为2022年。");
        assertThat(plan.sections().get(1).source().get().cells()).containsEntry("title", "table 1, row 6, cell 1");
    }

    /**
     * 市城镇燃气安全排查整治任务清单 in Word: a two-row header (责任单位 over 牵头 | 配合) built from
     * gridSpan and vMerge, 工作事项 merged down, and the issuer and date as paragraphs below the table.
     */
    private Path citySafetyTwoRowHeader() throws Exception {
        return new DocxFile()
                .paragraph("某市城镇燃气安全排查整治任务清单")
                .table(6,
                        row("序号", "工作事项", "具体措施", "责任单位", LEFT, "完成时限"),
                        row(UP, UP, UP, "牵头", "配合", UP),
                        row("1", "排查整治燃气经营企业", "全面排查燃气经营许可和安全管理制度", "市住建局", "市市场监管局", "2022年6月30日前"),
                        row("2", UP, "整治瓶装液化石油气违规充装", "市住建局", "市公安局、市应急管理局", "2022年8月底前"),
                        row("3", "排查整治燃气用户", "开展餐饮企业燃气安全专项检查", "市市场监管局", "各县区政府", "每月"))
                .paragraph("某市安全生产委员会办公室")
                .paragraph("2022年5月10日")
                .write(dir, "city-gas-safety.docx");
    }

    @Test
    void reads_a_two_row_word_header_and_takes_issuer_and_date_from_paragraphs_below_the_table() throws Exception {
        WorkPlan plan = Ledgers.read(citySafetyTwoRowHeader());
        assertThat(plan.title()).contains("某市城镇燃气安全排查整治任务清单");
        assertThat(plan.issuer()).contains("某市安全生产委员会办公室");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2022, 5, 10));
        assertThat(headings(plan, 1)).containsExactly("排查整治燃气经营企业", "排查整治燃气用户");
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 1);
        Task cylinders = task(plan, "整治瓶装液化石油气");
        assertThat(responsibility(cylinders)).isEqualTo("牵头：市住建局；配合：市公安局、市应急管理局");
        assertThat(roles(cylinders)).containsExactly("市住建局:LEAD", "市公安局:SUPPORT", "市应急管理局:SUPPORT");
        assertThat(cylinders.deadline().get().due()).containsExactly(LocalDate.of(2022, 8, 31));
        assertThat(cylinders.source().get().row()).contains(4);
        assertThat(deadline(task(plan, "开展餐饮企业"))).isEqualTo("每月");
        assertThat(task(plan, "开展餐饮企业").deadline().get().kind()).isEqualTo(DeadlineKind.RECURRING);
    }
}
