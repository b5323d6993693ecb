package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.testing.PlanView;
import org.taizhang.core.testing.RoundTrip;

/**
 * Model → .xlsx → model through the whole read path (this reader and the table layer): the
 * fields the format holds ({@link PlanView}) come back equal.
 */
class ModelRoundTripTest {
    @TempDir
    Path dir;

    private WorkPlan roundTrip(WorkPlan plan) {
        return RoundTrip.through(new XlsxLedgerWriter(), plan, dir.resolve("round.xlsx"));
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
