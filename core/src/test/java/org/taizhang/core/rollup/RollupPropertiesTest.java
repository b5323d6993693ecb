package org.taizhang.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** The arithmetic of rollups, on random plans and days. */
class RollupPropertiesTest {

    @Test
    void a_parents_counts_are_the_sums_of_its_childrens_and_its_own_tasks() {
        qt().withExamples(300).forAll(RandomPlans.plans(), RandomPlans.days()).checkAssert((plan, day) -> {
            PlanRollup r = PlanRollup.of(plan, day);
            Rollup planOwn = own(plan.tasks(), day);
            assertSums(r.rollup(), r.sections(), planOwn);
            for (SectionRollup s : r.allSections()) {
                assertSums(s.rollup(), s.sections(), own(s.section().tasks(), day));
            }
        });
    }

    @Test
    void each_task_is_counted_once() {
        qt().withExamples(300).forAll(RandomPlans.plans(), RandomPlans.days()).checkAssert((plan, day) -> {
            PlanRollup r = PlanRollup.of(plan, day);
            assertThat(r.rollup().tasks()).isEqualTo(plan.taskCount());
            assertThat(r.rollup().byStatus().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(plan.taskCount());
            assertThat(r.tasks()).extracting(TaskAsOf::id)
                    .containsExactlyElementsOf(plan.allTasks().stream().map(OutlineEntry::id).toList());
            assertThat(r.allSections()).extracting(SectionRollup::id)
                    .containsExactlyElementsOf(plan.allSections().stream().map(OutlineEntry::id).toList());
            for (SectionRollup s : r.allSections()) {
                assertThat(s.rollup().tasks()).isEqualTo(s.section().taskCount());
            }
            assertThat(r.overdue()).hasSize(r.rollup().overdue());
            assertThat(r.dueSoon()).hasSize(r.rollup().dueSoon());
        });
    }

    @Test
    void overdue_tasks_are_never_done_nor_due_soon() {
        qt().withExamples(300).forAll(RandomPlans.plans(), RandomPlans.days()).checkAssert((plan, day) -> {
            for (TaskAsOf t : PlanRollup.of(plan, day).tasks()) {
                if (t.isOverdue()) {
                    assertThat(t.task().status()).isNotEqualTo(Status.DONE);
                    assertThat(t.isDueSoon()).isFalse();
                    assertThat(t.overdueSince().get()).isBefore(day);
                    assertThat(t.light()).isEqualTo(Light.RED);
                }
                if (t.isDueSoon()) {
                    assertThat(t.dueSoonOn().get()).isBetween(day, day.plusDays(TaskTiming.DUE_SOON_DAYS));
                    assertThat(t.light()).isEqualTo(Light.YELLOW);
                }
            }
        });
    }

    @Test
    void units_count_a_task_once_per_unit_and_role_and_months_add_up_to_the_due_dates() {
        qt().withExamples(200).forAll(RandomPlans.plans(), RandomPlans.days()).checkAssert((plan, day) -> {
            PlanRollup r = PlanRollup.of(plan, day);
            for (UnitRollup u : r.units()) {
                List<TaskAsOf> holding = r.tasks().stream().filter(t -> t.task().responsibility().get().assignments()
                        .stream().anyMatch(a -> a.role() == u.role() && a.unit().name().equals(u.unit()))).toList();
                assertThat(u.tasks()).isEqualTo(holding.size());
                assertThat(u.overdue()).isEqualTo((int) holding.stream().filter(TaskAsOf::isOverdue).count());
            }
            Set<String> keys = r.units().stream().map(u -> u.role() + u.unit()).collect(Collectors.toSet());
            assertThat(keys).hasSize(r.units().size());
            long dueIn2022 = plan.allTasks().stream().flatMap(e -> e.item().deadline().stream())
                    .flatMap(d -> d.dueDates().stream()).filter(d -> d.getYear() == 2022).count();
            assertThat(r.months()).hasSize(12);
            assertThat(r.months().stream().mapToInt(MonthRollup::due).sum()).isEqualTo((int) dueIn2022);
        });
    }

    @Test
    void a_plan_without_tasks_is_grey_with_no_ratio() {
        PlanRollup r = PlanRollup.of(WorkPlan.builder().title("空").build(), LocalDate.of(2022, 5, 1));
        assertThat(r.rollup().tasks()).isZero();
        assertThat(r.rollup().doneRatio()).isZero();
        assertThat(r.rollup().light()).isEqualTo(Light.GREY);
        assertThat(r.rollup().nextDue()).isEmpty();
        assertThat(r.months()).extracting(m -> m.month().getYear()).containsOnly(2022);
    }

    @Test
    void a_callers_policy_gives_the_lights() {
        TrafficLightPolicy strict = x -> x.count(Status.DONE) == x.tasks() ? Light.GREEN : Light.RED;
        qt().withExamples(50).forAll(RandomPlans.plans(), RandomPlans.days()).checkAssert((plan, day) -> {
            PlanRollup r = PlanRollup.of(plan, day, strict);
            assertThat(r.rollup().light()).isEqualTo(strict.light(r.rollup()));
        });
    }

    private static Rollup own(List<Task> tasks, LocalDate day) {
        return PlanRollup.of(WorkPlan.builder().addAllTasks(tasks).year(2022).build(), day).rollup();
    }

    private static void assertSums(Rollup parent, List<SectionRollup> children, Rollup own) {
        int tasks = own.tasks();
        int overdue = own.overdue();
        int dueSoon = own.dueSoon();
        int dated = own.dated();
        Map<Status, Integer> byStatus = new java.util.EnumMap<>(own.byStatus());
        LocalDate next = own.nextDue().orElse(null);
        for (SectionRollup c : children) {
            tasks += c.rollup().tasks();
            overdue += c.rollup().overdue();
            dueSoon += c.rollup().dueSoon();
            dated += c.rollup().dated();
            c.rollup().byStatus().forEach((s, n) -> byStatus.merge(s, n, Integer::sum));
            LocalDate cn = c.rollup().nextDue().orElse(null);
            if (cn != null && (next == null || cn.isBefore(next))) {
                next = cn;
            }
        }
        assertThat(parent.tasks()).isEqualTo(tasks);
        assertThat(parent.overdue()).isEqualTo(overdue);
        assertThat(parent.dueSoon()).isEqualTo(dueSoon);
        assertThat(parent.dated()).isEqualTo(dated);
        assertThat(parent.byStatus()).isEqualTo(byStatus);
        assertThat(parent.nextDue().orElse(null)).isEqualTo(next);
        assertThat(parent.light()).isEqualTo(TrafficLightPolicy.standard().light(parent));
        if (parent.tasks() > 0) {
            assertThat(parent.doneRatio()).isEqualTo((double) parent.count(Status.DONE) / parent.tasks());
        }
    }

}
