package org.taizhang.core.internal.units;

import java.util.ArrayDeque;
import java.util.Deque;

/** Brackets a cell leaves open or closes without opening them: {@code 配合单位:县财政局、县审计局)}. */
final class Brackets {
    private Brackets() {}

    /**
     * @param source a cell text
     * @return the text with every bracket that has no partner replaced by a space, so that it is
     *     never part of a name and never hides a label
     */
    static SourceText dropUnmatched(SourceText source) {
        String text = source.text();
        boolean[] unmatched = new boolean[text.length()];
        Deque<Integer> open = new ArrayDeque<>();
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                open.push(i);
            } else if (UnitWords.CLOSE.indexOf(c) >= 0) {
                if (open.isEmpty()) {
                    unmatched[i] = true;
                    any = true;
                } else {
                    open.pop();
                }
            }
        }
        for (int i : open) {
            unmatched[i] = true;
            any = true;
        }
        if (!any) {
            return source;
        }
        SourceText.Builder out = source.rewrite();
        for (int i = 0; i < text.length(); i++) {
            if (unmatched[i]) {
                out.insert(' ');
            } else {
                out.keep(i);
            }
        }
        return out.build();
    }

    /**
     * @param text a piece of a cell
     * @return the piece without white space, separators and brackets without partner at either end
     */
    static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isLoose(text, start, start, end)) {
            start++;
        }
        while (end > start && isLoose(text, end - 1, start, end)) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isLoose(String text, int k, int start, int end) {
        char c = text.charAt(k);
        if (UnitWords.isListSeparator(c) || UnitWords.isClauseSeparator(c) || c == ':' || c == '：') {
            return true;
        }
        if (UnitWords.OPEN.indexOf(c) >= 0) {
            int close = UnitWords.matchingClose(text.substring(0, end), k);
            return close < 0;
        }
        if (UnitWords.CLOSE.indexOf(c) >= 0) {
            return UnitWords.matchingOpen(text.substring(start), k - start) < 0;
        }
        return false;
    }
}
