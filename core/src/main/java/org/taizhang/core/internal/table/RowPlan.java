package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.List;

/**
 * What every row of a ledger run is, decided by {@link RowKinds} and read by the stages after it:
 * the kind of each row of each part, whether the grids record merges, whether the run writes its
 * points as rows of their own, and the footer and note lines taken out of the table. Immutable:
 * the one later refinement (a numbered row that heads its children) gives a new plan.
 */
final class RowPlan {
    /** Row kinds. */
    static final byte BLANK = 0, REPEATED_HEADER = 1, HEADING = 2, DATA = 3, FOOTER = 4, NUMBERED_HEADING = 5,
            NOTE = 6;

    private final List<byte[]> kinds;
    private final List<int[]> titleColumns;
    private final List<int[]> numberColumns;
    private final boolean usesMerges;
    private final boolean hasPointRows;
    private final List<String> footerLines;
    private final List<String> noteLines;

    RowPlan(List<byte[]> kinds, List<int[]> titleColumns, List<int[]> numberColumns, boolean usesMerges,
            boolean hasPointRows, List<String> footerLines, List<String> noteLines) {
        List<byte[]> copy = new ArrayList<>(kinds.size());
        for (byte[] k : kinds) {
            copy.add(k.clone());
        }
        this.kinds = copy;
        // read only, never handed out: shared by the plans refined from this one
        this.titleColumns = List.copyOf(titleColumns);
        this.numberColumns = List.copyOf(numberColumns);
        this.usesMerges = usesMerges;
        this.hasPointRows = hasPointRows;
        this.footerLines = List.copyOf(footerLines);
        this.noteLines = List.copyOf(noteLines);
    }

    /** @return the kind of a row of a part of the run */
    byte kind(int part, int row) {
        return kinds.get(part)[row];
    }

    /**
     * @return the column of the title of a {@link #HEADING} row found by its cells (a part or point
     *     title merged across, or standing alone), or -1 for other rows and for a heading marked
     *     by a {@code 层级} cell
     */
    int headingTitleColumn(int part, int row) {
        return titleColumns.get(part)[row];
    }

    /** @return the column of a heading's number written in a cell of its own before the title, or -1 */
    int headingNumberColumn(int part, int row) {
        return numberColumns.get(part)[row];
    }

    /** @return a copy of the row kinds of one part of the run */
    byte[] kinds(int part) {
        return kinds.get(part).clone();
    }

    /** @return how many parts (grids) the run has */
    int parts() {
        return kinds.size();
    }

    /**
     * @return true when the grids record merges (any merged cell at all): a blank cell is blank.
     *     Only a grid without a single merge (CSV, or a spreadsheet saved from one) has blanks that
     *     stand for the value above.
     */
    boolean usesMerges() {
        return usesMerges;
    }

    /**
     * @return true when the run has a heading row numbered below the part level ({@code （一）},
     *     {@code 1.}…): its points are rows of their own, so blank cells below a name are not read
     *     as a group
     */
    boolean hasPointRows() {
        return hasPointRows;
    }

    /** @return the footer lines below the table, in order, as written */
    List<String> footerLines() {
        return footerLines;
    }

    /** @return the notes and totals between tasks, in order, each followed by its place */
    List<String> noteLines() {
        return noteLines;
    }

    /**
     * @param rows the {@code {part, row}} pairs of data rows that head the rows below them
     * @return this plan with those rows of kind {@link #NUMBERED_HEADING}
     */
    RowPlan withNumberedHeadings(List<int[]> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        List<byte[]> refined = new ArrayList<>(kinds);
        for (int[] at : rows) {
            byte[] k = refined.get(at[0]).clone();
            k[at[1]] = NUMBERED_HEADING;
            refined.set(at[0], k);
        }
        return new RowPlan(refined, titleColumns, numberColumns, usesMerges, hasPointRows, footerLines, noteLines);
    }
}
