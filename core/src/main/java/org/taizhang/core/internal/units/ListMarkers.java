package org.taizhang.core.internal.units;

import org.taizhang.core.internal.vocabulary.Chars;

/**
 * Removes the numbers of numbered lists in a cell ({@code 1.市财政局 2.市审计局}, {@code （1）},
 * {@code ①}, {@code 一、}), leaving a list separator in their place.
 */
final class ListMarkers {
    private ListMarkers() {}

    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";

    /**
     * @param source a cell text
     * @return the text with each list number at the start of an item replaced by a space; a number
     *     written right after a body's name ({@code 县财政局2.县人社局}) starts an item too
     */
    static SourceText strip(SourceText source) {
        String text = source.text();
        if (!mayHoldMarker(text)) {
            return source; // most cells: no digit, circled number or 一、 that could start a number
        }
        return stripMarkers(source);
    }

    /** {@link #strip} without the first look for a character a list number could start with. */
    static SourceText stripMarkers(SourceText source) {
        String text = source.text();
        SourceText.Builder out = source.rewrite();
        int i = 0;
        int depth = 0;
        while (i < text.length()) {
            // a circled number is a list number wherever it stands: 市公安局②市司法局
            int end = depth == 0 && (atItemStart(text, i) || isCircled(text.charAt(i))) ? markerEnd(text, i) : -1;
            char c = text.charAt(i);
            if (end < 0 && UnitWords.OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (UnitWords.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            if (end > i) {
                out.insert(' ');
                i = end;
            } else {
                out.keep(i);
                i++;
            }
        }
        return out.build();
    }

    /**
     * @return false when no list number can start anywhere in the text: every one ({@link #markerEnd})
     *     starts with a circled number, a digit, a bracket before a numeral, or a Chinese numeral
     *     before 、
     */
    static boolean mayHoldMarker(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCircled(c) || Chars.isDigit(c)) {
                return true;
            }
            boolean next = i + 1 < text.length();
            if (next && (c == '(' || c == '（') && isNumeral(text.charAt(i + 1))) {
                return true;
            }
            if (next && text.charAt(i + 1) == '、' && CHINESE_NUMERALS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean atItemStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return UnitWords.isListSeparator(before) || UnitWords.isClauseSeparator(before) || before == ':'
                || before == '：' || UnitWords.CLOSE.indexOf(before) >= 0 || isCircled(before)
                || (startsNumber(text.charAt(i)) && endsName(text.substring(Math.max(0, i - 8), i)));
    }

    private static boolean endsName(String before) {
        return UnitWords.endsLikeBody(before) || UnitWords.endsLikePlace(before) || UnitWords.genericHead(before) != null;
    }

    private static boolean startsNumber(char c) {
        return Chars.isDigit(c) || c == '(' || c == '（';
    }

    /** @return the index after a list number starting at {@code i}, or -1 if there is none */
    private static int markerEnd(String text, int i) {
        char c = text.charAt(i);
        if (isCircled(c)) {
            return i + 1;
        }
        if (c == '(' || c == '（') {
            int j = i + 1;
            while (j < text.length() && j - i <= 2 && isNumeral(text.charAt(j))) {
                j++;
            }
            boolean closed = j > i + 1 && j < text.length() && (text.charAt(j) == ')' || text.charAt(j) == '）');
            return closed && j + 1 < text.length() ? j + 1 : -1;
        }
        int j = i;
        while (j < text.length() && j - i < 2 && Chars.isDigit(text.charAt(j))) {
            j++;
        }
        if (j == i) {
            // 一、市教育局: a Chinese numeral only with 、 after it
            boolean chinese = CHINESE_NUMERALS.indexOf(c) >= 0 && i + 2 < text.length() && text.charAt(i + 1) == '、';
            return chinese ? i + 2 : -1;
        }
        if (j + 1 >= text.length()) {
            return -1;
        }
        char after = text.charAt(j);
        boolean marker = after == '.' || after == '．' || after == '、' || after == ')' || after == '）';
        // 1.5 or 12345热线 are not list numbers
        return marker && !Chars.isDigit(text.charAt(j + 1)) ? j + 1 : -1;
    }

    private static boolean isNumeral(char c) {
        return Chars.isDigit(c) || CHINESE_NUMERALS.indexOf(c) >= 0;
    }

    /** ① … ⑳, ⑴ … ⒇, ⒈ … ⒛ */
    private static boolean isCircled(char c) {
        return c >= '\u2460' && c <= '\u249b';
    }
}
