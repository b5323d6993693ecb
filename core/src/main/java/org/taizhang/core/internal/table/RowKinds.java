package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.Numbering;
import org.taizhang.core.internal.vocabulary.MatchKey;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.OutlineLevel;
import org.taizhang.core.table.TextLine;

/**
 * The row-kind stage: reads what every row of a run is (blank, a repeated header, a heading, a
 * note between tasks, a footer line or data) from the header and the header's column roles alone,
 * before any column is sniffed, and hands the result on as a {@link RowPlan}.
 */
final class RowKinds {
    private final LedgerRun run;
    private final ColumnRole[] roles;
    private final int levelColumn;
    private final List<byte[]> kinds = new ArrayList<>();
    /** For each heading row found by its cells, its title's column and its number's, else -1. */
    private final List<int[]> titleColumns = new ArrayList<>();
    private final List<int[]> numberColumns = new ArrayList<>();
    private final List<String> footerLines = new ArrayList<>();
    private final List<String> noteLines = new ArrayList<>();
    private boolean hasPointRows;
    private boolean usesMerges;

    private RowKinds(LedgerRun run) {
        this.run = run;
        this.roles = run.header().roles();
        this.levelColumn = run.header().levelColumn();
    }

    /**
     * @param run the ledger run, with its header
     * @return the kind of every row, and the footer and note lines
     */
    static RowPlan of(LedgerRun run) {
        RowKinds stage = new RowKinds(run);
        stage.classifyRows();
        stage.markFooterRows();
        stage.collectNotesBetweenTasks();
        return new RowPlan(stage.kinds, stage.titleColumns, stage.numberColumns, stage.usesMerges,
                stage.hasPointRows, stage.footerLines, stage.noteLines);
    }

    private void classifyRows() {
        Header header = run.header();
        for (LedgerRun.Part part : run.parts()) {
            Grid g = part.grid();
            for (TextLine line : part.headings()) {
                hasPointRows |= HeadingParagraphs.heading(line.text())
                        .map(n -> n.numbering() != Numbering.CN_COMMA).orElse(false);
            }
            byte[] k = new byte[g.rowCount()];
            int[] titles = new int[g.rowCount()];
            int[] numbers = new int[g.rowCount()];
            java.util.Arrays.fill(titles, -1);
            java.util.Arrays.fill(numbers, -1);
            int heading;
            for (int r = part.firstDataRow(); r < g.rowCount(); r++) {
                if (g.isBlankRow(r)) {
                    k[r] = RowPlan.BLANK;
                } else if (header.found() && header.isRepeatedAt(g, r)) {
                    k[r] = RowPlan.REPEATED_HEADER;
                } else if (headingDepth(g, r, levelColumn) >= 0) {
                    k[r] = RowPlan.HEADING;
                    hasPointRows = true; // the outline is written out: blank cells are blank
                } else if (levelColumn < 0 && FooterRows.isNoteBetweenTasks(g, r)) {
                    k[r] = RowPlan.NOTE;
                } else if (levelColumn < 0 && (heading = headingCell(g, r, roles)) >= 0) {
                    k[r] = RowPlan.HEADING;
                    titles[r] = heading;
                    Cell number = headingNumberCell(g, r);
                    numbers[r] = number == null ? -1 : number.column();
                    hasPointRows |= OutlineNumber.parse(g.cell(r, heading).text())
                            .map(n -> n.numbering() != Numbering.CN_COMMA).orElse(false);
                } else {
                    k[r] = RowPlan.DATA;
                }
            }
            usesMerges |= hasMergedCell(g);
            kinds.add(k);
            titleColumns.add(titles);
            numberColumns.add(numbers);
        }
    }

    /**
     * The trailing rows of the run's last grid that read as notes, totals, who filled it in or
     * a signature line (see {@link FooterRows}) are footer lines, kept as plan notes.
     */
    private void markFooterRows() {
        int p = kinds.size() - 1;
        LedgerRun.Part part = run.parts().get(p);
        Grid g = part.grid();
        byte[] k = kinds.get(p);
        List<String> lines = new ArrayList<>();
        for (int r = g.rowCount() - 1; r >= part.firstDataRow(); r--) {
            if (k[r] == RowPlan.BLANK) {
                continue;
            }
            if (k[r] == RowPlan.REPEATED_HEADER || levelColumn >= 0 || !FooterRows.isFooter(g, r, roles)) {
                break;
            }
            k[r] = RowPlan.FOOTER;
            lines.add(0, FooterRows.line(g, r));
        }
        footerLines.addAll(lines);
    }

    /**
     * Notes and totals between tasks (those not in the trailing footer run) are kept as plan
     * notes, each with the address of its first cell, since their place in the table is lost.
     */
    private void collectNotesBetweenTasks() {
        for (int p = 0; p < kinds.size(); p++) {
            Grid g = run.parts().get(p).grid();
            byte[] k = kinds.get(p);
            for (int r = 0; r < g.rowCount(); r++) {
                if (k[r] == RowPlan.NOTE) {
                    noteLines.add(FooterRows.line(g, r) + "（" + firstCellAddress(g, r) + "）");
                }
            }
        }
    }

    private static String firstCellAddress(Grid g, int r) {
        for (Cell c : g.row(r)) {
            if (!c.isCovered() && !c.isBlank()) {
                return c.address();
            }
        }
        return g.rowPlace(r);
    }

    /**
     * @param levelColumn the {@code 层级} column ({@link Header#levelColumn}), or -1
     * @return the depth a {@code 层级} cell gives the row (0 at the top), or -1 when it is not a heading so marked
     */
    static int headingDepth(Grid g, int r, int levelColumn) {
        if (levelColumn < 0 || levelColumn >= g.columnCount() || g.cell(r, levelColumn).isCovered()) {
            return -1;
        }
        return OutlineLevel.depth(MatchKey.of(g.cell(r, levelColumn).text()));
    }

    /**
     * A heading (part) row has one non-blank cell: merged across at least half the width, or in
     * the first column starting with a {@code 一、} number while the rest of the row is blank. The
     * heading's number may stand in a cell of its own before the title ({@code 一 | 依法全面履行政府职能}):
     * then the title is merged across at least half the width, or the number is Chinese
     * ({@code 一}, {@code （一）}) and the rest of the row is blank. A lone cell in the 序号 column
     * that starts with any outline number followed by a title ({@code （一）标题}) is a heading too,
     * since a 序号 cell holds a number, never a title (this is how a CSV file, which cannot merge,
     * writes its points).
     *
     * @param roles the column roles, for the 序号 column
     * @return the column of the heading's title cell, or -1
     */
    static int headingCell(Grid g, int r, ColumnRole[] roles) {
        List<Cell> own = ownCells(g, r);
        if (own.isEmpty() || own.size() > 2 || g.columnCount() < 2) {
            return -1;
        }
        Cell cell = own.get(own.size() - 1);
        if (own.size() == 2 && !OutlineNumber.isBareNumber(own.get(0).text())) {
            return -1;
        }
        if (cell.colSpan() >= 2 && cell.colSpan() * 2 >= g.columnCount()) {
            return cell.column();
        }
        if (own.size() == 1 && cell.column() < roles.length && roles[cell.column()] == ColumnRole.NUMBER
                && OutlineNumber.parse(cell.text()).map(n -> !n.title().isEmpty()).orElse(false)) {
            return cell.column();
        }
        if (g.columnCount() < 3) {
            return -1;
        }
        if (own.size() == 2) {
            boolean chinese = OutlineNumber.ofNumberCell(own.get(0).text(), "")
                    .map(n -> n.numbering() == Numbering.CN_COMMA || n.numbering() == Numbering.CN_PAREN)
                    .orElse(false);
            return chinese && OutlineNumber.parse(cell.text()).isEmpty() ? cell.column() : -1;
        }
        if (cell.column() == 0) {
            boolean part = OutlineNumber.parse(cell.text())
                    .map(n -> n.numbering() == Numbering.CN_COMMA).orElse(false);
            return part ? 0 : -1;
        }
        return -1;
    }

    /** @return the cell holding a heading row's number apart from its title, or null */
    private static Cell headingNumberCell(Grid g, int r) {
        List<Cell> own = ownCells(g, r);
        return own.size() == 2 ? own.get(0) : null;
    }

    /** @return the row's first non-blank, uncovered cells, at most three */
    static List<Cell> ownCells(Grid g, int r) {
        List<Cell> own = new ArrayList<>(2);
        // a covered cell's text is empty: look at texts, and make only the cells returned
        for (int c = 0; c < g.columnCount() && own.size() <= 2; c++) {
            if (!g.text(r, c).isBlank()) {
                own.add(g.cell(r, c));
            }
        }
        return own;
    }

    private static boolean hasMergedCell(Grid g) {
        for (int r = 0; r < g.rowCount(); r++) {
            for (Cell c : g.row(r)) {
                if (c.isCovered()) {
                    return true;
                }
            }
        }
        return false;
    }
}
