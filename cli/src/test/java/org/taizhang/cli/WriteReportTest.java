package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

class WriteReportTest {
    private static Task task(String deadline) {
        return Task.builder().content("做好政务公开").deadline(Deadline.parse(deadline, DeadlineContext.ofYear(2022)))
                .build();
    }

    @Test
    void counts_parts_points_tasks_and_the_deadlines_left_unparsed() {
        Section point = Section.builder().number("一").numbering(Numbering.CN_PAREN).title("集中公开")
                .addTask(task("2022年9月底前")).addTask(Task.builder().content("x").deadline(Deadline.unparsed("待定"))
                        .build()).build();
        Section part = Section.builder().number("一").numbering(Numbering.CN_COMMA).title("提高质量").addSection(point)
                .addTask(Task.builder().content("y").deadline(Deadline.unparsed("视情况")).build()).build();
        WorkPlan plan = WorkPlan.builder().addSection(part).addTask(task("全年持续推进")).build();

        assertThat(WriteReport.line("任务台账.json", plan))
                .isEqualTo("已写入 任务台账.json：1 个部分、1 个要点、4 项任务；2 个时限未能解析");
    }

    @Test
    void names_other_levels_by_depth_and_leaves_out_the_deadline_clause_when_all_parsed() {
        Section group = Section.builder().title("编制目录").addTask(task("2020年6月底")).build();
        Section numbered = Section.builder().number("1").numbering(Numbering.ARABIC).title("标准目录")
                .addSection(group).build();
        WorkPlan plan = WorkPlan.builder().addSection(numbered).build();

        assertThat(WriteReport.line("out.csv", plan)).isEqualTo("已写入 out.csv：1 个一级标题、1 个二级标题、1 项任务");
    }

    @Test
    void a_plan_without_sections_reports_its_tasks_only() {
        WorkPlan plan = WorkPlan.builder().addTask(task("每年3月底前")).build();

        assertThat(WriteReport.line("a.xlsx", plan)).isEqualTo("已写入 a.xlsx：1 项任务");
    }
}
