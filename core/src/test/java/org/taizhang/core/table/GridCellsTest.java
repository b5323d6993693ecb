package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells made when asked: the same texts, spans and addresses as stored cells would have. */
class GridCellsTest {

    @Test
    void text_gives_what_the_cell_gives_without_making_it() {
        Grid g = Grid.builder("任务台账", CellAddressing.sheet("任务台账"))
                .startRow(5).cell(0, "（一）继续做好集中公开。").cell(1, "任务甲").cell(3, "市司法局")
                .startRow(6).cell(0, "藏在合并区域下的字").cell(1, "任务乙")
                .merge(5, 0, 7, 0)
                .build();
        for (int r = 0; r < g.rowCount(); r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                assertThat(g.text(r, c)).isEqualTo(g.cell(r, c).text());
                assertThat(g.isCovered(r, c)).isEqualTo(g.cell(r, c).isCovered());
                assertThat(g.row(r).get(c)).isEqualTo(g.cell(r, c));
            }
        }
        assertThat(g.text(1, 0)).as("covered").isEmpty();
        assertThat(g.isCovered(0, 0)).as("the anchor").isFalse();
        assertThat(g.isCovered(1, 0)).isTrue();
        assertThat(g.isCovered(2, 0)).isTrue();
        assertThat(g.isCovered(1, 1)).as("beside the region").isFalse();
        assertThat(g.text(0, 2)).as("never set").isEmpty();
        assertThat(g.cell(2, 1).address()).isEqualTo("任务台账!B7");
        assertThat(g.cell(0, 3).toString()).isEqualTo("任务台账!D5 市司法局");
        assertThat(g.isBlankRow(2)).isTrue();
        assertThat(g.isBlankRow(1)).isFalse();
    }

    @Test
    void overlapping_regions_keep_the_first_declared() {
        Grid g = Grid.builder("t", CellAddressing.a1())
                .startRow(1).cell(0, "甲").cell(1, "乙")
                .startRow(2)
                .merge(1, 0, 2, 1)
                .merge(1, 1, 2, 2)
                .build();
        assertThat(g.cell(0, 0).rowSpan()).isEqualTo(2);
        assertThat(g.cell(0, 0).colSpan()).isEqualTo(2);
        assertThat(g.cell(0, 1).isCovered()).isTrue();
        assertThat(g.isCovered(0, 1)).isTrue();
        assertThat(g.isCovered(1, 2)).isTrue();
        assertThat(g.cell(0, 1).text()).isEmpty();
        assertThat(g.cell(0, 2).anchorColumn()).as("only the second region covers C1").isEqualTo(1);
        assertThat(g.cell(1, 1).anchorRow()).isZero();
        assertThat(g.cell(1, 1).anchorColumn()).isZero();
    }

    @Test
    void a_cell_given_its_address_keeps_it_and_equals_a_made_one() {
        Grid g = Grid.builder("t", CellAddressing.a1()).startRow(3).cell(1, "x").build();
        assertThat(g.cell(0, 1)).isEqualTo(Cell.of(0, 1, "x", "B3", 1, 1));
        assertThat(g.cell(0, 1).hashCode()).isEqualTo(Cell.of(0, 1, "x", "B3", 1, 1).hashCode());
    }
}
