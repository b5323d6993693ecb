package org.taizhang.cli.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.core.Assignment;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Responsibility;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.testing.PlanView;

/**
 * Model → file → model through each writer and the full read path ({@link Ledgers}): generated
 * plans with nested sections of every numbering keep every section (number, numbering, title,
 * nesting) and every task (texts, status, units and roles, deadline texts).
 */
class EveryWriterRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "csv", "json"})
    void every_section_and_task_reads_back_as_written(String format) {
        Path file = dir.resolve("台账." + format);
        qt().withExamples(120).forAll(PlanGenerator.plans()).checkAssert(plan -> {
            WorkPlan back = writeAndRead(plan, file);
            assertThat(back.taskCount()).isEqualTo(plan.taskCount());
            assertThat(back.allSections()).hasSameSizeAs(plan.allSections());
            assertThat(PlanView.of(back)).isEqualTo(PlanView.of(plan));
            assertThat(units(back)).isEqualTo(units(plan));
        });
    }

    static List<List<String>> units(WorkPlan plan) {
        return plan.allTasks().stream().map(e -> e.item().responsibility().map(Responsibility::assignments)
                .orElse(List.of()).stream().map(EveryWriterRoundTripTest::unit).toList()).toList();
    }

    private static String unit(Assignment a) {
        return a.unit().name() + "/" + a.role();
    }

    private static WorkPlan writeAndRead(WorkPlan plan, Path file) {
        try {
            Ledgers.write(plan, file);
            return Ledgers.read(file);
        } catch (LedgerException e) {
            throw new AssertionError(e.getMessage() + "\n" + plan, e);
        }
    }
}
