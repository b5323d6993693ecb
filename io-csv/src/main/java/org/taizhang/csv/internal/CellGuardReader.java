package org.taizhang.csv.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.CellAddressing;

/**
 * Watches the characters on their way to the CSV parser, which would otherwise gather a 100 MB
 * cell in memory before we could look at it. It follows the RFC 4180 quoting rules just far
 * enough to know the length of the current cell and where records end, and stops the read as
 * soon as a cell passes {@link org.taizhang.core.ReadLimits#maxCellChars()}, a record holds more
 * cells than {@link org.taizhang.core.ReadLimits#maxCells()}, or the text passes
 * {@link org.taizhang.core.ReadLimits#maxTextChars()}.
 */
final class CellGuardReader extends FilterReader {
    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final ReadContext context;
    private final char delimiter;
    private State state = State.FIELD_START;
    private long record = 1;
    private int field;
    private long cellLength;
    private long total;
    private boolean afterCr;

    CellGuardReader(Reader in, char delimiter, ReadContext context) {
        super(in);
        this.delimiter = delimiter;
        this.context = context;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            watch((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            watch(buf[off + i]);
        }
        return n;
    }

    private void watch(char c) throws Tripped {
        if (++total > context.limits().maxTextChars()) {
            throw new Tripped(context.limit(place(), "the text has more than "
                    + context.limits().maxTextChars() + " characters (ReadLimits.maxTextChars)"));
        }
        boolean newline = c == '\n' || c == '\r';
        boolean crlf = c == '\n' && afterCr;
        afterCr = c == '\r';
        switch (state) {
            case QUOTED:
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    grow();
                }
                return;
            case QUOTE_IN_QUOTED:
                if (c == '"') {
                    state = State.QUOTED;
                    grow();
                    return;
                }
                break;
            default:
                break;
        }
        if (crlf) {
            return;
        }
        if (newline) {
            record++;
            field = 0;
            cellLength = 0;
            state = State.FIELD_START;
        } else if (c == delimiter) {
            nextField();
        } else if (c == '"' && state == State.FIELD_START) {
            state = State.QUOTED;
        } else {
            state = State.UNQUOTED;
            grow();
        }
    }

    private void nextField() throws Tripped {
        if (++field >= context.limits().maxCells()) {
            throw new Tripped(context.limit(CellAddressing.a1().rowPlace((int) Math.min(record,
                    Integer.MAX_VALUE)), "a record has more than " + context.limits().maxCells()
                    + " cells (ReadLimits.maxCells)"));
        }
        cellLength = 0;
        state = State.FIELD_START;
    }

    private void grow() throws Tripped {
        if (++cellLength > context.limits().maxCellChars()) {
            throw new Tripped(context.limit(place(), "a cell holds more than "
                    + context.limits().maxCellChars() + " characters (ReadLimits.maxCellChars)"));
        }
    }

    private String place() {
        return CellAddressing.a1().address((int) Math.min(record, Integer.MAX_VALUE), field);
    }

    /** Carries a limit through the parser, which only passes on {@link IOException}s. */
    static final class Tripped extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient LimitExceededException limit;

        Tripped(LimitExceededException limit) {
            super(limit.getMessage());
            this.limit = limit;
        }

        LimitExceededException limit() {
            return limit;
        }
    }
}
