package org.taizhang.core.table;

import java.util.List;
import java.util.Optional;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.internal.prose.ProseAssembler;
import org.taizhang.core.internal.table.OutlineNumber;
import org.taizhang.core.internal.table.TableAssembler;
import org.taizhang.core.internal.vocabulary.VocabularyScope;
import org.taizhang.core.spi.ReadContext;

/**
 * Turns what a format reader found into a {@link WorkPlan}: tables through the layout analysis
 * (header, grouping columns, sections, merged cells filled down), and a document with no table
 * through the prose outline (parts {@code 一、}, points {@code （一）}, one task per paragraph).
 * Text with no outline, and a file with nothing in it, are no plan: they end in a
 * {@link LedgerException} rather than in tasks made up of whatever sentences the file holds.
 */
public final class LedgerAssembler {
    private LedgerAssembler() {}

    /**
     * Builds the plan.
     *
     * @param document the tables and paragraphs of one file
     * @param context the options, limits and file name
     * @return the plan
     * @throws LedgerException when no ledger can be found (an empty file, text without an outline,
     *     tables without a header or ledger-like columns); the message names the place
     */
    public static WorkPlan assemble(GridDocument document, ReadContext context) throws LedgerException {
        // the caller's words (ReadOptions.vocabulary) are in force for every lookup of this read
        return VocabularyScope.within(context.options().vocabulary(), () -> assembleWithWords(document, context));
    }

    private static WorkPlan assembleWithWords(GridDocument document, ReadContext context) throws LedgerException {
        if (document.grids().stream().allMatch(g -> g.rowCount() == 0)) {
            if (document.paragraphs().stream().allMatch(p -> p.text().isBlank())) {
                throw context.error(null, "the file is empty: no table and no text");
            }
            if (!hasOutline(document.paragraphs())) {
                throw context.error(null, "no work plan found: no table with a header row naming ledger columns"
                        + " (序号 / 具体任务 / 责任单位 / 完成时限) and no numbered outline (一、 （一） 1.)");
            }
            return ProseAssembler.assemble(document, context);
        }
        return TableAssembler.assemble(document, context);
    }

    /**
     * Text without tables is a plan only when it is outlined: a part ({@code 一、}) or a point
     * ({@code （一）}) heading, or at least two numbered items ({@code 1.}, {@code （1）}, {@code ①}).
     * A letter, a report or a CSV file's worth of sentences would otherwise read as one task each.
     */
    private static boolean hasOutline(List<TextLine> lines) {
        int items = 0;
        for (TextLine line : lines) {
            Optional<OutlineNumber> mark = OutlineNumber.parse(line.text());
            if (mark.isPresent() && !mark.get().title().isEmpty() && (!mark.get().isItem() || ++items >= 2)) {
                return true;
            }
        }
        return false;
    }
}
