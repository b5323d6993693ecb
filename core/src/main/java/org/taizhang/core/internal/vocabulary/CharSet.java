package org.taizhang.core.internal.vocabulary;

/**
 * A fixed set of characters, one bit each (8 KB for the whole Basic Multilingual Plane): asked of
 * every character of a cell, it answers with one array read, where a search of a string of the
 * characters compares each in turn. Immutable and thread-safe.
 */
public final class CharSet {
    private final long[] bits = new long[1 << 10];

    private CharSet(char[] chars) {
        for (char c : chars) {
            bits[c >>> 6] |= 1L << c;
        }
    }

    /**
     * @param chars the characters
     * @return the set of them
     */
    public static CharSet of(char[] chars) {
        return new CharSet(chars);
    }

    /**
     * @param chars the characters
     * @return the set of them
     */
    public static CharSet of(String chars) {
        return new CharSet(chars.toCharArray());
    }

    /**
     * @param c a character
     * @return true when it is one of the set's
     */
    public boolean contains(char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }
}
