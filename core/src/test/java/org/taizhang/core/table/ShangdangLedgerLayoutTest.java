package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.tasks;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** 上党区 任务分解表: a flat table whose 任务名称 never spans rows. */
class ShangdangLedgerLayoutTest {

    private static WorkPlan xlsx() throws Exception {
        return read(FixtureGrids.xlsx("shangdang-2022-tasks.xlsx"));
    }

    @Test
    void reads_thirty_three_numbered_tasks_at_plan_level_without_sections() throws Exception {
        WorkPlan plan = xlsx();
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.tasks()).hasSize(33);
        assertThat(plan.tasks()).extracting(t -> t.number().orElse(""))
                .isEqualTo(IntStream.rangeClosed(1, 33).mapToObj(String::valueOf).collect(Collectors.toList()));
        assertThat(plan.title()).contains("2022年政务公开工作要点任务分解表");
        assertThat(plan.year()).contains(2022);
    }

    @Test
    void keeps_the_task_name_column_as_each_tasks_name_with_its_line_breaks() throws Exception {
        Task third = xlsx().tasks().get(2);
        assertThat(third.name()).contains("全面推进\n“五公开”");
        assertThat(third.content()).hasValueSatisfying(c -> assertThat(c).startsWith("全面推进决策、执行、管理、服务、结果"));
        assertThat(third.responsibility().map(Responsibility::text)).contains("上党经开区、各乡镇（街道），区直各有关部门");
        assertThat(third.deadline().map(Deadline::text)).contains("全年");
        assertThat(third.source().get().cells()).containsEntry(Task.NUMBER, "任务台账!A6")
                .containsEntry(Task.NAME, "任务台账!B6").containsEntry(Task.DEADLINE, "任务台账!E6");
        assertThat(tasks(xlsx())).filteredOn(t -> t.name().orElse("").contains("\n")).hasSize(6);
        assertThat(tasks(xlsx())).allMatch(t -> t.inferred().isEmpty());
    }

    @Test
    void keeps_the_two_clause_deadline_text_whole() throws Exception {
        Task sixth = xlsx().tasks().get(5);
        assertThat(sixth.deadline().map(Deadline::text))
                .contains("2022年度的市场监管信息10月底前补录完成，每年3月底前公布");
    }

    @Test
    void reads_the_csv_and_word_versions_into_the_same_tasks() throws Exception {
        WorkPlan csv = read(FixtureGrids.csv("shangdang-2022-tasks.csv", FixtureGrids.utf8()));
        WorkPlan docx = read(FixtureGrids.docx("shangdang-2022-tasks.docx"));
        assertThat(csv.sections()).isEmpty();
        assertThat(OrdosLedgerLayoutTest.values(csv)).isEqualTo(OrdosLedgerLayoutTest.values(xlsx()));
        assertThat(OrdosLedgerLayoutTest.values(docx)).isEqualTo(OrdosLedgerLayoutTest.values(xlsx()));
        assertThat(docx.title()).contains("2022年政务公开工作要点任务分解表");
        assertThat(tasks(csv)).allMatch(t -> t.inferred().isEmpty());
    }
}
