package org.taizhang.core.internal.vocabulary;

import java.util.Arrays;
import java.util.Map;

/**
 * A fixed set of words, each with a value, looked up at a place in a text: the longest word that
 * starts there, or whether any does. Word lookups of the parsers run at every character of every
 * cell; trying each word with {@code startsWith}, or each length with {@code substring}, costs time
 * in proportion to the list, where walking the trie costs only the length of the match.
 *
 * <p>Each node keeps its children's characters sorted, searched by bisection. Immutable and
 * thread-safe.
 *
 * @param <V> the words' values
 */
public final class WordTrie<V> {
    private static final char[] NO_CHARS = {};
    private static final int[] NO_LENGTHS = {};

    private final Node<V> root;
    /**
     * The characters words start with, one bit each: most places of a text start no word, and
     * this says so without a search of the root's children.
     */
    private final CharSet firstChars;

    private WordTrie(Node<V> root) {
        this.root = root;
        this.firstChars = CharSet.of(root.chars);
    }

    private boolean mayStart(CharSequence text, int at) {
        return at < text.length() && firstChars.contains(text.charAt(at));
    }

    /**
     * @param words the words and their values; empty words are ignored
     * @param <V> the values
     * @return the trie
     */
    public static <V> WordTrie<V> of(Map<String, V> words) {
        String[] sorted = words.keySet().stream().filter(w -> !w.isEmpty()).sorted().toArray(String[]::new);
        return new WordTrie<>(build(sorted, 0, sorted.length, 0, words));
    }

    // The words in [from, to) of the sorted array share their first `depth` characters.
    @SuppressWarnings("unchecked")
    private static <V> Node<V> build(String[] sorted, int from, int to, int depth, Map<String, V> words) {
        V value = null;
        int k = from;
        if (k < to && sorted[k].length() == depth) {
            value = words.get(sorted[k++]); // the shortest sorts first: the word that ends here
        }
        int count = 0;
        for (int i = k; i < to; count++) {
            i = end(sorted, i, to, depth);
        }
        char[] chars = count == 0 ? NO_CHARS : new char[count];
        Node<V>[] children = new Node[count];
        int n = 0;
        for (int i = k; i < to; n++) {
            int next = end(sorted, i, to, depth);
            chars[n] = sorted[i].charAt(depth);
            children[n] = build(sorted, i, next, depth + 1, words);
            i = next;
        }
        return new Node<>(chars, children, value);
    }

    // The end of the run of words from `i` with the same character at `depth`.
    private static int end(String[] sorted, int i, int to, int depth) {
        char c = sorted[i].charAt(depth);
        int j = i + 1;
        while (j < to && sorted[j].charAt(depth) == c) {
            j++;
        }
        return j;
    }

    /**
     * @param text a text
     * @param at where to look
     * @return the length of the longest word starting at {@code at}, 0 when none does
     */
    public int longestAt(CharSequence text, int at) {
        if (!mayStart(text, at)) {
            return 0;
        }
        Node<V> node = root;
        int longest = 0;
        for (int i = at; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                longest = i - at + 1;
            }
        }
        return longest;
    }

    /**
     * For a trie of words written backwards: the longest word that ends at a place.
     *
     * @param text a text
     * @param from how far back the word may reach
     * @param end where the word ends (exclusive)
     * @return the length of the longest word (as written forwards) in {@code [from, end)} that
     *     ends at {@code end}, 0 when none does
     */
    public int longestEndingAt(CharSequence text, int from, int end) {
        if (end <= from || end > text.length() || !mayStart(text, end - 1)) {
            return 0;
        }
        Node<V> node = root;
        int longest = 0;
        for (int i = end - 1; i >= Math.max(0, from); i--) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                longest = end - i;
            }
        }
        return longest;
    }

    /**
     * @param text a text
     * @param at where to look
     * @param length the length of a word found there by {@link #longestAt} or {@link #lengthsAt}
     * @return the value of that word, or null when no word of that length starts there
     */
    public V valueAt(CharSequence text, int at, int length) {
        if (length > 0 && !mayStart(text, at)) {
            return null;
        }
        Node<V> node = root;
        for (int i = at; i < at + length && node != null; i++) {
            node = node.child(text.charAt(i));
        }
        return node == null ? null : node.value;
    }

    /**
     * @param text a text
     * @param at where to look
     * @return the lengths of every word starting at {@code at}, longest first; empty when none
     *     (an array shared by every caller: never write to it)
     */
    public int[] lengthsAt(CharSequence text, int at) {
        if (!mayStart(text, at)) {
            return NO_LENGTHS;
        }
        int[] lengths = null;
        int n = 0;
        Node<V> node = root;
        for (int i = at; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                lengths = lengths == null ? new int[4] : n == lengths.length ? Arrays.copyOf(lengths, n * 2) : lengths;
                lengths[n++] = i - at + 1;
            }
        }
        if (n == 0) {
            return NO_LENGTHS;
        }
        int[] longestFirst = new int[n];
        for (int k = 0; k < n; k++) {
            longestFirst[k] = lengths[n - 1 - k];
        }
        return longestFirst;
    }

    private static final class Node<V> {
        final char[] chars;
        final Node<V>[] children;
        final V value;

        Node(char[] chars, Node<V>[] children, V value) {
            this.chars = chars;
            this.children = children;
            this.value = value;
        }

        Node<V> child(char c) {
            int k = Arrays.binarySearch(chars, c);
            return k >= 0 ? children[k] : null;
        }
    }
}
