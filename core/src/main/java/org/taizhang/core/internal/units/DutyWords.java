package org.taizhang.core.internal.units;

import java.util.List;

/**
 * The verb phrase of a duty written right after a list of units ({@code 市财政局等部门推进},
 * {@code 市人社局共同推进}): it says what the units do and is never part of a unit name.
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
     * @param item a list item as written
     * @return where a duty verb phrase at its end begins: 0 when the item is only such a phrase,
     *     the item's length when it has none or when what stands before it is no unit
     */
    static int start(String item) {
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

    private static int cutEnding(String item, int end, List<String> words) {
        for (String w : words) {
            if (end >= w.length() && item.startsWith(w, end - w.length())) {
                return end - w.length();
            }
        }
        return end;
    }
}
