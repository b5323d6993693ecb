package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.tasks;

import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.Numbering;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** 乌海 重点工作任务分解: 工作任务 spanning rows, three role columns, headers repeated after breaks. */
class WuhaiLedgerLayoutTest {

    private static WorkPlan xlsx() throws Exception {
        return read(FixtureGrids.xlsx("wuhai-basic-level-tasks.xlsx"));
    }

    @Test
    void makes_each_spanning_work_task_a_section_numbered_by_its_sequence_number() throws Exception {
        WorkPlan plan = xlsx();
        assertThat(plan.sections()).hasSize(8);
        assertThat(plan.sections()).extracting(s -> s.number().orElse(""))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(plan.sections()).allMatch(s -> s.numbering() == Numbering.ARABIC);
        assertThat(plan.sections().get(0).title()).isEqualTo("编制基层政务公开事项标准目录");
        assertThat(plan.sections().get(0).source().get().cells())
                .containsEntry("title", "任务台账!B4").containsEntry("number", "任务台账!A4");
        assertThat(plan.taskCount()).isEqualTo(33);
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(19, 2, 1, 4, 3, 2, 1, 1);
        assertThat(plan.tasks()).isEmpty();
    }

    @Test
    void skips_header_rows_repeated_after_page_breaks_and_continues_the_interrupted_groups() throws Exception {
        WorkPlan plan = xlsx();
        assertThat(tasks(plan)).noneMatch(t -> t.content().orElse("").equals("具体内容"));
        assertThat(tasks(plan)).extracting(t -> t.source().get().row().get()).doesNotContain(17, 28, 35);
        Section first = plan.sections().get(0);
        assertThat(first.tasks().get(13).source().get().row()).contains(18);
        assertThat(first.tasks().get(13).content()).contains("食品药品监管领域");
        Section fourth = plan.sections().get(3);
        assertThat(fourth.tasks()).extracting(t -> t.source().get().row().get()).containsExactly(27, 29, 30, 31);
    }

    @Test
    void joins_the_three_role_columns_into_one_responsibility_with_their_headers() throws Exception {
        Task first = xlsx().sections().get(0).tasks().get(0);
        assertThat(first.responsibility().map(Responsibility::text)).contains(
                "主体责任单位：各区政府；主管责任单位：市政府；指导责任单位：市行政审批和政务服务局");
        assertThat(first.source().get().cells())
                .containsEntry(Task.RESPONSIBILITY, "任务台账!E4")
                .containsEntry("主体责任单位", "任务台账!E4")
                .containsEntry("主管责任单位", "任务台账!F4")
                .containsEntry("指导责任单位", "任务台账!G4");
        assertThat(first.basis()).contains("国务院有关部门印发的26个试点领域标准指引");
        assertThat(first.deadline().map(Deadline::text)).contains("2020年6月底");
        assertThat(first.number()).isEmpty();
        assertThat(first.inferred()).isEmpty();
    }

    @Test
    void marks_role_columns_taken_from_a_merged_cell_as_inferred() throws Exception {
        Task third = xlsx().sections().get(0).tasks().get(2); // row 6
        assertThat(third.responsibility().map(Responsibility::text)).contains(
                "主体责任单位：各区政府；主管责任单位：市政府；指导责任单位：市发改委 住房和城乡建设局");
        assertThat(third.inferred()).containsExactlyInAnyOrder(Task.RESPONSIBILITY, Task.BASIS, Task.DEADLINE);
        assertThat(third.source().get().cells())
                .containsEntry("主体责任单位", "任务台账!E4")
                .containsEntry("主管责任单位", "任务台账!F5")
                .containsEntry("指导责任单位", "任务台账!G6")
                .containsEntry(Task.BASIS, "任务台账!D5");
    }

    @Test
    void takes_the_year_from_its_deadlines_when_the_title_has_none() throws Exception {
        WorkPlan plan = xlsx();
        assertThat(plan.title()).contains("乌海市基层政务公开标准化规范化重点工作任务分解");
        assertThat(plan.year()).contains(2021); // the most common year written in its 完成时限 cells
    }

    @Test
    void joins_the_four_word_tables_split_by_page_breaks_into_one_ledger() throws Exception {
        GridDocument doc = FixtureGrids.docx("wuhai-basic-level-tasks.docx");
        assertThat(doc.grids()).hasSize(4);
        WorkPlan plan = read(doc);
        assertThat(plan.title()).contains("乌海市基层政务公开标准化规范化重点工作任务分解");
        assertThat(OrdosLedgerLayoutTest.headings(plan)).isEqualTo(OrdosLedgerLayoutTest.headings(xlsx()));
        assertThat(OrdosLedgerLayoutTest.values(plan)).isEqualTo(OrdosLedgerLayoutTest.values(xlsx()));
        Task continued = plan.sections().get(0).tasks().get(13);
        assertThat(continued.source().get().table()).contains(2);
        assertThat(continued.source().get().row()).contains(2);
        assertThat(continued.source().get().cells()).containsEntry(Task.CONTENT, "table 2, row 2, cell 3");
    }
}
