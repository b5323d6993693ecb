package org.taizhang.core.internal.status;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text at runs of break characters, as {@link java.util.regex.Pattern#split} splits at
 * {@code [chars]+}: a break at the start leaves an empty first piece, breaks at the end leave none.
 * Every 落实情况 text is split into sentences and clauses; this makes no matcher for it.
 */
final class Breaks {
    static final String SENTENCE = "。；;！!？?\n\r";
    static final String CLAUSE = "，,、";

    private Breaks() {}

    /**
     * @param text a text
     * @param breaks the break characters
     * @return the pieces between runs of them
     */
    static List<String> split(String text, String breaks) {
        List<String> pieces = new ArrayList<>(4);
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (breaks.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            pieces.add(text.substring(start, i));
            while (i < text.length() && breaks.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            start = i;
        }
        if (start == 0 && pieces.isEmpty()) {
            return List.of(text);
        }
        pieces.add(text.substring(start));
        int end = pieces.size();
        while (end > 0 && pieces.get(end - 1).isEmpty()) {
            end--;
        }
        return pieces.subList(0, end);
    }
}
