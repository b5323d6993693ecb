package org.taizhang.core.internal.prose;

import org.taizhang.core.LedgerException;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.TextLine;

/** The outline of a prose document. Interim version: one task per paragraph. */
public final class ProseAssembler {
    private ProseAssembler() {}

    public static WorkPlan assemble(GridDocument doc, ReadContext context) throws LedgerException {
        var plan = WorkPlan.builder();
        for (TextLine line : doc.paragraphs()) {
            plan.addTask(Task.builder().content(line.text()).build());
        }
        return plan.build();
    }
}
