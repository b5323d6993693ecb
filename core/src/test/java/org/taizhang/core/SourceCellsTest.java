package org.taizhang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.taizhang.core.table.CellAddressing;

/**
 * A source reference's cells are kept compactly and written out when asked: the map must be the
 * one put in, in every respect a caller sees.
 */
class SourceCellsTest {

    private static final Gen<String> KEY = arbitrary().pick(Task.CONTENT, Task.RESPONSIBILITY, Task.DEADLINE,
            Task.NUMBER, Task.NAME, Task.PROGRESS, Task.REMARKS, Task.STATUS, Task.COMPLETED_ON, Task.BASIS,
            Task.INDICATORS, "title", "牵头单位", "配合单位", "序号", "extra");
    private static final Gen<String> SHEET = arbitrary().pick("任务台账", "Sheet1", "A", "2022年", "表 1");

    private static final Gen<String> ODD = arbitrary().pick("B03", "b3", "B", "3", "", "Sheet9!C4",
            "table 9, row 1, cell 1", "table 2, row 5, cell 0", "table 2, row 05, cell 3", "任务台账!",
            "任务台账!row 6", "line 14", "B99999999999", "ABCDEFG1", "B-1", "第3行");
    /** A cell: its key, the form of its address (0 one no reader writes), column and row. */
    private static final Gen<Object[]> CELL = KEY.zip(integers().between(0, 9), integers().between(0, 20_000),
            integers().between(0, 1_100_000), (k, f, c, r) -> new Object[] {k, f, c, r}).zip(ODD,
                    (cell, odd) -> new Object[] {cell[0], cell[1], cell[2], cell[3], odd});

    /** The address of a generated cell, as a reader writes it in the given sheet or table. */
    private static String address(Object[] cell, String sheet, int table) {
        int form = (Integer) cell[1];
        int column = (Integer) cell[2];
        int raw = (Integer) cell[3];
        // most cells stand on the reference's row or a few rows above it (merged cells), some far
        int row = raw % 3 == 0 ? raw : raw % 50;
        String a1 = CellAddressing.columnName(column) + row;
        if (form == 0) {
            return (String) cell[4];
        }
        return form < 4 ? a1 : form < 7 ? sheet + "!" + a1 : "table " + table + ", row " + row + ", cell " + (column + 1);
    }

    @Test
    void readerAddressesAndOthersReadBack() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(Task.CONTENT, "任务台账!B6");
        expected.put(Task.DEADLINE, "任务台账!AA1048576");
        expected.put("牵头单位", "任务台账!XFD3");
        expected.put(Task.REMARKS, "B03");
        SourceRef ref = SourceRef.builder().sheet("任务台账").row(6).cells(expected).build();
        assertSameMap(ref.cells(), expected);
        assertThat(ref.cells().get(Task.DEADLINE)).isEqualTo("任务台账!AA1048576");
        assertThat(ref.cells()).isEqualTo(Map.of(Task.CONTENT, "任务台账!B6", Task.DEADLINE, "任务台账!AA1048576",
                "牵头单位", "任务台账!XFD3", Task.REMARKS, "B03"));

        SourceRef word = SourceRef.builder().table(2).row(5).putCell(Task.CONTENT, "table 2, row 5, cell 3")
                .putCell(Task.DEADLINE, "table 2, row 4, cell 5").build();
        assertThat(word.cells()).containsExactly(Map.entry(Task.CONTENT, "table 2, row 5, cell 3"),
                Map.entry(Task.DEADLINE, "table 2, row 4, cell 5"));
        assertThat(word.cells().get("title")).isNull();
        assertThat(word.cells().containsKey(Task.REMARKS)).isFalse();
        assertThat(word.cells().get(null)).isNull();
    }

    @Test
    void cellsOfManyRowsOfOneLayoutReadBackOnTheirOwnRows() {
        for (int row = 1; row <= 70_000; row += 997) {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put(Task.NUMBER, "任务台账!A" + row);
            expected.put(Task.CONTENT, "任务台账!B" + Math.max(1, row - 3)); // merged over the rows above
            expected.put(Task.RESPONSIBILITY, "任务台账!D" + row);
            expected.put(Task.DEADLINE, "任务台账!XFD" + row);
            expected.put(Task.REMARKS, "任务台账!XFE" + (row + 1));
            SourceRef ref = SourceRef.builder().file("big.xlsx").sheet("任务台账").row(row).cells(expected).build();
            assertSameMap(ref.cells(), expected);
            assertThat(ref.row()).contains(row);
        }
        SourceRef far = SourceRef.builder().sheet("任务台账").row(40_000).putCell(Task.CONTENT, "任务台账!B3")
                .putCell(Task.DEADLINE, "任务台账!E40000").build();
        assertThat(far.cells()).containsExactly(Map.entry(Task.CONTENT, "任务台账!B3"),
                Map.entry(Task.DEADLINE, "任务台账!E40000"));
        SourceRef negative = SourceRef.builder().row(-2).putCell(Task.CONTENT, "C5").build();
        assertThat(negative.cells()).containsExactly(Map.entry(Task.CONTENT, "C5"));
    }

    @Test
    void aKeyPutAgainKeepsItsPlaceAndTakesTheNewAddress() {
        SourceRef ref = SourceRef.builder().sheet("台账").putCell(Task.CONTENT, "台账!B6")
                .putCell(Task.DEADLINE, "台账!E6").putCell(Task.CONTENT, "台账!B5").build();
        assertThat(ref.cells()).containsExactly(Map.entry(Task.CONTENT, "台账!B5"), Map.entry(Task.DEADLINE, "台账!E6"));
    }

    @Test
    void cellsCannotBeChanged() {
        Map<String, String> cells = SourceRef.builder().sheet("台账").putCell(Task.CONTENT, "台账!B6")
                .putCell("配合单位", "台账!F6").build().cells();
        assertThatThrownBy(() -> cells.put("x", "A1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.remove(Task.CONTENT)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(cells::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.entrySet().iterator().next().setValue("A1"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            var it = cells.keySet().iterator();
            it.next();
            it.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.replaceAll((k, v) -> v)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cells).hasSize(2);
        assertThatThrownBy(() -> SourceRef.builder().putCell(Task.CONTENT, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("content");
    }

    @Test
    void referencesAreEqualByValue() {
        SourceRef a = SourceRef.builder().file("a.xlsx").sheet("台账").row(6).putCell(Task.CONTENT, "台账!B6").build();
        SourceRef b = SourceRef.builder().from(a).build();
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(b.toString()).isEqualTo("a.xlsx: 台账!row 6");
        assertThat(SourceRef.builder().from(a).row(7).build()).isNotEqualTo(a);
        assertThat(SourceRef.builder().from(a).putCell(Task.CONTENT, "台账!B7").build()).isNotEqualTo(a);
        // no row and row 0 are not the same reference
        SourceRef none = SourceRef.builder().sheet("台账").build();
        SourceRef zero = SourceRef.builder().sheet("台账").row(0).build();
        assertThat(zero).isNotEqualTo(none);
        assertThat(none.row()).isEmpty();
        assertThat(zero.row()).contains(0);
        assertThat(none.table()).isEmpty();
        assertThat(SourceRef.builder().table(3).build().table()).contains(3);
        assertThat(SourceRef.builder().from(a).row(java.util.Optional.empty()).build().row()).isEmpty();
        assertThat(SourceRef.ofFile("b.docx").cells()).isEmpty();
    }

    private static void assertSameMap(Map<String, String> actual, Map<String, String> expected) {
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).isEqualTo(actual);
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        assertThat(new ArrayList<>(actual.values())).isEqualTo(new ArrayList<>(expected.values()));
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
        List<String> keys = new ArrayList<>(expected.keySet());
        for (String k : keys) {
            assertThat(actual.get(k)).isEqualTo(expected.get(k));
            assertThat(actual.containsKey(k)).isTrue();
        }
        assertThat(actual.get("none")).isNull();
        assertThat(Map.copyOf(actual)).isEqualTo(Map.copyOf(expected));
    }
}
