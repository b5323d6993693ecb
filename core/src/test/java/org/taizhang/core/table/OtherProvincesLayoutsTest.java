package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.row;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Ledgers laid out as other provinces write them, each read into its whole outline: every section
 * (number, title, nesting, the cell of its title) and every task (number, name, content,
 * responsibility text, deadline text, the cell of its content). The outline is written one line
 * per section ({@code §}) or task ({@code -}), indented by its depth:
 * {@code - number | [name] content | responsibility | deadline @ content cell}.
 */
class OtherProvincesLayoutsTest {

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("江苏：标题分两行，细化分工为内容，重点工作纵向合并", jiangsu(), "2023年某县政务公开工作要点任务分解表", List.of(
                        "§ 深化政策解读 @S!B4",
                        "  - 1 | 围绕县委县政府重大决策部署同步做好政策解读 | 牵头单位：县政府办；配合单位：县融媒体中心 | 2023年6月底前 @S!C4",
                        "  - 2 | 开展政策解读进基层活动，每季度至少组织1次 | 牵头单位：县政府办；配合单位：各乡镇 | 每季度 @S!C5",
                        "§ 规范依申请公开 @S!B6",
                        "  - 3 | 严格执行依申请公开办理流程，做到按时答复 | 牵头单位：县司法局 | 全年 @S!C6")),
                Arguments.of("浙江：领域 › 重点任务 › 具体措施，三级纵向合并", zhejiang(true), "某市2023年优化营商环境重点任务清单", zhejiangOutline("S!")),
                Arguments.of("浙江 CSV：同一台账不合并单元格，分组值只写在首行", zhejiang(false), "某市2023年优化营商环境重点任务清单", zhejiangOutline("")),
                Arguments.of("山东：目标列合并为分组，任务列为内容", shandong(), null, List.of(
                        "§ 全面提升政务公开质量 @S!B2",
                        "  - 1 | 编制发布政府信息公开工作年度报告 | 区政府办 | 1月31日前 @S!C2",
                        "  - 2 | 更新完善政府信息公开指南和目录 | 区政府办、区直各部门 | 3月底前 @S!C3",
                        "  - 3 | 加强政府网站和政务新媒体监管 | 区政府办 | 每季度 @S!C4",
                        "§ 持续深化重点领域信息公开 @S!B5",
                        "  - 4 | 做好财政预决算信息公开 | 区财政局 | 按规定时限 @S!C5",
                        "  - 5 | 做好重大建设项目信息公开 | 区发改局 | 全年 @S!C6")),
                Arguments.of("河南 CSV：工作目标 › 工作任务，空白即同组，空白责任和时限承上", henan(), "2023年某县优化营商环境工作要点任务分解表", List.of(
                        "§ 提升政务服务效能 @B5",
                        "  § 推进“一件事一次办” @C5",
                        "    - 1 | 梳理公布“一件事”清单 | 牵头单位：县政务服务中心；配合单位：县直各部门 | 2023年3月底前 @D5",
                        "    - 2 | 优化“一件事”办理流程 | 牵头单位：县政务服务中心；配合单位：县直各部门 | 2023年3月底前 @D6",
                        "  § 深化“放管服”改革 @C7",
                        "    - 3 | 承接落实省市下放事项 | 牵头单位：县审改办；配合单位：县直各部门 | 2023年6月底前 @D7",
                        "§ 优化市场环境 @B8",
                        "  § 规范招标投标 @C8",
                        "    - 4 | 开展招投标领域突出问题专项整治 | 牵头单位：县发改委；配合单位：县公共资源交易中心 | 2023年9月底前 @D8",
                        "    - 5 | 推行电子招标投标全流程应用 | 牵头单位：县公共资源交易中心；配合单位：县数据资源局 | 2023年12月底前 @D9")),
                Arguments.of("四川：表头为空的首列合并为分组", sichuan(), null, List.of(
                        "§ 组织保障 @S!A2",
                        "  - 1 | 成立工作专班，明确责任分工 | 县委办、县政府办 | 2023年3月底前 @S!C2",
                        "  - 2 | 建立月调度机制，定期通报工作进展 | 县政府办 | 每月 @S!C3",
                        "§ 宣传引导 @S!A4",
                        "  - 3 | 开展政策宣传进社区活动 | 县委宣传部 | 全年 @S!C4",
                        "  - 4 | 编印政策解读手册 | 县委宣传部、县司法局 | 2023年6月底前 @S!C5")),
                Arguments.of("广东：表头不识的长句列为内容，事项为名称", guangdong(), null, List.of(
                        "- 1 | [预算公开] 在门户网站集中公开部门预算及“三公”经费预算，做到应公开尽公开 | 财务科 | 2023年4月底前 @S!C2",
                        "- 2 | [决算公开] 部门决算批复后20日内向社会公开，并对重要事项作出说明 | 财务科 | 批复后20日内 @S!C3",
                        "- 3 | [建议提案办理] 人大代表建议和政协提案办理复文全文公开 | 办公室 | 2023年10月底前 @S!C4")),
                Arguments.of("湖北：牵头领导、时限要求、推进情况、备注", hubei(), "某县2023年重点工作推进台账", List.of(
                        "- 1 | 推进城区老旧小区改造，完成改造小区12个 | 县住建局 | 2023年11月底前 @S!B3",
                        "- 2 | 实施农村公路提档升级工程 | 县交通运输局 | 2023年12月底前 @S!B4")),
                Arguments.of("福建：责任单位跨两列，其下为牵头单位、配合单位", fujian(), null, List.of(
                        "- 1 | 推进政务数据共享开放 | 牵头单位：市大数据中心；配合单位：市直各部门 | 2023年年底前 @S!B3",
                        "- 2 | 完善政务服务“好差评”制度 | 牵头单位：市行政服务中心 | 2023年6月30日 @S!B4")),
                Arguments.of("安徽 CSV：平铺，工作举措、办结时限、完成情况", anhui(), null, List.of(
                        "- 1 | 开展营商环境评价反馈问题整改 | 县发改委 | 2023年5月31日前 @B2",
                        "- 2 | 推动惠企政策“免申即享” | 县财政局、县经信局 | 2023年8月底前 @B3")),
                Arguments.of("河北：标题分两行合并单元格，任务举措、责任人", hebei(), "某市2023年法治政府建设重点工作任务清单", List.of(
                        "- 1 | [行政执法] 全面推行行政执法公示制度 | 市司法局 | 2023年6月底前 @S!C4",
                        "- 2 | [复议应诉] 规范行政复议案件办理 | 市司法局 | 全年 @S!C5")),
                Arguments.of("陕西：只占一行的重点任务横跨内容列，是任务不是分组", shaanxi(), null, List.of(
                        "- 3 | 办好政府开放日活动 | 市政府办 | 2023年9月底前 @S!B4",
                        "§ 加强政策解读 @S!B2",
                        "  - 1 | 主要负责同志带头解读重大政策 | 市政府办 | 全年 @S!C2",
                        "  - 2 | 运用图表图解等形式解读 | 市政府办 | 全年 @S!C3")),
                Arguments.of("湖南 CSV：表头不识的板块列只写首行，为分组", hunan(), null, List.of(
                        "§ 经济发展 @A2",
                        "  - [项目建设] 新开工亿元以上项目20个 | 区发改局 | 2023年12月底前 @C2",
                        "  - [招商引资] 引进500强企业2家 | 区商务局 | 2023年12月底前 @C3",
                        "§ 民生保障 @A4",
                        "  - [就业创业] 城镇新增就业3000人 | 区人社局 | 全年 @C4",
                        "  - [教育提质] 新建改扩建学校3所 | 区教育局 | 2023年9月底前 @C5")),
                Arguments.of("云南：表头带括注，进度安排", yunnan(), null, List.of(
                        "- 1 | 编制国土空间总体规划 | 牵头单位（责任人）：县自然资源局（张某）；配合单位：县发改局 | 2023年6月底前完成初稿，12月底前报批 @S!B2",
                        "- 2 | 开展耕地保护专项督查 | 牵头单位（责任人）：县自然资源局（李某） | 每半年 @S!B3")),
                Arguments.of("江西：重点任务合并、各行责任单位不同而无内容列，每行一任务", jiangxi(), null, List.of(
                        "- 1 | 推进城乡环境综合整治 | 区住建局 | 2023年6月底前 @S!B2",
                        "- 2 | 推进城乡环境综合整治 | 区农业农村局 | 2023年6月底前 @S!B2",
                        "- 3 | 推进城乡环境综合整治 | 各街道 | 2023年9月底前 @S!B2",
                        "- 4 | 开展违法建设专项治理 | 区城管局 | 全年 @S!B5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void reads_every_section_and_task(String name, GridDocument doc, String title, List<String> outline)
            throws LedgerException {
        WorkPlan plan = TestLedgers.read(doc);
        assertThat(render(plan)).containsExactlyElementsOf(outline);
        if (title != null) {
            assertThat(plan.title()).contains(title);
            assertThat(plan.notes()).doesNotContain(title);
        }
    }

    // ---- the outline as a person checks it ----

    static List<String> render(WorkPlan plan) {
        List<String> out = new ArrayList<>();
        for (Task t : plan.tasks()) {
            out.add(task("", t));
        }
        for (Section s : plan.sections()) {
            section(out, "", s);
        }
        return out;
    }

    private static void section(List<String> out, String indent, Section s) {
        out.add(indent + "§ " + s.heading() + " @" + s.source().map(r -> r.cells().get("title")).orElse(""));
        for (Task t : s.tasks()) {
            out.add(task(indent + "  ", t));
        }
        for (Section sub : s.sections()) {
            section(out, indent + "  ", sub);
        }
    }

    private static String task(String indent, Task t) {
        StringBuilder sb = new StringBuilder(indent).append("- ");
        t.number().ifPresent(n -> sb.append(n).append(" | "));
        t.name().ifPresent(n -> sb.append('[').append(n).append("] "));
        sb.append(t.content().orElse("")).append(" | ")
                .append(t.responsibility().map(Responsibility::text).orElse("")).append(" | ")
                .append(t.deadline().map(Deadline::text).orElse(""))
                .append(" @").append(t.source().map(r -> r.cells().getOrDefault(Task.CONTENT, "")).orElse(""));
        return sb.toString();
    }

    // ---- the ledgers ----

    static GridDocument xlsx(Grid.Builder b) {
        return TestLedgers.doc(b.build());
    }

    static GridDocument csv(Grid.Builder b) {
        return new GridDocument("ledger.csv", List.of(), List.of(b.build()));
    }

    static GridDocument jiangsu() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "2023年某县政务公开工作要点");
        row(b, 2, "任务分解表");
        row(b, 3, "序号", "重点工作", "细化分工", "牵头单位", "配合单位", "完成时限");
        row(b, 4, "1", "深化政策解读", "围绕县委县政府重大决策部署同步做好政策解读", "县政府办", "县融媒体中心", "2023年6月底前");
        row(b, 5, "2", "", "开展政策解读进基层活动，每季度至少组织1次", "县政府办", "各乡镇", "每季度");
        row(b, 6, "3", "规范依申请公开", "严格执行依申请公开办理流程，做到按时答复", "县司法局", "", "全年");
        b.merge(1, 0, 1, 5).merge(2, 0, 2, 5).merge(4, 1, 5, 1);
        return xlsx(b);
    }

    static GridDocument zhejiang(boolean merged) {
        Grid.Builder b = merged ? TestLedgers.sheet("S") : TestLedgers.csv();
        row(b, 1, "某市2023年优化营商环境重点任务清单");
        row(b, 2, "领域", "重点任务", "具体措施", "责任单位", "完成时间");
        row(b, 3, "一、政务服务", "1.推进“一网通办”", "拓展网上办事事项，实现高频事项全程网办", "市大数据局", "2023年6月底前");
        row(b, 4, "", "", "推动电子证照在政务服务中广泛应用", "市大数据局、市政务服务中心", "2023年9月底前");
        row(b, 5, "", "2.优化窗口服务", "推行综合窗口改革，实现“一窗受理”", "市政务服务中心", "2023年12月底前");
        row(b, 6, "", "", "开展“好差评”整改，差评整改率达到100%", "市政务服务中心", "长期坚持");
        row(b, 7, "二、市场环境", "3.规范涉企收费", "清理规范行业协会商会收费", "市发改委、市市场监管局", "2023年10月底前");
        row(b, 8, "", "", "开展涉企违规收费专项检查", "市市场监管局", "2023年11月底前");
        if (merged) {
            b.merge(1, 0, 1, 4).merge(3, 0, 6, 0).merge(7, 0, 8, 0).merge(3, 1, 4, 1).merge(5, 1, 6, 1)
                    .merge(7, 1, 8, 1);
            return xlsx(b);
        }
        return csv(b);
    }

    static List<String> zhejiangOutline(String sheet) {
        return List.of(
                "§ 一、政务服务 @" + sheet + "A3",
                "  § 1.推进“一网通办” @" + sheet + "B3",
                "    - 拓展网上办事事项，实现高频事项全程网办 | 市大数据局 | 2023年6月底前 @" + sheet + "C3",
                "    - 推动电子证照在政务服务中广泛应用 | 市大数据局、市政务服务中心 | 2023年9月底前 @" + sheet + "C4",
                "  § 2.优化窗口服务 @" + sheet + "B5",
                "    - 推行综合窗口改革，实现“一窗受理” | 市政务服务中心 | 2023年12月底前 @" + sheet + "C5",
                "    - 开展“好差评”整改，差评整改率达到100% | 市政务服务中心 | 长期坚持 @" + sheet + "C6",
                "§ 二、市场环境 @" + sheet + "A7",
                "  § 3.规范涉企收费 @" + sheet + "B7",
                "    - 清理规范行业协会商会收费 | 市发改委、市市场监管局 | 2023年10月底前 @" + sheet + "C7",
                "    - 开展涉企违规收费专项检查 | 市市场监管局 | 2023年11月底前 @" + sheet + "C8");
    }

    static GridDocument shandong() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "序号", "目标", "任务", "责任单位", "时间节点");
        row(b, 2, "1", "全面提升政务公开质量", "编制发布政府信息公开工作年度报告", "区政府办", "1月31日前");
        row(b, 3, "2", "", "更新完善政府信息公开指南和目录", "区政府办、区直各部门", "3月底前");
        row(b, 4, "3", "", "加强政府网站和政务新媒体监管", "区政府办", "每季度");
        row(b, 5, "4", "持续深化重点领域信息公开", "做好财政预决算信息公开", "区财政局", "按规定时限");
        row(b, 6, "5", "", "做好重大建设项目信息公开", "区发改局", "全年");
        b.merge(2, 1, 4, 1).merge(5, 1, 6, 1);
        return xlsx(b);
    }

    static GridDocument henan() {
        Grid.Builder b = TestLedgers.csv();
        row(b, 1, "附件");
        row(b, 2, "2023年某县优化营商环境工作要点");
        row(b, 3, "任务分解表");
        row(b, 4, "序号", "工作目标", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时限");
        row(b, 5, "1", "提升政务服务效能", "推进“一件事一次办”", "梳理公布“一件事”清单", "县政务服务中心", "县直各部门", "2023年3月底前");
        row(b, 6, "2", "", "", "优化“一件事”办理流程", "县政务服务中心", "", "");
        row(b, 7, "3", "", "深化“放管服”改革", "承接落实省市下放事项", "县审改办", "县直各部门", "2023年6月底前");
        row(b, 8, "4", "优化市场环境", "规范招标投标", "开展招投标领域突出问题专项整治", "县发改委", "县公共资源交易中心", "2023年9月底前");
        row(b, 9, "5", "", "", "推行电子招标投标全流程应用", "县公共资源交易中心", "县数据资源局", "2023年12月底前");
        return csv(b);
    }

    static GridDocument sichuan() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "", "序号", "工作任务", "责任单位", "完成时限");
        row(b, 2, "组织保障", "1", "成立工作专班，明确责任分工", "县委办、县政府办", "2023年3月底前");
        row(b, 3, "", "2", "建立月调度机制，定期通报工作进展", "县政府办", "每月");
        row(b, 4, "宣传引导", "3", "开展政策宣传进社区活动", "县委宣传部", "全年");
        row(b, 5, "", "4", "编印政策解读手册", "县委宣传部、县司法局", "2023年6月底前");
        b.merge(2, 0, 3, 0).merge(4, 0, 5, 0);
        return xlsx(b);
    }

    static GridDocument guangdong() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "序号", "事项", "任务描述", "责任科室", "完成时限", "进展情况");
        row(b, 2, "1", "预算公开", "在门户网站集中公开部门预算及“三公”经费预算，做到应公开尽公开", "财务科", "2023年4月底前", "已完成");
        row(b, 3, "2", "决算公开", "部门决算批复后20日内向社会公开，并对重要事项作出说明", "财务科", "批复后20日内", "");
        row(b, 4, "3", "建议提案办理", "人大代表建议和政协提案办理复文全文公开", "办公室", "2023年10月底前", "推进中");
        return xlsx(b);
    }

    static GridDocument hubei() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "某县2023年重点工作推进台账");
        row(b, 2, "序号", "工作内容", "牵头领导", "责任单位", "时限要求", "推进情况", "备注");
        row(b, 3, "1", "推进城区老旧小区改造，完成改造小区12个", "张某某", "县住建局", "2023年11月底前", "已开工8个", "");
        row(b, 4, "2", "实施农村公路提档升级工程", "李某某", "县交通运输局", "2023年12月底前", "", "省级考核");
        b.merge(1, 0, 1, 6);
        return xlsx(b);
    }

    static GridDocument fujian() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "序号", "主要任务", "责任单位", "", "完成时限", "落实情况");
        row(b, 2, "", "", "牵头单位", "配合单位", "", "");
        row(b, 3, "1", "推进政务数据共享开放", "市大数据中心", "市直各部门", "2023年年底前", "");
        row(b, 4, "2", "完善政务服务“好差评”制度", "市行政服务中心", "", "2023年6月30日", "");
        b.merge(1, 0, 2, 0).merge(1, 1, 2, 1).merge(1, 2, 1, 3).merge(1, 4, 2, 4).merge(1, 5, 2, 5);
        return xlsx(b);
    }

    static GridDocument anhui() {
        Grid.Builder b = TestLedgers.csv();
        row(b, 1, "序号", "工作举措", "责任单位", "办结时限", "完成情况");
        row(b, 2, "1", "开展营商环境评价反馈问题整改", "县发改委", "2023年5月31日前", "已完成");
        row(b, 3, "2", "推动惠企政策“免申即享”", "县财政局、县经信局", "2023年8月底前", "");
        return csv(b);
    }

    static GridDocument hebei() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "某市2023年法治政府建设");
        row(b, 2, "重点工作任务清单");
        row(b, 3, "序号", "任务名称", "任务举措", "责任单位", "责任人", "完成时限");
        row(b, 4, "1", "行政执法", "全面推行行政执法公示制度", "市司法局", "王某", "2023年6月底前");
        row(b, 5, "2", "复议应诉", "规范行政复议案件办理", "市司法局", "赵某", "全年");
        b.merge(1, 0, 1, 5).merge(2, 0, 2, 5);
        return xlsx(b);
    }

    static GridDocument shaanxi() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "序号", "重点任务", "任务要求", "牵头单位", "时间节点");
        row(b, 2, "1", "加强政策解读", "主要负责同志带头解读重大政策", "市政府办", "全年");
        row(b, 3, "2", "", "运用图表图解等形式解读", "市政府办", "全年");
        row(b, 4, "3", "办好政府开放日活动", "", "市政府办", "2023年9月底前");
        b.merge(2, 1, 3, 1).merge(4, 1, 4, 2);
        return xlsx(b);
    }

    static GridDocument hunan() {
        Grid.Builder b = TestLedgers.csv();
        row(b, 1, "板块", "重点工作", "主要内容", "责任单位", "完成时间");
        row(b, 2, "经济发展", "项目建设", "新开工亿元以上项目20个", "区发改局", "2023年12月底前");
        row(b, 3, "", "招商引资", "引进500强企业2家", "区商务局", "2023年12月底前");
        row(b, 4, "民生保障", "就业创业", "城镇新增就业3000人", "区人社局", "全年");
        row(b, 5, "", "教育提质", "新建改扩建学校3所", "区教育局", "2023年9月底前");
        return csv(b);
    }

    static GridDocument yunnan() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "序号", "工作任务", "牵头单位（责任人）", "配合单位", "进度安排", "完成情况（截至6月底）");
        row(b, 2, "1", "编制国土空间总体规划", "县自然资源局（张某）", "县发改局", "2023年6月底前完成初稿，12月底前报批", "已完成初稿");
        row(b, 3, "2", "开展耕地保护专项督查", "县自然资源局（李某）", "", "每半年", "");
        return xlsx(b);
    }

    static GridDocument jiangxi() {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "序号", "重点任务", "责任单位", "完成时限");
        row(b, 2, "1", "推进城乡环境综合整治", "区住建局", "2023年6月底前");
        row(b, 3, "2", "", "区农业农村局", "2023年6月底前");
        row(b, 4, "3", "", "各街道", "2023年9月底前");
        row(b, 5, "4", "开展违法建设专项治理", "区城管局", "全年");
        b.merge(2, 1, 4, 1);
        return xlsx(b);
    }
}
