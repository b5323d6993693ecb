package org.taizhang.core.internal.vocabulary;

/**
 * Character classes the parsers ask of every character of a cell, written out rather than looked
 * up in the JDK's tables of every character's properties: the answers are the JDK's, and the code
 * is small enough to cost little wherever it is compiled in.
 */
public final class Chars {
    private Chars() {}

    /**
     * @param c a character
     * @return {@code Character.isWhitespace(c)}: ASCII space, {@code \t}–{@code \r},
     *     {@code \u001c}–{@code \u001f}, and the Unicode space, line and paragraph separators
     *     except the no-break spaces {@code \u00a0}, {@code \u2007} and {@code \u202f}
     */
    public static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return c == '\u3000' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a' && c != '\u2007')
                || c == '\u2028' || c == '\u2029' || c == '\u205f';
    }

    /**
     * @param c a character
     * @return true for a digit as ledgers write one: ASCII {@code 0}–{@code 9} or full-width
     *     {@code ０}–{@code ９}
     */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /**
     * @param c a character
     * @return white space ({@link #isWhitespace}) or a no-break space: every character Java calls
     *     white space or a space character
     */
    public static boolean isSpace(char c) {
        return isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }
}
