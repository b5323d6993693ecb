package org.taizhang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.validation.Plans.codes;
import static org.taizhang.core.validation.Plans.good;
import static org.taizhang.core.validation.Plans.ledger;
import static org.taizhang.core.validation.Plans.task;
import static org.taizhang.core.validation.Plans.validate;

import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

class TaskFieldRulesTest {

    @Test
    void a_well_kept_ledger_has_no_finding() {
        ValidationReport r = validate(ledger(good(4), good(5), good(6)));
        assertThat(r.findings()).isEmpty();
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void an_empty_unit_cell_is_an_error_named_by_its_cell() {
        ValidationReport r = validate(ledger(good(4), task(12, "及时发布重大项目批准和实施信息", null, "2022年6月底前").build()));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("task.no-unit");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.id()).contains("2");
            assertThat(f.place()).contains("任务台账!C12"); // the column of the header's 责任单位 cell
            assertThat(f.message()).isEqualTo("没有责任单位");
            assertThat(f.toString()).isEqualTo("任务台账!C12  错误  task.no-unit  2 没有责任单位");
        });
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.count(Severity.ERROR)).isEqualTo(1);
    }

    @Test
    void empty_content_and_deadline_are_an_error_and_a_warning() {
        ValidationReport r = validate(ledger(task(7, null, "区财政局", "全年").build(),
                task(8, "全面公开财政预算和决算信息", "区财政局", null).build()));
        assertThat(codes(r)).containsExactly("task.no-content", "task.no-deadline");
        assertThat(r.findings(("task.no-content")).get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(r.findings("task.no-deadline").get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(r.findings("task.no-deadline").get(0).place()).contains("任务台账!D8");
    }

    @Test
    void a_name_counts_as_content() {
        Task named = task(9, null, "县政务服务中心", "2022年12月31日前").name("优化政务服务").build();
        assertThat(codes(validate(ledger(named)))).doesNotContain("task.no-content");
    }

    @Test
    void a_table_without_the_column_reports_the_column_once_and_not_every_task() {
        LedgerTable noUnits = LedgerTable.builder().addColumns(Task.NUMBER, Task.CONTENT, Task.DEADLINE)
                .source(SourceRef.builder().sheet("Sheet1").row(2).build()).build();
        WorkPlan plan = WorkPlan.builder().year(2022).addTables(noUnits)
                .addTasks(task(3, "公开权责清单", null, "9月底前").build(), task(4, "公开办事指南", null, "10月底前").build())
                .build();
        ValidationReport r = validate(plan);
        assertThat(r.findings("column.missing")).extracting(Finding::message)
                .containsExactly("表格缺少“责任单位”列", "表格缺少“落实情况”列");
        assertThat(r.findings("column.missing")).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(r.findings("column.missing").get(0).place()).contains("Sheet1!row 2");
        assertThat(r.findings("column.missing").get(0).id()).isEmpty();
        assertThat(codes(r)).doesNotContain("task.no-unit");
    }

    @Test
    void every_missing_column_of_the_rule_is_reported() {
        LedgerTable numbersOnly = LedgerTable.builder().addColumns(Task.NUMBER, Task.REMARKS).build();
        WorkPlan plan = WorkPlan.builder().year(2022).addTables(numbersOnly)
                .addTasks(Task.builder().number("1").remarks("无").build()).build();
        assertThat(validate(plan).findings("column.missing")).extracting(Finding::message).containsExactly(
                "表格缺少“具体任务”列", "表格缺少“责任单位”列", "表格缺少“完成时限”列", "表格缺少“落实情况”列");
    }

    @Test
    void a_plan_built_in_code_checks_a_field_when_any_of_its_tasks_has_it() {
        Task withUnit = Task.builder().content("推进政务公开").responsibility(Plans.units(Plans.unit("市司法局",
                org.taizhang.core.Role.LEAD))).build();
        Task without = Task.builder().content("推进决策公开").build();
        WorkPlan plan = WorkPlan.builder().year(2022).addSections(Section.builder().title("重点工作")
                .addTasks(withUnit, without).build()).build();
        ValidationReport r = validate(plan);
        assertThat(r.findings("task.no-unit")).singleElement().satisfies(f -> assertThat(f.id()).contains("1.2"));
        assertThat(codes(r)).doesNotContain("task.no-deadline", "column.missing"); // no task has a deadline
    }

    @Test
    void a_plan_read_from_prose_reports_no_empty_unit_or_deadline() {
        Task said = Task.builder().content("市司法局要加强行政复议工作，9月底前完成").responsibility(Plans.units(Plans.unit("市司法局",
                org.taizhang.core.Role.RESPONSIBLE))).source(SourceRef.builder().row(10).putCell(Task.CONTENT, "line 10").build()).build();
        Task plain = Task.builder().content("持续深化政务公开。").source(SourceRef.builder().row(11)
                .putCell(Task.CONTENT, "line 11").build()).build();
        WorkPlan plan = WorkPlan.builder().year(2022).addSections(Section.builder().title("总体要求").addTasks(said, plain)
                .build()).build();
        assertThat(validate(plan).findings()).isEmpty();
        Task empty = Task.builder().source(SourceRef.builder().row(12).putCell(Task.NAME, "line 12").build()).name(" ").build();
        WorkPlan withEmpty = WorkPlan.builder().from(plan).addTasks(empty).build();
        assertThat(codes(validate(withEmpty))).containsExactly("task.no-content");
    }
}
