package org.taizhang.core.table;

import java.util.List;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;

/** Small helpers for building grids and reading them in tests. */
final class TestLedgers {
    private TestLedgers() {}

    static WorkPlan read(GridDocument doc) throws LedgerException {
        return read(doc, ReadOptions.defaults());
    }

    static WorkPlan read(GridDocument doc, ReadOptions options) throws LedgerException {
        return LedgerAssembler.assemble(doc, new ReadContext(doc.fileName().orElse(null), options));
    }

    static GridDocument doc(Grid... grids) {
        return new GridDocument("test.xlsx", List.of(), List.of(grids));
    }

    static Grid.Builder sheet(String name) {
        return Grid.builder(name, CellAddressing.sheet(name));
    }

    static Grid.Builder csv() {
        return Grid.builder("test.csv", CellAddressing.a1());
    }

    /** Adds a row; empty strings are blank cells. */
    static Grid.Builder row(Grid.Builder b, int sourceRow, String... cells) {
        b.startRow(sourceRow);
        for (int c = 0; c < cells.length; c++) {
            b.cell(c, cells[c]);
        }
        return b;
    }

    static List<Task> tasks(WorkPlan plan) {
        return plan.allTasks().stream().map(e -> e.item()).collect(java.util.stream.Collectors.toList());
    }

    static List<Section> sections(WorkPlan plan) {
        return plan.allSections().stream().map(e -> e.item()).collect(java.util.stream.Collectors.toList());
    }
}
