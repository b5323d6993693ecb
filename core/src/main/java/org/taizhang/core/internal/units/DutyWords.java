package org.taizhang.core.internal.units;

import java.util.List;
import org.taizhang.core.internal.vocabulary.WordTrie;

/**
 * The words around a unit in a sentence: the verb phrase of a duty written after it
 * ({@code 市财政局等部门推进}, {@code 商务部门开展专项检查}, {@code 各单位按照要求认真}) and the words that
 * introduce it ({@code 以下各项均需各乡镇}, {@code 请各单位}). Neither is ever part of a unit name.
 */
final class DutyWords {
    private DutyWords() {}

    /** Verbs that end a duty; words that may also end a name (建设, 组织) are left out. */
    private static final List<String> VERBS =
            List.of("推进", "开展", "实施", "完成", "推动", "执行", "办理", "落地", "抓好", "做好");

    /** Words written before such a verb: 共同推进, 协调推进, 组织开展. */
    private static final List<String> ADVERBS = List.of(
            "共同", "协调", "统筹", "加快", "持续", "积极", "全力", "合力", "联合", "具体", "组织", "负责", "协同",
            "扎实", "大力", "深入", "认真", "有序", "分别");

    /**
     * Words that begin the predicate of a sentence whose subject is a unit: modal verbs and
     * adverbs (要, 需, 按照, 切实) and the verbs of duties (开展, 制定, 解读). After a unit name, text that
     * begins so and does not itself end like a unit is what the unit does.
     */
    private static final List<String> PREDICATE_STARTS = List.of(
            "按照", "根据", "依据", "依法", "依照", "认真", "切实", "务必", "必须", "及时", "严格", "进一步", "要", "需",
            "须", "应", "均", "都", "对", "在", "将", "把", "就", "于", "开展", "推进", "实施", "完成", "推动", "执行",
            "办理", "抓好", "做好", "加强", "加快", "制定", "出台", "建立", "健全", "完善", "编制", "报送", "上报",
            "解读", "宣传", "检查", "督查", "研究", "提出", "确保", "督促", "指导", "协调", "统筹", "共同", "持续",
            "积极", "全力", "合力", "联合", "具体", "扎实", "大力", "深入", "有序", "分别", "做实", "落细", "监督",
            "自行", "各自", "结合", "围绕", "针对", "负责");

    private static final WordTrie<Boolean> PREDICATE_TRIE = WordTrie.of(
            PREDICATE_STARTS.stream().collect(java.util.stream.Collectors.toMap(w -> w, w -> true)));

    /** Words that introduce the unit that is to act: 由…, 需…, 请…, 以下各项均需… */
    private static final List<String> SUBJECT_MARKERS = List.of("交由", "责成", "由", "需", "须", "请");

    /** The first characters of {@link #SUBJECT_MARKERS}, to pass over most places at once. */
    private static final String MARKER_FIRST_CHARS = SUBJECT_MARKERS.stream()
            .map(m -> m.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

    /**
     * @param item a list item as written
     * @return where a duty verb phrase after the units begins: 0 when the item is only such a
     *     phrase, the item's length when it has none or when what stands before it is no unit
     */
    static int start(String item) {
        int predicate = predicateStart(item);
        if (predicate < item.length()) {
            return predicate;
        }
        int cut = cutEnding(item, item.length(), VERBS);
        if (cut == item.length()) {
            return cut;
        }
        int c = cut;
        while (c > 0) {
            int next = cutEnding(item, c, ADVERBS);
            if (next == c) {
                break;
            }
            c = next;
        }
        if (c == 0) {
            return 0;
        }
        String rest = item.substring(0, c).strip();
        return UnitWords.looksLikeUnit(rest) ? c : item.length();
    }

    /**
     * @param item a list item
     * @return where the unit named after words that introduce it begins ({@code 各乡镇} in
     *     {@code 以下各项均需各乡镇}), or 0
     */
    static int subjectStart(String item) {
        for (int p = item.length() - 2; p >= 0; p--) {
            if (MARKER_FIRST_CHARS.indexOf(item.charAt(p)) < 0) {
                continue;
            }
            for (String m : SUBJECT_MARKERS) {
                if (!item.startsWith(m, p)) {
                    continue;
                }
                String before = item.substring(0, p);
                String after = item.substring(p + m.length());
                if (!UnitWords.looksLikeUnit(before) && UnitWords.looksLikeUnit(after) && startsLikeUnit(after)) {
                    return p + m.length();
                }
            }
        }
        return 0;
    }

    /** A unit's name starts with its place, its level or the words of a collective. */
    private static boolean startsLikeUnit(String s) {
        return s.startsWith("各") || s.startsWith("有关") || s.startsWith("相关") || UnitWords.levelPrefix(s) != 0
                || UnitWords.placeNameStart(s) != null;
    }

    /** The first place after a unit name where a predicate begins that names no unit itself. */
    private static int predicateStart(String item) {
        if (startsPredicate(item, 0)) {
            return item.length(); // 监督本地区各部门开展工作: the units are the object of a verb, not its subject
        }
        int depth = 0;
        for (int p = 2; p < item.length(); p++) {
            char c = item.charAt(p - 1);
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (UnitWords.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            String word = depth > 0 ? null : predicateAt(item, p);
            if (word == null) {
                continue;
            }
            String before = item.substring(0, p);
            String after = item.substring(p);
            // 市委宣传部: what follows the verb may itself be a body's name; a bare 自行 never is
            if (UnitWords.looksLikeUnit(before) && (after.equals(word) || !UnitWords.looksLikeUnit(after))
                    && !beginsBodyName(after, word)) {
                return p;
            }
        }
        return item.length();
    }

    /** 宣传部开展…, 督查室负责…: a verb of two characters with a body's ending right after it is a name. */
    private static boolean beginsBodyName(String after, String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int end = word.length() + 1; end <= Math.min(after.length(), word.length() + 2); end++) {
            if (UnitWords.endsLikeBody(after.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsPredicate(String item, int p) {
        return predicateAt(item, p) != null;
    }

    private static String predicateAt(String item, int p) {
        int length = PREDICATE_TRIE.longestAt(item, p);
        return length == 0 ? null : item.substring(p, p + length);
    }

    private static int cutEnding(String item, int end, List<String> words) {
        for (String w : words) {
            if (end >= w.length() && item.startsWith(w, end - w.length())) {
                return end - w.length();
            }
        }
        return end;
    }
}
