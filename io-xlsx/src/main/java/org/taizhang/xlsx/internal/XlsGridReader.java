package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.taizhang.core.EncryptedLedgerException;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Grid;

/**
 * Reads every sheet of a legacy .xls workbook (BIFF8, through POI's HSSF) into a {@link Grid}:
 * cells as Excel shows them (numbers and dates by their number format, formulas by their cached
 * value), merged regions, line breaks as {@code \n}. The whole workbook is in memory, which the
 * file size limit bounds; rows, cells, text and time are checked as for .xlsx. Thread-safe: all
 * state lives in one call.
 */
public final class XlsGridReader {
    private XlsGridReader() {}

    /**
     * Reads the sheets.
     *
     * @param file the workbook
     * @param context the read's context; its options may name the one sheet to read
     * @return the sheets with text, in workbook order
     * @throws LedgerException when the file cannot be read; the message names the file and place
     */
    public static List<Grid> read(Path file, ReadContext context) throws LedgerException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new EncryptedLedgerException(context.fileName().orElse(null));
            }
            return read(fs, context);
        } catch (LedgerException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw context.error(null, "not a valid .xls file: the OLE2 container cannot be read ("
                    + message(e) + ")", e);
        }
    }

    /**
     * Reads the sheets of an open OLE2 container.
     *
     * @param fs the container
     * @param context the read's context
     * @return the sheets with text, in workbook order
     * @throws LedgerException when the workbook cannot be read
     */
    static List<Grid> read(POIFSFileSystem fs, ReadContext context) throws LedgerException {
        HSSFWorkbook workbook;
        try {
            workbook = new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            throw new EncryptedLedgerException(context.fileName().orElse(null));
        } catch (OldExcelFormatException e) {
            throw context.error(null, "a workbook from Excel 95 or older; save it as .xlsx and try again", e);
        } catch (IOException | RuntimeException e) {
            throw context.error(null, "not a valid .xls file: the workbook cannot be read ("
                    + message(e) + ")", e);
        }
        try (HSSFWorkbook wb = workbook) {
            return readWorkbook(wb, context);
        } catch (IOException e) {
            throw context.error(null, "not a valid .xls file: " + message(e), e);
        } catch (RuntimeException e) {
            throw context.error(null, "not a valid .xls file: the workbook cannot be read ("
                    + message(e) + ")", e);
        }
    }

    private static List<Grid> readWorkbook(HSSFWorkbook wb, ReadContext context) throws LedgerException {
        ReadBudget budget = new ReadBudget(context);
        DisplayFormat display = new DisplayFormat(wb.getInternalWorkbook().isUsing1904DateWindowing());
        Optional<String> wanted = context.options().sheet();
        List<String> names = new ArrayList<>();
        List<Grid> grids = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            HSSFSheet sheet = wb.getSheetAt(s);
            String name = wb.getSheetName(s);
            names.add(name);
            if (wanted.isPresent() && !wanted.get().equals(name)) {
                continue;
            }
            SheetCollector collector = new SheetCollector(name, budget);
            int last = sheet.getLastRowNum();
            for (int r = sheet.getFirstRowNum(); r <= last && r >= 0; r++) {
                HSSFRow row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                collector.row(r + 1);
                for (int c = Math.max(row.getFirstCellNum(), 0); c < row.getLastCellNum(); c++) {
                    HSSFCell cell = row.getCell(c);
                    if (cell != null) {
                        collector.cell(r + 1, c, display(cell, display));
                    }
                }
            }
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                collector.merge(m.getFirstRow() + 1, m.getFirstColumn(), m.getLastRow() + 1, m.getLastColumn());
            }
            if (!collector.isEmpty()) {
                grids.add(collector.build());
            }
        }
        if (wanted.isPresent() && !names.contains(wanted.get())) {
            throw XlsxGridReader.noSuchSheet(context, wanted.get(), names);
        }
        return grids;
    }

    private static String display(HSSFCell cell, DisplayFormat display) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return OoxmlText.normaliseBreaks(cell.getRichStringCellValue().getString());
            case NUMERIC:
                HSSFCellStyle style = cell.getCellStyle();
                return display.format(cell.getNumericCellValue(), style.getDataFormat(),
                        style.getDataFormatString());
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR:
                byte code = cell.getErrorCellValue();
                return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
            default:
                return "";
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
