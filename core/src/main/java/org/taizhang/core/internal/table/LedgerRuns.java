package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.internal.vocabulary.MatchKey;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.TextLine;

/**
 * The first stage of the table layer: finds each grid's header ({@link Header}) and joins the
 * grids that carry one ledger into {@link LedgerRun}s, for the row-kind stage ({@link RowKinds}).
 */
final class LedgerRuns {
    /**
     * A headerless table with at most this many non-blank cells is part of the title block when
     * another table has a header; with no header anywhere, only a table of one cell is.
     */
    private static final int TITLE_TABLE_CELLS = 3;
    private static final Pattern TASK_NUMBER = Pattern.compile("\\d{1,4}(\\.\\d{1,3})*");

    private LedgerRuns() {}

    /**
     * Groups the grids into ledger runs in document order, and collects the text above each
     * header (and of small headerless tables) as title lines, and the text of sheets without a
     * ledger (a 填表说明 sheet) as further notes. Heading paragraphs above a grid that joins a
     * run go with it; those above any other grid are left to the title block.
     */
    static List<LedgerRun> find(GridDocument doc, ReadOptions options,
            Map<Integer, List<TextLine>> headingsAbove, List<String> titleLines, List<String> otherSheetLines) {
        List<Grid> grids = new ArrayList<>();
        List<Header> headers = new ArrayList<>();
        List<List<TextLine>> headings = new ArrayList<>();
        boolean anyHeader = false;
        for (int index = 0; index < doc.grids().size(); index++) {
            Grid g = doc.grids().get(index);
            if (g.rowCount() == 0 || g.columnCount() == 0) {
                continue;
            }
            Optional<String> sheet = GridSource.sheet(g);
            if (options.sheet().isPresent() && sheet.isPresent() && !sheet.equals(options.sheet())) {
                continue;
            }
            Header h = Header.detect(g);
            anyHeader |= h != null;
            grids.add(g);
            headers.add(h);
            headings.add(headingsAbove.getOrDefault(index, List.of()));
        }
        List<LedgerRun> runs = new ArrayList<>();
        LedgerRun current = null;
        for (int i = 0; i < grids.size(); i++) {
            Grid g = grids.get(i);
            Header h = headers.get(i);
            List<TextLine> above = headings.get(i);
            boolean sheet = GridSource.sheet(g).isPresent();
            if (h != null && current != null && !sheet && current.sheet().isEmpty()
                    && g.columnCount() == current.header().columns() && !h.sameAs(current.header())
                    && numbersATask(g, h.row(), current.header())) {
                h = null; // a continued table's first task, whose words merely look like header words
            }
            if (h != null) {
                for (int r = 0; r < h.row(); r++) {
                    addLines(g, r, titleLines);
                }
                if (current != null && !sheet && current.sheet().isEmpty() && h.sameAs(current.header())) {
                    current.add(g, h.firstDataRow(), above);
                } else {
                    current = new LedgerRun(h);
                    current.add(g, h.firstDataRow(), above);
                    runs.add(current);
                }
            } else if (current != null && !sheet && current.sheet().isEmpty()
                    && g.columnCount() == current.header().columns()) {
                current.add(g, 0, above); // a table split by a page break without its header
            } else if (anyHeader && sheet) {
                // a sheet without a ledger header (notes, lists) when another sheet has one: its
                // lines are kept as notes, never read as tasks nor as the title
                for (int r = 0; r < g.rowCount(); r++) {
                    otherSheetLines.add(FooterRows.line(g, r));
                }
                otherSheetLines.removeIf(String::isEmpty);
            } else if (nonBlankCells(g) <= (anyHeader ? TITLE_TABLE_CELLS : 1)) {
                for (int r = 0; r < g.rowCount(); r++) {
                    addLines(g, r, titleLines);
                }
            } else {
                current = new LedgerRun(Header.inferred(g));
                current.add(g, 0, above);
                runs.add(current);
            }
        }
        return runs;
    }

    /**
     * A header holds no number in its 序号 column; a row that does ({@code 4 | 公开政策落实情况 |
     * 县政府各部门 | 年底前}) is a task, even when two of its cells contain header key words.
     */
    private static boolean numbersATask(Grid g, int r, Header header) {
        ColumnRole[] roles = header.roles();
        for (int c = 0; c < roles.length && c < g.columnCount(); c++) {
            if (roles[c] == ColumnRole.NUMBER) {
                Cell cell = g.cell(r, c);
                return !cell.isCovered() && TASK_NUMBER.matcher(MatchKey.of(cell.text())).matches();
            }
        }
        return false;
    }

    private static void addLines(Grid g, int r, List<String> lines) {
        for (Cell c : g.row(r)) {
            if (!c.isCovered() && !c.isBlank()) {
                lines.add(c.text());
            }
        }
    }

    private static int nonBlankCells(Grid g) {
        int n = 0;
        for (int r = 0; r < g.rowCount(); r++) {
            for (Cell c : g.row(r)) {
                if (!c.isCovered() && !c.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }
}
