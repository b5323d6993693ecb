package org.taizhang.core.internal.deadline;

/**
 * A fixed list of keywords, tried in order, with a 64-bit filter on their first characters so that
 * a position no keyword can start at is rejected with one mask test. The scanner tries a dozen such
 * lists at most positions, so the cheap rejection is where its time goes. (An exact filter, and
 * one on two slices of the character, were measured: both slower, the extra read costing more
 * than the false positives they save.)
 */
final class Words {
    private final char[][] words;
    private final long firstMask;

    private Words(String... words) {
        this.words = new char[words.length][];
        long mask = 0;
        for (int i = 0; i < words.length; i++) {
            this.words[i] = words[i].toCharArray();
            mask |= 1L << (words[i].charAt(0) & 63);
        }
        this.firstMask = mask;
    }

    /**
     * The first-character filter of several lists together, for a caller that tries them all in
     * turn: when {@link #mayStart(long, char)} says no, none of them matches.
     */
    static long union(Words... lists) {
        long mask = 0;
        for (Words w : lists) {
            mask |= w.firstMask;
        }
        return mask;
    }

    /** False when no keyword of the lists a {@link #union} was made of can start with c. */
    static boolean mayStart(long union, char c) {
        return (union >>> (c & 63) & 1L) != 0;
    }

    /** Sets the entry of every character some keyword of the lists starts with. */
    static void markFirsts(boolean[] table, Words... lists) {
        for (Words list : lists) {
            for (char[] w : list.words) {
                table[w[0]] = true;
            }
        }
    }

    /** The keywords, longest alternatives first where one is a prefix of another. */
    static Words of(String... words) {
        return new Words(words);
    }

    /**
     * The end of the first keyword found at i in buf (before end), or -1 when none is there.
     */
    int match(char[] buf, int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = buf[i];
        if ((firstMask >>> (c & 63) & 1L) == 0) {
            return -1;
        }
        outer:
        for (char[] w : words) {
            int len = w.length;
            if (w[0] != c || i + len > end) {
                continue;
            }
            for (int k = 1; k < len; k++) {
                if (buf[i + k] != w[k]) {
                    continue outer;
                }
            }
            return i + len;
        }
        return -1;
    }

    /** The index in the list of the first keyword found at i in buf, or -1. */
    int index(char[] buf, int i, int end) {
        int e = match(buf, i, end);
        if (e < 0) {
            return -1;
        }
        for (int w = 0; w < words.length; w++) {
            if (words[w].length == e - i && words[w][0] == buf[i]
                    && java.util.Arrays.equals(words[w], 0, words[w].length, buf, i, e)) {
                return w;
            }
        }
        return -1;
    }

    /**
     * The start of the first keyword that ends exactly at i in buf (not before from), or -1.
     */
    int matchEndingAt(char[] buf, int from, int i) {
        outer:
        for (char[] w : words) {
            int s = i - w.length;
            if (s < from) {
                continue;
            }
            for (int k = 0; k < w.length; k++) {
                if (buf[s + k] != w[k]) {
                    continue outer;
                }
            }
            return s;
        }
        return -1;
    }
}
