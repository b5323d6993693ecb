package org.taizhang.core.internal.table;

import org.taizhang.core.LedgerException;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.GridDocument;

/** Layout analysis of tables. Interim version: one task per non-blank row, text in extra. */
public final class TableAssembler {
    private TableAssembler() {}

    public static WorkPlan assemble(GridDocument doc, ReadContext context) throws LedgerException {
        var plan = WorkPlan.builder();
        doc.fileName().ifPresent(f -> plan.source(SourceRef.ofFile(f)));
        for (Grid g : doc.grids()) {
            for (int r = 0; r < g.rowCount(); r++) {
                if (g.isBlankRow(r)) {
                    continue;
                }
                var t = Task.builder();
                for (Cell c : g.row(r)) {
                    if (!c.isBlank()) {
                        t.putExtra(c.address(), c.text());
                    }
                }
                plan.addTask(t.build());
            }
        }
        return plan.build();
    }
}
