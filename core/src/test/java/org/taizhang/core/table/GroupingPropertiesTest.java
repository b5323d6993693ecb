package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.taizhang.core.table.TestLedgers.row;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** Grouping and fill-down hold for any number of groups and tasks, with or without merges. */
class GroupingPropertiesTest {
    private static final String[] CN = {"一", "二", "三", "四", "五", "六"};

    /** A ledger of groups of the given sizes; merged like a workbook or blank like a CSV file. */
    private static GridDocument ledger(List<Integer> sizes, boolean merged) {
        Grid.Builder b = merged ? Grid.builder("S", CellAddressing.sheet("S")) : Grid.builder("x.csv", CellAddressing.a1());
        row(b, 1, "重点任务", "具体措施", "责任单位", "完成时限");
        int r = 2;
        for (int g = 0; g < sizes.size(); g++) {
            int first = r;
            for (int i = 0; i < sizes.get(g); i++, r++) {
                boolean top = i == 0;
                row(b, r, top ? "（" + CN[g] + "）任务" + g : "", "措施" + g + "-" + i,
                        top ? "单位" + g : "", top ? (g + 1) + "月底前" : "");
            }
            if (merged && r - 1 > first) {
                b.merge(first, 0, r - 1, 0).merge(first, 2, r - 1, 2).merge(first, 3, r - 1, 3);
            }
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
    void every_group_becomes_a_section_holding_its_rows_with_inherited_cells_marked() {
        qt().withExamples(60).forAll(lists().of(integers().between(1, 6)).ofSizeBetween(1, 6), integers().between(0, 1))
                .checkAssert((sizes, mergedFlag) -> {
                    WorkPlan plan = read(ledger(sizes, mergedFlag == 1));
                    assertThat(plan.sections()).extracting(Section::taskCount).isEqualTo(sizes);
                    assertThat(plan.sections()).extracting(s -> s.number().orElse(""))
                            .isEqualTo(List.of(CN).subList(0, sizes.size()));
                    for (int g = 0; g < sizes.size(); g++) {
                        List<Task> tasks = plan.sections().get(g).tasks();
                        for (int i = 0; i < tasks.size(); i++) {
                            Task t = tasks.get(i);
                            assertThat(t.content()).contains("措施" + g + "-" + i);
                            assertThat(t.responsibility().map(Responsibility::text)).contains("单位" + g);
                            assertThat(t.inferred()).isEqualTo(i == 0 ? java.util.Set.of()
                                    : java.util.Set.of(Task.RESPONSIBILITY, Task.DEADLINE));
                        }
                    }
                });
    }

    @Test
    void a_workbook_and_its_csv_export_give_the_same_tasks() {
        qt().withExamples(40).forAll(lists().of(integers().between(1, 5)).ofSizeBetween(1, 6))
                .checkAssert(sizes -> {
                    WorkPlan merged = read(ledger(sizes, true));
                    WorkPlan blank = read(ledger(sizes, false));
                    assertThat(summary(blank)).isEqualTo(summary(merged));
                });
    }

    private static List<String> summary(WorkPlan plan) {
        return plan.allTasks().stream().map(e -> e.id() + " " + e.item().content().orElse("") + " "
                + e.item().responsibility().map(Responsibility::text).orElse("") + " "
                + e.item().deadline().map(d -> d.text()).orElse("") + " " + e.item().inferred())
                .collect(Collectors.toList());
    }
}
