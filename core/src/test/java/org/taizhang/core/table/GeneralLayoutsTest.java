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
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** The layout mechanisms that make ledgers of other governments read: footers, header words, numbering. */
class GeneralLayoutsTest {

    @Test
    void keeps_note_total_and_signature_rows_below_the_table_as_plan_notes() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "序号", "工作任务", "责任单位", "完成时限");
        row(b, 2, "1", "公开预算", "区财政局", "3月底前");
        row(b, 3, "2", "公开决算", "区财政局", "8月底前");
        row(b, 4, "合计", "2项");
        row(b, 5, "注：本表每月5日前报送。");
        row(b, 6, "填表人：王五", "", "联系电话：1234567");
        row(b, 7, "", "", "区政府办公室", "2022年7月1日");
        b.merge(5, 0, 5, 3);
        WorkPlan plan = read(doc(b.build()));
        assertThat(tasks(plan)).extracting(t -> t.content().orElse("")).containsExactly("公开预算", "公开决算");
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.notes()).containsExactly("合计  2项", "注：本表每月5日前报送。", "填表人：王五  联系电话：1234567",
                "区政府办公室  2022年7月1日");
        assertThat(plan.issuer()).contains("区政府办公室");
        assertThat(plan.issuedOn()).contains(java.time.LocalDate.of(2022, 7, 1));
    }

    @Test
    void keeps_a_note_inside_the_table_and_a_trailing_deadline_only_row_as_tasks() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "序号", "工作任务", "责任单位", "完成时限");
        row(b, 2, "1", "说明：公开解读", "区政府办", "全年");
        row(b, 3, "2", "公开决算", "区财政局", "8月底前");
        row(b, 4, "", "", "", "2022年12月");
        row(b, 5, "", "", "区财政局", "");
        WorkPlan plan = read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(tasks(plan)).hasSize(4);
        assertThat(tasks(plan).get(2).deadline().map(Deadline::text)).contains("2022年12月");
        assertThat(tasks(plan).get(3).source().get().cells()).containsEntry(Task.RESPONSIBILITY, "C5");
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void reads_a_row_with_a_chinese_number_in_the_number_column_and_its_title_as_a_part() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "序号", "工作任务", "责任单位", "完成时限");
        row(b, 2, "一", "依法履职");
        row(b, 3, "1", "公开权责清单", "区司法局", "6月底前");
        row(b, 4, "（二）", "优化服务");
        row(b, 5, "2", "公开办事指南", "区政务服务局", "全年");
        WorkPlan plan = read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(plan.sections()).extracting(s -> s.heading()).containsExactly("一、依法履职");
        assertThat(plan.sections().get(0).sections()).extracting(s -> s.heading()).containsExactly("（二）优化服务");
        assertThat(plan.sections().get(0).tasks()).extracting(t -> t.number().orElse("")).containsExactly("1");
        assertThat(plan.sections().get(0).source().get().cells()).containsEntry("number", "A2").containsEntry("title", "B2");
        assertThat(plan.sections().get(0).sections().get(0).tasks()).hasSize(1);
    }

    @Test
    void reads_a_number_cell_beside_a_title_merged_across_as_a_heading_in_any_numbering() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "序号", "工作任务", "具体措施", "责任单位", "完成时限");
        row(b, 2, "1", "深化政务公开");
        row(b, 3, "1.1", "编制目录", "更新目录", "区政府办", "9月底前");
        b.merge(2, 1, 2, 4);
        WorkPlan plan = read(doc(b.build()));
        assertThat(plan.sections()).extracting(s -> s.number().orElse("")).containsExactly("1");
        assertThat(plan.sections().get(0).numbering()).isEqualTo(org.taizhang.core.Numbering.ARABIC);
        assertThat(plan.sections().get(0).title()).isEqualTo("深化政务公开");
        assertThat(plan.sections().get(0).tasks()).extracting(t -> t.number().orElse("")).containsExactly("1.1");
    }

    @Test
    void nests_rows_numbered_1_and_1_1_above_rows_numbered_1_1_1_and_keeps_their_other_cells_as_a_task() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "序号", "工作任务", "责任单位", "完成时限");
        row(b, 2, "1", "政务公开");
        row(b, 3, "1.1", "政策解读", "区政府办", "全年");
        row(b, 4, "1.1.1", "解读文件", "区政府办", "");
        row(b, 5, "1.1.2", "在线访谈", "区融媒体中心", "");
        row(b, 6, "1.2", "依申请公开", "区司法局", "");
        row(b, 7, "2", "政务服务", "区政务服务局", "年底前");
        WorkPlan plan = read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(plan.sections()).extracting(s -> s.title()).containsExactly("政务公开");
        var outer = plan.sections().get(0);
        assertThat(outer.sections()).extracting(s -> s.title()).containsExactly("政策解读");
        var inner = outer.sections().get(0);
        assertThat(inner.tasks()).extracting(t -> t.number().orElse("")).containsExactly("1.1", "1.1.1", "1.1.2");
        assertThat(inner.tasks().get(0).content()).isEmpty();
        assertThat(inner.tasks().get(0).deadline().map(Deadline::text)).contains("全年");
        assertThat(outer.tasks()).extracting(t -> t.number().orElse("")).containsExactly("1.2");
        assertThat(plan.tasks()).extracting(t -> t.content().orElse("")).containsExactly("政务服务");
    }

    @Test
    void reads_new_header_words_for_number_task_and_target_columns_and_keeps_person_columns_apart() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "No.", "建议题目", "领衔代表", "主办单位", "工作目标", "责任领导");
        row(b, 2, "1", "关于增设学位的建议", "李四", "区教育局", "新增学位500个", "区政府办公室");
        row(b, 3, "2", "关于改造老旧小区的建议", "王五", "区住建局", "完成改造10个", "区政府办公室");
        WorkPlan plan = read(doc(b.build()));
        Task first = tasks(plan).get(0);
        assertThat(first.number()).contains("1");
        assertThat(first.name()).contains("关于增设学位的建议");
        assertThat(first.content()).contains("新增学位500个");
        assertThat(first.responsibility().map(r -> r.text())).contains("区教育局");
        assertThat(first.extra()).containsExactly(java.util.Map.entry("领衔代表", "李四"),
                java.util.Map.entry("责任领导", "区政府办公室"));
    }

    @Test
    void keeps_the_lines_of_a_sheet_without_a_ledger_as_notes_never_as_the_title() throws Exception {
        Grid.Builder notes = sheet("说明");
        row(notes, 1, "填表说明");
        row(notes, 2, "1.每月5日前报送", "联系人：王五");
        Grid.Builder a = sheet("台账");
        row(a, 1, "某区2022年工作台账");
        row(a, 2, "序号", "任务内容", "责任单位");
        row(a, 3, "1", "公开预算", "区财政局");
        WorkPlan plan = read(doc(notes.build(), a.build()));
        assertThat(plan.title()).contains("某区2022年工作台账");
        assertThat(plan.notes()).containsExactly("填表说明", "1.每月5日前报送  联系人：王五");
        assertThat(tasks(plan)).hasSize(1);
    }
}
