package org.taizhang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.validation.Plans.codes;
import static org.taizhang.core.validation.Plans.good;
import static org.taizhang.core.validation.Plans.validate;

import org.junit.jupiter.api.Test;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

class OutlineRulesTest {

    private static Section part(String number, Numbering style, Task... tasks) {
        return Section.builder().number(number).numbering(style).title("深化重点领域信息公开").addTasks(tasks).build();
    }

    private static WorkPlan plan(Section... sections) {
        return WorkPlan.builder().year(2022).addTables(Plans.fullTable()).addSections(sections).build();
    }

    @Test
    void a_skipped_part_number_is_a_gap_with_the_expected_number() {
        ValidationReport r = validate(plan(part("一", Numbering.CN_COMMA, good(4)), part("二", Numbering.CN_COMMA, good(5)),
                part("四", Numbering.CN_COMMA, good(6))));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("numbering.gap");
            assertThat(f.id()).contains("3");
            assertThat(f.hint()).contains("应为 三、");
        });
    }

    @Test
    void a_number_after_a_larger_one_is_disorder() {
        ValidationReport r = validate(plan(part("1", Numbering.ARABIC_PAREN, good(4)), part("2", Numbering.ARABIC_PAREN, good(5)),
                part("5", Numbering.ARABIC_PAREN, good(6)), part("3", Numbering.ARABIC_PAREN, good(7))));
        assertThat(codes(r)).containsExactly("numbering.gap", "numbering.disorder");
        assertThat(r.findings("numbering.disorder").get(0).id()).contains("4");
        assertThat(r.findings("numbering.disorder").get(0).hint()).contains("应为 （6）");
    }

    @Test
    void task_numbers_are_checked_within_their_section_and_may_go_on_across_sections() {
        Section first = part("一", Numbering.CN_COMMA, numbered(4, "1"), numbered(5, "2"));
        Section second = part("二", Numbering.CN_COMMA, numbered(6, "3"), numbered(7, "5"));
        ValidationReport r = validate(plan(first, second));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("numbering.gap");
            assertThat(f.id()).contains("2.2");
            assertThat(f.place()).contains("任务台账!A7");
            assertThat(f.hint()).contains("应为 4");
        });
    }

    @Test
    void full_width_digits_beside_half_width_ones_are_mixed_width() {
        ValidationReport r = validate(plan(part("一", Numbering.CN_COMMA, numbered(4, "１"), numbered(5, "2"), numbered(6, "3"))));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("numbering.mixed-width");
            assertThat(f.id()).contains("1.2");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(validate(plan(part("一", Numbering.CN_COMMA, numbered(4, "１"), numbered(5, "２")))).findings()).isEmpty();
    }

    @Test
    void the_same_content_twice_in_one_section_is_a_duplicate() {
        Task a = good(4);
        Task b = Task.builder().from(good(5)).content(a.content().get() + " ").build();
        ValidationReport r = validate(plan(part("一", Numbering.CN_COMMA, a, b), part("二", Numbering.CN_COMMA, good(4))));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("task.duplicate");
            assertThat(f.id()).contains("1.2");
            assertThat(f.hint()).contains("与 1.1 重复");
        });
    }

    @Test
    void a_status_the_progress_text_contradicts_is_a_warning() {
        Task doneText = Task.builder().from(good(4)).progress("已完成年度报告的编制和发布").status(Status.NOT_STARTED).build();
        Task notStarted = Task.builder().from(good(5)).progress("尚未启动").status(Status.DONE).build();
        Task both = Task.builder().from(good(6)).progress("部分已完成，部分未完成").status(Status.NOT_STARTED).build();
        Task agrees = Task.builder().from(good(7)).progress("已完成").status(Status.DONE).build();
        ValidationReport r = validate(plan(part("一", Numbering.CN_COMMA, doneText, notStarted, both, agrees)));
        assertThat(r.findings()).extracting(Finding::code, f -> f.id().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("status.contradiction", "1.1"),
                        org.assertj.core.groups.Tuple.tuple("status.contradiction", "1.2"));
    }

    private static Task numbered(int row, String number) {
        return Task.builder().from(good(row)).number(number)
                .source(org.taizhang.core.SourceRef.builder().from(good(row).source().get())
                        .putCell(Task.NUMBER, Plans.SHEET + "!A" + row).build()).build();
    }
}
