package org.taizhang.cli.general;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a real .docx the way Word holds a ledger: paragraphs, tables with cells merged across
 * ({@code gridSpan}) and down ({@code vMerge}), page breaks between tables.
 */
final class DocxFile {
    /** In a row: this cell is covered by the cell to its left (merged across). */
    static final String LEFT = "<";
    /** In a row: this cell continues the cell above (merged down). */
    static final String UP = "^";

    private final XWPFDocument doc = new XWPFDocument();

    DocxFile paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    DocxFile pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    /**
     * Adds a table of {@code columns} grid columns; each row lists one entry per grid column,
     * where {@link #LEFT} and {@link #UP} mark merged cells.
     */
    DocxFile table(int columns, String[]... rows) {
        XWPFTable table = doc.createTable();
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(1400));
        }
        Map<Integer, XWPFTableCell> above = new HashMap<>();
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = table.insertNewTableRow(r + 1);
            String[] cells = rows[r];
            Map<Integer, XWPFTableCell> current = new HashMap<>();
            for (int c = 0; c < cells.length; c++) {
                if (LEFT.equals(cells[c])) {
                    continue;
                }
                int span = 1;
                while (c + span < cells.length && LEFT.equals(cells[c + span])) {
                    span++;
                }
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (UP.equals(cells[c])) {
                    XWPFTableCell anchor = above.get(c);
                    CTTcPr apr = anchor.getCTTc().getTcPr();
                    if (!apr.isSetVMerge()) {
                        apr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    pr.addNewVMerge();
                } else {
                    text(cell, cells[c]);
                }
                current.put(c, cell);
            }
            above = current;
        }
        table.removeRow(0);
        return this;
    }

    private static void text(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    Path write(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    static String[] row(String... cells) {
        return cells;
    }
}
