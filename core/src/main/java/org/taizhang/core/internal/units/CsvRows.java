package org.taizhang.core.internal.units;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal CSV reader for the unit directory: comma-separated fields, double quotes around a field
 * that holds commas, quotes ({@code ""}) or line breaks.
 */
public final class CsvRows {
    private CsvRows() {}

    /** A CSV field that opens a quote and never closes it. */
    public static final class UnclosedQuoteException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        UnclosedQuoteException(int line) {
            super("a quoted field that starts on line " + line + " is never closed");
            this.line = line;
        }

        /** @return the line the quoted field starts on, from 1 */
        public int line() {
            return line;
        }
    }

    /**
     * A row and the line it starts on.
     *
     * @param line the line number, from 1
     * @param fields the fields as written, unquoted
     */
    public record Row(int line, List<String> fields) {}

    /**
     * @param text the whole file, BOM already removed
     * @return the rows, blank lines skipped
     * @throws UnclosedQuoteException when a quoted field runs to the end of the text
     */
    public static List<Row> parse(String text) throws UnclosedQuoteException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                endRow(rows, fields, field, rowLine);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new UnclosedQuoteException(quoteLine);
        }
        endRow(rows, fields, field, rowLine);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, int line) {
        fields.add(field.toString());
        field.setLength(0);
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
        fields.clear();
    }
}
