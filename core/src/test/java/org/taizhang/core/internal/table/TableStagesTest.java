package org.taizhang.core.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taizhang.core.table.CellAddressing;
import org.taizhang.core.table.Grid;

/** The stages of the table layer hand their results on: row kinds first, then the column plan. */
class TableStagesTest {

    private static LedgerRun run(Grid g) {
        Header h = Header.detect(g);
        LedgerRun run = new LedgerRun(h);
        run.add(g, h.firstDataRow());
        return run;
    }

    @Test
    void row_kinds_are_read_from_the_header_alone_and_the_footer_is_taken_out() {
        Grid g = Grid.builder("台账", CellAddressing.sheet("台账"))
                .startRow(2).cell(0, "序号").cell(1, "工作任务").cell(2, "责任单位").cell(3, "完成时限")
                .startRow(3).cell(0, "一、深化政务公开")
                .startRow(4).cell(0, "1").cell(1, "全面推进基层政务公开标准化规范化").cell(2, "县政务服务中心").cell(3, "2023年6月底前")
                .startRow(5)
                .startRow(6).cell(0, "序号").cell(1, "工作任务").cell(2, "责任单位").cell(3, "完成时限")
                .startRow(7).cell(0, "2").cell(1, "做好政策解读和回应关切").cell(2, "县委宣传部、各乡镇人民政府").cell(3, "长期坚持")
                .startRow(8).cell(0, "填表人：李明")
                .merge(3, 0, 3, 3)
                .build();
        RowPlan rows = RowKinds.of(run(g));

        assertThat(rows.parts()).isEqualTo(1);
        assertThat(rows.kind(0, 1)).isEqualTo(RowPlan.HEADING);
        assertThat(rows.kind(0, 2)).isEqualTo(RowPlan.DATA);
        assertThat(rows.kind(0, 3)).isEqualTo(RowPlan.BLANK);
        assertThat(rows.kind(0, 4)).isEqualTo(RowPlan.REPEATED_HEADER);
        assertThat(rows.kind(0, 5)).isEqualTo(RowPlan.DATA);
        assertThat(rows.kind(0, 6)).isEqualTo(RowPlan.FOOTER);
        assertThat(rows.footerLines()).containsExactly("填表人：李明");
        assertThat(rows.noteLines()).isEmpty();
        assertThat(rows.usesMerges()).isTrue();
        assertThat(rows.hasPointRows()).isFalse();
        assertThat(RowKinds.headingCell(g, 1, Header.detect(g).roles())).isZero();
        // the heading's cells are kept for the assembler: its title, and no number apart
        assertThat(rows.headingTitleColumn(0, 1)).isZero();
        assertThat(rows.headingNumberColumn(0, 1)).isEqualTo(-1);
        assertThat(rows.headingTitleColumn(0, 2)).isEqualTo(-1);
    }

    @Test
    void a_heading_whose_number_stands_in_a_cell_of_its_own_keeps_both_columns() {
        Grid g = Grid.builder("台账", CellAddressing.sheet("台账"))
                .startRow(1).cell(0, "序号").cell(1, "工作任务").cell(2, "责任单位").cell(3, "完成时限")
                .startRow(2).cell(0, "一").cell(1, "依法全面履行政府职能")
                .startRow(3).cell(0, "1").cell(1, "全面推进基层政务公开标准化规范化").cell(2, "县政务服务中心").cell(3, "2023年6月底前")
                .merge(2, 1, 2, 3)
                .build();
        RowPlan rows = RowKinds.of(run(g));

        assertThat(rows.kind(0, 1)).isEqualTo(RowPlan.HEADING);
        assertThat(rows.headingTitleColumn(0, 1)).isEqualTo(1);
        assertThat(rows.headingNumberColumn(0, 1)).isZero();
    }

    @Test
    void the_column_plan_names_the_roles_and_numbered_headings_give_a_new_row_plan() {
        Grid g = Grid.builder("t", CellAddressing.a1())
                .startRow(1).cell(0, "序号").cell(1, "工作任务").cell(2, "牵头单位").cell(3, "完成时限")
                .startRow(2).cell(0, "1").cell(1, "优化营商环境").cell(2, "市发展改革委").cell(3, "2024年底前")
                .startRow(3).cell(0, "1.1").cell(1, "压减企业开办时间").cell(2, "市市场监管局").cell(3, "2024年3月底前")
                .startRow(4).cell(0, "1.2").cell(1, "推行工程建设项目审批告知承诺制").cell(2, "市住房城乡建设局")
                .cell(3, "2024年9月底前")
                .build();
        LedgerRun run = run(g);
        RowPlan first = RowKinds.of(run);
        Layout layout = Layout.of(run);
        ColumnPlan columns = layout.columnPlan();

        assertThat(first.kind(0, 1)).isEqualTo(RowPlan.DATA);
        assertThat(layout.rows().kind(0, 1)).isEqualTo(RowPlan.NUMBERED_HEADING);
        assertThat(layout.rows().kind(0, 2)).isEqualTo(RowPlan.DATA);
        assertThat(columns.count()).isEqualTo(4);
        assertThat(columns.roles()).containsExactly(ColumnRole.NUMBER, ColumnRole.CONTENT,
                ColumnRole.RESPONSIBILITY, ColumnRole.DEADLINE);
        assertThat(columns.numberColumn()).isZero();
        assertThat(columns.levelColumn()).isEqualTo(-1);
        assertThat(columns.groupingColumns()).isEmpty();
        assertThat(columns.contentColumn()).isEqualTo(1);
        assertThat(columns.ownNumber(g, 2)).isEqualTo("1.1");
        // the years are counted after the refinement: the heading row's 2024年底前 is no task's deadline
        assertThat(layout.deadlineYearCounts()).containsExactly(java.util.Map.entry(2024, 2));
    }

    @Test
    void a_plan_is_not_changed_by_the_plan_refined_from_it() {
        RowPlan plan = new RowPlan(java.util.List.of(new byte[] {RowPlan.DATA, RowPlan.DATA}),
                java.util.List.of(new int[] {-1, -1}), java.util.List.of(new int[] {-1, -1}), false, false,
                java.util.List.of(), java.util.List.of());
        RowPlan refined = plan.withNumberedHeadings(java.util.List.of(new int[] {0, 0}));
        byte[] kinds = plan.kinds(0);
        kinds[1] = RowPlan.FOOTER;

        assertThat(refined.kind(0, 0)).isEqualTo(RowPlan.NUMBERED_HEADING);
        assertThat(plan.kind(0, 0)).isEqualTo(RowPlan.DATA);
        assertThat(plan.kind(0, 1)).isEqualTo(RowPlan.DATA);
        assertThat(plan.withNumberedHeadings(java.util.List.of())).isSameAs(plan);
    }
}
