package org.taizhang.core.internal.deadline;

import java.util.Map;
import org.taizhang.core.Vocabulary;

/**
 * The lexicon of a vocabulary: the shipped lists with a caller's {@code vague} and {@code ongoing}
 * words added. Building one sorts and indexes every list, so the last one built is kept: a read
 * uses one vocabulary for all its deadlines. Thread-safe.
 */
final class VocabularyLexicon {
    private static final class Built {
        final Vocabulary vocabulary;
        final Lexicon lexicon;

        Built(Vocabulary vocabulary, Lexicon lexicon) {
            this.vocabulary = vocabulary;
            this.lexicon = lexicon;
        }
    }

    private static volatile Built last;

    private VocabularyLexicon() {}

    static Lexicon of(Vocabulary vocabulary) {
        Map<String, String> vague = vocabulary.added(Vocabulary.Kind.VAGUE);
        Map<String, String> ongoing = vocabulary.added(Vocabulary.Kind.ONGOING);
        if (vague.isEmpty() && ongoing.isEmpty()) {
            return Lexicon.builtIn();
        }
        Built b = last;
        if (b != null && b.vocabulary.equals(vocabulary)) {
            return b.lexicon;
        }
        Lexicon lexicon = Lexicon.builtIn();
        if (!vague.isEmpty()) {
            lexicon = lexicon.with("vague", vague.keySet());
        }
        if (!ongoing.isEmpty()) {
            lexicon = lexicon.with("ongoing", ongoing.keySet());
        }
        last = new Built(vocabulary, lexicon);
        return lexicon;
    }
}
