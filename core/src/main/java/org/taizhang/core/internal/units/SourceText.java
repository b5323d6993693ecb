package org.taizhang.core.internal.units;

import java.util.Arrays;
import org.taizhang.core.internal.vocabulary.Chars;

/**
 * A cell text as rewritten for reading (notes taken out, list numbers and bracketed labels replaced
 * by separators) that knows where each of its characters stands in the cell as written.
 *
 * <p>Unit names, qualifiers and role texts are only ever taken from {@linkplain #isWritten(int, int)
 * written} stretches, so that each is a contiguous piece of the cell: a rewrite may put a separator
 * in or take a note out, but never joins the text on either side into one name.
 */
public final class SourceText {
    private final String text;
    /** the index in the cell of each character, or -1 for a character a rewrite put in */
    private final int[] at;
    /** the index in {@link #text} where the written stretch holding each character starts */
    private final int[] runStart;

    private SourceText(String text, int[] at) {
        this.text = text;
        this.at = at;
        this.runStart = new int[at.length];
        for (int k = 0; k < at.length; k++) {
            boolean continues = k > 0 && at[k] >= 0 && at[k - 1] >= 0 && at[k] == at[k - 1] + 1;
            runStart[k] = continues ? runStart[k - 1] : k;
        }
    }

    /**
     * @param cell the cell text as written
     * @return the text with every character written where it stands
     */
    public static SourceText of(String cell) {
        int[] at = new int[cell.length()];
        for (int k = 0; k < at.length; k++) {
            at[k] = k;
        }
        return new SourceText(cell, at);
    }

    /** @return the rewritten text */
    public String text() {
        return text;
    }

    /** @return the length of the rewritten text */
    public int length() {
        return text.length();
    }

    /**
     * @param k an index in the rewritten text
     * @return the character there
     */
    public char charAt(int k) {
        return text.charAt(k);
    }

    /**
     * @param start first index, inclusive
     * @param end last index, exclusive
     * @return the rewritten text between them
     */
    public String substring(int start, int end) {
        return text.substring(start, end);
    }

    /**
     * @param start first index, inclusive
     * @param end last index, exclusive
     * @return the part between them, still knowing where its characters stand in the cell
     */
    public SourceText sub(int start, int end) {
        if (start == 0 && end == text.length()) {
            return this; // immutable: the whole of it is itself
        }
        return new SourceText(text.substring(start, end), Arrays.copyOfRange(at, start, end));
    }

    /** @return this text without white space at either end */
    public SourceText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && Chars.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? this : sub(start, end);
    }

    /**
     * @param start first index, inclusive
     * @param end last index, exclusive
     * @return true if the characters between them are written in the cell just so, one after another
     *     (an empty stretch is written)
     */
    public boolean isWritten(int start, int end) {
        return start >= end || (at[start] >= 0 && runStart[end - 1] <= start);
    }

    /**
     * @param start first index, inclusive
     * @param end last index, exclusive
     * @return the index after the written stretch that starts at {@code start}, at most {@code end};
     *     {@code start} itself when the character there was put in by a rewrite
     */
    int writtenEnd(int start, int end) {
        if (start >= end || at[start] < 0) {
            return start;
        }
        int k = start + 1;
        while (k < end && runStart[k] == runStart[start]) {
            k++;
        }
        return k;
    }

    /** @return a builder for a rewrite of this text */
    public Builder rewrite() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Builds a rewrite of a {@link SourceText}, character by character; not thread-safe. Most passes
     * change nothing in most cells: while the rewrite only keeps the text from its start, in order,
     * nothing is copied, and a rewrite that keeps it all is the text itself.
     */
    public static final class Builder {
        private final SourceText from;
        /** while nothing is copied: the characters kept so far, from the start of {@link #from} */
        private int kept;
        private StringBuilder text;
        private int[] at;
        private int size;

        private Builder(SourceText from) {
            this.from = from;
        }

        /**
         * Keeps a character of the text being rewritten.
         *
         * @param k its index
         * @return this builder
         */
        public Builder keep(int k) {
            if (text == null && k == kept) {
                kept++;
            } else {
                put(from.text.charAt(k), from.at[k]);
            }
            return this;
        }

        /**
         * Keeps the characters of the text being rewritten between two indexes.
         *
         * @param start first index, inclusive
         * @param end last index, exclusive
         * @return this builder
         */
        public Builder keep(int start, int end) {
            if (text == null && start == kept && end >= start) {
                kept = end;
                return this;
            }
            for (int k = start; k < end; k++) {
                keep(k);
            }
            return this;
        }

        /**
         * Puts in a character that is not written in the cell (a separator standing for what was
         * taken out).
         *
         * @param c the character
         * @return this builder
         */
        public Builder insert(char c) {
            put(c, -1);
            return this;
        }

        /**
         * Keeps a rewritten part of the same cell.
         *
         * @param part the part
         * @return this builder
         */
        public Builder append(SourceText part) {
            if (text == null && continuesKept(part)) {
                kept += part.length(); // the part is the text itself from where the rewrite stands
                return this;
            }
            for (int k = 0; k < part.length(); k++) {
                put(part.text.charAt(k), part.at[k]);
            }
            return this;
        }

        private boolean continuesKept(SourceText part) {
            if (part == from && kept == 0) {
                return true;
            }
            if (kept + part.length() > from.length()) {
                return false;
            }
            for (int k = 0; k < part.length(); k++) {
                if (part.at[k] != from.at[kept + k] || part.text.charAt(k) != from.text.charAt(kept + k)) {
                    return false;
                }
            }
            return true;
        }

        private void put(char c, int where) {
            if (text == null) {
                // the rewrite departs from the text: copy what was kept so far
                text = new StringBuilder(from.length() + 8).append(from.text, 0, kept);
                at = Arrays.copyOf(from.at, Math.max(kept * 2, from.length()) + 8);
                size = kept;
            }
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2 + 8);
            }
            text.append(c);
            at[size++] = where;
        }

        /** @return the rewritten text */
        public SourceText build() {
            if (text == null) {
                return kept == from.length() ? from : from.sub(0, kept);
            }
            return new SourceText(text.toString(), Arrays.copyOf(at, size));
        }
    }
}
