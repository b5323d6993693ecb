package org.taizhang.core.internal.vocabulary;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A fixed list of words asked only whether one of them stands at a place: starts there, ends there
 * or stands anywhere in a text. The parsers ask such questions of every name and every cell; a
 * loop of {@code startsWith}, {@code endsWith} or {@code contains} over the list costs a string
 * comparison per word, where the two tries here (the words, and the words written backwards) cost
 * at most the length of the longest word. Immutable and thread-safe.
 */
public final class WordSet {
    private final WordTrie<Boolean> forward;
    private final WordTrie<Boolean> backward;

    private WordSet(WordTrie<Boolean> forward, WordTrie<Boolean> backward) {
        this.forward = forward;
        this.backward = backward;
    }

    /**
     * @param words the words; empty ones are ignored
     * @return the set
     */
    public static WordSet of(Collection<String> words) {
        Map<String, Boolean> ahead = new HashMap<>();
        Map<String, Boolean> back = new HashMap<>();
        for (String w : words) {
            ahead.put(w, Boolean.TRUE);
            back.put(new StringBuilder(w).reverse().toString(), Boolean.TRUE);
        }
        return new WordSet(WordTrie.of(ahead), WordTrie.of(back));
    }

    /**
     * @param text a text
     * @param at a place in it
     * @return true when a word starts at {@code at}: {@code text.startsWith(w, at)} for some word
     */
    public boolean startsAt(CharSequence text, int at) {
        return at >= 0 && forward.longestAt(text, at) > 0;
    }

    /**
     * @param text a text
     * @return true when the text starts with a word
     */
    public boolean startsWithAny(CharSequence text) {
        return startsAt(text, 0);
    }

    /**
     * @param text a text
     * @return true when a word stands anywhere in it: {@code text.contains(w)} for some word
     */
    public boolean containsAny(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (forward.longestAt(text, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text a text
     * @param from where the word may start at the earliest
     * @param end where the word must end
     * @return true when a word ends at {@code end} and starts at {@code from} or after:
     *     {@code text.startsWith(w, end - w.length())} with {@code w.length() <= end - from}
     */
    public boolean endsAt(CharSequence text, int from, int end) {
        return backward.longestEndingAt(text, from, end) > 0;
    }

    /**
     * @param text a text
     * @return true when the text ends with a word: {@code text.endsWith(w)} for some word
     */
    public boolean endsWithAny(CharSequence text) {
        return endsAt(text, 0, text.length());
    }
}
