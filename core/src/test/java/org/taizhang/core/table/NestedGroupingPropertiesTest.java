package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.taizhang.core.table.TestLedgers.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Two grouping columns ({@code 目标 › 任务 › 具体措施}) nest for any shape, merged as in a workbook
 * or written once and left blank as in a CSV export, and both read the same.
 */
class NestedGroupingPropertiesTest {

    /**
     * @param shape for each 目标, the number of 具体措施 of each of its 任务 (at least two each, so a
     *     CSV file shows every group by its blanks)
     */
    private static GridDocument ledger(List<List<Integer>> shape, boolean merged, boolean blankHeader) {
        Grid.Builder b = merged ? Grid.builder("S", CellAddressing.sheet("S")) : Grid.builder("x.csv", CellAddressing.a1());
        row(b, 1, blankHeader ? "" : "目标", "任务", "具体措施", "责任单位", "完成时限");
        int r = 2;
        List<int[]> merges = new ArrayList<>();
        for (int g = 0; g < shape.size(); g++) {
            int goalStart = r;
            for (int t = 0; t < shape.get(g).size(); t++) {
                int taskStart = r;
                for (int m = 0; m < shape.get(g).get(t); m++, r++) {
                    row(b, r, r == goalStart ? "目标" + g : "", m == 0 ? "任务" + g + "-" + t : "",
                            "措施" + g + "-" + t + "-" + m, "单位" + m, (m + 1) + "月底前");
                }
                merges.add(new int[] {taskStart, 1, r - 1, 1});
            }
            merges.add(new int[] {goalStart, 0, r - 1, 0});
        }
        if (merged) {
            merges.forEach(m -> b.merge(m[0], m[1], m[2], m[3]));
        }
        return new GridDocument(merged ? "x.xlsx" : "x.csv", List.of(), List.of(b.build()));
    }

    private static WorkPlan read(GridDocument d) {
        try {
            return TestLedgers.read(d);
        } catch (LedgerException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void every_goal_holds_its_tasks_and_every_task_its_measures() {
        qt().withExamples(50)
                .forAll(lists().of(lists().of(integers().between(2, 4)).ofSizeBetween(1, 3)).ofSizeBetween(1, 4),
                        integers().between(0, 3))
                .checkAssert((shape, flags) -> {
                    WorkPlan plan = read(ledger(shape, (flags & 1) == 1, (flags & 2) == 2));
                    assertThat(plan.tasks()).isEmpty();
                    assertThat(plan.sections()).extracting(Section::title)
                            .containsExactlyElementsOf(names("目标", shape.size(), ""));
                    for (int g = 0; g < shape.size(); g++) {
                        Section goal = plan.sections().get(g);
                        assertThat(goal.tasks()).isEmpty();
                        assertThat(goal.sections()).extracting(Section::title)
                                .containsExactlyElementsOf(names("任务", shape.get(g).size(), g + "-"));
                        for (int t = 0; t < shape.get(g).size(); t++) {
                            List<Task> tasks = goal.sections().get(t).tasks();
                            assertThat(tasks).extracting(x -> x.content().orElse(""))
                                    .containsExactlyElementsOf(names("措施", shape.get(g).get(t), g + "-" + t + "-"));
                            assertThat(tasks).extracting(x -> x.responsibility().get().text())
                                    .containsExactlyElementsOf(names("单位", shape.get(g).get(t), ""));
                        }
                    }
                });
    }

    @Test
    void a_workbook_and_its_csv_export_nest_alike() {
        qt().withExamples(40)
                .forAll(lists().of(lists().of(integers().between(2, 4)).ofSizeBetween(1, 3)).ofSizeBetween(1, 4))
                .checkAssert(shape -> assertThat(summary(read(ledger(shape, false, false))))
                        .isEqualTo(summary(read(ledger(shape, true, false)))));
    }

    private static List<String> names(String prefix, int n, String infix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + infix + i);
        }
        return out;
    }

    private static List<String> summary(WorkPlan plan) {
        List<String> out = new ArrayList<>();
        plan.allTasks().forEach(e -> out.add(e.id() + " " + e.item().content().orElse("") + " "
                + e.item().responsibility().map(r -> r.text()).orElse("") + " "
                + e.item().deadline().map(d -> d.text()).orElse("")));
        return out;
    }
}
