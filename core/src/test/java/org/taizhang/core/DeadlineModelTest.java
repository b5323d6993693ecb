package org.taizhang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The deadline value type: what it holds for each kind, and its date arithmetic. */
class DeadlineModelTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void holds_every_kind() {
        Deadline absolute = Deadline.absolute("2022年9月底前", d(2022, 9, 30));
        Deadline multiple = Deadline.builder().text("6月底、9月底、12月底各开展一次").kind(DeadlineKind.MULTIPLE)
                .addDue(d(2022, 12, 31), d(2022, 6, 30), d(2022, 9, 30)).build();
        Deadline recurring = Deadline.builder().text("每年3月底前").kind(DeadlineKind.RECURRING)
                .rrule("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1").addDue(d(2022, 3, 31)).build();
        Deadline ongoing = Deadline.builder().text("全年持续推进").kind(DeadlineKind.ONGOING)
                .until(d(2022, 12, 31)).build();
        Deadline relative = Deadline.builder().text("决策出台后10个工作日内").kind(DeadlineKind.RELATIVE)
                .anchor(Anchor.EVENT).event("决策出台").offset(Offset.of(10, PeriodUnit.WORKDAYS)).build();
        Deadline vague = Deadline.builder().text("适时完成").kind(DeadlineKind.VAGUE).build();
        Deadline composite = Deadline.builder().text("10月底前补录完成，每年3月底前公布")
                .kind(DeadlineKind.COMPOSITE).addParts(absolute, recurring).build();

        assertThat(multiple.due()).containsExactly(d(2022, 6, 30), d(2022, 9, 30), d(2022, 12, 31));
        assertThat(recurring.rrule()).hasValue("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1");
        assertThat(ongoing.dueDates()).isEmpty();
        assertThat(relative.offset()).hasValue(Offset.of(10, PeriodUnit.WORKDAYS));
        assertThat(vague.dueDates()).isEmpty();
        assertThat(composite.dueDates()).containsExactly(d(2022, 3, 31), d(2022, 9, 30));
        assertThat(Deadline.unparsed("看情况").kind()).isEqualTo(DeadlineKind.UNPARSED);
    }

    @Test
    void only_composite_deadlines_have_parts() {
        assertThatThrownBy(() -> Deadline.builder().text("x").kind(DeadlineKind.ABSOLUTE)
                .addParts(Deadline.unparsed("y")).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Offset.of(-1, PeriodUnit.DAYS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void next_due_is_strictly_after_the_day() {
        Deadline multiple = Deadline.builder().text("6月底、9月底").kind(DeadlineKind.MULTIPLE)
                .addDue(d(2022, 6, 30), d(2022, 9, 30)).build();
        assertThat(multiple.nextDue(d(2022, 6, 29))).hasValue(d(2022, 6, 30));
        assertThat(multiple.nextDue(d(2022, 6, 30))).hasValue(d(2022, 9, 30));
        assertThat(multiple.nextDue(d(2022, 9, 30))).isEmpty();
    }

    @Test
    void due_dates_are_inclusive_when_judging_overdue() {
        Deadline sept = Deadline.absolute("2022年9月底前", d(2022, 9, 30));
        assertThat(sept.isOverdue(d(2022, 9, 30), Optional.empty())).isFalse();
        assertThat(sept.isOverdue(d(2022, 10, 1), Optional.empty())).isTrue();
        assertThat(sept.isOverdue(d(2022, 10, 1), Optional.of(d(2022, 9, 30)))).isFalse();
        assertThat(sept.isOverdue(d(2022, 10, 8), Optional.of(d(2022, 10, 5)))).isFalse();
        assertThat(sept.isOverdue(d(2022, 10, 8), Optional.of(d(2022, 10, 9)))).isTrue();
        assertThat(sept.overdueSince(d(2022, 10, 1), Status.IN_PROGRESS)).hasValue(d(2022, 9, 30));
    }

    @Test
    void vague_and_unparsed_deadlines_are_never_overdue() {
        assertThat(Deadline.unparsed("看情况").isOverdue(d(2099, 1, 1), Optional.empty())).isFalse();
        assertThat(Deadline.builder().text("适时").kind(DeadlineKind.VAGUE).build()
                .isOverdue(d(2099, 1, 1), Optional.empty())).isFalse();
    }
}
