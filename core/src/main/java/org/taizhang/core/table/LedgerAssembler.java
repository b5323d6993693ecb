package org.taizhang.core.table;

import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.internal.prose.ProseAssembler;
import org.taizhang.core.internal.table.TableAssembler;
import org.taizhang.core.spi.ReadContext;

/**
 * Turns what a format reader found into a {@link WorkPlan}: tables through the layout analysis
 * (header, grouping columns, sections, merged cells filled down), and a document with no table
 * through the prose outline (parts {@code 一、}, points {@code （一）}, one task per paragraph).
 */
public final class LedgerAssembler {
    private LedgerAssembler() {}

    /**
     * Builds the plan.
     *
     * @param document the tables and paragraphs of one file
     * @param context the options, limits and file name
     * @return the plan
     * @throws LedgerException when no ledger can be found; the message names the place
     */
    public static WorkPlan assemble(GridDocument document, ReadContext context) throws LedgerException {
        if (document.grids().stream().allMatch(g -> g.rowCount() == 0)) {
            return ProseAssembler.assemble(document, context);
        }
        return TableAssembler.assemble(document, context);
    }
}
