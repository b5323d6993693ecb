package org.taizhang.core.internal.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.Role;
import org.taizhang.core.Vocabulary;
import org.taizhang.core.internal.vocabulary.Chars;
import org.taizhang.core.internal.vocabulary.ShippedWords;
import org.taizhang.core.internal.vocabulary.VocabularyScope;
import org.taizhang.core.internal.vocabulary.WordSet;
import org.taizhang.core.internal.vocabulary.WordTrie;

/**
 * The role words written in a 责任单位 cell ({@code 牵头}, {@code 配合}, {@code 按职责分工负责}, …) and
 * the role each one gives to the units listed before it. The words are shipped in
 * {@code org/taizhang/core/vocabulary/role-words.txt}, {@code role-phrases.txt},
 * {@code role-label-words.txt} and {@code role-grammar.txt}, read once.
 */
public final class RoleLexicon {
    private RoleLexicon() {}

    /** What a role word does. */
    public enum Kind {
        /** gives its role to the units before it */
        PLAIN,
        /** 会同: the units before it lead, the units after it support */
        TOGETHER
    }

    /**
     * A role word found in the text.
     *
     * @param text the role text as written (for {@code 以上单位均为责任单位}, the label {@code 责任单位})
     * @param role the role it gives
     * @param kind what it does
     * @param length how many characters of the text it takes up
     * @param backward true when it names the units before it explicitly ({@code 以上单位均为…}), so that
     *     it reaches back over a clause separator
     */
    public record Match(String text, Role role, Kind kind, int length, boolean backward) {
        Match(String text, Role role, Kind kind) {
            this(text, role, kind, text.length(), false);
        }
    }

    /** The small grammar around role words: prefixes, what may follow, designations, labels. */
    private static final Map<String, List<String>> GRAMMAR = ShippedWords.lists("role-grammar.txt");

    /** Words that qualify a role word (按职责分工负责), after the bare word itself (the empty prefix). */
    private static final List<String> QUALIFYING_PREFIXES = withBare(ShippedWords.list(GRAMMAR, "qualifying-prefixes"));

    /** The role words, each also read after a qualifying prefix. */
    private static final Map<String, Role> BASES = roles("role-words.txt");

    /** Every role word, longest first so that 负责落实 wins over 负责. */
    private static final List<Map.Entry<String, Role>> WORDS;

    static {
        Map<String, Role> all = new LinkedHashMap<>();
        for (String prefix : QUALIFYING_PREFIXES) {
            for (Map.Entry<String, Role> base : BASES.entrySet()) {
                all.putIfAbsent(prefix + base.getKey(), base.getValue());
            }
        }
        for (Map.Entry<String, Role> phrase : roles("role-phrases.txt").entrySet()) {
            all.putIfAbsent(phrase.getKey(), phrase.getValue());
        }
        List<Map.Entry<String, Role>> list = new ArrayList<>(all.entrySet());
        list.sort(Comparator.comparingInt((Map.Entry<String, Role> e) -> e.getKey().length()).reversed());
        WORDS = List.copyOf(list);
        TRIE = WordTrie.of(all);
    }

    /** {@link #WORDS} for looking up at every character of a cell. */
    private static final WordTrie<Role> TRIE;

    /** Text right after a role word that makes it part of a name or a label (牵头单位, 负责人). */
    private static final WordSet NOT_AFTER = WordSet.of(ShippedWords.list(GRAMMAR, "not-after"));

    private static final String TOGETHER = "会同";

    /**
     * @param text the text
     * @param at where to look
     * @return the longest role word starting at {@code at}, or null
     */
    public static Match at(String text, int at) {
        if (text.startsWith(TOGETHER, at)) {
            return new Match(TOGETHER, Role.LEAD, Kind.TOGETHER);
        }
        Match designation = designation(text, at);
        if (designation != null) {
            return designation;
        }
        if (at >= text.length()) {
            return null;
        }
        Match added = addedAt(text, at);
        for (int length : TRIE.lengthsAt(text, at)) {
            if (!continuesAsName(text, at + length)) {
                return added != null && added.length() >= length ? added
                        : new Match(text.substring(at, at + length), TRIE.valueAt(text, at, length), Kind.PLAIN);
            }
        }
        return added;
    }

    /** The longest of a caller's role words (ReadOptions.vocabulary) starting at {@code at}, or null. */
    private static Match addedAt(String text, int at) {
        Map<String, String> added = VocabularyScope.current().added(Vocabulary.Kind.ROLE);
        if (added.isEmpty()) {
            return null; // the common case: looked up at every character of every cell
        }
        Match best = null;
        for (Map.Entry<String, String> e : added.entrySet()) {
            String w = e.getKey();
            if (text.startsWith(w, at) && !continuesAsName(text, at + w.length())
                    && (best == null || w.length() > best.length())) {
                best = new Match(w, Role.valueOf(e.getValue()), Kind.PLAIN);
            }
        }
        return best;
    }

    /**
     * @param text a whole piece of text
     * @return the role word it consists of (ignoring white space), or null
     */
    public static Match whole(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        Match m = at(t, 0);
        if (m != null && m.length() == t.length()) {
            return m;
        }
        // 市教育局（牵头单位）: a role label in brackets says the same as the role word
        return isRoleLabel(t) ? new Match(t, roleOfLabel(t, Role.RESPONSIBLE), Kind.PLAIN) : null;
    }

    /** Starts of a statement about the units before it: 以上单位均为… */
    private static final List<String> BACK_REFERENCES = ShippedWords.list(GRAMMAR, "back-references");

    /** The verbs of a designation: 为牵头单位, 是配合单位, 作为责任单位. */
    private static final List<String> DESIGNATING = ShippedWords.list(GRAMMAR, "designating");

    /**
     * A designation such as {@code 为牵头单位} or {@code 以上单位均为责任单位}: the role of its label,
     * with the label as role text.
     */
    private static Match designation(String text, int at) {
        if (at >= text.length() || DESIGNATION_STARTS.indexOf(text.charAt(at)) < 0) {
            return null;
        }
        int p = at;
        boolean backward = false;
        for (String b : BACK_REFERENCES) {
            if (text.startsWith(b, p)) {
                p += b.length();
                backward = true;
                break;
            }
        }
        String verb = null;
        for (String v : DESIGNATING) {
            if (text.startsWith(v, p)) {
                verb = v;
                break;
            }
        }
        if (verb == null) {
            return null;
        }
        p += verb.length();
        for (int end = Math.min(text.length(), p + MAX_ROLE_LABEL); end >= p + 4; end--) {
            String label = text.substring(p, end);
            if (isRoleLabel(label)) {
                return new Match(label, roleOfLabel(label, Role.RESPONSIBLE), Kind.PLAIN, end - at, backward);
            }
        }
        return null;
    }

    private static final int MAX_ROLE_LABEL = 8;

    /** The first characters of {@link #BACK_REFERENCES} and {@link #DESIGNATING}. */
    private static final String DESIGNATION_STARTS = "以上均都皆作为是";

    private static final List<String> ROLE_LABEL_WORDS = ShippedWords.list(GRAMMAR, "label-words");

    /** Words of a header or label and the role each names, the first contained winning. */
    private static final Map<String, Role> LABEL_ROLES = roles("role-label-words.txt");

    /**
     * @param text text
     * @return true for a label naming a role: {@code 牵头单位}, {@code 配合部门}, {@code 主体责任单位}
     */
    public static boolean isRoleLabel(String text) {
        if (text.length() < 4 || text.length() > MAX_ROLE_LABEL
                || !(text.endsWith("单位") || text.endsWith("部门"))) {
            return false;
        }
        String words = text.substring(0, text.length() - 2);
        for (String w : ROLE_LABEL_WORDS) {
            words = words.replace(w, "");
        }
        return words.isEmpty();
    }

    /**
     * @param label a label such as {@code 牵头单位} or {@code 协同责任单位}, or a column header
     * @param fallback the role when the label names none
     * @return the role the label gives
     */
    public static Role roleOfLabel(String label, Role fallback) {
        if (label == null) {
            return fallback;
        }
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            if (!Chars.isWhitespace(label.charAt(i))) {
                sb.append(label.charAt(i));
            }
        }
        String l = sb.toString();
        for (Map.Entry<String, String> e : VocabularyScope.current().added(Vocabulary.Kind.ROLE).entrySet()) {
            if (l.contains(e.getKey())) {
                return Role.valueOf(e.getValue()); // 主抓单位 for a caller's 主抓
            }
        }
        for (Map.Entry<String, Role> e : LABEL_ROLES.entrySet()) {
            if (l.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return fallback;
    }

    /** The role words of a shipped list, in the order written; a word given twice keeps its later role. */
    private static Map<String, Role> roles(String file) {
        Map<String, Role> out = new LinkedHashMap<>();
        for (Vocabulary.Entry e : ShippedWords.entries(file)) {
            out.put(e.word(), Role.valueOf(e.meaning()));
        }
        return out;
    }

    private static List<String> withBare(List<String> prefixes) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(prefixes);
        return List.copyOf(all);
    }

    private static boolean continuesAsName(String text, int end) {
        return NOT_AFTER.startsAt(text, end);
    }
}
