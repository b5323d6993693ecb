package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;

/** Recurring rules give the dates of the plan's own year, whichever years were asked before. */
class RecurringYearsTest {

    @Test
    void month_ends_follow_leap_years_when_plan_years_alternate() {
        for (int round = 0; round < 3; round++) {
            assertThat(Deadline.parse("每月底", DeadlineContext.ofYear(2024)).due())
                    .hasSize(12).contains(LocalDate.of(2024, 2, 29));
            assertThat(Deadline.parse("每月底", DeadlineContext.ofYear(2023)).due())
                    .hasSize(12).contains(LocalDate.of(2023, 2, 28));
        }
    }

    @Test
    void weekly_rules_give_the_weekdays_of_each_plan_year() {
        assertThat(Deadline.parse("每周五前", DeadlineContext.ofYear(2022)).due())
                .hasSize(52).startsWith(LocalDate.of(2022, 1, 7));
        assertThat(Deadline.parse("每周五前", DeadlineContext.ofYear(2021)).due())
                .hasSize(53).startsWith(LocalDate.of(2021, 1, 1));
        assertThat(Deadline.parse("每周五前", DeadlineContext.ofYear(2022)).due().first())
                .isEqualTo(LocalDate.of(2022, 1, 7));
    }

    @Test
    void next_due_crosses_into_the_next_year_after_the_plan_year_was_expanded() {
        Deadline quarterly = Deadline.parse("每季度首月15日前", DeadlineContext.ofYear(2022));
        assertThat(quarterly.nextDue(LocalDate.of(2022, 10, 15))).contains(LocalDate.of(2023, 1, 15));
        assertThat(quarterly.nextDue(LocalDate.of(2022, 1, 1))).contains(LocalDate.of(2022, 1, 15));
        assertThat(Deadline.parse("每季度首月15日前", DeadlineContext.ofYear(2022)).due())
                .containsExactly(LocalDate.of(2022, 1, 15), LocalDate.of(2022, 4, 15), LocalDate.of(2022, 7, 15),
                        LocalDate.of(2022, 10, 15));
    }
}
