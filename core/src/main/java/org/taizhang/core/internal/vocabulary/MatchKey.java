package org.taizhang.core.internal.vocabulary;

/**
 * The form in which cells are matched against known words (header words, statuses, the words of
 * a 合计 row): no white space at all, full-width letters, digits and punctuation folded to
 * half-width ({@code 责任\n单位} and {@code 责任　单位} are {@code 责任单位}, {@code （ＮＯ．１）} is
 * {@code (NO.1)}). Values are always kept as written; this is for comparing only.
 *
 * <p>White space is what Java calls white space or a space character: ASCII space and controls
 * {@code \t}–{@code \r} and {@code \u001c}–{@code \u001f}, the no-break spaces
 * ({@code \u00a0}, {@code \u2007}, {@code \u202f}), the ideographic space {@code \u3000} and
 * the other Unicode spaces and separators.
 */
public final class MatchKey {
    private MatchKey() {}

    /**
     * @param text a text
     * @return its key; the text itself when nothing changes, as for most cells
     */
    public static String of(String text) {
        int i = 0;
        while (i < text.length() && !changes(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c)) {
                sb.append(isWide(c) ? (char) (c - 0xfee0) : c);
            }
        }
        return sb.toString();
    }

    /**
     * @param text a text
     * @param length a length
     * @return false when the text's key is longer than {@code length}, found without making it
     */
    public static boolean fitsIn(String text, int length) {
        if (text.length() <= length) {
            return true;
        }
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isSpace(text.charAt(i)) && ++kept > length) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWide(char c) {
        return c >= '\uff01' && c <= '\uff5e';
    }

    private static boolean changes(char c) {
        return Chars.isSpace(c) || isWide(c);
    }
}
