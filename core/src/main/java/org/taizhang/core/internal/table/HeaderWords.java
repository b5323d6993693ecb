package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.Vocabulary;
import org.taizhang.core.internal.vocabulary.MatchKey;
import org.taizhang.core.internal.vocabulary.ShippedWords;
import org.taizhang.core.internal.vocabulary.VocabularyScope;

/**
 * The header words of ledgers: exact synonyms first, then key words a new header word is likely
 * to contain. The words are shipped in {@code org/taizhang/core/vocabulary/header-words.txt},
 * {@code header-key-words.txt} and {@code header-person-words.txt}, read once. Matching uses
 * {@link MatchKey#of}, so line breaks and full-width forms do not matter.
 */
final class HeaderWords {
    /** Longer than this (after normalising) a cell is text, not a header word. */
    static final int MAX_HEADER_LENGTH = 12;

    private static final Map<String, ColumnRole> EXACT = new HashMap<>();
    /**
     * A body and a person in one header ({@code 责任单位及责任人}, {@code 牵头部门、责任人}): the
     * cells name units first, so the column is the responsibility column.
     */
    private static final java.util.regex.Pattern BODY_AND_PERSON =
            java.util.regex.Pattern.compile("(单位|部门|科室|处室)(及|和|与|、|/)");
    /** A word and a bracketed note after it, half-width after {@link MatchKey#of}. */
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("([^()]{2,})\\([^()]*\\)");
    /** Words a new header word is likely to contain, in the order tried. */
    private static final List<Map.Entry<String, ColumnRole>> KEY_WORDS = roles("header-key-words.txt");

    /**
     * Columns that name a person (责任领导, 责任人, 领衔代表, 联系人及电话): kept in {@code extra} under
     * their header, never matched by key word nor taken for the 责任单位 column however their
     * cells read.
     */
    private static final List<String> PERSON_WORDS =
            ShippedWords.list(ShippedWords.lists("header-person-words.txt"), "person");

    static {
        for (Map.Entry<String, ColumnRole> e : roles("header-words.txt")) {
            EXACT.put(e.getKey(), e.getValue()); // a word given twice keeps its later field
        }
    }

    /** Names a completion day when the table has another 完成时限 column, else the deadline. */
    private static final String COMPLETION_OR_DEADLINE = "完成时间";

    private HeaderWords() {}

    /**
     * 完成时间 is the 完成时限 in most ledgers, but the day of completion in a 推进台账 that has a
     * 完成时限 column too.
     *
     * @param labels the header labels
     * @param roles the roles read from them, changed in place
     */
    static void completionBesideDeadline(String[] labels, ColumnRole[] roles) {
        int candidate = -1;
        int deadlines = 0;
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == ColumnRole.DEADLINE) {
                deadlines++;
                if (COMPLETION_OR_DEADLINE.equals(MatchKey.of(labels[c]))) {
                    candidate = c;
                }
            }
        }
        if (candidate >= 0 && deadlines > 1) {
            roles[candidate] = ColumnRole.COMPLETED_ON;
        }
    }

    /** The header words of a shipped list with the column role each names, in the order written. */
    private static List<Map.Entry<String, ColumnRole>> roles(String file) {
        List<Map.Entry<String, ColumnRole>> out = new ArrayList<>();
        for (Vocabulary.Entry e : ShippedWords.entries(file)) {
            out.add(Map.entry(e.word(), roleOfField(e.meaning())));
        }
        return List.copyOf(out);
    }

    /** @return the column role of a header field as a vocabulary names it ({@code completed-on}) */
    private static ColumnRole roleOfField(String field) {
        return ColumnRole.valueOf(field.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /**
     * A header word followed by a note in brackets ({@code 牵头单位（责任人）},
     * {@code 完成时限(年月日)}) is read by the word before the note.
     *
     * @param text a header cell
     * @return its role, or null when the text is not a header word
     */
    static ColumnRole roleOf(String text) {
        String key = MatchKey.of(text);
        java.util.regex.Matcher noted = NOTE.matcher(key);
        if (noted.matches()) {
            ColumnRole word = roleOf(noted.group(1));
            if (word != null) {
                return word;
            }
        }
        ColumnRole added = addedWord(key);
        if (added != null) {
            return added;
        }
        if (key.isEmpty() || key.length() > MAX_HEADER_LENGTH) {
            return null;
        }
        ColumnRole exact = EXACT.get(key);
        if (exact != null) {
            return exact;
        }
        if (BODY_AND_PERSON.matcher(key).find()) {
            return ColumnRole.RESPONSIBILITY;
        }
        for (String person : PERSON_WORDS) {
            if (key.contains(person)) {
                return null;
            }
        }
        for (Map.Entry<String, ColumnRole> e : KEY_WORDS) {
            if (key.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** @return true when the header names a person rather than a body (责任领导, 责任人) */
    static boolean namesPerson(String text) {
        String key = MatchKey.of(text);
        return !BODY_AND_PERSON.matcher(key).find() && PERSON_WORDS.stream().anyMatch(key::contains);
    }

    /** @return true when the text is one of the known synonyms exactly */
    static boolean isKnownWord(String text) {
        String key = MatchKey.of(text);
        return EXACT.containsKey(key) || addedWord(key) != null;
    }

    /** @return true when the caller added header words (ReadOptions.vocabulary) for this read */
    static boolean hasAddedWords() {
        return !VocabularyScope.current().added(Vocabulary.Kind.HEADER).isEmpty();
    }

    /** A caller's header word (ReadOptions.vocabulary), compared as {@link MatchKey#of} compares cells. */
    private static ColumnRole addedWord(String key) {
        ColumnRole role = null;
        for (Map.Entry<String, String> e : VocabularyScope.current().added(Vocabulary.Kind.HEADER).entrySet()) {
            if (MatchKey.of(e.getKey()).equals(key)) {
                role = roleOfField(e.getValue());
            }
        }
        return role;
    }
}
