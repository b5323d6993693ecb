package org.taizhang.core.internal.prose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.Responsibility;
import org.taizhang.core.units.ResponsibilityParser;

/**
 * Finds the deadline phrases and the responsible units inside a paragraph of prose. Deliberately
 * conservative: a phrase is taken only when it holds a clear time word (日内, 月底, 年底, 每月,
 * 每季度, a date with 前…), and units only when a clause opens with a body named by a unit word
 * followed by 要 ({@code 旗直各部门、苏木镇(街道办)要…}).
 */
final class ProseClauses {
    private static final String NUM = "[0-9０-９一二三四五六七八九十两]+";
    private static final String DAY_OR_PERIOD_END = "\\d{1,2}日|底|末|上旬|中旬|下旬";
    private static final String BEFORE = "(?:前|之前|以前)?";
    private static final Pattern DEADLINE = Pattern.compile(String.join("|",
            // 于本要点印发后10日内, 决策出台后10个工作日内
            "(?:于)?(?:本(?:要点|方案|通知|意见|计划)|文件|政策|决策)?(?:印发|出台|发布|下发|公布)(?:之)?后"
                    + NUM + "(?:个)?(?:工作日|日|天|个月|周)(?:内|以内)",
            // 每月, 每季度, 每年3月底前, 按季度
            "(?:每(?:年|半年|个?季度|季|月|周|旬)|按(?:年|半年|季度|季|月|周))(?:度)?(?:\\d{1,2}月(?:"
                    + DAY_OR_PERIOD_END + ")?|" + DAY_OR_PERIOD_END + ")?" + BEFORE,
            // 2022年9月底前, 10月15日前, 8月底
            "(?:\\d{4}年)?\\d{1,2}月(?:" + DAY_OR_PERIOD_END + ")" + BEFORE,
            "(?:\\d{4}年)?\\d{1,2}月(?:前|之前|以前)",
            // 年底前, 上半年, 一季度
            "(?:\\d{4}年)?(?:年底|年末|上半年|下半年|[一二三四1-4]季度末?)" + BEFORE,
            "全年"));
    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?\\n]");
    private static final Pattern CLAUSE = Pattern.compile("[，,：:]");
    // a clause that opens with a body and 要: 旗直各部门、苏木镇(街道办)要…
    private static final Pattern SUBJECT = Pattern.compile(
            "^(.{2,40}?)要(?![点求素闻件害务])");
    private static final Pattern UNIT_WORD = Pattern.compile(
            "(部门|单位|局|委|办|镇|乡|街道|旗|县|区|市|政府|中心|指挥部|小组|机关|公司|院|所|站|厅)");
    private static final Pattern NOT_A_SUBJECT = Pattern.compile(
            "^(对|将|把|在|从|按|根据|通过|以|为|并|同时|还|也|都|未|凡)|的|“|《");

    private ProseClauses() {}

    /**
     * The deadline a paragraph states, if it holds a clear time phrase.
     *
     * @param text the paragraph
     * @param context the plan year and issue date, or null when the year is unknown
     * @return the deadline of the phrases found, joined by {@code ，}; absent when there is none
     */
    static Optional<Deadline> deadline(String text, DeadlineContext context) {
        List<String> phrases = deadlinePhrases(text);
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        String joined = String.join("，", phrases);
        return Optional.of(context == null ? Deadline.unparsed(joined) : Deadline.parse(joined, context));
    }

    /**
     * The responsibility a paragraph names, read without a unit directory.
     *
     * @param text the paragraph
     * @return as {@link #responsibility(String, ResponsibilityParser)}
     */
    static Optional<Responsibility> responsibility(String text) {
        return responsibility(text, ResponsibilityParser.standard());
    }

    /**
     * The responsibility a paragraph names: the bodies that open its clauses before 要.
     *
     * @param text the paragraph
     * @param units the parser, with the caller's unit directory
     * @return the responsibility, its text being the bodies as written (several joined by
     *     {@code ；}); absent when no clause names one
     */
    static Optional<Responsibility> responsibility(String text, ResponsibilityParser units) {
        Set<String> subjects = new LinkedHashSet<>();
        for (String sentence : SENTENCE.split(text)) {
            for (String clause : CLAUSE.split(sentence)) {
                Matcher m = SUBJECT.matcher(clause.strip());
                if (m.find()) {
                    String subject = m.group(1).strip();
                    if (UNIT_WORD.matcher(subject).find() && !NOT_A_SUBJECT.matcher(subject).find()) {
                        subjects.add(subject);
                    }
                }
            }
        }
        if (subjects.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(units.read(String.join("；", new ArrayList<>(subjects)), null));
    }

    /**
     * The phrases {@link #deadline} would take, for tests and documentation.
     *
     * @param text a paragraph
     * @return the phrases in order
     */
    static List<String> deadlinePhrases(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DEADLINE.matcher(text);
        while (m.find()) {
            if (!out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
