package org.taizhang.core.internal.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where deadline phrases start and end in a sentence of prose. A phrase needs a clear time
 * word: a period after issue ({@code 于本方案印发后15日内}), a recurrence ({@code 每半年},
 * {@code 每季度}, {@code 每年3月底前}), a month with its day or end ({@code 11月底前},
 * {@code 2023年8月底前}, {@code 10月15日前}), a part of the year ({@code 年底前}, {@code 上半年},
 * {@code 一季度}, {@code 年内}) or a festival ({@code 春节前}). Phrases joined by {@code 、} or
 * {@code 至} are one phrase ({@code 6月底、12月底前}, {@code 3月至6月}).
 *
 * <p>The phrase that governs a task is the first one that is not a time reference of something
 * else: a phrase after 截至, 自 or 从, before 起 or 以来, or qualifying a noun ({@code 6月底前出台的政策})
 * is skipped, as is a phrase inside a title or a quotation.
 */
final class DeadlinePhrases {
    /** The longest text searched, in characters: reading stays linear on hostile input. */
    static final int MAX_TEXT = 4000;
    private static final String NUM = "[0-9０-９一二三四五六七八九十两]+";
    private static final String MONTH = "(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])月";
    private static final String DAY_OR_END = "(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
            + "|底|末|上旬|中旬|下旬|份";
    private static final String YEAR = "(?:[0-9０-９]{4}年|今年|本年|当年|次年|明年|年度)";
    private static final String BEFORE = "(?:前|之前|以前|为止|内)?";
    private static final Pattern PHRASE = Pattern.compile(String.join("|",
            // 于本方案印发后15日内, 印发之日起30日内, 出台后10个工作日内
            "(?:于)?(?:本|该|此)?(?:要点|方案|通知|意见|计划|文件|办法|细则|政策|决策|规定|清单)?"
                    + "(?:印发|出台|发布|下发|公布|实施|施行|生效)(?:之日)?(?:之)?(?:后|起)"
                    + NUM + "(?:个)?(?:工作日|日|天|个月|月|周|星期)(?:内|以内|之内)",
            // 每月, 每季度, 每半年, 每年3月底前, 按季度
            "(?:每(?:年|半年|个?季度|季|个?月|周|旬)|按(?:年|半年|季度|季|月|周))(?:度)?"
                    + "(?:" + MONTH + "(?:" + DAY_OR_END + ")?|" + DAY_OR_END + "|年底|年末)?"
                    + "(?:前|之前|以前)?",
            // 3月至6月, 2023年6月—12月: a range, due at its end
            YEAR + "?" + MONTH + "(?:至|到|—+|－|-|~|～)" + YEAR + "?" + MONTH + "(?:" + DAY_OR_END + ")?" + BEFORE,
            // 2023年8月底前, 10月15日前, 8月底, 6月份
            YEAR + "?" + MONTH + "(?:" + DAY_OR_END + ")" + BEFORE,
            YEAR + "?" + MONTH + "(?:前|之前|以前|内)",
            "[0-9０-９]{4}年" + MONTH,
            // 年底前, 2023年底前, 上半年, 一季度, 年内
            YEAR + "?(?:年底|年末|上半年|下半年|第?[一二三四1-4１-４]季度末?)" + BEFORE,
            "[0-9０-９]{4}年(?:底|末|内)(?:前|之前|以前)?",
            // 全年 only before work done over the year: 全年新增…, 全年至少开展…, not 全年粮食产量
            "全年(?=持续|常态|开展|完成|新增|组织|举办|累计|至少|不少于|发布|公开)",
            "(?:今|本)?(?<![0-9０-９一二三四五六七八九十两个半])年内",
            // 春节前, 国庆节前
            "(?:元旦|春节|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?)(?:前|之前|以前)"));
    private static final Pattern JOINER = Pattern.compile("^(?:、|和|及|与|至|到|—+|－|-|~|～)$");
    private static final Pattern NOT_BEFORE = Pattern.compile("(截至|截止|自|从|至|到|于上|去年|上年)$");
    private static final Pattern NOT_AFTER = Pattern.compile("^(起|以来|开始|期间|以后|之后|后|的|至今)");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:于|在|力争|确保|争取|要在|要于|需在|须在|并于|并在)?");
    private static final Pattern QUALIFIES = Pattern.compile("^[^，,。；;：:、（(“”《》]{0,3}的");

    /** A phrase and where it stands. */
    static final class Phrase {
        final int start;
        final int end;
        final String text;

        Phrase(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.text = text;
        }

        @Override
        public String toString() {
            return text + "@" + start;
        }
    }

    private DeadlinePhrases() {}

    /**
     * @param text a sentence or paragraph
     * @return every phrase in order, joined lists and ranges as one
     */
    static List<Phrase> all(String text) {
        List<Phrase> out = new ArrayList<>();
        Matcher m = PHRASE.matcher(text);
        m.region(0, Math.min(text.length(), MAX_TEXT));
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            Phrase p = new Phrase(m.start(), m.end(), m.group());
            if (!out.isEmpty()) {
                Phrase last = out.get(out.size() - 1);
                String between = text.substring(last.end, p.start);
                if (JOINER.matcher(between).find()) {
                    out.set(out.size() - 1, new Phrase(last.start, p.end, text.substring(last.start, p.end)));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * The phrase that governs the work of a text: the first one that is not a time reference of
     * something else.
     *
     * @param text a sentence or paragraph
     * @return the phrase, if any
     */
    static Optional<Phrase> governing(String text) {
        for (Phrase p : all(text)) {
            if (governs(text, p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean governs(String text, Phrase p) {
        String before = text.substring(Math.max(0, p.start - 4), p.start);
        String after = text.substring(p.end);
        // 自本方案印发之日起30日内 is a period after issue, not a start date
        boolean period = p.text.endsWith("内");
        if (!period && NOT_BEFORE.matcher(before).find() || NOT_AFTER.matcher(after).find()
                || QUALIFIES.matcher(after).find()) {
            return false;
        }
        return !inside(text, p.start, '《', '》') && !inside(text, p.start, '“', '”');
    }

    // whether a position lies between an opening and a closing mark
    private static boolean inside(String text, int at, char open, char close) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * @param text a clause
     * @return the phrase when the clause opens with one (after 于, 在, 力争, 确保 or 争取), else empty
     */
    static Optional<Phrase> opening(String text) {
        Matcher m = LEAD_IN.matcher(text);
        int at = m.find() ? m.end() : 0;
        List<Phrase> phrases = all(text);
        return phrases.isEmpty() || phrases.get(0).start != at && phrases.get(0).start != 0
                ? Optional.empty() : Optional.of(phrases.get(0));
    }
}
