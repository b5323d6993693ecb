package org.taizhang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.validation.Plans.codes;
import static org.taizhang.core.validation.Plans.good;
import static org.taizhang.core.validation.Plans.ledger;
import static org.taizhang.core.validation.Plans.task;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

class ValidatorTest {
    private final WorkPlan flawed = ledger(good(4), task(5, "公开办事指南", null, null).build());

    @Test
    void the_catalogue_holds_every_code_of_the_design_with_its_default_severity() {
        Map<String, Severity> c = Validator.catalogue();
        assertThat(c.keySet()).containsExactly("column.missing", "task.no-content", "task.no-unit", "task.no-deadline",
                "deadline.unparsed", "deadline.vague", "deadline.invalid-date", "deadline.before-issue",
                "deadline.outside-plan-year", "role.support-without-lead", "role.many-leads", "unit.unknown",
                "unit.not-a-unit", "numbering.gap", "numbering.disorder", "numbering.mixed-width", "task.duplicate",
                "status.contradiction", "task.overdue", "row.odd", "value.inferred", "plan.no-year", "rule.failed");
        assertThat(c).containsEntry("task.no-unit", Severity.ERROR).containsEntry("deadline.invalid-date", Severity.ERROR)
                .containsEntry("task.no-deadline", Severity.WARNING).containsEntry("value.inferred", Severity.INFO);
    }

    @Test
    void codes_can_be_switched_off_and_regraded() {
        assertThat(codes(Plans.validate(flawed))).containsExactly("task.no-unit", "task.no-deadline");
        Validator v = Validator.builder().serviceRules(false).disable("task.no-deadline")
                .severity("task.no-unit", Severity.WARNING).build();
        ValidationReport r = v.validate(flawed);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("task.no-unit");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.counts()).containsEntry(Severity.WARNING, 1).containsEntry(Severity.ERROR, 0);
        assertThat(v.codes()).doesNotContainKey("task.no-deadline").containsEntry("task.no-unit", Severity.WARNING);
    }

    @Test
    void a_caller_rule_reports_in_the_same_report_and_can_be_switched_off_by_its_code() {
        ValidationRule noRemarks = new ValidationRule() {
            @Override
            public Map<String, Severity> codes() {
                return Map.of("myorg.no-remarks", Severity.INFO);
            }

            @Override
            public void check(ValidationContext context, Findings findings) {
                for (OutlineEntry<Task> e : context.tasks()) {
                    if (e.item().remarks().isEmpty()) {
                        findings.task("myorg.no-remarks", e, Task.REMARKS, "没有备注", null);
                    }
                }
            }
        };
        ValidationReport r = Validator.builder().serviceRules(false).addRule(noRemarks).build().validate(ledger(good(4)));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("myorg.no-remarks");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.place()).contains("任务台账!row 4");
        });
        assertThat(Validator.builder().serviceRules(false).addRule(noRemarks).disable("myorg.no-remarks").build()
                .validate(ledger(good(4))).findings()).isEmpty();
    }

    @Test
    void a_rule_that_throws_becomes_a_finding_and_the_others_still_run() {
        ValidationRule broken = new ValidationRule() {
            @Override
            public Map<String, Severity> codes() {
                return Map.of("myorg.broken", Severity.ERROR);
            }

            @Override
            public void check(ValidationContext context, Findings findings) {
                findings.plan("myorg.broken", "half done", null);
                throw new IllegalStateException("boom");
            }
        };
        ValidationReport r = Validator.builder().serviceRules(false).addRule(broken).build().validate(flawed);
        assertThat(codes(r)).containsExactly("rule.failed", "task.no-unit", "task.no-deadline");
        assertThat(r.findings().get(0).message()).contains("boom");
        assertThat(r.findings().get(0).place()).contains("台账.xlsx");
    }

    @Test
    void findings_come_in_outline_order_plan_and_tables_first() {
        Section s = Section.builder().title("一").addTasks(good(4)).build();
        Task[] many = new Task[11];
        for (int i = 0; i < many.length; i++) {
            many[i] = task(10 + i, "任务" + i, null, "2022年9月底前").build();
        }
        Section big = Section.builder().title("二").addTasks(many).build();
        WorkPlan plan = WorkPlan.builder().addTables(Plans.fullTable()).addSections(s, big).build();
        ValidationReport r = Plans.validate(plan);
        assertThat(r.findings().get(0).code()).isEqualTo("plan.no-year");
        assertThat(r.findings("task.no-unit")).extracting(f -> f.id().orElseThrow())
                .containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11");
    }

    @Test
    void an_empty_plan_is_validated_without_a_throw() {
        ValidationReport r = Plans.validate(WorkPlan.builder().build());
        assertThat(codes(r)).containsExactly("plan.no-year");
        assertThat(r.findings().get(0).place()).contains("全文");
    }

    @Test
    void tells_a_file_that_holds_no_work_plan() {
        assertThat(Validator.whyNoWorkPlan(WorkPlan.builder().build())).isPresent();
        assertThat(Validator.whyNoWorkPlan(ledger(good(4)))).isEmpty();
        WorkPlan guessed = WorkPlan.builder().addTables(org.taizhang.core.LedgerTable.builder().headerFound(false).build())
                .addTasks(good(4)).build();
        assertThat(Validator.whyNoWorkPlan(guessed)).contains("表格没有台账表头（序号、具体任务、责任单位、完成时限）");
        Task line = Task.builder().content("第一件事。").source(org.taizhang.core.SourceRef.builder().row(2)
                .putCell(Task.CONTENT, "line 2").build()).build();
        assertThat(Validator.whyNoWorkPlan(WorkPlan.builder().addTasks(line).build())).isPresent();
        assertThat(Validator.whyNoWorkPlan(WorkPlan.builder().addSections(Section.builder().title("一").addTasks(line)
                .build()).build())).isEmpty();
    }
}
