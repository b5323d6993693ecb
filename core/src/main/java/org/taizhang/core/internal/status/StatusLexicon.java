package org.taizhang.core.internal.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.taizhang.core.internal.vocabulary.WordTrie;

/** The words of {@code status-words.txt}, by class, looked up longest first. */
final class StatusLexicon {
    static final String RESOURCE = "status-words.txt";

    /** The classes of the resource file; its header explains each. */
    enum WordClass { DONE, IN_PROGRESS, NOT_STARTED, START, NEGATION, FACT, PLAN, BY, NEUTRAL }

    /** A word found in a text: its class and where it stands. */
    record Token(WordClass wordClass, int start, int end) {}

    private static final StatusLexicon SHIPPED = load();

    private final WordTrie<WordClass> words;

    private StatusLexicon(Map<String, WordClass> words) {
        this.words = WordTrie.of(words);
    }

    static StatusLexicon shipped() {
        return SHIPPED;
    }

    /** @return the words of a text, longest match first at each place, left to right */
    java.util.List<Token> tokens(String key) {
        java.util.List<Token> tokens = new java.util.ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            int matched = words.longestAt(key, i);
            if (matched > 0) {
                tokens.add(new Token(words.valueAt(key, i, matched), i, i + matched));
            }
            i += matched > 0 ? matched : 1;
        }
        return tokens;
    }

    private static StatusLexicon load() {
        Map<String, WordClass> words = new HashMap<>();
        try (InputStream in = StatusLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from taizhang-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2 || fields[0].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected word<TAB>CLASS");
                }
                words.put(fields[0].strip(), WordClass.valueOf(fields[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StatusLexicon(words);
    }
}
