package org.taizhang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.CellAddressing;
import org.taizhang.core.table.Grid;

/** The grid every reader produces: merged regions, addresses, rows left out. */
class GridBuilderTest {

    @Test
    void merged_regions_have_one_anchor_and_covered_cells_pointing_back() {
        Grid g = Grid.builder("任务台账", CellAddressing.sheet("任务台账"))
                .startRow(3).cell(0, "任务名称").cell(1, "具体任务")
                .startRow(4).cell(0, "（一）继续做好集中公开。").cell(1, "任务甲")
                .startRow(6).cell(1, "任务丙")
                .merge(4, 0, 6, 0)
                .build();
        assertThat(g.rowCount()).isEqualTo(4);
        assertThat(g.sourceRow(2)).isEqualTo(5);
        Cell anchor = g.cell(1, 0);
        assertThat(anchor.rowSpan()).isEqualTo(3);
        assertThat(anchor.address()).isEqualTo("任务台账!A4");
        Cell covered = g.cell(3, 0);
        assertThat(covered.isCovered()).isTrue();
        assertThat(covered.text()).isEmpty();
        assertThat(covered.address()).isEqualTo("任务台账!A6");
        assertThat(covered.anchorRow()).isEqualTo(1);
        assertThat(g.isBlankRow(2)).isTrue();
        assertThat(g.rowPlace(3)).isEqualTo("任务台账!row 6");
    }

    @Test
    void rows_are_padded_to_the_widest() {
        Grid g = Grid.builder("t", CellAddressing.a1()).startRow(1).cell(0, "a")
                .startRow(2).cell(4, "e").build();
        assertThat(g.columnCount()).isEqualTo(5);
        assertThat(g.row(0)).hasSize(5);
        assertThat(g.cell(1, 4).address()).isEqualTo("E2");
    }

    @Test
    void word_tables_are_addressed_by_table_row_and_cell() {
        assertThat(CellAddressing.table(2).address(5, 2)).isEqualTo("table 2, row 5, cell 3");
        assertThat(CellAddressing.columnName(0)).isEqualTo("A");
        assertThat(CellAddressing.columnName(25)).isEqualTo("Z");
        assertThat(CellAddressing.columnName(26)).isEqualTo("AA");
        assertThat(CellAddressing.columnName(701)).isEqualTo("ZZ");
        assertThat(CellAddressing.columnName(702)).isEqualTo("AAA");
    }

    @Test
    void source_rows_must_increase() {
        Grid.Builder b = Grid.builder("t", CellAddressing.a1()).startRow(2);
        assertThatThrownBy(() -> b.startRow(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grid.builder("t", CellAddressing.a1()).cell(0, "x"))
                .isInstanceOf(IllegalStateException.class);
    }
}
