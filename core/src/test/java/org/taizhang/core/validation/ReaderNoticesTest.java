package org.taizhang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.validation.Plans.codes;
import static org.taizhang.core.validation.Plans.good;
import static org.taizhang.core.validation.Plans.ledger;
import static org.taizhang.core.validation.Plans.validate;

import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;

/** What readers notice (values filled from merged cells, broken rows) reaches the report. */
class ReaderNoticesTest {

    @Test
    void a_value_filled_from_a_merged_cell_is_information_at_that_cell() {
        Task filled = Task.builder().from(good(39)).addInferred(Task.RESPONSIBILITY)
                .source(SourceRef.builder().from(good(39).source().get()).putCell(Task.RESPONSIBILITY, "任务台账!C38").build())
                .build();
        ValidationReport r = validate(ledger(good(38), filled));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("value.inferred");
            assertThat(f.id()).contains("2");
            assertThat(f.place()).contains("任务台账!C38");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void a_row_with_only_a_deadline_of_its_own_is_odd() {
        // like the Ordos ledger's row 40: 全年持续推进 in its own cell, unit and progress merged from above
        Task row40 = Task.builder().deadline(Deadline.parse("全年持续推进", DeadlineContext.ofYear(2022)))
                .responsibility(good(38).responsibility().get()).progress("按计划推进")
                .addInferred(Task.RESPONSIBILITY, Task.PROGRESS)
                .source(SourceRef.builder().sheet(Plans.SHEET).row(40).putCell(Task.DEADLINE, "任务台账!D40")
                        .putCell(Task.RESPONSIBILITY, "任务台账!C38").putCell(Task.PROGRESS, "任务台账!E38").build())
                .build();
        ValidationReport r = validate(ledger(good(38), good(39), row40));
        assertThat(r.findings("row.odd")).singleElement().satisfies(f -> {
            assertThat(f.id()).contains("3");
            assertThat(f.place()).contains("任务台账!row 40");
            assertThat(f.message()).contains("只有完成时限");
        });
        assertThat(codes(r)).contains("task.no-content");
    }

    @Test
    void content_cut_off_mid_clause_is_odd_and_whole_content_is_not() {
        Task cut = Task.builder().from(good(5)).content("加强政策解读，重点围绕市场主体关切、").build();
        assertThat(codes(validate(ledger(cut)))).containsExactly("row.odd");
        assertThat(validate(ledger(cut)).findings().get(0).place()).contains("任务台账!B5");
        Task whole = Task.builder().from(good(5)).content("加强政策解读（含图解、视频）").build();
        assertThat(codes(validate(ledger(whole)))).isEmpty();
    }
}
