package org.taizhang.core.internal.prose;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Bracket groups in a line of prose. Round brackets ({@code （）} and {@code ()}, which offices mix),
 * tortoise-shell brackets ({@code 〔〕} and {@code []}) and {@code 【】} pair within their own kind and
 * nest ({@code 〔责任单位:各镇(开发区)〕}). A closing bracket with no opening one, or an opening one
 * never closed (a line cut short), encloses nothing, so such a bracket never takes in the text
 * around it.
 */
final class Brackets {
    private static final String OPEN = "（(〔[【";
    private static final String CLOSE = "）)〕]】";
    private static final String SENTENCE_END = "。．.；;！!？?";
    /** Punctuation that may follow a note at the end of a line: {@code （县政府办牵头），} or {@code …（…）：}. */
    private static final String TRAILING = "，,：:";

    /** A top-level bracket group: {@code start} is its opening bracket, {@code end} just after its closing one. */
    static final class Group {
        final int start;
        final int end;

        Group(int start, int end) {
            this.start = start;
            this.end = end;
        }

        /**
         * @param line the line it was found in
         * @return the text between the brackets
         */
        String inner(String line) {
            return line.substring(start + 1, end - 1);
        }
    }

    private Brackets() {}

    /**
     * @param c a character
     * @return the kind of bracket it opens (0 round, 1 tortoise-shell, 2 lenticular), or -1
     */
    static int opens(char c) {
        int i = OPEN.indexOf(c);
        return i < 0 ? -1 : kind(i);
    }

    /**
     * @param c a character
     * @return the kind of bracket it closes, or -1
     */
    static int closes(char c) {
        int i = CLOSE.indexOf(c);
        return i < 0 ? -1 : kind(i);
    }

    private static int kind(int index) {
        return index < 2 ? 0 : index < 4 ? 1 : 2;
    }

    /**
     * @param line a line
     * @return its balanced top-level bracket groups, in order
     */
    static List<Group> groups(String line) {
        List<Group> out = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int o = opens(c);
            if (o >= 0) {
                open.push(new int[] {i, o});
                continue;
            }
            int k = closes(c);
            if (k < 0 || open.isEmpty()) {
                continue;
            }
            // close the innermost open bracket of this kind; brackets of other kinds inside it stay unclosed
            while (!open.isEmpty() && open.peek()[1] != k) {
                open.pop();
            }
            if (!open.isEmpty()) {
                int start = open.pop()[0];
                if (open.isEmpty()) {
                    out.add(new Group(start, i + 1));
                }
            }
        }
        return out;
    }

    /**
     * The top-level groups that end a sentence: followed by {@code 。；} or only by punctuation up
     * to the end of the line.
     *
     * @param line a line
     * @return those groups, in order
     */
    static List<Group> endingSentences(String line) {
        List<Group> out = new ArrayList<>();
        for (Group g : groups(line)) {
            int j = g.end;
            while (j < line.length() && (SENTENCE_END.indexOf(line.charAt(j)) >= 0 || TRAILING.indexOf(line.charAt(j)) >= 0
                    || Character.isWhitespace(line.charAt(j)))) {
                j++;
            }
            boolean ends = j == line.length()
                    || g.end < line.length() && SENTENCE_END.indexOf(line.charAt(g.end)) >= 0;
            if (ends) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Splits text at the given separators where they stand outside any bracket.
     *
     * @param text the text
     * @param separators the separator characters
     * @return the pieces, stripped, empty ones left out
     */
    static List<String> splitOutside(String text, String separators) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (opens(c) >= 0) {
                depth++;
            } else if (closes(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                add(out, text.substring(from, i));
                from = i + 1;
            }
        }
        add(out, text.substring(from));
        return out;
    }

    private static void add(List<String> out, String piece) {
        if (!piece.isBlank()) {
            out.add(piece.strip());
        }
    }
}
