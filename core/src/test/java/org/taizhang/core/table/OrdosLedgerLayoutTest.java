package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.sections;
import static org.taizhang.core.table.TestLedgers.tasks;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.Numbering;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** 鄂尔多斯 2022 任务台账: parts as full-width rows, points merged down, blank cells merged. */
class OrdosLedgerLayoutTest {

    private static WorkPlan xlsx() throws Exception {
        return read(FixtureGrids.xlsx("ordos-2022-ledger.xlsx"));
    }

    private static WorkPlan csv() throws Exception {
        return read(FixtureGrids.csv("ordos-2022-ledger.gbk.csv", FixtureGrids.gbk()));
    }

    @Test
    void finds_five_parts_twenty_three_points_and_sixty_one_tasks() throws Exception {
        WorkPlan plan = xlsx();
        assertThat(plan.sections()).hasSize(5);
        assertThat(plan.sections()).extracting(Section::number).extracting(o -> o.orElse(""))
                .containsExactly("一", "二", "三", "四", "五");
        assertThat(plan.sections()).allMatch(s -> s.numbering() == Numbering.CN_COMMA);
        assertThat(plan.sections().get(0).title()).isEqualTo("提高政策公开质量，提升政务服务效能");
        assertThat(plan.sections().stream().mapToInt(s -> s.sections().size()).sum()).isEqualTo(23);
        assertThat(plan.sections()).extracting(s -> s.sections().size()).containsExactly(4, 5, 4, 5, 5);
        assertThat(plan.taskCount()).isEqualTo(61);
        assertThat(plan.tasks()).isEmpty();
    }

    @Test
    void takes_title_and_year_from_the_rows_above_the_header_but_not_the_attachment_label() throws Exception {
        WorkPlan plan = xlsx();
        assertThat(plan.title()).contains("鄂尔多斯市2022年政务公开工作要点任务台账");
        assertThat(plan.year()).contains(2022);
        assertThat(plan.issuer()).isEmpty();
        assertThat(plan.notes()).as("the attachment label is kept, not dropped").containsExactly("附件２");
        assertThat(plan.source().flatMap(SourceRef::file)).contains("ordos-2022-ledger.xlsx");
    }

    @Test
    void strips_the_point_number_and_keeps_the_title_as_written() throws Exception {
        Section first = xlsx().sections().get(0).sections().get(0);
        assertThat(first.number()).contains("一");
        assertThat(first.numbering()).isEqualTo(Numbering.CN_PAREN);
        assertThat(first.title()).isEqualTo("继续做好规章和规范性文件的集中公开。");
        assertThat(first.tasks()).hasSize(3);
        assertThat(first.source().get().cells()).containsEntry("title", "任务台账!A5");
        assertThat(first.source().get().row()).contains(5);
    }

    @Test
    void reads_the_half_width_bracket_point() throws Exception {
        Section eight = xlsx().sections().get(1).sections().get(3);
        assertThat(eight.number()).contains("八");
        assertThat(eight.numbering()).isEqualTo(Numbering.CN_PAREN);
        assertThat(eight.title()).isEqualTo("深化稳增长保民生信息公开。");
        assertThat(eight.tasks()).hasSize(5);
    }

    @Test
    void fills_merged_cells_down_and_records_them_as_inferred() throws Exception {
        Task t = xlsx().sections().get(0).sections().get(2).tasks().get(1); // row 11
        assertThat(t.source().get().row()).contains(11);
        assertThat(t.content()).hasValueSatisfying(c -> assertThat(c).startsWith("政策解读部门要及时收集"));
        assertThat(t.responsibility().map(Responsibility::text)).contains("旗区级以上政府及其部门负责落实");
        assertThat(t.deadline().map(Deadline::text)).contains("2022年11月底前");
        assertThat(t.progress()).hasValueSatisfying(p -> assertThat(p).startsWith("1.健全政策解读报送机制"));
        assertThat(t.inferred()).containsExactlyInAnyOrder(Task.RESPONSIBILITY, Task.DEADLINE, Task.PROGRESS);
        assertThat(t.source().get().cells())
                .containsEntry(Task.CONTENT, "任务台账!B11")
                .containsEntry(Task.PROGRESS, "任务台账!C10")
                .containsEntry(Task.RESPONSIBILITY, "任务台账!D10")
                .containsEntry(Task.DEADLINE, "任务台账!E10");
    }

    @Test
    void keeps_a_task_whose_own_cells_are_blank_except_its_deadline() throws Exception {
        Task t = xlsx().sections().get(2).sections().get(2).tasks().get(2);
        assertThat(t.source().get().row()).contains(40);
        assertThat(t.source().get().sheet()).contains("任务台账");
        assertThat(t.content()).isEmpty();
        assertThat(t.deadline().map(Deadline::text)).contains("全年持续推进");
        assertThat(t.source().get().cells()).containsEntry(Task.DEADLINE, "任务台账!E40");
        assertThat(t.inferred()).containsExactlyInAnyOrder(Task.RESPONSIBILITY, Task.PROGRESS);
    }

    @Test
    void keeps_the_cut_off_last_row_as_a_task() throws Exception {
        List<OutlineEntry<Task>> all = xlsx().allTasks();
        OutlineEntry<Task> last = all.get(all.size() - 1);
        assertThat(last.id()).isEqualTo("5.5.2");
        assertThat(last.item().content()).hasValueSatisfying(c -> assertThat(c).startsWith("对重点工作和重点任务"));
        assertThat(last.item().source().get().row()).contains(69);
        assertThat(last.item().inferred()).contains(Task.DEADLINE, Task.RESPONSIBILITY);
    }

    @Test
    void puts_the_blank_remarks_column_nowhere_and_no_header_text_into_tasks() throws Exception {
        List<Task> tasks = tasks(xlsx());
        assertThat(tasks).allMatch(t -> t.remarks().isEmpty() && t.extra().isEmpty());
        assertThat(tasks).noneMatch(t -> t.content().orElse("").equals("具体任务"));
    }

    @Test
    void reads_the_csv_export_into_the_same_outline_and_values_as_the_workbook() throws Exception {
        WorkPlan fromXlsx = xlsx();
        WorkPlan fromCsv = csv();
        assertThat(headings(fromCsv)).isEqualTo(headings(fromXlsx));
        assertThat(values(fromCsv)).isEqualTo(values(fromXlsx));
        assertThat(tasks(fromCsv)).extracting(Task::inferred)
                .isEqualTo(tasks(fromXlsx).stream().map(Task::inferred).collect(Collectors.toList()));
        Task row11 = fromCsv.sections().get(0).sections().get(2).tasks().get(1);
        assertThat(row11.source().get().cells()).containsEntry(Task.PROGRESS, "C8").containsEntry(Task.CONTENT, "B9");
        assertThat(row11.source().get().sheet()).isEmpty();
    }

    @Test
    void reads_the_word_table_with_merged_cells_the_same_way() throws Exception {
        WorkPlan fromDocx = read(FixtureGrids.docx("ordos-2022-ledger.docx"));
        assertThat(fromDocx.title()).contains("鄂尔多斯市2022年政务公开工作要点任务台账");
        assertThat(headings(fromDocx)).isEqualTo(headings(xlsx()));
        assertThat(values(fromDocx)).isEqualTo(values(xlsx()));
        Task first = fromDocx.sections().get(0).sections().get(0).tasks().get(0);
        assertThat(first.source().get().table()).contains(1);
        assertThat(first.source().get().sheet()).isEmpty();
        assertThat(first.source().get().cells()).containsEntry(Task.CONTENT, "table 1, row 3, cell 2");
    }

    static List<String> headings(WorkPlan plan) {
        return sections(plan).stream().map(s -> s.heading() + "/" + s.tasks().size()).collect(Collectors.toList());
    }

    static List<String> values(WorkPlan plan) {
        return tasks(plan).stream().map(t -> String.join("|", t.number().orElse(""), t.name().orElse(""),
                t.content().orElse(""), t.responsibility().map(Responsibility::text).orElse(""),
                t.deadline().map(Deadline::text).orElse(""), t.progress().orElse(""), t.basis().orElse("")))
                .collect(Collectors.toList());
    }
}
