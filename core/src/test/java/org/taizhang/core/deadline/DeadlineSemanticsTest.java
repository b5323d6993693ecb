package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Status;
import org.taizhang.core.calendar.WorkdayCalendar;

class DeadlineSemanticsTest {
    private static final DeadlineContext PLAN_2022 = DeadlineContext.ofYear(2022);

    @Test
    void a_festival_without_issue_date_is_the_first_after_new_year() {
        assertThat(Deadline.parse("春节前", PLAN_2022).due()).containsExactly(LocalDate.of(2022, 1, 30));
        assertThat(Deadline.parse("元旦前", PLAN_2022).due()).containsExactly(LocalDate.of(2022, 12, 30));
    }

    @Test
    void next_due_follows_a_recurring_rule_past_the_plan_year() {
        Deadline quarterly = Deadline.parse("每季度", PLAN_2022);
        assertThat(quarterly.nextDue(LocalDate.of(2022, 4, 1))).contains(LocalDate.of(2022, 6, 30));
        assertThat(quarterly.nextDue(LocalDate.of(2022, 12, 31))).contains(LocalDate.of(2023, 3, 31));
        Deadline once = Deadline.parse("2022年9月底前", PLAN_2022);
        assertThat(once.nextDue(LocalDate.of(2022, 9, 29))).contains(LocalDate.of(2022, 9, 30));
        assertThat(once.nextDue(LocalDate.of(2022, 9, 30))).isEmpty();
    }

    @Test
    void overdue_follows_the_status_and_the_kind_of_deadline() {
        Deadline d = Deadline.parse("2022年9月底前", PLAN_2022);
        assertThat(d.isOverdue(LocalDate.of(2022, 9, 30), Optional.empty())).isFalse();
        assertThat(d.isOverdue(LocalDate.of(2022, 10, 1), Optional.empty())).isTrue();
        assertThat(d.isOverdue(LocalDate.of(2022, 10, 1), Optional.of(LocalDate.of(2022, 9, 30)))).isFalse();
        assertThat(d.isOverdue(LocalDate.of(2022, 10, 9), Optional.of(LocalDate.of(2022, 10, 8)))).isFalse();
        assertThat(d.isOverdue(LocalDate.of(2022, 10, 1), Status.IN_PROGRESS)).isTrue();
        assertThat(d.isOverdue(LocalDate.of(2022, 10, 1), Status.UNKNOWN)).isTrue();
        assertThat(d.isOverdue(LocalDate.of(2022, 10, 1), Status.DONE)).isFalse();

        Deadline multiple = Deadline.parse("6月底、9月底、12月底各开展一次", PLAN_2022);
        assertThat(multiple.isOverdue(LocalDate.of(2022, 10, 5), Optional.of(LocalDate.of(2022, 9, 1)))).isFalse();
        assertThat(multiple.isOverdue(LocalDate.of(2022, 7, 5), Optional.empty())).isTrue();
        assertThat(multiple.isOverdue(LocalDate.of(2022, 6, 30), Status.NOT_STARTED)).isFalse();
        assertThat(multiple.overdueSince(LocalDate.of(2022, 7, 1), Status.NOT_STARTED))
                .contains(LocalDate.of(2022, 6, 30));
        assertThat(multiple.isOverdue(LocalDate.of(2022, 12, 31), Status.IN_PROGRESS)).isFalse();
        assertThat(multiple.isOverdue(LocalDate.of(2022, 12, 31), Status.UNKNOWN)).isFalse();

        Deadline quarterly = Deadline.parse("每季度", PLAN_2022);
        assertThat(quarterly.isOverdue(LocalDate.of(2022, 4, 1), Status.NOT_STARTED)).isTrue();
        assertThat(quarterly.isOverdue(LocalDate.of(2022, 4, 1), Status.IN_PROGRESS)).isFalse();

        Deadline ongoing = Deadline.parse("全年持续推进", PLAN_2022);
        assertThat(ongoing.isOverdue(LocalDate.of(2022, 12, 31), Optional.empty())).isFalse();
        assertThat(ongoing.isOverdue(LocalDate.of(2023, 1, 1), Status.NOT_STARTED)).isFalse();
        assertThat(Deadline.parse("适时完成", PLAN_2022).isOverdue(LocalDate.of(2030, 1, 1), Status.NOT_STARTED)).isFalse();
        assertThat(Deadline.parse("批复后20日内", PLAN_2022).isOverdue(LocalDate.of(2030, 1, 1), Status.NOT_STARTED))
                .isFalse();
        assertThat(Deadline.parse("印发后30日内", PLAN_2022.withIssuedOn(LocalDate.of(2022, 6, 30))) // due 08-01: 07-30 is a Saturday
                .isOverdue(LocalDate.of(2022, 8, 2), Status.IN_PROGRESS)).isTrue();

        Deadline composite = Deadline.parse("2022年度的市场监管信息10月底前补录完成，每年3月底前公布", PLAN_2022);
        assertThat(composite.kind()).isEqualTo(DeadlineKind.COMPOSITE);
        // the last part is recurring: only a task not started is overdue, from the first due date
        assertThat(composite.overdueSince(LocalDate.of(2022, 4, 1), Status.NOT_STARTED))
                .contains(LocalDate.of(2022, 3, 31));
        assertThat(composite.isOverdue(LocalDate.of(2022, 11, 1), Status.IN_PROGRESS)).isFalse();
    }

    @Test
    void to_string_reads_naturally() {
        assertThat(Deadline.parse("2022年9月底前", PLAN_2022)).hasToString("2022年9月底前 → ABSOLUTE due 2022-09-30");
        assertThat(Deadline.parse("全年", PLAN_2022)).hasToString("全年 → ONGOING until 2022-12-31");
        assertThat(Deadline.parse("决策出台后10个工作日内", PLAN_2022))
                .hasToString("决策出台后10个工作日内 → RELATIVE 10 workdays after 决策出台");
        assertThat(Deadline.parse("每年3月底前公布", PLAN_2022)).hasToString(
                "每年3月底前公布 → RECURRING FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1, due 2022-03-31, action 公布");
    }

    @Test
    void workday_periods_counted_in_a_year_without_data_are_provisional() {
        int last = WorkdayCalendar.official().years().last();
        DeadlineContext future = DeadlineContext.ofYear(last + 1).withIssuedOn(LocalDate.of(last + 1, 3, 2));
        Deadline d = Deadline.parse("印发后10个工作日内", future);
        assertThat(d.isProvisional()).isTrue();
        assertThat(d.due()).hasSize(1);
        Deadline known = Deadline.parse("印发后10个工作日内",
                DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 9, 28)));
        // 9-29, 9-30, 10-8 and 10-9 (调休 weekend), 10-10 … 10-14, then Monday 10-17
        assertThat(known.isProvisional()).isFalse();
        assertThat(known.due()).containsExactly(LocalDate.of(2022, 10, 17));
    }

    @Test
    void a_calendar_added_at_run_time_is_used_and_clears_the_provisional_flag() {
        int year = WorkdayCalendar.official().years().last() + 1;
        LocalDate issued = LocalDate.of(year, 9, 28);
        WorkdayCalendar extended = WorkdayCalendar.official()
                .withYear(year, List.of(LocalDate.of(year, 9, 29), LocalDate.of(year, 9, 30)), List.of());
        Deadline d = Deadline.parse("印发后1个工作日内",
                DeadlineContext.ofYear(year).withIssuedOn(issued).withCalendar(extended));
        assertThat(d.isProvisional()).isFalse();
        assertThat(extended.isWorkday(d.due().first())).isTrue();
        assertThat(d.due().first()).isAfter(LocalDate.of(year, 9, 30));
    }

    @Test
    void never_throws_on_odd_text_and_gives_up_on_very_long_text() {
        for (String s : List.of("", " ", "，，，", "年", "月底", "每", "后30日内", "13月", "2月30日", "9999年", "至至至",
                "1-", "-1月", "2022.", "第五季度", "每周八")) {
            Deadline d = Deadline.parse(s, PLAN_2022);
            assertThat(d.text()).isEqualTo(s);
        }
        assertThat(Deadline.parse("2月30日", PLAN_2022).kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(Deadline.parse("9月底前".repeat(200), PLAN_2022).kind()).isEqualTo(DeadlineKind.UNPARSED);
    }
}
