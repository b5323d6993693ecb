package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Numbering;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import org.taizhang.core.testing.PlanView;

/**
 * Model → .xlsx → model through the whole read path (this reader and the table layer): the
 * fields the format holds ({@link PlanView}) come back equal.
 */
class ModelRoundTripTest {
    @TempDir
    Path dir;

    private WorkPlan roundTrip(WorkPlan plan) {
        Path file = dir.resolve("round.xlsx");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XlsxLedgerWriter().write(plan, out, WriteOptions.defaults());
            Files.write(file, out.toByteArray());
            return Ledgers.read(file);
        } catch (LedgerException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_written_ledger_reads_back_as_the_same_plan() {
        assertThat(PlanView.of(roundTrip(XlsxLedgerWriterTest.PLAN))).isEqualTo(PlanView.of(XlsxLedgerWriterTest.PLAN));
    }

    @Test
    void any_generated_plan_reads_back_with_the_fields_the_format_holds() {
        qt().withExamples(30).withShrinkCycles(10).forAll(PlanGenerators.trimmedPlans())
                .checkAssert(plan -> assertThat(PlanView.of(roundTrip(plan))).isEqualTo(PlanView.of(plan)));
    }
}
