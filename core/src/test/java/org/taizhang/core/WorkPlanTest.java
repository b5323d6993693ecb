package org.taizhang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkPlanTest {

    private static Task task(String content) {
        return Task.builder().content(content).build();
    }

    private static WorkPlan ordosLike() {
        Section point1 = Section.builder().number("一").numbering(Numbering.CN_PAREN)
                .title("继续做好规章和规范性文件的集中公开。")
                .addTasks(task("做好现行有效政府规章的集中规范公开"), task("依托政府网站集中发布"))
                .build();
        Section point2 = Section.builder().number("二").numbering(Numbering.CN_PAREN)
                .title("加强政策集中公开成果运用。").addTasks(task("制定政策库多维度标签体系")).build();
        Section part1 = Section.builder().number("一").numbering(Numbering.CN_COMMA)
                .title("提高政策公开质量，提升政务服务效能").addSections(point1, point2).build();
        Section part2 = Section.builder().number("二").numbering(Numbering.CN_COMMA)
                .title("加强政务公开平台建设").addTasks(task("整合政务新媒体")).build();
        return WorkPlan.builder().title("鄂尔多斯市2022年政务公开工作要点任务台账").year(2022)
                .addSections(part1, part2).addTasks(task("不属于任何部分的任务")).build();
    }

    @Test
    void derives_outline_ids_from_position_sections_before_tasks() {
        WorkPlan plan = ordosLike();
        assertThat(plan.allSections()).extracting(OutlineEntry::id)
                .containsExactly("1", "1.1", "1.2", "2");
        assertThat(plan.allTasks()).extracting(OutlineEntry::id)
                .containsExactly("1.1.1", "1.1.2", "1.2.1", "2.1", "3");
        assertThat(plan.taskCount()).isEqualTo(5);
    }

    @Test
    void outline_entries_carry_the_sections_above_the_task() {
        OutlineEntry<Task> second = ordosLike().allTasks().get(1);
        assertThat(second.item().content()).hasValue("依托政府网站集中发布");
        assertThat(second.path()).extracting(Section::heading).containsExactly(
                "一、提高政策公开质量，提升政务服务效能", "（一）继续做好规章和规范性文件的集中公开。");
        assertThat(ordosLike().allTasks().get(4).path()).isEmpty();
    }

    @Test
    void section_counts_tasks_below_it() {
        assertThat(ordosLike().sections().get(0).taskCount()).isEqualTo(3);
    }

    @Test
    void equal_content_gives_equal_plans_and_copies_are_independent() {
        assertThat(ordosLike()).isEqualTo(ordosLike()).hasSameHashCodeAs(ordosLike());
        WorkPlan renamed = WorkPlan.builder().from(ordosLike()).title("另一个台账").build();
        assertThat(renamed).isNotEqualTo(ordosLike());
        assertThat(renamed.sections()).isEqualTo(ordosLike().sections());
    }

    @Test
    void collections_are_unmodifiable() {
        WorkPlan plan = ordosLike();
        assertThatThrownBy(() -> plan.sections().add(plan.sections().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        Task t = Task.builder().putExtra("牵头领导", "张三").addInferred(Task.DEADLINE).build();
        assertThatThrownBy(() -> t.extra().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(t.inferred()).containsExactly("deadline");
    }

    @Test
    void task_defaults_to_unknown_status_and_keeps_extra_columns_in_order() {
        Task t = Task.builder().content("内容").putExtra("牵头领导", "张三").putExtra("督办科室", "督查室").build();
        assertThat(t.status()).isEqualTo(Status.UNKNOWN);
        assertThat(t.extra().keySet()).containsExactly("牵头领导", "督办科室");
    }

    @Test
    void headings_and_labels_read_as_written() {
        assertThat(Numbering.CN_PAREN.format("八")).isEqualTo("（八）");
        assertThat(Numbering.CN_COMMA.format("五")).isEqualTo("五、");
        assertThat(Numbering.ARABIC_DOT.format("3")).isEqualTo("3.");
        assertThat(Task.builder().number("2").name("政策解读").content("长内容").build().toString())
                .isEqualTo("2 政策解读");
    }

    @Test
    void unit_requires_a_name_and_prints_its_qualifier() {
        assertThatThrownBy(() -> Unit.of(" ")).isInstanceOf(IllegalArgumentException.class);
        Unit u = Unit.builder().name("旗区级以上政府").qualifier("旗区级以上").build();
        assertThat(u.toString()).isEqualTo("旗区级以上政府");
        assertThat(u.body()).isEqualTo("政府");
        // a qualifier written before a list holds for the units after the first, whose names lack it
        Unit next = Unit.builder().name("各部门").qualifier("旗区级以上").collective(true).build();
        assertThat(next.body()).isEqualTo("各部门");
        assertThat(next.qualifiedName()).isEqualTo("旗区级以上各部门");
        assertThat(u.qualifiedName()).isEqualTo("旗区级以上政府");
        assertThat(Unit.builder().from(u).canonicalName("人民政府").build().fullName())
                .isEqualTo("旗区级以上人民政府");
        assertThat(Unit.collective("各旗区").isCollective()).isTrue();
        Unit inherited = Unit.builder().name("退役军人事务局").canonicalName("区退役军人事务局").build();
        assertThat(inherited.fullName()).isEqualTo("区退役军人事务局");
    }

    @Test
    void assignment_defaults_to_responsible() {
        Assignment a = Assignment.builder().unit(Unit.of("市司法局")).build();
        assertThat(a.role()).isEqualTo(Role.RESPONSIBLE);
        assertThat(Assignment.of(Unit.of("市司法局"), Role.LEAD, "牵头").toString()).isEqualTo("市司法局(牵头)");
    }

    @Test
    void plan_keeps_issue_date_and_source() {
        WorkPlan plan = WorkPlan.builder().issuedOn(LocalDate.of(2022, 6, 30))
                .source(SourceRef.ofFile("alxa.txt")).build();
        assertThat(plan.issuedOn()).hasValue(LocalDate.of(2022, 6, 30));
        assertThat(plan.source().flatMap(SourceRef::file)).hasValue("alxa.txt");
        assertThat(plan.allTasks()).isEqualTo(List.of());
    }

    @Test
    void source_ref_names_its_place() {
        SourceRef ref = SourceRef.builder().file("ordos.xlsx").sheet("任务台账").row(6)
                .putCell(Task.CONTENT, "B6").build();
        assertThat(ref.toString()).isEqualTo("ordos.xlsx: 任务台账!row 6");
        assertThat(SourceRef.builder().table(2).row(5).build().place()).isEqualTo("table 2, row 5");
    }
}
