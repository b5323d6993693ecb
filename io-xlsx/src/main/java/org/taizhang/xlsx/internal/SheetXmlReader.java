package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.taizhang.core.LedgerException;

/**
 * Reads one worksheet's XML into a {@link SheetCollector}: rows, cells shown as Excel shows them
 * (shared and inline strings, rich-text runs joined, numbers and dates by their number format,
 * booleans, errors, formulas by their cached value), and the {@code <mergeCell>} regions that
 * follow the sheet data.
 */
final class SheetXmlReader {
    private static final String[] TYPES = {"s", "n", "str", "inlineStr", "b", "e", "d"};

    private final SheetCollector sheet;
    private final List<String> sharedStrings;
    private final CellStyles styles;
    private final ReadBudget budget;
    private final StringBuilder value = new StringBuilder();

    private int row;
    private int column;
    private String type;
    private int style;
    private boolean inCell;
    private boolean inInline;
    private int phoneticDepth;

    SheetXmlReader(SheetCollector sheet, List<String> sharedStrings, CellStyles styles,
            ReadBudget budget) {
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.budget = budget;
    }

    /**
     * Reads the sheet's part.
     *
     * @param in the part as UTF-8, closed here
     * @throws LedgerException when the XML is malformed, a cell cannot be read or a limit is passed
     * @throws IOException when the part cannot be read
     */
    void read(InputStream in) throws LedgerException, IOException {
        try (InputStream stream = in) {
            XmlScanner x = new XmlScanner(stream, budget.context(), sheet.sheet());
            for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
                if (e == XmlScanner.START && x.is("mergeCells")) {
                    merges(x);
                } else if (e == XmlScanner.START) {
                    start(x);
                } else if (e == XmlScanner.END) {
                    end(x);
                } else if (value.length() > budget.maxCellChars()) {
                    budget.context().checkCellLength(sheet.address(row, Math.max(column, 0)), value.length());
                }
            }
        }
    }

    private void start(XmlScanner x) throws LedgerException {
        if (x.is("c")) {
            startCell(x.tag());
        } else if (x.is("v")) {
            x.capture(inCell && !inInline ? value : null);
        } else if (x.is("row")) {
            XmlTag tag = x.tag();
            int r = tag.find("r");
            int number = r < 0 ? row + 1 : tag.intValue(r);
            startRow(number >= 0 ? null : tag.value(r), number);
        } else if (x.is("t")) {
            x.capture(inInline && phoneticDepth == 0 ? value : null);
        } else if (x.is("is")) {
            inInline = inCell;
        } else if (x.is("rPh")) {
            phoneticDepth++;
        } else if (x.is("mergeCell")) {
            merge(x.attribute("ref"));
        }
    }

    /**
     * Reads the merged regions, which follow all the rows: in a loop of their own, so that the
     * code compiled for the rows is not thrown away when the first region comes.
     */
    private void merges(XmlScanner x) throws LedgerException, IOException {
        for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
            if (e == XmlScanner.START && x.is("mergeCell")) {
                merge(x.attribute("ref"));
            } else if (e == XmlScanner.END && x.is("mergeCells")) {
                return;
            }
        }
    }

    private void end(XmlScanner x) throws LedgerException {
        if (x.is("c")) {
            x.capture(null);
            endCell();
        } else if (x.is("v") || x.is("t")) {
            x.capture(null);
        } else if (x.is("is")) {
            inInline = false;
        } else if (x.is("rPh")) {
            phoneticDepth--;
        }
    }

    // The row's number, or -1 and its r attribute to read the slow way.
    private void startRow(String r, int read) throws LedgerException {
        int number = read;
        if (r != null) {
            number = parseNumber(r);
            if (number < 0) {
                throw bad(sheet.rowPlace(row + 1), "row number", r);
            }
        }
        sheet.row(number);
        row = number;
        column = -1;
    }

    private void startCell(XmlTag x) throws LedgerException {
        if (row == 0) {
            throw budget.context().error(sheet.sheet(), "not a valid .xlsx file: a cell stands outside any row");
        }
        int r = x.find("r");
        if (r < 0) {
            column++;
        } else {
            column = x.columnValue(r);
            if (column < 0) {
                column = CellRef.column(x.value(r), budget.context(), sheet.rowPlace(row)); // throws, naming the row
            }
        }
        int t = x.find("t");
        type = t < 0 ? null : x.token(t, TYPES);
        int s = x.find("s");
        style = s < 0 ? 0 : x.intValue(s);
        if (style < 0) {
            String v = x.value(s);
            style = parseNumber(v);
            if (style < 0) {
                throw bad(sheet.address(row, Math.max(column, 0)), "style index", v);
            }
        }
        value.setLength(0);
        inCell = true;
        inInline = false;
        phoneticDepth = 0;
    }

    private void endCell() throws LedgerException {
        inCell = false;
        if ("s".equals(type)) {
            sheet.cell(row, column, sharedString());
        } else {
            sheet.cell(row, column, display(value.toString()));
        }
    }

    private String place() {
        return sheet.address(row, Math.max(column, 0));
    }

    // The common case, plain digits, read without making a string of them; anything else the slow way.
    private String sharedString() throws LedgerException {
        int n = value.length();
        int index = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9' || n > 9) {
                return sharedString(value.toString(), place());
            }
            index = index * 10 + (c - '0');
        }
        if (n == 0 || index >= sharedStrings.size()) {
            return sharedString(value.toString(), place());
        }
        return sharedStrings.get(index);
    }

    private String display(String raw) throws LedgerException {
        if (type == null || type.equals("n")) {
            if (raw.isBlank()) {
                return "";
            }
            double number;
            try {
                number = Double.parseDouble(raw.trim());
            } catch (NumberFormatException e) {
                throw budget.context().error(place(), "not a valid .xlsx file: the number "
                        + LedgerException.echo(raw) + " cannot be read");
            }
            return styles.format(number, style);
        }
        switch (type) {
            case "s":
                return sharedString(raw, place());
            case "inlineStr":
            case "str":
                return OoxmlText.decode(raw);
            case "b":
                return raw.trim().equals("1") || raw.trim().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
            default:
                // "e" (an error such as #N/A) and "d" (an ISO date) are shown as stored
                return raw;
        }
    }

    private String sharedString(String raw, String place) throws LedgerException {
        if (raw.isBlank()) {
            return "";
        }
        int index;
        try {
            index = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= sharedStrings.size()) {
            throw budget.context().error(place, "not a valid .xlsx file: the cell refers to shared string "
                    + LedgerException.echo(raw) + ", but the table has " + sharedStrings.size());
        }
        return sharedStrings.get(index);
    }

    private void merge(String ref) throws LedgerException {
        String place = sheet.sheet() + " merged cells";
        if (ref == null || ref.indexOf(':') < 0) {
            if (ref != null && !ref.isEmpty()) {
                return; // a one-cell region merges nothing
            }
            throw budget.context().error(place, "not a valid .xlsx file: a merged region has no range");
        }
        int colon = ref.indexOf(':');
        String first = ref.substring(0, colon);
        String last = ref.substring(colon + 1);
        sheet.merge(CellRef.row(first, budget.context(), place), CellRef.column(first, budget.context(), place),
                CellRef.row(last, budget.context(), place), CellRef.column(last, budget.context(), place));
    }

    // A non-negative integer, or -1.
    private static int parseNumber(String s) {
        try {
            int n = Integer.parseInt(s.trim());
            return n >= 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private LedgerException bad(String place, String what, String s) {
        return budget.context().error(place, "not a valid .xlsx file: bad " + what + " " + LedgerException.echo(s));
    }
}
