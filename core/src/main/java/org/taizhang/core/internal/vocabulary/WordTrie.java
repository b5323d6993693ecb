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

    private WordTrie(Node<V> root) {
        this.root = root;
    }

    /**
     * @param words the words and their values; empty words are ignored
     * @param <V> the values
     * @return the trie
     */
    public static <V> WordTrie<V> of(Map<String, V> words) {
        Builder<V> root = new Builder<>();
        words.forEach((word, value) -> {
            Builder<V> node = root;
            for (int i = 0; i < word.length(); i++) {
                node = node.child(word.charAt(i));
            }
            if (!word.isEmpty()) {
                node.value = value;
            }
        });
        return new WordTrie<>(root.build());
    }

    /**
     * @param text a text
     * @param at where to look
     * @return the length of the longest word starting at {@code at}, 0 when none does
     */
    public int longestAt(CharSequence text, int at) {
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
     * @param text a text
     * @param at where to look
     * @param length the length of a word found there by {@link #longestAt} or {@link #lengthsAt}
     * @return the value of that word, or null when no word of that length starts there
     */
    public V valueAt(CharSequence text, int at, int length) {
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

    private static final class Builder<V> {
        final java.util.TreeMap<Character, Builder<V>> children = new java.util.TreeMap<>();
        V value;

        Builder<V> child(char c) {
            return children.computeIfAbsent(c, k -> new Builder<>());
        }

        @SuppressWarnings("unchecked")
        Node<V> build() {
            if (children.isEmpty()) {
                return new Node<>(NO_CHARS, new Node[0], value);
            }
            char[] chars = new char[children.size()];
            Node<V>[] nodes = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, Builder<V>> e : children.entrySet()) {
                chars[k] = e.getKey();
                nodes[k++] = e.getValue().build();
            }
            return new Node<>(chars, nodes, value);
        }
    }
}
