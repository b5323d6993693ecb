package org.taizhang.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cells of a {@link SourceRef}, kept small: a ledger of a million tasks holds four or five
 * cell addresses a task. The field names a reader uses ({@code content}, {@code deadline}…) are
 * kept as 4-bit codes in one {@code long}; an address in one of the forms the readers write
 * ({@code B6}, {@code 任务台账!B6}, {@code table 2, row 5, cell 3}, with the sheet or table of the
 * reference) is kept as its column and row and written out when asked: as an offset from the
 * reference's row in an {@code int}, in an array shared by every reference of the same row layout,
 * or, when a cell is far from the row, as column and row in a {@code long}. Other keys and
 * addresses are kept as given.
 *
 * <p>An immutable map in insertion order, equal to any map of the same entries. A
 * {@link ImmutableSourceRef} keeps its fields and makes the map when asked, which saves the map's
 * own object in every reference.
 */
final class SourceCells extends AbstractMap<String, String> {
    /** The field names kept as codes 1 to 12; 0 ends the list. */
    private static final String[] KNOWN = {null, Task.NUMBER, Task.NAME, Task.CONTENT, Task.BASIS,
        Task.RESPONSIBILITY, Task.DEADLINE, Task.INDICATORS, Task.PROGRESS, Task.STATUS,
        Task.COMPLETED_ON, Task.REMARKS, "title"};
    private static final int MAX_CODED = 15;
    private static final int A1 = 0, SHEET_A1 = 1, TABLE = 2;
    /** Letters of a column name at most: 26^6 columns fit the 30 bits kept for a column. */
    private static final int MAX_LETTERS = 6;

    private static final SourceCells EMPTY = new SourceCells(0L, null, null, null, -1, 0);
    /** Row-relative cell lists shared by every reference that has them; bounded. */
    private static final Map<Relative, int[]> SHARED = new ConcurrentHashMap<>();
    private static final int MAX_SHARED = 4096;

    private final int size;
    /** The keys as 4-bit codes, first key lowest, when every key is known; else {@link #keys}. */
    private final long keyCodes;
    private final String[] keys;
    /**
     * Kind, column and row offset of each address (bits 0–1, 2–15 and 16–31) when every address has
     * a known form near the reference's row: the same for every task of a table row layout, so
     * shared; else {@link #addresses}.
     */
    private final int[] relative;
    /** Kind, column and row of each address, when every address has a known form; else {@link #values}. */
    private final long[] addresses;
    private final String[] values;
    private final String sheet;
    private final int table;
    private final int row;

    /**
     * @param keyCodes the keys as codes, when {@code keys} is null
     * @param keys the keys, or null
     * @param values the addresses relative to the row ({@code int[]}), packed by
     *     {@link #pack(String, String, int)} ({@code long[]}) or as given ({@code String[]}); null
     *     when there are none
     * @param sheet the sheet the addresses are packed in, or null
     * @param table the table the addresses are packed in, or -1
     * @param row the reference's row, from which relative addresses count
     */
    SourceCells(long keyCodes, String[] keys, Object values, String sheet, int table, int row) {
        this.keyCodes = keyCodes;
        this.keys = keys;
        this.relative = values instanceof int[] ? (int[]) values : null;
        this.addresses = values instanceof long[] ? (long[]) values : null;
        this.values = values instanceof String[] ? (String[]) values : null;
        this.size = relative != null ? relative.length : addresses != null ? addresses.length
                : this.values != null ? this.values.length : 0;
        this.sheet = sheet;
        this.table = table;
        this.row = row;
    }

    /** @return the keys as codes; meaningful when {@link #keys()} is null */
    long keyCodes() {
        return keyCodes;
    }

    /** @return the keys, or null when they are kept as codes */
    String[] keys() {
        return keys;
    }

    /** @return the addresses, packed or as given, or null when there are none */
    Object packedValues() {
        return relative != null ? relative : addresses != null ? addresses : values;
    }

    /**
     * @param cells the cells, in order; neither keys nor values null
     * @param sheet the reference's sheet, or null
     * @param table the reference's table, or null
     * @param row the reference's row, or null
     * @return the compact copy
     */
    static SourceCells of(Map<String, String> cells, String sheet, Integer table, Integer row) {
        int n = cells.size();
        if (n == 0) {
            return EMPTY;
        }
        String[] keys = new String[n];
        String[] values = new String[n];
        int i = 0;
        for (Map.Entry<String, String> e : cells.entrySet()) {
            keys[i] = Objects.requireNonNull(e.getKey(), "cells key");
            values[i] = Objects.requireNonNull(e.getValue(), "cells value for key: " + e.getKey());
            i++;
        }
        long codes = n <= MAX_CODED ? codes(keys) : -1;
        int t = table == null ? -1 : table;
        long[] addresses = new long[n];
        for (int k = 0; k < n && addresses != null; k++) {
            addresses[k] = pack(values[k], sheet, t);
            if (addresses[k] == -1) {
                addresses = null;
            }
        }
        Object packed = addresses == null ? values : row == null ? addresses : relative(addresses, row);
        return new SourceCells(codes < 0 ? 0 : codes, codes < 0 ? keys : null, packed, sheet, t,
                row == null ? 0 : row);
    }

    /** The addresses relative to the row, shared, or the addresses themselves when one is too far. */
    private static Object relative(long[] addresses, int row) {
        int[] relative = new int[addresses.length];
        for (int k = 0; k < addresses.length; k++) {
            long a = addresses[k];
            long column = a >>> 32 & 0x3FFF_FFFF;
            long offset = (a & 0xFFFF_FFFFL) - row;
            if (column > 0x3FFF || offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
                return addresses;
            }
            relative[k] = (int) (a >>> 62) | (int) column << 2 | (int) offset << 16;
        }
        Relative key = new Relative(relative);
        int[] shared = SHARED.get(key);
        if (shared != null) {
            return shared;
        }
        if (SHARED.size() < MAX_SHARED) {
            SHARED.putIfAbsent(key, relative);
        }
        return relative;
    }

    /** An {@code int[]} as a map key, by content. */
    private static final class Relative {
        private final int[] cells;

        Relative(int[] cells) {
            this.cells = cells;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Relative && Arrays.equals(cells, ((Relative) o).cells);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cells);
        }
    }

    private static long codes(String[] keys) {
        long codes = 0;
        for (int k = keys.length - 1; k >= 0; k--) {
            int code = code(keys[k]);
            if (code == 0) {
                return -1;
            }
            codes = codes << 4 | code;
        }
        return codes;
    }

    private static int code(Object key) {
        for (int c = 1; c < KNOWN.length; c++) {
            if (KNOWN[c].equals(key)) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The address as kind (top two bits), column and row, or -1 when it is not in a form that is
     * written out again exactly.
     */
    static long pack(String address, String sheet, int table) {
        if (sheet != null && address.length() > sheet.length() + 1 && address.startsWith(sheet)
                && address.charAt(sheet.length()) == '!') {
            return a1(address, sheet.length() + 1, SHEET_A1);
        }
        if (table >= 0 && address.startsWith("table ")) {
            return tableCell(address, table);
        }
        return a1(address, 0, A1);
    }

    private static long a1(String s, int from, int kind) {
        int i = from;
        long column = 0;
        while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z' && i - from < MAX_LETTERS) {
            column = column * 26 + (s.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == from) {
            return -1;
        }
        long row = number(s, i, s.length());
        return row < 0 ? -1 : (long) kind << 62 | (column - 1) << 32 | row;
    }

    private static long tableCell(String s, int table) {
        String head = "table " + table + ", row ";
        if (!s.startsWith(head)) {
            return -1;
        }
        int comma = s.indexOf(", cell ", head.length());
        if (comma < 0) {
            return -1;
        }
        long row = number(s, head.length(), comma);
        long cell = number(s, comma + ", cell ".length(), s.length());
        if (row < 0 || cell < 1 || cell > 1 << 30) {
            return -1;
        }
        return (long) TABLE << 62 | (cell - 1) << 32 | row;
    }

    /** A number written without sign or leading zeros, at most {@code Integer.MAX_VALUE}; else -1. */
    private static long number(String s, int from, int to) {
        if (from >= to || to - from > 10 || (s.charAt(from) == '0' && to - from > 1)) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n <= Integer.MAX_VALUE ? n : -1;
    }

    private String key(int i) {
        return keys != null ? keys[i] : KNOWN[(int) (keyCodes >>> (4 * i)) & 0xF];
    }

    private String value(int i) {
        if (values != null) {
            return values[i];
        }
        int kind;
        int column;
        long row;
        if (relative != null) {
            int r = relative[i];
            kind = r & 3;
            column = r >>> 2 & 0x3FFF;
            row = (long) this.row + (r >> 16);
        } else {
            long a = addresses[i];
            kind = (int) (a >>> 62);
            column = (int) (a >>> 32 & 0x3FFF_FFFF);
            row = a & 0xFFFF_FFFFL;
        }
        if (kind == TABLE) {
            return "table " + table + ", row " + row + ", cell " + (column + 1);
        }
        StringBuilder sb = new StringBuilder(16);
        if (kind == SHEET_A1) {
            sb.append(sheet).append('!');
        }
        int start = sb.length();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(start, (char) ('A' + (c - 1) % 26));
        }
        return sb.append(row).toString();
    }

    private int indexOf(Object key) {
        if (key == null) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (key.equals(key(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : value(i);
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(key(i), value(i));
                    }
                };
            }
        };
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("immutable");
    }
}
