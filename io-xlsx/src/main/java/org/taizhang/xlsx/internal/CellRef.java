package org.taizhang.xlsx.internal;

import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;

/** Reads A1-style cell references ({@code D12}, {@code $D$12}) as written in sheet XML. */
final class CellRef {
    private CellRef() {}

    /**
     * @param ref the reference
     * @param context for the error
     * @param place where it was found
     * @return the 0-based column
     * @throws LedgerException when it is not a reference within a sheet's bounds
     */
    static int column(String ref, ReadContext context, String place) throws LedgerException {
        int column = parseColumn(ref);
        if (column < 0) {
            throw bad(ref, context, place);
        }
        return column;
    }

    /**
     * @param ref the reference
     * @return the 0-based column, or -1 when it is not a reference within a sheet's bounds
     */
    static int parseColumn(String ref) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            if (c == '$') {
                continue;
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (++letters > 3) {
                break;
            }
        }
        if (letters == 0 || letters > 3 || column - 1 > SheetCollector.MAX_COLUMN) {
            return -1;
        }
        return column - 1;
    }

    /**
     * @param ref the reference
     * @param context for the error
     * @param place where it was found
     * @return the 1-based row
     * @throws LedgerException when it is not a reference within a sheet's bounds
     */
    static int row(String ref, ReadContext context, String place) throws LedgerException {
        int i = 0;
        while (i < ref.length() && !Character.isDigit(ref.charAt(i))) {
            i++;
        }
        int digits = ref.length() - i;
        if (digits == 0 || digits > 7) {
            throw bad(ref, context, place);
        }
        int row = 0;
        for (; i < ref.length(); i++) {
            int d = Character.digit(ref.charAt(i), 10);
            if (d < 0) {
                throw bad(ref, context, place);
            }
            row = row * 10 + d;
        }
        if (row < 1 || row > SheetCollector.MAX_ROW) {
            throw bad(ref, context, place);
        }
        return row;
    }

    private static LedgerException bad(String ref, ReadContext context, String place) {
        return context.error(place, "not a valid .xlsx file: bad cell reference " + LedgerException.echo(ref));
    }
}
