package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.csv;
import static org.taizhang.core.table.TestLedgers.doc;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.row;
import static org.taizhang.core.table.TestLedgers.sheet;
import static org.taizhang.core.table.TestLedgers.tasks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Rows inside a table that are not tasks (subtotals, notes, headers repeated in other words) and
 * groups written by leaving the name blank below each group's first row.
 */
class RowsBetweenTasksTest {

    private static List<String> contents(WorkPlan plan) {
        return tasks(plan).stream().map(t -> t.content().orElse("")).toList();
    }

    @Test
    void reads_a_subtotal_after_each_group_as_a_note_with_its_place_and_keeps_tasks_mentioning_totals() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "序号", "重点任务", "具体措施", "责任单位", "完成时限");
        row(b, 2, "1", "（一）政策公开", "公开预算", "区财政局", "3月底前");
        row(b, 3, "2", "", "合计完成10项公开", "区财政局", "6月底前");
        row(b, 4, "小计", "", "2项");
        row(b, 5, "3", "（二）服务公开", "公开办事指南", "区政务服务局", "全年");
        row(b, 6, "4", "", "合计：各单位报送数据", "区统计局", "年底前");
        row(b, 7, "小计：2项");
        row(b, 8, "合计", "", "4项");
        b.merge(2, 1, 3, 1).merge(5, 1, 6, 1);
        WorkPlan plan = read(doc(b.build()));

        assertThat(plan.sections()).extracting(Section::title).containsExactly("政策公开", "服务公开");
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 2);
        assertThat(contents(plan)).containsExactly("公开预算", "合计完成10项公开", "公开办事指南", "合计：各单位报送数据");
        // the last subtotal and the total below the last task are footer lines, as written
        assertThat(plan.notes()).containsExactly("小计  2项（S!A4）", "小计：2项", "合计  4项");
    }

    @Test
    void keeps_a_long_text_starting_with_a_total_word_in_the_first_column_as_a_task() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "任务内容", "责任单位", "完成时限");
        row(b, 2, "合计10家单位完成整改", "区应急局", "6月底前");
        row(b, 3, "小计", "3项");
        row(b, 4, "公开决算", "区财政局", "8月底前");
        WorkPlan plan = read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(contents(plan)).containsExactly("合计10家单位完成整改", "公开决算");
        assertThat(tasks(plan).get(0).source().get().cells()).containsEntry(Task.CONTENT, "A2");
        assertThat(plan.notes()).containsExactly("小计  3项（A3）");
    }

    @Test
    void reads_a_note_between_tasks_merged_across_or_alone_in_the_first_cell_as_a_note() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "某区2022年政务公开工作台账");
        row(b, 2, "序号", "工作任务", "责任单位", "完成时限");
        row(b, 3, "一、政策公开");
        row(b, 4, "1", "公开预算", "区财政局", "3月底前");
        row(b, 5, "注：预算公开以财政部门口径为准。");
        row(b, 6, "2", "公开决算", "区财政局", "8月底前");
        row(b, 7, "说明：决算公开含部门决算");
        row(b, 8, "二、服务公开");
        row(b, 9, "3", "公开办事指南", "区政务服务局", "全年");
        b.merge(1, 0, 1, 3).merge(3, 0, 3, 3).merge(5, 0, 5, 3);
        WorkPlan plan = read(doc(b.build()));

        assertThat(plan.sections()).extracting(Section::heading).containsExactly("一、政策公开", "二、服务公开");
        assertThat(plan.sections().get(0).tasks()).extracting(t -> t.number().orElse("")).containsExactly("1", "2");
        assertThat(plan.sections().get(0).sections()).isEmpty();
        assertThat(plan.notes()).containsExactly("注：预算公开以财政部门口径为准。（S!A5）", "说明：决算公开含部门决算（S!A7）");
    }

    @Test
    void groups_rows_below_a_name_left_blank_in_a_workbook_that_merges_its_title_and_parts() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "某县2022年重点工作任务台账");
        row(b, 2, "序号", "重点任务", "具体措施", "责任单位", "完成时限");
        row(b, 3, "一、优化营商环境");
        row(b, 4, "1", "深化放管服改革", "精简审批事项", "县政务服务局", "6月底前");
        row(b, 5, "2", "", "推行告知承诺制", "县司法局", "9月底前");
        row(b, 6, "3", "", "推进一网通办", "县政务服务局", "年底前");
        row(b, 7, "4", "强化要素保障", "保障用地指标", "县自然资源局", "全年");
        row(b, 8, "5", "", "保障用能需求", "县发展改革局", "全年");
        row(b, 9, "6", "", "降低融资成本", "县金融办", "年底前");
        row(b, 10, "二、提升政务公开");
        row(b, 11, "7", "公开重点领域信息", "公开财政预决算", "县财政局", "8月底前");
        row(b, 12, "8", "", "公开重大项目", "县发展改革局", "全年");
        row(b, 13, "9", "", "公开招标采购", "县财政局", "全年");
        b.merge(1, 0, 1, 4).merge(3, 0, 3, 4).merge(10, 0, 10, 4);
        WorkPlan plan = read(doc(b.build()));

        assertThat(plan.sections()).extracting(Section::heading).containsExactly("一、优化营商环境", "二、提升政务公开");
        assertThat(plan.sections().get(0).sections()).extracting(Section::title).containsExactly("深化放管服改革", "强化要素保障");
        assertThat(plan.sections().get(0).sections()).extracting(Section::taskCount).containsExactly(3, 3);
        Section disclosure = plan.sections().get(1).sections().get(0);
        assertThat(disclosure.title()).isEqualTo("公开重点领域信息");
        assertThat(disclosure.source().get().cells()).containsEntry("title", "S!B11");
        assertThat(disclosure.tasks()).extracting(t -> t.number().orElse("")).containsExactly("7", "8", "9");
        assertThat(tasks(plan)).allSatisfy(t -> assertThat(t.name()).isEmpty());
        // a workbook records merges: a blank 责任单位 would stay blank, nothing is inferred
        assertThat(tasks(plan)).allSatisfy(t -> assertThat(t.inferred()).isEmpty());
    }

    @Test
    void keeps_names_of_a_workbook_that_names_only_some_tasks_as_task_names() throws Exception {
        Grid.Builder b = sheet("任务台账");
        row(b, 1, "台账");
        row(b, 2, "序号", "任务名称", "具体任务", "责任单位", "完成时限");
        row(b, 3, "（一）政策公开");
        row(b, 4, "1", "预算", "公开预算", "区财政局", "3月底前");
        row(b, 5, "2", "", "公开决算", "区财政局", "8月底前");
        row(b, 6, "3", "指南", "公开办事指南", "区政务服务局", "全年");
        row(b, 7, "4", "", "公开权责清单", "区司法局", "全年");
        row(b, 8, "（二）服务公开");
        row(b, 9, "5", "", "公开收费目录", "区发展改革局", "全年");
        row(b, 10, "6", "热线", "公开热线数据", "区政务服务局", "全年");
        b.merge(1, 0, 1, 4).merge(3, 0, 3, 4).merge(8, 0, 8, 4);
        WorkPlan plan = read(doc(b.build()));

        assertThat(plan.sections()).extracting(Section::heading).containsExactly("（一）政策公开", "（二）服务公开");
        assertThat(tasks(plan)).extracting(t -> t.name().orElse(""))
                .containsExactly("预算", "", "指南", "", "", "热线");
        assertThat(tasks(plan)).hasSize(6);
    }

    @Test
    void skips_a_repeated_header_written_in_other_words_or_with_spaces() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "序号", "工作任务", "责任单位", "完成时限", "备注");
        row(b, 2, "1", "公开预算", "区财政局", "3月底前", "");
        row(b, 3, "序 号", "工 作 任 务", "责任部门", "完成时间", "备 注");
        row(b, 4, "2", "公开决算", "区财政局", "8月底前", "");
        row(b, 5, "编号", "重点任务", "牵头单位", "时限要求", "说明");
        row(b, 6, "3", "公开办事指南", "区政务服务局", "全年", "");
        WorkPlan plan = read(doc(b.build()));
        assertThat(contents(plan)).containsExactly("公开预算", "公开决算", "公开办事指南");
        assertThat(tasks(plan)).extracting(t -> t.number().orElse("")).containsExactly("1", "2", "3");
        assertThat(tasks(plan).get(2).source().get().row()).contains(6);
    }

    @Test
    void skips_the_second_row_of_a_two_row_header_repeated_alone_after_a_page_break() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "序号", "工作任务", "责任单位", "", "完成时限");
        row(b, 2, "", "", "牵头单位", "配合单位", "");
        row(b, 3, "1", "公开预算", "区财政局", "各街道", "3月底前");
        row(b, 4, "", "", "牵头单位", "配合单位", "");
        row(b, 5, "2", "公开决算", "区财政局", "", "8月底前");
        row(b, 6, "", "", "牵头部门", "配合部门", "");
        row(b, 7, "3", "公开办事指南", "区政务服务局", "区司法局", "全年");
        b.merge(1, 0, 2, 0).merge(1, 1, 2, 1).merge(1, 2, 1, 3).merge(1, 4, 2, 4);
        WorkPlan plan = read(doc(b.build()));
        assertThat(tasks(plan)).hasSize(3);
        assertThat(tasks(plan)).extracting(t -> t.responsibility().map(Responsibility::text).orElse(""))
                .containsExactly("牵头单位：区财政局；配合单位：各街道", "牵头单位：区财政局",
                        "牵头单位：区政务服务局；配合单位：区司法局");
        assertThat(tasks(plan).get(1).deadline().map(Deadline::text)).contains("8月底前");
    }
}
