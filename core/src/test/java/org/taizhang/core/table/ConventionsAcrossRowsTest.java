package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.csv;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.WorkPlan;

/** A convention written with 下同 in one unit cell holds for the cells below it in the same column. */
class ConventionsAcrossRowsTest {

    @Test
    void first_listed_leads_carries_down_the_column() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "序号", "具体任务", "责任单位", "完成时限");
        row(b, 2, "1", "推进义务教育优质均衡发展", "县教体局(排在首位的为牵头单位,下同)、县财政局", "2023年底前");
        row(b, 3, "2", "做好家庭医生签约服务", "县卫健委、县医保局、各乡镇", "2023年9月底前");
        row(b, 4, "3", "公开养老服务补贴发放情况", "县民政局", "每季度");
        WorkPlan plan = read(new GridDocument("县直台账.csv", List.of(), List.of(b.build())));
        assertThat(plan.tasks()).extracting(t -> t.assignments().stream()
                        .map(a -> a.unit().name() + ":" + a.role()).toList())
                .containsExactly(
                        List.of("县教体局:LEAD", "县财政局:SUPPORT"),
                        List.of("县卫健委:LEAD", "县医保局:SUPPORT", "各乡镇:SUPPORT"),
                        List.of("县民政局:LEAD"));
    }

    @Test
    void without_a_convention_units_keep_the_columns_role() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "序号", "具体任务", "责任单位", "完成时限");
        row(b, 2, "1", "推进义务教育优质均衡发展", "县教体局、县财政局", "2023年底前");
        row(b, 3, "2", "做好家庭医生签约服务", "县卫健委、县医保局", "2023年9月底前");
        WorkPlan plan = read(new GridDocument("县直台账.csv", List.of(), List.of(b.build())));
        assertThat(plan.tasks().get(1).assignments()).extracting(a -> a.unit().name() + ":" + a.role())
                .containsExactly("县卫健委:RESPONSIBLE", "县医保局:RESPONSIBLE");
    }
}
