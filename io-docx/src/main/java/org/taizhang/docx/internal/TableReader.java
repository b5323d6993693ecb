package org.taizhang.docx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.taizhang.core.LedgerException;
import org.taizhang.core.table.CellAddressing;
import org.taizhang.core.table.Grid;

/**
 * One Word table as a {@link Grid}. Columns are the table's grid columns: a cell with
 * {@code <w:gridSpan w:val="3"/>} covers three, and {@code <w:gridBefore>} skips some at a row's
 * start. A vertical merge starts at {@code <w:vMerge w:val="restart"/>} and goes on through the
 * cells below, in the same grid column, marked {@code <w:vMerge/>} (no value means continue). Text
 * a continued cell holds, which Word hides, is added to the merged cell's text so that it is not
 * lost. Nested tables are flattened into their cell's text: a line per row, cells separated by tabs.
 */
final class TableReader {
    // Word allows 63 columns; this bounds what a hostile gridSpan can make us allocate
    private static final int MAX_COLUMNS = 1000;

    private final XWPFTable table;
    private final int number;
    private final DocxExtractor.Budget budget;
    private final CellAddressing addressing;
    private final List<TreeMap<Integer, StringBuilder>> rows = new ArrayList<>();
    private final List<int[]> merges = new ArrayList<>();
    private final Map<Integer, int[]> open = new HashMap<>(); // column -> {firstRow, span, lastRow}

    TableReader(XWPFTable table, int number, DocxExtractor.Budget budget) {
        this.table = table;
        this.number = number;
        this.budget = budget;
        this.addressing = CellAddressing.table(number);
    }

    Grid read() throws LedgerException {
        int sourceRow = 0;
        int width = 0;
        for (XWPFTableRow row : table.getRows()) {
            sourceRow++;
            budget.row(addressing.rowPlace(sourceRow));
            TreeMap<Integer, StringBuilder> cells = new TreeMap<>();
            rows.add(cells);
            Map<Integer, int[]> continued = new HashMap<>();
            int column = gridBefore(row);
            for (ICell icell : row.getTableICells()) {
                String place = addressing.address(sourceRow, column);
                int span = 1;
                Merge vmerge = Merge.NONE;
                String text;
                if (icell instanceof XWPFTableCell) {
                    XWPFTableCell cell = (XWPFTableCell) icell;
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    span = span(pr, place);
                    vmerge = vMerge(pr);
                    text = cellText(cell.getBodyElements(), 0, place);
                } else if (icell instanceof XWPFSDTCell) {
                    text = ((XWPFSDTCell) icell).getContent().getText().strip();
                } else {
                    continue;
                }
                if (column + span > MAX_COLUMNS) {
                    throw budget.limit(place, "a table row spans more than " + MAX_COLUMNS + " columns");
                }
                budget.cell(place, text);
                int[] region = open.get(column);
                if (vmerge == Merge.CONTINUE && region != null && region[1] == span) {
                    region[2] = sourceRow;
                    continued.put(column, region);
                    if (!text.isEmpty()) {
                        StringBuilder anchor = rows.get(region[0] - 1).get(column);
                        anchor.append(anchor.length() == 0 ? "" : "\n").append(text);
                    }
                } else {
                    cells.put(column, new StringBuilder(text));
                    if (vmerge != Merge.NONE) {
                        // a restart, or a continue with nothing above to continue: a new region
                        int[] fresh = {sourceRow, span, sourceRow};
                        continued.put(column, fresh);
                    } else if (span > 1) {
                        merges.add(new int[] {sourceRow, column, sourceRow, column + span - 1});
                    }
                }
                column += span;
            }
            width = Math.max(width, column);
            closeRegionsNotContinued(continued);
        }
        closeRegionsNotContinued(Map.of());
        budget.area(addressing.rowPlace(sourceRow), (long) width * Math.max(sourceRow, 1));
        return build();
    }

    private Grid build() {
        Grid.Builder grid = Grid.builder("table " + number, addressing);
        for (int i = 0; i < rows.size(); i++) {
            grid.startRow(i + 1);
            for (Map.Entry<Integer, StringBuilder> e : rows.get(i).entrySet()) {
                grid.cell(e.getKey(), e.getValue().toString());
            }
        }
        for (int[] m : merges) {
            grid.merge(m[0], m[1], m[2], m[3]);
        }
        return grid.build();
    }

    private void closeRegionsNotContinued(Map<Integer, int[]> continued) {
        for (Iterator<Map.Entry<Integer, int[]>> it = open.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, int[]> e = it.next();
            if (continued.get(e.getKey()) != e.getValue()) {
                close(e.getKey(), e.getValue());
                it.remove();
            }
        }
        for (Map.Entry<Integer, int[]> e : continued.entrySet()) {
            open.put(e.getKey(), e.getValue());
        }
    }

    private void close(int column, int[] region) {
        if (region[2] > region[0] || region[1] > 1) {
            merges.add(new int[] {region[0], column, region[2], column + region[1] - 1});
        }
    }

    private String cellText(List<IBodyElement> elements, int depth, String place) throws LedgerException {
        if (depth > budget.maxDepth()) {
            throw budget.limit(place, "tables are nested more than " + budget.maxDepth()
                    + " deep (ReadLimits.maxDepth)");
        }
        StringBuilder sb = new StringBuilder();
        for (IBodyElement element : elements) {
            String text;
            if (element instanceof XWPFParagraph) {
                text = ((XWPFParagraph) element).getText();
            } else if (element instanceof XWPFTable) {
                text = nestedText((XWPFTable) element, depth + 1, place);
            } else if (element instanceof XWPFSDT) {
                text = ((XWPFSDT) element).getContent().getText();
            } else {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(text == null ? "" : text.strip());
            budget.checkLength(place, sb.length());
        }
        return sb.toString().strip();
    }

    private String nestedText(XWPFTable nested, int depth, String place) throws LedgerException {
        StringBuilder sb = new StringBuilder();
        for (XWPFTableRow row : nested.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                if (line.length() > 0) {
                    line.append('\t');
                }
                line.append(cellText(cell.getBodyElements(), depth, place).replace('\n', ' '));
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.toString().strip());
            budget.checkLength(place, sb.length());
        }
        return sb.toString();
    }

    private int span(CTTcPr pr, String place) {
        if (pr == null || !pr.isSetGridSpan()) {
            return 1;
        }
        return Math.max(1, DocxExtractor.intOf(pr.getGridSpan().getVal(), 1));
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null) {
            return 0;
        }
        List<CTDecimalNumber> before = pr.getGridBeforeList();
        return before.isEmpty() ? 0 : Math.min(MAX_COLUMNS, DocxExtractor.intOf(before.get(0).getVal(), 0));
    }

    private static Merge vMerge(CTTcPr pr) {
        if (pr == null || !pr.isSetVMerge()) {
            return Merge.NONE;
        }
        CTVMerge v = pr.getVMerge();
        return v.isSetVal() && v.getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
    }

    private enum Merge { NONE, RESTART, CONTINUE }
}
