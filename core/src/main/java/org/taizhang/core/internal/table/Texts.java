package org.taizhang.core.internal.table;

import java.util.regex.Pattern;

/** Text normalisation used for matching only; values are always kept as written. */
final class Texts {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern SPACE_NEAR_CJK =
            Pattern.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]) "
                    + "| (?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");
    private static final Pattern FLOAT_INTEGER = Pattern.compile("(\\d+)\\.0+");

    private Texts() {}

    /**
     * The key a header word or a status is matched by: no white space at all, full-width letters,
     * digits and brackets folded to half-width.
     */
    static String key(String text) {
        // One pass without a regex: called for many cells of every row, and most need no change.
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            boolean wide = c >= '\uff01' && c <= '\uff5e';
            if ((space || wide) && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null && !space) {
                sb.append(wide ? (char) (c - 0xfee0) : c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000' || c == '\u00a0';
    }

    /**
     * @param text a text
     * @param length a length
     * @return false when the text's {@link #key} is longer than {@code length}, found without
     *     making the key
     */
    static boolean keyFitsIn(String text, int length) {
        if (text.length() <= length) {
            return true;
        }
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (!space && ++kept > length) {
                return false;
            }
        }
        return true;
    }

    /**
     * A header as a person reads it, for {@code extra} keys: line breaks and runs of white space
     * become one space, and spaces next to Chinese characters go ({@code 责任\n单位} is
     * {@code 责任单位}).
     */
    static String label(String text) {
        String s = SPACE.matcher(text.strip()).replaceAll(" ");
        return SPACE_NEAR_CJK.matcher(s).replaceAll("");
    }

    /** A cell value as written, without surrounding white space. */
    static String value(String text) {
        return text.strip();
    }

    /**
     * A 序号 as written, except that a whole number a spreadsheet stored as a decimal
     * ({@code 1.0}) is written as a person sees it ({@code 1}).
     */
    static String number(String text) {
        String s = text.strip();
        var m = FLOAT_INTEGER.matcher(s);
        return m.matches() ? m.group(1) : s;
    }
}
