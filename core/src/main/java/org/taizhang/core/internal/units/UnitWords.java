package org.taizhang.core.internal.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taizhang.core.Vocabulary;
import org.taizhang.core.internal.vocabulary.Chars;
import org.taizhang.core.internal.vocabulary.ShippedWords;
import org.taizhang.core.internal.vocabulary.VocabularyScope;
import org.taizhang.core.internal.vocabulary.WordSet;

/**
 * The words that make a piece of text look like the name of a unit, and the words around it. The
 * words are shipped in {@code org/taizhang/core/vocabulary/unit-suffixes.txt} and
 * {@code unit-words.txt}, read once.
 */
public final class UnitWords {
    private UnitWords() {}

    /** The shipped lists of unit-words.txt. */
    private static final Map<String, List<String>> LISTS = ShippedWords.lists("unit-words.txt");

    /** Endings of the names of bodies (局, 委, 办, 中心, 政府, …), longest first where it matters. */
    private static final String BODY_END_CHARS;

    /**
     * Two-character endings of the names of bodies whose last character alone says nothing (关 ends
     * 海关 and 机关, but also the town 城关; 行 ends 银行, but also the verb 执行).
     */
    private static final WordSet BODY_END_WORDS;

    static {
        StringBuilder chars = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (Vocabulary.Entry e : ShippedWords.entries("unit-suffixes.txt")) {
            if (e.word().length() == 1) {
                chars.append(e.word());
            } else {
                words.add(e.word());
            }
        }
        BODY_END_CHARS = chars.toString();
        BODY_END_WORDS = WordSet.of(words);
    }

    /** Endings that name a place or an administrative area rather than a body. */
    private static final WordSet PLACE_ENDS = WordSet.of(ShippedWords.list(LISTS, "place-ends"));

    /** Endings that name a kind of body without naming one (a collective head). */
    private static final List<String> GENERIC_ENDS = ShippedWords.list(LISTS, "generic-ends");

    /** Words ending in a place character that are not places. */
    private static final WordSet NOT_PLACES = WordSet.of(ShippedWords.list(LISTS, "not-places"));

    /** The characters that begin a name with its administrative level (市财政局, 区民政局). */
    private static final String LEVEL_CHARS = "省市区县旗州盟镇乡";

    /** Words that begin with a level character but are not a level prefix (市场监管局, 乡村振兴局). */
    private static final List<String> LEVEL_FALSE_STARTS = ShippedWords.list(LISTS, "level-false-starts");
    private static final WordSet LEVEL_FALSE_START_SET = WordSet.of(LEVEL_FALSE_STARTS);

    /** Starts of names that never take a level prefix from the unit before. */
    private static final WordSet NO_PREFIX_STARTS = WordSet.of(ShippedWords.list(LISTS, "no-prefix-starts"));

    /**
     * Words in the names of enterprises and of bodies of the central government in a place
     * ({@code 国网台州供电公司}, {@code 丽水银保监分局}, {@code 南昌海关}): their names say whose they are.
     */
    private static final WordSet OWN_NAME_WORDS = WordSet.of(ShippedWords.list(LISTS, "own-name-words"));

    /** @return true when the name starts or is worded so that it takes no place from the unit before */
    private static boolean saysWhoseItIs(String name) {
        return NO_PREFIX_STARTS.startsWithAny(name) || OWN_NAME_WORDS.containsAny(name);
    }

    /** Level characters that can begin a unit written right after another one (区政府办区财政局). */
    private static final String RUN_TOGETHER_LEVELS = "省市区县旗镇乡";

    /** The levels of a list such as 市、县 in 市、县两级政府. */
    private static final String LEVEL_LIST_CHARS = LEVEL_CHARS + "、";

    /** Opening brackets, matched by position with {@link #CLOSE}. */
    public static final String OPEN = "(（〔[【［｛{<《〈";

    /** Closing brackets, matched by position with {@link #OPEN}. */
    public static final String CLOSE = ")）〕]】］｝}>》〉";

    /**
     * @param c a character
     * @return true for a separator between units in a list (、 ， , and white space)
     */
    public static boolean isListSeparator(char c) {
        return c == '、' || c == '，' || c == ',' || c == '/' || c == '／' || c == '﹑' || c == '､'
                || Chars.isWhitespace(c) || c == '\u00a0';
    }

    /**
     * @param c a character
     * @return true for a separator between clauses (； ; 。); a line break separates list items
     */
    public static boolean isClauseSeparator(char c) {
        return c == '；' || c == ';' || c == '。' || c == '．';
    }

    /**
     * @param name text with any trailing bracketed note removed
     * @return true if it ends like the name of a body (局, 委, 中心, 政府, …)
     */
    public static boolean endsLikeBody(String name) {
        return endsLikeBody(name, 0, name.length());
    }

    /**
     * The same as {@code endsLikeBody(text.substring(start, end))}, without making the substring:
     * asked at every place of a piece when run-together names are looked for.
     *
     * @param text a text
     * @param start where the name starts
     * @param end where it ends
     * @return true if the name ends like the name of a body
     */
    static boolean endsLikeBody(String text, int start, int end) {
        int length = end - start;
        if (length < 2) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (BODY_END_CHARS.indexOf(last) >= 0) {
            return true;
        }
        if (BODY_END_WORDS.endsAt(text, start + 1, end)) {
            return true; // an ending shorter than the name: 海关 ends 拱北海关, not 海关 alone
        }
        for (String w : VocabularyScope.current().added(Vocabulary.Kind.UNIT_SUFFIX).keySet()) {
            if (length > w.length() && text.startsWith(w, end - w.length())) {
                return true; // a caller's suffix (ReadOptions.vocabulary)
            }
        }
        return false;
    }

    /** @return true when the name is one of a caller's collectives (ReadOptions.vocabulary) */
    private static boolean isAddedCollective(String core) {
        return VocabularyScope.current().added(Vocabulary.Kind.COLLECTIVE).containsKey(core);
    }

    /**
     * @param name text
     * @return true if it ends like a place or an administrative area (上党经开区, 各乡镇)
     */
    public static boolean endsLikePlace(String name) {
        if (name.length() < 2) {
            return false;
        }
        return !NOT_PLACES.endsWithAny(name) && PLACE_ENDS.endsWithAny(name);
    }

    /**
     * @param name text
     * @return the generic head it ends with ({@code 部门}, {@code 单位}), or null
     */
    public static String genericHead(String name) {
        for (String end : GENERIC_ENDS) {
            if (name.endsWith(end)) {
                return end;
            }
        }
        return null;
    }

    /**
     * @param piece a piece of a list, possibly with a bracketed note and a trailing 等
     * @return true if it reads as the name of a unit or a collective
     */
    public static boolean looksLikeUnit(String piece) {
        String core = stripTrailingBrackets(piece);
        if (core.endsWith("等") && core.length() > 1) {
            core = core.substring(0, core.length() - 1);
        }
        if (core.isEmpty()) {
            return false;
        }
        if (core.startsWith("各") && core.length() >= 2 || isAddedCollective(core)) {
            return true;
        }
        // a bracketed part that itself ends like a place or body: 各乡镇（街道）, 苏木镇(街道办)
        String inner = lastBracketContent(piece);
        if (inner != null && (endsLikePlace(inner) || endsLikeBody(inner))) {
            return true;
        }
        return endsLikeBody(core) || endsLikePlace(core) || genericHead(core) != null;
    }

    /**
     * @param name a unit name as written
     * @return true for a collective ({@code 各旗区}, {@code 区直各有关部门}, {@code 相关部门})
     */
    public static boolean isCollective(String name) {
        String core = stripTrailingBrackets(name);
        return isAddedCollective(core) || namesMembers(core) || core.startsWith("全") || (core.length() > 2 && core.charAt(1) == '属')
                || hasListOutsideBrackets(core) || (genericHead(core) != null && !isBodyOrgan(core));
    }

    /**
     * @param text text
     * @return true if it speaks of several members ({@code 各}, {@code 有关}, {@code 相关}, {@code 其他},
     *     {@code 所属}, {@code 直属})
     */
    public static boolean namesMembers(String text) {
        return text.contains("各") || text.contains("有关") || text.contains("相关") || text.contains("其他")
                || text.contains("其它") || text.contains("所属") || text.contains("直属");
    }

    /** 县纪委监委机关: the organ of one body, not a collective. */
    private static boolean isBodyOrgan(String core) {
        return core.endsWith("机关") && core.length() > 3
                && BODY_END_CHARS.indexOf(core.charAt(core.length() - 3)) >= 0;
    }

    /** 市、县两级政府: a list of levels joined to one name. */
    private static boolean hasListOutsideBrackets(String core) {
        int depth = 0;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (c == '、' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param item an item of a list
     * @return true for a list of levels with no body ({@code 市}, {@code 省、市})
     */
    public static boolean isLevelList(String item) {
        if (item.equals("中央") || item.equals("中省") || item.equals("中")) {
            return true; // 中央、省驻市有关单位
        }
        if (item.isEmpty() || item.length() > 8) {
            return false;
        }
        for (int i = 0; i < item.length(); i++) {
            if (LEVEL_LIST_CHARS.indexOf(item.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param name a unit name written right after another unit with no separator
     * @return true if its first character is a level that starts a new unit ({@code 区财政局})
     */
    public static boolean startsNewUnit(String name) {
        char p = levelPrefix(name);
        return p != 0 && RUN_TOGETHER_LEVELS.indexOf(p) >= 0;
    }

    /**
     * @param name a unit name as written
     * @return its level prefix character ({@code 市}, {@code 区}) or 0 if it has none
     */
    public static char levelPrefix(String name) {
        if (name.length() < 3 || LEVEL_CHARS.indexOf(name.charAt(0)) < 0) {
            return 0;
        }
        return LEVEL_FALSE_START_SET.startsWithAny(name) ? 0 : name.charAt(0);
    }

    /**
     * @param name a unit name as written
     * @return true if the name can take the level prefix of the unit before it
     *     ({@code 退役军人事务局} after {@code 区民社局})
     */
    public static boolean canInheritPrefix(String name) {
        // 12345热线: a name that starts with a number says whose it is
        if (levelPrefix(name) != 0 || isCollective(name) || name.isEmpty() || !Character.isIdeographic(name.charAt(0))) {
            return false;
        }
        if (saysWhoseItIs(name)) {
            return false;
        }
        String core = stripTrailingBrackets(name);
        // a place name inside (上党经开区发改局) means the name already says whose it is
        String masked = core;
        for (String w : LEVEL_FALSE_STARTS) {
            masked = masked.replace(w, "··");
        }
        for (int i = 0; i < masked.length() - 1; i++) {
            if (LEVEL_CHARS.indexOf(masked.charAt(i)) >= 0) {
                return false;
            }
        }
        return !endsLikePlace(core);
    }

    /** Level characters that end the name of a place written before a body (宁波市, 海曙区). */
    private static final String PLACE_LEVEL_CHARS = "省市区县旗盟";

    /** Words ending in a level character that name no place (产业园区, 住房城乡). */
    private static final List<String> NOT_PLACE_WORDS = ShippedWords.list(LISTS, "not-place-words");

    /**
     * @param name a unit name as written
     * @return the full place name it starts with ({@code 宁波市} of {@code 宁波市财政局},
     *     {@code 嘉兴市南湖区} of {@code 嘉兴市南湖区教育局}), or null for names that start with a
     *     bare level, say whose they are, or name no body after the place
     */
    public static String placeNameStart(String name) {
        if (name.isEmpty() || LEVEL_CHARS.indexOf(name.charAt(0)) >= 0) {
            return null;
        }
        if (saysWhoseItIs(name)) {
            return null;
        }
        String masked = name;
        for (String w : NOT_PLACE_WORDS) {
            masked = masked.replace(w, "··");
        }
        int end = -1;
        for (int i = 0; i < Math.min(masked.length(), 8); i++) {
            char c = masked.charAt(i);
            if (!Character.isIdeographic(c) || BODY_END_CHARS.indexOf(c) >= 0) {
                break; // 宁波市委宣传部 is read up to the 市; 文化局 has no place
            }
            if (i >= 2 && PLACE_LEVEL_CHARS.indexOf(c) >= 0) {
                end = i;
            }
        }
        if (end < 0 || !endsLikeBody(stripTrailingBrackets(name.substring(end + 1)))) {
            return null;
        }
        return name.substring(0, end + 1);
    }

    /**
     * @param text text
     * @return the text without the bracketed groups at its end ({@code 市财政局(市国资委)} →
     *     {@code 市财政局}), or the text itself if nothing would be left
     */
    public static String stripTrailingBrackets(String text) {
        String t = text;
        while (!t.isEmpty() && CLOSE.indexOf(t.charAt(t.length() - 1)) >= 0) {
            int open = matchingOpen(t, t.length() - 1);
            if (open <= 0) {
                break;
            }
            t = t.substring(0, open);
        }
        return t;
    }

    private static String lastBracketContent(String text) {
        if (text.isEmpty() || CLOSE.indexOf(text.charAt(text.length() - 1)) < 0) {
            return null;
        }
        int open = matchingOpen(text, text.length() - 1);
        return open < 0 ? null : text.substring(open + 1, text.length() - 1);
    }

    /**
     * @param text text
     * @param close index of a closing bracket
     * @return index of the bracket that opens it, or -1
     */
    static int matchingOpen(String text, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = text.charAt(i);
            if (CLOSE.indexOf(c) >= 0) {
                depth++;
            } else if (OPEN.indexOf(c) >= 0) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * @param text text
     * @param open index of an opening bracket
     * @return index of the bracket that closes it, or -1 if it is never closed
     */
    public static int matchingClose(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
