package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.csv;
import static org.taizhang.core.table.TestLedgers.doc;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.row;
import static org.taizhang.core.table.TestLedgers.sheet;
import static org.taizhang.core.table.TestLedgers.tasks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** The layout mechanisms that make ledgers of other governments read: footers, header words, numbering. */
class GeneralLayoutsTest {

    @Test
    void keeps_note_total_and_signature_rows_below_the_table_as_plan_notes() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "序号", "工作任务", "责任单位", "完成时限");
        row(b, 2, "1", "公开预算", "区财政局", "3月底前");
        row(b, 3, "2", "公开决算", "区财政局", "8月底前");
        row(b, 4, "合计", "2项");
        row(b, 5, "注：本表每月5日前报送。");
        row(b, 6, "填表人：王五", "", "联系电话：1234567");
        row(b, 7, "", "", "区政府办公室", "2022年7月1日");
        b.merge(5, 0, 5, 3);
        WorkPlan plan = read(doc(b.build()));
        assertThat(tasks(plan)).extracting(t -> t.content().orElse("")).containsExactly("公开预算", "公开决算");
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.notes()).containsExactly("合计  2项", "注：本表每月5日前报送。", "填表人：王五  联系电话：1234567",
                "区政府办公室  2022年7月1日");
    }

    @Test
    void keeps_a_note_inside_the_table_and_a_trailing_deadline_only_row_as_tasks() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "序号", "工作任务", "责任单位", "完成时限");
        row(b, 2, "1", "说明：公开解读", "区政府办", "全年");
        row(b, 3, "2", "公开决算", "区财政局", "8月底前");
        row(b, 4, "", "", "", "2022年12月");
        row(b, 5, "", "", "区财政局", "");
        WorkPlan plan = read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(tasks(plan)).hasSize(4);
        assertThat(tasks(plan).get(2).deadline().map(Deadline::text)).contains("2022年12月");
        assertThat(tasks(plan).get(3).source().get().cells()).containsEntry(Task.RESPONSIBILITY, "C5");
        assertThat(plan.notes()).isEmpty();
    }
}
