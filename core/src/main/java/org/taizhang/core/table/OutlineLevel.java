package org.taizhang.core.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline written as a column, for formats without merged cells (CSV): a {@code 层级} column
 * whose cell marks a heading row and says how deep it stands ({@code 一级}, {@code 二级}…), with
 * the heading's number in the {@code 序号} cell ({@code 一、}, {@code （一）}, {@code 1}, blank
 * when it has none) and its title in the next non-blank cell. Task rows leave the cell blank.
 *
 * <p>The table layer reads such a table's outline from this column alone: the nesting does not
 * depend on numbering styles, sections without a number are headings too, and nothing is grouped
 * by blank cells or filled down. A person reading the sheet sees the levels written out.
 * Immutable and thread-safe (no instances).
 */
public final class OutlineLevel {
    /** The column's header. */
    public static final String HEADER = "层级";
    private static final Pattern LEVEL = Pattern.compile("([一二三四五六七八九十]{1,3}|[0-9]{1,2})级");
    private static final String DIGITS = "一二三四五六七八九";

    private OutlineLevel() {}

    /**
     * Writes a depth as the column's cell.
     *
     * @param depth the depth, 0 for a top-level heading
     * @return the cell text: {@code 一级} for 0, {@code 十二级} for 11
     */
    public static String text(int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth < 0: " + depth);
        }
        int level = depth + 1;
        if (level < 10) {
            return DIGITS.charAt(level - 1) + "级";
        }
        if (level < 100) {
            int tens = level / 10;
            int units = level % 10;
            return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens - 1))) + "十"
                    + (units == 0 ? "" : String.valueOf(DIGITS.charAt(units - 1))) + "级";
        }
        return level + "级";
    }

    /**
     * Reads the column's cell.
     *
     * @param cell the cell's text, white space aside
     * @return the depth (0 for {@code 一级} or {@code 1级}), or -1 when the cell names no level
     */
    public static int depth(String cell) {
        Matcher m = LEVEL.matcher(cell.strip());
        if (!m.matches()) {
            return -1;
        }
        String n = m.group(1);
        int level = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : chinese(n);
        return level >= 1 ? level - 1 : -1;
    }

    // a Chinese number below one hundred (十二 is 12), or 0
    private static int chinese(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) + 1 : 0;
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1) {
            return 0;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0)) + 1;
        String rest = s.substring(ten + 1);
        int units = rest.isEmpty() ? 0 : rest.length() == 1 ? DIGITS.indexOf(rest.charAt(0)) + 1 : -1;
        return tens > 0 && units >= 0 ? tens * 10 + units : 0;
    }
}
