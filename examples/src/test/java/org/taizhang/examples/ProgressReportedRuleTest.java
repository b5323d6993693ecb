package org.taizhang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationReport;
import org.taizhang.core.validation.Validator;

class ProgressReportedRuleTest {
    private static final Task DUE = Task.builder().content("编制2022年政府信息公开工作年度报告")
            .deadline(Deadline.absolute("2022年3月底前", LocalDate.of(2022, 3, 31))).build();
    private static final WorkPlan PLAN = WorkPlan.builder().year(2022)
            .addSections(Section.builder().title("加强政务公开平台建设")
                    .addTasks(DUE, Task.builder().from(DUE).progress("已于3月25日在门户网站发布").build(),
                            Task.builder().from(DUE).status(Status.DONE).build())
                    .build())
            .build();

    @Test
    void is_found_through_the_service_loader_and_reports_a_past_due_task_without_progress() {
        ValidationReport r = Validator.builder().asOf(LocalDate.of(2022, 4, 1)).build().validate(PLAN);
        assertThat(r.findings(ProgressReportedRule.CODE)).singleElement().satisfies(f -> {
            assertThat(f.id()).contains("1.1");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("已到期，落实情况未填写");
        });
        assertThat(Validator.standard().codes()).containsKey(ProgressReportedRule.CODE);
    }

    @Test
    void reports_nothing_before_the_due_date_without_an_as_of_date_or_when_switched_off() {
        assertThat(Validator.builder().asOf(LocalDate.of(2022, 3, 31)).build().validate(PLAN)
                .findings(ProgressReportedRule.CODE)).isEmpty();
        assertThat(Validator.standard().validate(PLAN).findings(ProgressReportedRule.CODE)).isEmpty();
        assertThat(Validator.builder().asOf(LocalDate.of(2022, 4, 1)).disable(ProgressReportedRule.CODE).build()
                .validate(PLAN).findings(ProgressReportedRule.CODE)).isEmpty();
        assertThat(Validator.builder().serviceRules(false).build().codes()).doesNotContainKey(ProgressReportedRule.CODE);
    }
}
