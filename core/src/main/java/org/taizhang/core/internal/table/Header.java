package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.internal.vocabulary.MatchKey;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.CellAddressing;
import org.taizhang.core.table.Grid;

/**
 * The header of a ledger table: which row it is (and the sub-header row below it, if any), the
 * label of every column as written and the role read from it.
 */
final class Header {
    /** Rows scanned from the top of a grid for the header. */
    static final int SCAN_ROWS = 30;

    private final int row;
    private final int lastRow;
    private final String[] labels;
    private final ColumnRole[] roles;
    private final String[] rowKeys;
    private final String[] subRowKeys;
    /** The sub-header's own words by column (null where it is blank or covered), or null. */
    private final String[] subOwnKeys;
    /**
     * The role each key names ({@link HeaderWords#roleOf}), found once: a repeated header is
     * looked for on every row, and most rows have short cells to compare.
     */
    private final ColumnRole[] rowKeyRoles;
    private final ColumnRole[] subRowKeyRoles;
    private final ColumnRole[] subOwnKeyRoles;
    /** True when the caller added header words for this read, so that a long cell may be one. */
    private final boolean addedWords;
    private final boolean found;

    private Header(int row, int lastRow, String[] labels, ColumnRole[] roles, String[] rowKeys,
            String[] subRowKeys, String[] subOwnKeys, boolean found) {
        this.row = row;
        this.lastRow = lastRow;
        this.labels = labels;
        this.roles = roles;
        this.rowKeys = rowKeys;
        this.subRowKeys = subRowKeys;
        this.subOwnKeys = subOwnKeys;
        this.rowKeyRoles = keyRoles(rowKeys);
        this.subRowKeyRoles = keyRoles(subRowKeys);
        this.subOwnKeyRoles = keyRoles(subOwnKeys);
        this.addedWords = found && HeaderWords.hasAddedWords();
        this.found = found;
    }

    /**
     * Looks for the header among the first rows: the first row with at least two header words
     * that make up at least half of its non-blank cells. A following row of header words (or
     * person columns such as {@code 责任领导}) under merged header cells is a sub-header
     * ({@code 责任单位} over {@code 牵头单位 | 配合单位}, {@code 责任分工} over {@code 责任领导 | 责任单位}).
     *
     * @return the header, or null when the grid has none
     */
    static Header detect(Grid grid) {
        int limit = Math.min(grid.rowCount(), SCAN_ROWS);
        for (int r = 0; r < limit; r++) {
            String[] texts = rowTexts(grid, r);
            int nonBlank = 0;
            int known = 0;
            for (int c = 0; c < texts.length; c++) {
                if (grid.cell(r, c).isCovered() || texts[c].isBlank()) {
                    continue;
                }
                nonBlank++;
                if (HeaderWords.roleOf(texts[c]) != null) {
                    known++;
                }
            }
            if (known >= 2 && known * 2 >= nonBlank) {
                return build(grid, r, texts);
            }
        }
        return null;
    }

    private static Header build(Grid grid, int r, String[] texts) {
        int columns = grid.columnCount();
        String[] labels = new String[columns];
        for (int c = 0; c < columns; c++) {
            labels[c] = Texts.label(texts[c]);
        }
        String[] subKeys = null;
        String[] subOwn = null;
        int last = r;
        if (r + 1 < grid.rowCount() && isSubHeader(grid, r, r + 1)) {
            String[] sub = rowTexts(grid, r + 1);
            subKeys = keys(sub);
            subOwn = new String[columns];
            for (int c = 0; c < columns; c++) {
                if (!grid.cell(r + 1, c).isCovered() && !sub[c].isBlank()) {
                    labels[c] = Texts.label(sub[c]);
                    subOwn[c] = subKeys[c];
                }
            }
            last = r + 1;
        }
        ColumnRole[] roles = new ColumnRole[columns];
        for (int c = 0; c < columns; c++) {
            ColumnRole role = HeaderWords.roleOf(labels[c]);
            roles[c] = role == null ? ColumnRole.EXTRA : role;
        }
        HeaderWords.completionBesideDeadline(labels, roles);
        return new Header(r, last, labels, roles, keys(texts), subKeys, subOwn, true);
    }

    private static boolean isSubHeader(Grid grid, int header, int r) {
        int known = 0;
        for (int c = 0; c < grid.columnCount(); c++) {
            Cell cell = grid.cell(r, c);
            if (cell.isCovered() || cell.isBlank()) {
                continue;
            }
            if (HeaderWords.roleOf(cell.text()) == null && !namesPersonShortly(cell.text())) {
                return false;
            }
            Cell above = grid.cell(header, c);
            boolean underMerge = above.isCovered() || above.colSpan() > 1 || above.isBlank()
                    || spansBlankRight(grid, header, c);
            if (!underMerge) {
                return false;
            }
            known++;
        }
        return known >= 1;
    }

    /**
     * A header cell followed by a blank header cell over a sub-header word stands over both, as
     * a merged cell would: a file that cannot merge (CSV) writes {@code 责任单位,} over
     * {@code 牵头单位,配合单位}.
     */
    private static boolean spansBlankRight(Grid grid, int header, int c) {
        if (c + 1 >= grid.columnCount()) {
            return false;
        }
        Cell right = grid.cell(header, c + 1);
        Cell below = grid.cell(header + 1, c + 1);
        return !right.isCovered() && right.isBlank() && !below.isCovered() && !below.isBlank();
    }

    /** A short header naming a person ({@code 责任领导}, {@code 责任人}) under a merged header cell. */
    private static boolean namesPersonShortly(String text) {
        return MatchKey.of(text).length() <= HeaderWords.MAX_HEADER_LENGTH && HeaderWords.namesPerson(text);
    }

    /**
     * A header for a table that has none: every column is labelled by its letter, and the roles
     * are guessed from the cells.
     */
    static Header inferred(Grid grid) {
        int columns = grid.columnCount();
        String[] labels = new String[columns];
        ColumnRole[] roles = new ColumnRole[columns];
        for (int c = 0; c < columns; c++) {
            labels[c] = CellAddressing.columnName(c);
            roles[c] = ColumnRole.EXTRA;
        }
        return new Header(-1, -1, labels, roles, new String[columns], null, null, false);
    }

    private static String[] rowTexts(Grid grid, int r) {
        String[] texts = new String[grid.columnCount()];
        for (int c = 0; c < texts.length; c++) {
            Cell cell = grid.cell(r, c);
            texts[c] = cell.isCovered() ? grid.cell(cell.anchorRow(), cell.anchorColumn()).text() : cell.text();
        }
        return texts;
    }

    private static ColumnRole[] keyRoles(String[] keys) {
        if (keys == null) {
            return null;
        }
        ColumnRole[] roles = new ColumnRole[keys.length];
        for (int c = 0; c < keys.length; c++) {
            roles[c] = keys[c] == null || keys[c].isEmpty() ? null : HeaderWords.roleOf(keys[c]);
        }
        return roles;
    }

    private static String[] keys(String[] texts) {
        String[] keys = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            keys[i] = MatchKey.of(texts[i]);
        }
        return keys;
    }

    /**
     * @return true when a row repeats this header (or its sub-header), as after a page break: at
     *     least four in five of the header's non-blank cells are there again, each as written or
     *     as another known header word of the same role ({@code 责任部门} for {@code 责任单位});
     *     or the row holds nothing but the words of the sub-header's own cells, which is how a
     *     two-row header looks when only its second row is repeated on every page
     */
    boolean isRepeatedAt(Grid grid, int r) {
        return repeats(grid, r, rowKeys, rowKeyRoles)
                || (subRowKeys != null && repeats(grid, r, subRowKeys, subRowKeyRoles))
                || (subOwnKeys != null && repeatsOwnCells(grid, r, subOwnKeys, subOwnKeyRoles));
    }

    private boolean repeats(Grid grid, int r, String[] keys, ColumnRole[] keyRoles) {
        if (keys.length != grid.columnCount()) {
            return false;
        }
        int wanted = 0;
        for (String key : keys) {
            wanted += key == null || key.isEmpty() ? 0 : 1;
        }
        // at most one in five may differ: stop at the first miss too many, as on every data row
        int missesAllowed = wanted - (wanted * 4 + 4) / 5;
        int misses = 0;
        for (int c = 0; c < keys.length && misses <= missesAllowed; c++) {
            if (keys[c] == null || keys[c].isEmpty()) {
                continue;
            }
            Cell cell = grid.cell(r, c);
            String text = cell.isCovered() ? grid.cell(cell.anchorRow(), cell.anchorColumn()).text() : cell.text();
            if (!equivalent(keys[c], keyRoles[c], text)) {
                misses++;
            }
        }
        return wanted >= 2 && misses <= missesAllowed;
    }

    private boolean repeatsOwnCells(Grid grid, int r, String[] keys, ColumnRole[] keyRoles) {
        if (keys.length != grid.columnCount()) {
            return false;
        }
        int wanted = 0;
        int same = 0;
        for (int c = 0; c < keys.length; c++) {
            Cell cell = grid.cell(r, c);
            boolean own = !cell.isCovered() && !cell.isBlank();
            if (keys[c] == null) {
                if (own) {
                    return false; // text where the sub-header has none: not a repeat
                }
                continue;
            }
            wanted++;
            if (own && equivalent(keys[c], keyRoles[c], cell.text())) {
                same++;
            }
        }
        return same >= 1 && same * 5 >= wanted * 4;
    }

    /**
     * @return true when the text is the header word of the key as written (white space and
     *     full-width forms aside), or another known header word of the same role
     */
    private boolean equivalent(String key, ColumnRole keyRole, String text) {
        if (!addedWords && !MatchKey.fitsIn(text, Math.max(key.length(), HeaderWords.MAX_HEADER_LENGTH))) {
            return false; // a sentence of a data row: longer than any header word
        }
        if (key.equals(MatchKey.of(text))) {
            return true;
        }
        return keyRole != null && HeaderWords.isKnownWord(text) && HeaderWords.roleOf(text) == keyRole;
    }

    /** @return true when this header has the same words in the same columns as another */
    boolean sameAs(Header other) {
        return found && other.found && java.util.Arrays.equals(rowKeys, other.rowKeys);
    }

    /** @return true when the header was found in the grid rather than guessed */
    boolean found() {
        return found;
    }

    /** @return the grid row of the header, -1 when guessed */
    int row() {
        return row;
    }

    /** @return the first grid row below the header */
    int firstDataRow() {
        return lastRow + 1;
    }

    /** @return the number of columns */
    int columns() {
        return labels.length;
    }

    String label(int column) {
        return labels[column];
    }

    ColumnRole role(int column) {
        return roles[column];
    }

    /** @return the {@code 层级} column ({@link org.taizhang.core.table.OutlineLevel}), or -1: when there is one, it alone gives the outline */
    int levelColumn() {
        for (int c = 0; c < labels.length; c++) {
            if (labels[c] != null && MatchKey.of(labels[c]).equals(org.taizhang.core.table.OutlineLevel.HEADER)) {
                return c;
            }
        }
        return -1;
    }

    /** @return a copy of the roles, for the layout to refine */
    ColumnRole[] roles() {
        return roles.clone();
    }

    /** @return the labels, in column order */
    List<String> labels() {
        return new ArrayList<>(List.of(labels));
    }
}
