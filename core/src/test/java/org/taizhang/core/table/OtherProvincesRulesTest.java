package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.OtherProvincesLayoutsTest.render;
import static org.taizhang.core.table.TestLedgers.row;
import static org.taizhang.core.table.TestLedgers.tasks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** One rule at a time: header words, titles over two rows, sub-headers, the content column. */
class OtherProvincesRulesTest {

    private static final Map<String, Function<Task, String>> FIELDS = Map.of(
            "content", t -> t.content().orElse(null),
            "name", t -> t.name().orElse(null),
            "responsibility", t -> t.responsibility().map(Responsibility::text).orElse(null),
            "deadline", t -> t.deadline().map(Deadline::text).orElse(null),
            "progress", t -> t.progress().orElse(null),
            "remarks", t -> t.remarks().orElse(null));

    /** A ledger {@code 序号 | 工作任务 | <word> | 责任科室 | 截止日期 (状态)}, read once; the word's column holds the value. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "细化分工, content, 制定实施方案并分解到各乡镇",
            "主要内容, content, 完善政务公开目录并动态调整",
            "工作举措, content, 推行政务服务事项清单管理",
            "具体措施, content, 建立健全解读回应机制",
            "任务要求, content, 每季度更新一次公开目录",
            "工作内容, content, 开展基层政务公开标准化建设",
            "任务举措, content, 推进涉企政策集中公开",
            "推进措施, content, 建设政策文件库并及时更新",
            "落实措施, content, 开展政府开放日活动",
            "实施步骤, content, 分三个阶段推进整改落实",
            "牵头单位, responsibility, 县发改局",
            "配合单位, responsibility, 县财政局、县统计局",
            "责任分工, responsibility, 县人社局",
            "牵头单位（责任人）, responsibility, 县人社局（王某）",
            "责任单位及责任人, responsibility, 县人社局（王某）",
            "牵头部门、责任人, responsibility, 县人社局 王某",
            "时间节点, deadline, 2023年6月底前",
            "时限要求, deadline, 2023年9月30日前",
            "办结时限, deadline, 收到后15个工作日内",
            "进度安排, deadline, 每季度末",
            "完成时限（年月日）, deadline, 2023年12月31日",
            "进展情况, progress, 已完成初稿",
            "推进情况, progress, 正在推进",
            "完成情况, progress, 完成年度任务的60%",
            "落实情况, progress, 已报送",
            "工作成效, progress, 群众满意度提升",
            "备注, remarks, 列入年度考核",
    })
    void reads_a_header_word_into_its_field(String word, String field, String value) throws LedgerException {
        boolean content = field.equals("content");
        Grid.Builder b = TestLedgers.sheet("S");
        boolean deadline = field.equals("deadline");
        row(b, 1, "序号", content ? "重点工作" : "工作任务", word, "责任科室", deadline ? "状态" : "截止日期");
        row(b, 2, "1", "政务公开", value, "办公室", deadline ? "已完成" : "全年");
        Task task = tasks(TestLedgers.read(TestLedgers.doc(b.build()))).get(0);
        if (field.equals("responsibility")) {
            assertThat(FIELDS.get(field).apply(task)).isEqualTo(word + "：" + value + "；责任科室：办公室");
        } else {
            assertThat(FIELDS.get(field).apply(task)).isEqualTo(value);
            assertThat(task.source().get().cells()).containsEntry(field, "S!C2");
        }
        if (content) {
            assertThat(task.name()).contains("政务公开");
        }
        assertThat(task.extra()).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "2023年某县政务公开工作要点, 任务分解表, 2023年某县政务公开工作要点任务分解表",
            "某市2023年优化营商环境, 重点任务清单, 某市2023年优化营商环境重点任务清单",
            "关于落实2023年法治政府建设, 工作台账, 关于落实2023年法治政府建设工作台账",
            "某区2023年重点工作督查台账, （第三季度）, 某区2023年重点工作督查台账",
            "附件2, 某县2023年乡村振兴重点任务清单, 某县2023年乡村振兴重点任务清单",
            "某县2023年民生实事台账, 填报单位：县发改局, 某县2023年民生实事台账",
    })
    void joins_a_title_written_over_two_rows(String first, String second, String title) throws LedgerException {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, first);
        row(b, 2, second);
        row(b, 3, "序号", "工作任务", "责任单位", "完成时限");
        row(b, 4, "1", "公开预算", "县财政局", "3月底前");
        b.merge(1, 0, 1, 3).merge(2, 0, 2, 3);
        WorkPlan plan = TestLedgers.read(TestLedgers.doc(b.build()));
        assertThat(plan.title()).contains(title);
        if (title.equals(first + second)) {
            assertThat(plan.notes()).isEmpty();
        } else {
            assertThat(plan.notes()).containsExactly(title.equals(first) ? second : first);
        }
    }

    @Test
    void joins_a_title_written_as_two_paragraphs_above_a_word_table_but_not_the_notice_above_it()
            throws LedgerException {
        Grid.Builder b = Grid.builder("table 1", CellAddressing.table(1));
        row(b, 1, "序号", "工作任务", "责任单位", "完成时限");
        row(b, 2, "1", "公开预算", "县财政局", "3月底前");
        List<TextLine> paragraphs = List.of(
                new TextLine("某县人民政府办公室关于印发2023年政务公开工作要点的通知", "paragraph 1", 1),
                new TextLine("附件", "paragraph 2", 2),
                new TextLine("2023年某县政务公开工作要点", "paragraph 3", 3),
                new TextLine("任务分解表", "paragraph 4", 4));
        WorkPlan plan = TestLedgers.read(new GridDocument("plan.docx", paragraphs, List.of(b.build())));
        assertThat(plan.title()).contains("2023年某县政务公开工作要点任务分解表");
        assertThat(plan.year()).contains(2023);
        assertThat(plan.notes()).containsExactly("某县人民政府办公室关于印发2023年政务公开工作要点的通知", "附件");
    }

    @Test
    void reads_a_leader_column_under_a_merged_header_as_a_sub_header() throws LedgerException {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "序号", "工作任务", "责任分工", "", "完成时限");
        row(b, 2, "", "", "责任领导", "责任单位", "");
        row(b, 3, "1", "推进老旧小区改造", "王某某", "县住建局", "2023年10月底前");
        b.merge(1, 0, 2, 0).merge(1, 1, 2, 1).merge(1, 2, 1, 3).merge(1, 4, 2, 4);
        WorkPlan plan = TestLedgers.read(TestLedgers.doc(b.build()));
        assertThat(tasks(plan)).hasSize(1);
        Task task = tasks(plan).get(0);
        assertThat(task.content()).contains("推进老旧小区改造");
        assertThat(task.responsibility().map(Responsibility::text)).contains("县住建局");
        assertThat(task.extra()).containsExactly(Map.entry("责任领导", "王某某"));
        assertThat(task.source().get().cells()).containsEntry("责任领导", "S!C3").containsEntry(Task.RESPONSIBILITY, "S!D3");
    }

    @Test
    void takes_the_only_text_column_under_an_unknown_header_for_the_content_however_short() throws LedgerException {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "序号", "推进计划", "责任单位", "完成时限");
        row(b, 2, "1", "公开预算", "县财政局", "3月底前");
        row(b, 3, "2", "公开决算", "县财政局", "8月底前");
        WorkPlan plan = TestLedgers.read(TestLedgers.doc(b.build()));
        assertThat(render(plan)).containsExactly("- 1 | 公开预算 | 县财政局 | 3月底前 @S!B2",
                "- 2 | 公开决算 | 县财政局 | 8月底前 @S!B3");
    }

    @Test
    void keeps_a_column_of_sentences_after_the_progress_column_in_extra() throws LedgerException {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "序号", "工作任务", "责任单位", "完成时限", "进展情况", "存在问题及下步打算");
        row(b, 2, "1", "公开预算", "县财政局", "3月底前", "已完成", "部分单位公开不及时，下一步加强督促检查");
        Task task = tasks(TestLedgers.read(TestLedgers.doc(b.build()))).get(0);
        assertThat(task.content()).contains("公开预算");
        assertThat(task.extra()).containsExactly(Map.entry("存在问题及下步打算", "部分单位公开不及时，下一步加强督促检查"));
    }

    @Test
    void nests_a_grouping_column_with_a_blank_header_inside_a_named_one_in_a_csv_file() throws LedgerException {
        Grid.Builder b = TestLedgers.csv();
        row(b, 1, "重点领域", "", "具体措施", "责任单位", "完成时限");
        row(b, 2, "一、数字政府", "（一）数据共享", "完善政务数据目录", "市大数据局", "2023年6月底前");
        row(b, 3, "", "", "推进数据按需共享", "市大数据局", "2023年9月底前");
        row(b, 4, "", "（二）一网通办", "提升网上办理深度", "市政务服务中心", "全年");
        row(b, 5, "二、营商环境", "（三）企业开办", "压缩开办时间至1个工作日", "市市场监管局", "2023年3月底前");
        WorkPlan plan = TestLedgers.read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(render(plan)).containsExactly(
                "§ 一、数字政府 @A2",
                "  § （一）数据共享 @B2",
                "    - 完善政务数据目录 | 市大数据局 | 2023年6月底前 @C2",
                "    - 推进数据按需共享 | 市大数据局 | 2023年9月底前 @C3",
                "  § （二）一网通办 @B4",
                "    - 提升网上办理深度 | 市政务服务中心 | 全年 @C4",
                "§ 二、营商环境 @A5",
                "  § （三）企业开办 @B5",
                "    - 压缩开办时间至1个工作日 | 市市场监管局 | 2023年3月底前 @C5");
    }

    @Test
    void does_not_group_a_content_column_a_csv_file_leaves_blank_before_its_first_value() throws LedgerException {
        Grid.Builder b = TestLedgers.csv();
        row(b, 1, "序号", "工作内容", "具体事项", "责任单位");
        row(b, 2, "1", "", "编制公开目录", "区政府办");
        row(b, 3, "2", "解读政策", "开展在线访谈", "区融媒体中心");
        row(b, 4, "3", "", "制作图解", "区融媒体中心");
        WorkPlan plan = TestLedgers.read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(plan.sections()).isEmpty();
        assertThat(tasks(plan)).extracting(t -> t.content().orElse("")).containsExactly("", "解读政策", "");
    }

    @Test
    void keeps_nested_groups_when_two_rows_share_one_merged_measure() throws LedgerException {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "领域", "重点任务", "具体措施", "责任单位", "完成时限");
        row(b, 2, "生态环保", "大气污染防治", "推进散煤清洁替代", "县发改局", "2023年10月底前");
        row(b, 3, "", "", "", "县住建局", "2023年10月底前");
        row(b, 4, "", "", "开展工业炉窑综合治理", "县工信局", "2023年12月底前");
        row(b, 5, "", "水污染防治", "实施黑臭水体整治", "县水利局", "2023年9月底前");
        row(b, 6, "", "", "推进污水管网建设", "县住建局", "2023年11月底前");
        row(b, 7, "", "", "开展入河排污口排查", "县生态环境分局", "2023年6月底前");
        b.merge(2, 0, 7, 0).merge(2, 1, 4, 1).merge(5, 1, 7, 1).merge(2, 2, 3, 2);
        WorkPlan plan = TestLedgers.read(TestLedgers.doc(b.build()));
        assertThat(render(plan)).containsExactly(
                "§ 生态环保 @S!A2",
                "  § 大气污染防治 @S!B2",
                "    - 推进散煤清洁替代 | 县发改局 | 2023年10月底前 @S!C2",
                "    - 推进散煤清洁替代 | 县住建局 | 2023年10月底前 @S!C2",
                "    - 开展工业炉窑综合治理 | 县工信局 | 2023年12月底前 @S!C4",
                "  § 水污染防治 @S!B5",
                "    - 实施黑臭水体整治 | 县水利局 | 2023年9月底前 @S!C5",
                "    - 推进污水管网建设 | 县住建局 | 2023年11月底前 @S!C6",
                "    - 开展入河排污口排查 | 县生态环境分局 | 2023年6月底前 @S!C7");
        assertThat(tasks(plan).get(1).inferred()).containsExactly(Task.CONTENT);
    }

    @Test
    void reads_a_two_row_header_exported_without_merges() throws LedgerException {
        Grid.Builder b = TestLedgers.csv();
        row(b, 1, "序号", "工作任务", "责任单位", "", "完成时限");
        row(b, 2, "", "", "牵头单位", "配合单位", "");
        row(b, 3, "1", "完善行政规范性文件备案审查", "县司法局", "县直各部门", "2023年6月底前");
        row(b, 4, "2", "开展行政执法案卷评查", "县司法局", "", "2023年11月底前");
        WorkPlan plan = TestLedgers.read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(render(plan)).containsExactly(
                "- 1 | 完善行政规范性文件备案审查 | 牵头单位：县司法局；配合单位：县直各部门 | 2023年6月底前 @B3",
                "- 2 | 开展行政执法案卷评查 | 牵头单位：县司法局 | 2023年11月底前 @B4");
        assertThat(tasks(plan).get(0).responsibility().get().assignments()).hasSize(2);
    }

    @Test
    void groups_by_a_blank_header_column_written_once_per_group_in_a_workbook_that_merges_its_title()
            throws LedgerException {
        Grid.Builder b = TestLedgers.sheet("S");
        row(b, 1, "某镇2023年重点工作台账");
        row(b, 2, "", "工作任务", "责任单位", "完成时限");
        row(b, 3, "党的建设", "开展主题教育", "镇党委办", "2023年8月底前");
        row(b, 4, "", "推进基层党组织标准化建设", "镇组织办", "2023年10月底前");
        row(b, 5, "", "发展党员工作", "镇组织办", "全年");
        row(b, 6, "乡村振兴", "建设高标准农田2000亩", "镇农业服务中心", "2023年11月底前");
        row(b, 7, "", "实施人居环境整治", "镇村建办", "全年");
        row(b, 8, "", "培育特色产业", "镇经济发展办", "全年");
        b.merge(1, 0, 1, 3);
        WorkPlan plan = TestLedgers.read(TestLedgers.doc(b.build()));
        assertThat(plan.sections()).extracting(s -> s.title()).containsExactly("党的建设", "乡村振兴");
        assertThat(plan.sections()).extracting(s -> s.taskCount()).containsExactly(3, 3);
        assertThat(plan.sections().get(1).tasks().get(0).source().get().cells()).containsEntry(Task.CONTENT, "S!B6");
        assertThat(plan.sections().get(1).tasks().get(2).inferred()).isEmpty();
    }
}
