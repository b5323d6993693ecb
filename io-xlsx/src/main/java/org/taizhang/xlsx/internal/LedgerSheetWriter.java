package org.taizhang.xlsx.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.table.OutlineLevel;
import org.taizhang.core.internal.format.SpreadsheetText;
import org.taizhang.xlsx.internal.LedgerColumns.Column;

/**
 * Writes a plan as one sheet, 任务台账, streaming through SXSSF so that a large plan needs little
 * memory: a title row merged across, a header row (frozen, and repeated on every printed page),
 * then, in outline order, each section's heading on its own row merged across the full width
 * ({@code 一、…}, {@code （一）…}) followed by its own tasks and then its child sections. Text
 * wraps, cells have borders, the page is landscape A4 fitted to one page wide, and the 状态
 * column offers 未启动 / 推进中 / 已完成.
 *
 * <p>Every value is a string cell. Text a spreadsheet would take for a formula (starting with
 * {@code = + - @}, tab, CR, NUL or their full-width forms) gets the quote-prefix style: Excel
 * shows and keeps it as text even when the cell is edited, and the text itself is unchanged, so
 * it reads back as written. Not thread-safe: one instance per write.
 */
public final class LedgerSheetWriter {
    /** The sheet's name. */
    public static final String SHEET = "任务台账";
    /** The most characters an Excel cell holds. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final int MAX_ROWS = 1_048_576;
    private static final int WINDOW = 200;

    private enum Kind { TITLE, HEADER, SECTION, BODY, BODY_CENTRED }

    private final WorkPlan plan;
    private final List<Column> columns;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private int nextRow;

    private LedgerSheetWriter(WorkPlan plan) {
        this.plan = plan;
        this.columns = LedgerColumns.of(plan);
        this.workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(SHEET);
    }

    /**
     * Writes the plan. The stream is written but not closed.
     *
     * @param plan the plan
     * @param out where to write
     * @throws LedgerException when a value does not fit a cell, the plan does not fit a sheet, or
     *     the stream fails
     */
    public static void write(WorkPlan plan, OutputStream out) throws LedgerException {
        LedgerSheetWriter writer = new LedgerSheetWriter(plan);
        try {
            writer.writeSheet();
            writer.workbook.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush(); // the caller owns the stream
                }
            });
        } catch (IOException e) {
            throw new LedgerException("cannot write the workbook: " + e.getMessage(), null, null, e);
        } finally {
            writer.workbook.dispose();
            try {
                writer.workbook.close();
            } catch (IOException ignored) {
                // temporary files are already gone; nothing is left to release
            }
        }
    }

    private void writeSheet() throws LedgerException {
        int width = columns.size();
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        // The title row is written even when the plan has no title: its merge tells a reader that
        // this workbook records merged cells, so a blank cell below a value is blank, not "same".
        Row titleRow = newRow(null);
        titleRow.setHeightInPoints(30);
        text(titleRow, 0, plan.title().orElse(""), Kind.TITLE, "title");
        mergeAcross(titleRow.getRowNum(), width);
        int header = nextRow;
        Row headerRow = newRow(null);
        for (int c = 0; c < width; c++) {
            text(headerRow, c, columns.get(c).header(), Kind.HEADER, "header");
        }
        fitHeight(headerRow, columns.stream().map(Column::header).toList());
        int firstData = nextRow;
        for (Task t : plan.tasks()) {
            task(t);
        }
        for (Section s : plan.sections()) {
            section(s, 0);
        }
        pageSetup(header);
        statusDropDown(firstData);
    }

    private void section(Section s, int depth) throws LedgerException {
        Row row = newRow(s.heading());
        String place = "section " + LedgerException.echo(s.heading());
        if (columns.get(0).header().equals(OutlineLevel.HEADER)) {
            leveledHeading(row, s, depth, place);
        } else {
            heading(row, s, place);
        }
        int lines = Layout.lines(s.heading(), columns.stream().mapToInt(Column::width).sum());
        row.setHeightInPoints(Layout.height(lines));
        for (Task t : s.tasks()) {
            task(t);
        }
        for (Section child : s.sections()) {
            section(child, depth + 1);
        }
    }

    // 层级 | 序号 as written (一、 （一） 1, or blank) | the title merged across the rest
    private void leveledHeading(Row row, Section s, int depth, String place) throws LedgerException {
        text(row, 0, OutlineLevel.text(depth), Kind.SECTION, place);
        text(row, 1, s.number().map(n -> s.numbering().format(n)).orElse(""), Kind.SECTION, place);
        text(row, 2, s.title(), Kind.SECTION, place);
        for (int c = 3; c < columns.size(); c++) {
            row.createCell(c).setCellStyle(style(Kind.SECTION, false));
        }
        if (columns.size() > 3) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 2, columns.size() - 1));
        }
    }

    private void heading(Row row, Section s, String place) throws LedgerException {
        // A bare number (a 工作任务 numbered by its 序号) cannot share a cell with its title, so it
        // stands in the 序号 column with the title merged across the rest of the row.
        boolean numberApart = s.numbering() == Numbering.ARABIC && s.number().isPresent() && columns.size() >= 3;
        int titleColumn = numberApart ? 1 : 0;
        if (numberApart) {
            text(row, 0, s.number().get(), Kind.SECTION, place);
        }
        text(row, titleColumn, numberApart ? s.title() : s.heading(), Kind.SECTION, place);
        for (int c = titleColumn + 1; c < columns.size(); c++) {
            row.createCell(c).setCellStyle(style(Kind.SECTION, false));
        }
        if (numberApart) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, columns.size() - 1));
        } else {
            mergeAcross(row.getRowNum(), columns.size());
        }
    }

    private void task(Task t) throws LedgerException {
        Row row = newRow(t.label());
        List<String> texts = columns.stream().map(c -> c.value().apply(t)).toList();
        for (int c = 0; c < texts.size(); c++) {
            text(row, c, texts.get(c), columns.get(c).centred() ? Kind.BODY_CENTRED : Kind.BODY,
                    "task " + LedgerException.echo(t.toString()) + ", " + columns.get(c).header());
        }
        fitHeight(row, texts);
    }

    private Row newRow(String what) throws LedgerException {
        if (nextRow >= MAX_ROWS) {
            throw new LedgerException("the plan needs more rows than a sheet holds (" + MAX_ROWS
                    + "), at " + LedgerException.echo(what), null);
        }
        return sheet.createRow(nextRow++);
    }

    private void text(Row row, int column, String text, Kind kind, String place) throws LedgerException {
        if (text.length() > MAX_CELL_CHARS) {
            throw new LedgerException("a value has " + text.length() + " characters, more than the "
                    + MAX_CELL_CHARS + " an Excel cell holds", null, place, null);
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellStyle(style(kind, SpreadsheetText.startsLikeFormula(text)));
        if (!text.isEmpty()) {
            cell.setCellValue(OoxmlText.encode(text));
        }
    }

    private void fitHeight(Row row, List<String> texts) {
        int lines = 1;
        for (int c = 0; c < texts.size(); c++) {
            lines = Math.max(lines, Layout.lines(texts.get(c), columns.get(c).width()));
        }
        row.setHeightInPoints(Layout.height(lines));
    }

    private void mergeAcross(int row, int width) {
        if (width > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, 0, width - 1));
        }
    }

    private void pageSetup(int header) {
        sheet.createFreezePane(0, header + 1);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
    }

    private void statusDropDown(int firstData) {
        int column = columns.stream().map(Column::header).toList().indexOf(LedgerColumns.STATUS);
        if (nextRow <= firstData || column < 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(LedgerColumns.STATUS_TEXTS.toArray(new String[0])),
                new CellRangeAddressList(firstData, nextRow - 1, column, column));
        validation.setSuppressDropDownArrow(true); // for .xlsx, true shows the arrow
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.createErrorBox("状态", "请选择：未启动、推进中或已完成");
        sheet.addValidationData(validation);
    }

    private CellStyle style(Kind kind, boolean quoted) {
        return styles.computeIfAbsent(kind + "/" + quoted, k -> newStyle(kind, quoted));
    }

    private CellStyle newStyle(Kind kind, boolean quoted) {
        CellStyle style = workbook.createCellStyle();
        style.setQuotePrefixed(quoted);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) 11);
        switch (kind) {
            case TITLE:
                font.setBold(true);
                font.setFontHeightInPoints((short) 16);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setFont(font);
                return style;
            case HEADER:
                font.setBold(true);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                break;
            case SECTION:
                font.setBold(true);
                style.setAlignment(HorizontalAlignment.LEFT);
                break;
            case BODY_CENTRED:
                style.setAlignment(HorizontalAlignment.CENTER);
                break;
            default:
                style.setAlignment(HorizontalAlignment.LEFT);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                break;
        }
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
