package org.taizhang.core.internal.status;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.internal.vocabulary.CharSet;

/**
 * Splits a text at runs of break characters, as {@link java.util.regex.Pattern#split} splits at
 * {@code [chars]+}: a break at the start leaves an empty first piece, breaks at the end leave none.
 * Every 落实情况 text is split into sentences and clauses; this makes no matcher for it.
 */
final class Breaks {
    /** Where a sentence ends. */
    static final Breaks SENTENCE = new Breaks("。；;！!？?\n\r");
    /** Where a clause of a sentence ends. */
    static final Breaks CLAUSE = new Breaks("，,、");

    /** The break characters: asked of every character of every 落实情况 text. */
    private final CharSet chars;

    private Breaks(String breaks) {
        this.chars = CharSet.of(breaks);
    }

    /**
     * @param text a text
     * @return the pieces between runs of the break characters
     */
    List<String> split(String text) {
        List<String> pieces = null;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (!chars.contains(text.charAt(i))) {
                i++;
                continue;
            }
            if (pieces == null) {
                pieces = new ArrayList<>(4);
            }
            pieces.add(text.substring(start, i));
            while (i < text.length() && chars.contains(text.charAt(i))) {
                i++;
            }
            start = i;
        }
        if (pieces == null) {
            return List.of(text); // most clauses: no break at all
        }
        pieces.add(text.substring(start));
        int end = pieces.size();
        while (end > 0 && pieces.get(end - 1).isEmpty()) {
            end--;
        }
        return pieces.subList(0, end);
    }
}
