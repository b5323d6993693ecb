package org.taizhang.cli.general;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a real .xlsx (or legacy .xls) workbook the way a department's spreadsheet holds it: text cells, numbers
 * stored as numbers, dates stored as Excel dates, merged regions, hidden rows, several sheets.
 */
final class XlsxFile {
    private final Workbook workbook;
    private final CellStyle slashDate;
    private final CellStyle chineseDate;

    XlsxFile() {
        this(new XSSFWorkbook());
    }

    /** @return a writer of an Excel 97–2003 .xls workbook */
    static XlsxFile legacy() {
        return new XlsxFile(new HSSFWorkbook());
    }

    private XlsxFile(Workbook workbook) {
        this.workbook = workbook;
        slashDate = workbook.createCellStyle();
        slashDate.setDataFormat((short) 14); // Excel shows it as 2022/9/30 on a Chinese system
        chineseDate = workbook.createCellStyle();
        chineseDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
    }

    /** A date cell shown as {@code yyyy年m月d日}. */
    static final class ChineseDate {
        final LocalDate date;

        ChineseDate(LocalDate date) {
            this.date = date;
        }
    }

    SheetWriter sheet(String name) {
        return new SheetWriter(workbook.createSheet(name));
    }

    Path write(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    /** Appends rows to one sheet. */
    final class SheetWriter {
        private final Sheet sheet;
        private int next;

        SheetWriter(Sheet sheet) {
            this.sheet = sheet;
        }

        /**
         * Appends a row: a String is a text cell (empty = no cell), a Number a numeric cell, a
         * LocalDate a date cell in format 14, a ChineseDate a date cell in a 年月日 format, null
         * no cell.
         */
        SheetWriter row(Object... cells) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (v == null || "".equals(v)) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Number) {
                    cell.setCellValue(((Number) v).doubleValue());
                } else if (v instanceof LocalDate) {
                    cell.setCellValue((LocalDate) v);
                    cell.setCellStyle(slashDate);
                } else if (v instanceof ChineseDate) {
                    cell.setCellValue(((ChineseDate) v).date);
                    cell.setCellStyle(chineseDate);
                } else {
                    cell.setCellValue(v.toString());
                }
            }
            return this;
        }

        /** Appends an empty row that is hidden, as left over after filtering. */
        SheetWriter hiddenEmptyRow() {
            Row row = sheet.createRow(next++);
            row.setZeroHeight(true);
            return this;
        }

        /** Merges a region given in A1 notation, such as {@code A1:H1}. */
        SheetWriter merge(String range) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
            return this;
        }

        /** @return the 1-based number of the next row to be written */
        int nextRow() {
            return next + 1;
        }
    }
}
