package org.taizhang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.validation.Plans.codes;
import static org.taizhang.core.validation.Plans.ledger;
import static org.taizhang.core.validation.Plans.task;
import static org.taizhang.core.validation.Plans.validate;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

class DeadlineRulesTest {

    private static Task withDeadline(Deadline d) {
        return task(5, "规范政府信息公开工作年度报告", "县政府办公室", null).deadline(d).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022年13月底前", "2月30日前", "2022年4月31日", "十三月底前", "２０２２年１３月", "2022年2月29日前",
        "2022年0月底", "6月、13月各报送一次", "2023年2月29日"})
    void an_unparsed_phrase_naming_a_date_that_does_not_exist_is_an_invalid_date(String text) {
        ValidationReport r = validate(ledger(withDeadline(Deadline.unparsed(text))));
        assertThat(codes(r)).containsExactly("deadline.invalid-date");
        Finding f = r.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.place()).contains("任务台账!D5");
        assertThat(f.id()).contains("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2月29日前", "2024年2月29日前", "12月31日", "每月30日前", "3个月内", "次年1月", "2022年12月底前"})
    void an_unparsed_phrase_whose_dates_exist_is_only_unparsed(String text) {
        // a year-less 2月29日 is taken to exist; plan year 2024 for the 2024 case
        WorkPlan plan = WorkPlan.builder().from(ledger(withDeadline(Deadline.unparsed(text))))
                .year(text.equals("2月29日前") ? 2024 : 2022).build();
        assertThat(codes(validate(plan))).containsExactly("deadline.unparsed");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2022年13月底前                   | 2022年13月
        2月30日前                       | 2月30日
        2022年4月31日                   | 2022年4月31日
        十三月底前                       | 十三月
        二〇二二年十三月底前                | 二〇二二年十三月
        ２０２２年１３月                    | ２０２２年１３月
        １３月底前                       | １３月
        2022年2月29日前                  | 2022年2月29日
        2月29日前报送                    | 2月29日
        2022年0月底                     | 2022年0月
        2022年13月份前                   | 2022年13月份
        6月、13月各报送一次                 | 13月
        4月31日前完成                    | 4月31日
        自2022年6月31日起                 | 2022年6月31日
        2月30日、3月31日前分别报送           | 2月30日
        2022年6月底、9月31日前             | 9月31日
        2022-09-31                    | 2022-09-31
        """)
    void the_date_that_does_not_exist_is_quoted_as_written(String text, String date) {
        Deadline read = Deadline.parse(text, DeadlineContext.ofYear(2022));
        assertThat(read.kind()).isEqualTo(DeadlineKind.UNPARSED);
        ValidationReport r = validate(ledger(withDeadline(read)));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("deadline.invalid-date");
            assertThat(f.message()).isEqualTo("完成时限 “" + text + "” 中的日期“" + date + "”不存在");
            assertThat(f.hint()).contains("请改为实际存在的日期");
        });
    }

    @Test
    void without_a_plan_year_only_a_written_year_makes_the_twenty_ninth_of_february_impossible() {
        WorkPlan noYear = WorkPlan.builder().from(ledger(withDeadline(Deadline.unparsed("2023年2月29日前")))).year(java.util.Optional.empty()).build();
        assertThat(validate(noYear).findings("deadline.invalid-date")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("中的日期“2023年2月29日”不存在"));
        WorkPlan bare = WorkPlan.builder().from(ledger(withDeadline(Deadline.unparsed("2月29日前")))).year(java.util.Optional.empty()).build();
        assertThat(codes(validate(bare))).containsExactlyInAnyOrder("deadline.unparsed", "plan.no-year");
    }

    @Test
    void a_yearly_rule_on_a_day_no_calendar_has_is_an_invalid_date() {
        // 每年2月30日前 names a day that never comes: left unread, and the rule says why
        Deadline rule = Deadline.parse("每年2月30日前", DeadlineContext.ofYear(2022));
        assertThat(rule.kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(validate(ledger(withDeadline(rule))).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("deadline.invalid-date");
            assertThat(f.message()).isEqualTo("完成时限 “每年2月30日前” 中的日期“2月30日”不存在");
        });
    }

    @Test
    void an_impossible_date_in_the_unparsed_clause_of_a_composite_is_quoted() {
        Deadline composite = Deadline.builder().text("10月底前补录完成，11月31日前公布").kind(DeadlineKind.COMPOSITE)
                .addParts(Deadline.absolute("10月底前补录完成", LocalDate.of(2022, 10, 31)), Deadline.unparsed("11月31日前公布"))
                .build();
        assertThat(validate(ledger(withDeadline(composite))).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("deadline.invalid-date");
            assertThat(f.message()).isEqualTo("完成时限 “11月31日前公布” 中的日期“11月31日”不存在");
        });
    }

    @Test
    void a_parsed_deadline_is_not_judged_for_its_text() {
        Deadline ok = Deadline.parse("2022年9月底前", DeadlineContext.ofYear(2022));
        assertThat(validate(ledger(withDeadline(ok))).findings()).isEmpty();
    }

    @Test
    void switching_the_invalid_date_off_leaves_the_phrase_reported_as_unparsed() {
        WorkPlan plan = ledger(withDeadline(Deadline.unparsed("2022年13月底前")));
        ValidationReport r = Validator.builder().serviceRules(false).disable("deadline.invalid-date").build().validate(plan);
        assertThat(codes(r)).containsExactly("deadline.unparsed");
    }

    @Test
    void a_vague_phrase_is_information() {
        Deadline vague = Deadline.builder().text("适时完成").kind(DeadlineKind.VAGUE).build();
        ValidationReport r = validate(ledger(withDeadline(vague)));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("deadline.vague");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void an_unparsed_clause_of_a_composite_is_reported() {
        Deadline composite = Deadline.builder().text("10月底前补录完成，择机公布").kind(DeadlineKind.COMPOSITE)
                .addParts(Deadline.absolute("10月底前补录完成", LocalDate.of(2022, 10, 31)), Deadline.unparsed("择机公布"))
                .build();
        assertThat(codes(validate(ledger(withDeadline(composite))))).containsExactly("deadline.unparsed");
    }

    @Test
    void a_due_date_before_the_issue_date_is_a_warning() {
        WorkPlan plan = WorkPlan.builder().from(ledger(withDeadline(Deadline.absolute("2022年3月底前",
                LocalDate.of(2022, 3, 31))))).issuedOn(LocalDate.of(2022, 6, 30)).build();
        ValidationReport r = validate(plan);
        assertThat(codes(r)).containsExactly("deadline.before-issue");
        assertThat(r.findings().get(0).message()).contains("2022-03-31").contains("2022-06-30");

        WorkPlan later = WorkPlan.builder().from(plan).issuedOn(LocalDate.of(2022, 3, 1)).build();
        assertThat(validate(later).findings()).isEmpty();
    }

    @Test
    void a_due_date_outside_the_plan_year_is_information() {
        Deadline next = Deadline.absolute("2023年6月底前", LocalDate.of(2023, 6, 30));
        ValidationReport r = validate(ledger(withDeadline(next)));
        assertThat(codes(r)).containsExactly("deadline.outside-plan-year");
        assertThat(r.findings().get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void a_plan_without_a_year_is_told_so_once_at_its_file() {
        WorkPlan plan = WorkPlan.builder().from(ledger(withDeadline(Deadline.unparsed("9月底前")))).year(java.util.Optional.empty()).build();
        ValidationReport r = validate(plan);
        assertThat(r.findings("plan.no-year")).singleElement().satisfies(f -> {
            assertThat(f.place()).contains("台账.xlsx");
            assertThat(f.id()).isEmpty();
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(validate(ledger(Plans.good(4))).findings("plan.no-year")).isEmpty();
    }

    @Test
    void overdue_needs_an_as_of_date_and_follows_the_design() {
        Task due = withDeadline(Deadline.absolute("2022年9月底前", LocalDate.of(2022, 9, 30)));
        WorkPlan plan = ledger(due);
        assertThat(codes(Plans.validate(plan))).doesNotContain("task.overdue");
        assertThat(codes(Plans.validate(plan, LocalDate.of(2022, 10, 1)))).containsExactly("task.overdue");
        assertThat(codes(Plans.validate(plan, LocalDate.of(2022, 9, 30)))).isEmpty(); // due dates are inclusive

        Task done = Task.builder().from(due).status(org.taizhang.core.Status.DONE).build();
        assertThat(codes(Plans.validate(ledger(done), LocalDate.of(2022, 10, 1)))).isEmpty();

        Deadline quarterly = Deadline.builder().text("每季度").kind(DeadlineKind.RECURRING)
                .addDue(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30)).build();
        Task started = Task.builder().from(withDeadline(quarterly)).status(org.taizhang.core.Status.IN_PROGRESS).build();
        Task notStarted = Task.builder().from(started).status(org.taizhang.core.Status.NOT_STARTED).build();
        assertThat(codes(Plans.validate(ledger(started), LocalDate.of(2022, 7, 1)))).isEmpty();
        assertThat(codes(Plans.validate(ledger(notStarted), LocalDate.of(2022, 4, 1)))).containsExactly("task.overdue");

        Deadline ongoing = Deadline.builder().text("全年").kind(DeadlineKind.ONGOING).until(LocalDate.of(2022, 12, 31)).build();
        assertThat(codes(Plans.validate(ledger(withDeadline(ongoing)), LocalDate.of(2023, 2, 1)))).isEmpty();
    }
}
