package org.taizhang.cli.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.cli.general.Plans.cells;
import static org.taizhang.cli.general.Plans.deadline;
import static org.taizhang.cli.general.Plans.headings;
import static org.taizhang.cli.general.Plans.responsibility;
import static org.taizhang.cli.general.Plans.roles;
import static org.taizhang.cli.general.Plans.sections;
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

/** County, district and township ledgers in .xlsx with layouts the fixtures do not have. */
class CountyAndDistrictWorkbooksTest {
    @TempDir
    Path dir;

    /**
     * 县乡村振兴重点任务清单: parts written in the first column only (not merged), 主要任务 merged
     * down with 一是 / 二是, 序号 （1）, a blank column, and a signature line.
     */
    private Path countyRuralRevitalisation() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("清单")
                .row("某县2022年全面推进乡村振兴重点任务清单").merge("A1:G1")
                .row("序号", "主要任务", "具体内容", "", "责任单位", "时限要求", "进展情况")
                .row("一、巩固拓展脱贫攻坚成果")
                .row("（1）", "一是健全防止返贫监测帮扶机制", "每月开展一次动态监测排查", "", "县乡村振兴局", "每月", "")
                .row("（2）", "", "落实分层分类帮扶措施", "", "县乡村振兴局牵头，各乡镇负责落实", "全年", "已完成第一轮排查")
                .merge("B4:B5")
                .row("（3）", "二是稳定脱贫人口就业", "开展劳务协作和技能培训", "", "县人社局", "2022年11月底前", "")
                .row("二、推进乡村建设")
                .row("（4）", "一是开展人居环境整治", "完成农村户厕改造3000户", "", "县农业农村局、县卫健局", "年底前", "")
                .row("（5）", "", "推进农村生活垃圾分类", "", "县住建局", "全年持续推进", "").merge("B8:B9")
                .row("", "", "", "", "县委农村工作领导小组办公室", "2022年7月");
        return x.write(dir, "county-rural.xlsx");
    }

    @Test
    void reads_parts_in_the_first_column_and_groups_numbered_yi_shi_merged_down() throws Exception {
        WorkPlan plan = Ledgers.read(countyRuralRevitalisation());
        assertThat(plan.title()).contains("某县2022年全面推进乡村振兴重点任务清单");
        assertThat(headings(plan, 1)).containsExactly("一、巩固拓展脱贫攻坚成果", "二、推进乡村建设");
        assertThat(headings(plan, 2)).containsExactly("一是健全防止返贫监测帮扶机制", "二是稳定脱贫人口就业",
                "一是开展人居环境整治");
        assertThat(sections(plan, 1)).extracting(Section::taskCount).containsExactly(3, 2);
        assertThat(tasks(plan)).extracting(t -> t.number().orElse("")).containsExactly("（1）", "（2）", "（3）", "（4）", "（5）");
        Task support = task(plan, "落实分层分类帮扶措施");
        assertThat(roles(support)).containsExactly("县乡村振兴局:LEAD", "各乡镇:RESPONSIBLE");
        assertThat(support.progress()).contains("已完成第一轮排查");
        assertThat(task(plan, "每月开展一次").deadline().get().kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(task(plan, "推进农村生活垃圾分类").deadline().get().kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(cells(support)).containsEntry(Task.RESPONSIBILITY, "清单!E5").containsEntry(Task.CONTENT, "清单!C5");
        assertThat(support.extra()).isEmpty();
        assertThat(plan.notes()).containsExactly("县委农村工作领导小组办公室  2022年7月");
    }

    /**
     * 区法治政府建设任务分解: part rows that carry their own 序号 (一 | title merged across), tasks
     * numbered 1, 2… under them, 牵头部门 / 协办单位, 完成期限, 备注.
     */
    private Path districtRuleOfLaw() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("Sheet1")
                .row("附件")
                .row("某区2022年法治政府建设工作任务分解表").merge("A2:G2")
                .row("序号", "任务名称", "具体措施", "牵头部门", "协办单位", "完成期限", "备注")
                .row("一", "依法全面履行政府职能").merge("B4:G4")
                .row(1, "深化“放管服”改革", "全面实行政府权责清单制度", "区委编办", "区司法局", "2022年6月底前", "")
                .row(2, "优化法治化营商环境", "清理涉企收费", "区发展改革局", "区财政局、区市场监管局", "9月底前", "")
                .row("二", "健全依法行政制度体系").merge("B7:G7")
                .row(3, "加强行政规范性文件管理", "落实合法性审核机制", "区司法局", "区政府各部门", "长期坚持", "")
                .row(4, "推进重大行政决策规范化", "编制年度重大行政决策事项目录", "区政府办公室", "", "3月底前", "按要求公开");
        return x.write(dir, "district-rule-of-law.xlsx");
    }

    @Test
    void reads_part_rows_that_carry_a_number_in_the_number_column() throws Exception {
        WorkPlan plan = Ledgers.read(districtRuleOfLaw());
        assertThat(headings(plan, 1)).containsExactly("一、依法全面履行政府职能", "二、健全依法行政制度体系");
        assertThat(plan.sections()).extracting(Section::numbering).containsOnly(Numbering.CN_COMMA);
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 2);
        assertThat(plan.sections().get(1).source().get().cells()).containsEntry("title", "Sheet1!B7");
        Task first = task(plan, "深化“放管服”改革");
        assertThat(first.number()).contains("1");
        assertThat(first.name()).contains("深化“放管服”改革");
        assertThat(first.content()).contains("全面实行政府权责清单制度");
        assertThat(responsibility(first)).isEqualTo("牵头部门：区委编办；协办单位：区司法局");
        assertThat(roles(first)).containsExactly("区委编办:LEAD", "区司法局:SUPPORT");
        assertThat(first.deadline().get().due()).containsExactly(LocalDate.of(2022, 6, 30));
        assertThat(task(plan, "加强行政规范性文件").deadline().get().kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(task(plan, "推进重大行政决策").remarks()).contains("按要求公开");
        assertThat(plan.notes()).containsExactly("附件");
    }

    /**
     * 区人大代表建议办理台账: 建议编号 next to 序号, 建议题目 as the task, 领衔代表 (a person), 主办单位 /
     * 协办单位, 办结时限, 办理情况.
     */
    private Path deputiesSuggestions() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("建议办理")
                .row("某区2022年区人大代表建议办理工作台账").merge("A1:I1")
                .row("序号", "建议编号", "建议题目", "领衔代表", "主办单位", "协办单位", "办结时限", "办理情况", "备注")
                .row(1, "第12号", "关于加强老旧小区改造的建议", "张三", "区住建局", "区财政局、各街道办事处",
                        "2022年8月31日", "已答复，代表满意", "")
                .row(2, "第25号", "关于增设中小学学位的建议", "李四", "区教育局", "", "2022年8月31日", "办理中", "")
                .row(3, "第31号", "关于规范校外培训机构的建议", "王五", "区教育局", "区市场监管局", "6月30日前", "", "重点督办");
        return x.write(dir, "deputies-suggestions.xlsx");
    }

    @Test
    void reads_a_deputies_suggestion_ledger_with_the_suggestion_title_as_the_task() throws Exception {
        WorkPlan plan = Ledgers.read(deputiesSuggestions());
        assertThat(plan.title()).contains("某区2022年区人大代表建议办理工作台账");
        assertThat(plan.sections()).isEmpty();
        assertThat(tasks(plan)).hasSize(3);
        Task first = tasks(plan).get(0);
        assertThat(first.number()).contains("1");
        assertThat(first.content()).contains("关于加强老旧小区改造的建议");
        assertThat(first.extra()).containsEntry("建议编号", "第12号").containsEntry("领衔代表", "张三");
        assertThat(roles(first)).containsExactly("区住建局:LEAD", "区财政局:SUPPORT", "各街道办事处:SUPPORT");
        assertThat(first.deadline().get().due()).containsExactly(LocalDate.of(2022, 8, 31));
        assertThat(first.progress()).contains("已答复，代表满意");
        assertThat(cells(first)).containsEntry("建议编号", "建议办理!B3").containsEntry(Task.CONTENT, "建议办理!C3");
        assertThat(deadline(tasks(plan).get(2))).isEqualTo("6月30日前");
        assertThat(tasks(plan).get(2).remarks()).contains("重点督办");
    }

    /**
     * 市督查台账 numbered 1 / 1.1 / 1.2: the row numbered 1 names the key work, the rows numbered
     * 1.1, 1.2 below it are its tasks.
     */
    private Path citySupervision() throws Exception {
        XlsxFile x = new XlsxFile();
        x.sheet("督查台账")
                .row("某市2022年重点工作督查台账").merge("A1:F1")
                .row("序号", "重点工作", "工作目标", "责任单位", "完成时间", "工作进展")
                .row("1", "深化政务公开标准化规范化")
                .row("1.1", "", "编制完善基层政务公开事项目录", "市政府办公室", "2022年9月", "")
                .row("1.2", "", "建设政务公开专区", "各县区政府", "年底前", "已建成8个")
                .row("2", "加强政策解读回应")
                .row("2.1", "", "市政府常务会议审议文件同步解读", "市政府办公室、市直各部门", "全年", "")
                .row("3", "完善依申请公开工作", "规范答复文书格式", "市司法局", "6月底前", "");
        return x.write(dir, "city-supervision.xlsx");
    }

    @Test
    void reads_rows_numbered_1_with_rows_numbered_1_1_below_as_sections() throws Exception {
        WorkPlan plan = Ledgers.read(citySupervision());
        assertThat(headings(plan, 1)).containsExactly("1深化政务公开标准化规范化", "2加强政策解读回应");
        assertThat(plan.sections()).extracting(Section::numbering).containsOnly(Numbering.ARABIC);
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 1);
        assertThat(plan.sections().get(0).source().get().cells()).containsEntry("number", "督查台账!A3")
                .containsEntry("title", "督查台账!B3");
        assertThat(tasks(plan)).extracting(t -> t.number().orElse("")).containsExactly("1.1", "1.2", "2.1", "3");
        assertThat(plan.tasks()).extracting(t -> t.number().orElse("")).containsExactly("3");
        Task catalogue = task(plan, "编制完善基层政务公开");
        assertThat(responsibility(catalogue)).isEqualTo("市政府办公室");
        assertThat(catalogue.deadline().get().due()).containsExactly(LocalDate.of(2022, 9, 30));
        assertThat(task(plan, "建设政务公开专区").progress()).contains("已建成8个");
        Task loose = task(plan, "完善依申请公开工作");
        assertThat(loose.content()).contains("规范答复文书格式");
        assertThat(loose.source().get().row()).contains(8);
    }
}
