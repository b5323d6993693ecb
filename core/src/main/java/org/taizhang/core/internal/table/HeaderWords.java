package org.taizhang.core.internal.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.Vocabulary;
import org.taizhang.core.internal.vocabulary.VocabularyScope;

/**
 * The header words of ledgers: exact synonyms first, then key words a new header word is likely
 * to contain. Matching uses {@link Texts#key}, so line breaks and full-width forms do not matter.
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
    /** A word and a bracketed note after it, half-width after {@link Texts#key}. */
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("([^()]{2,})\\([^()]*\\)");
    private static final List<Map.Entry<String, ColumnRole>> KEY_WORDS = List.of(
            Map.entry("序号", ColumnRole.NUMBER),
            Map.entry("编号", ColumnRole.NUMBER),
            Map.entry("状态", ColumnRole.STATUS),
            Map.entry("备注", ColumnRole.REMARKS),
            Map.entry("指标", ColumnRole.INDICATORS),
            Map.entry("依据", ColumnRole.BASIS),
            Map.entry("法规", ColumnRole.BASIS),
            Map.entry("单位", ColumnRole.RESPONSIBILITY),
            Map.entry("部门", ColumnRole.RESPONSIBILITY),
            Map.entry("科室", ColumnRole.RESPONSIBILITY),
            Map.entry("处室", ColumnRole.RESPONSIBILITY),
            Map.entry("牵头", ColumnRole.RESPONSIBILITY),
            Map.entry("配合", ColumnRole.RESPONSIBILITY),
            Map.entry("时限", ColumnRole.DEADLINE),
            Map.entry("时间", ColumnRole.DEADLINE),
            Map.entry("期限", ColumnRole.DEADLINE),
            Map.entry("节点", ColumnRole.DEADLINE),
            Map.entry("日期", ColumnRole.DEADLINE),
            Map.entry("情况", ColumnRole.PROGRESS),
            Map.entry("进展", ColumnRole.PROGRESS),
            Map.entry("进度", ColumnRole.PROGRESS),
            Map.entry("成效", ColumnRole.PROGRESS),
            Map.entry("内容", ColumnRole.CONTENT),
            Map.entry("措施", ColumnRole.CONTENT),
            Map.entry("要求", ColumnRole.CONTENT),
            Map.entry("举措", ColumnRole.CONTENT),
            Map.entry("分工", ColumnRole.CONTENT),
            Map.entry("步骤", ColumnRole.CONTENT),
            Map.entry("任务", ColumnRole.NAME),
            Map.entry("事项", ColumnRole.NAME),
            Map.entry("要点", ColumnRole.NAME),
            Map.entry("项目", ColumnRole.NAME),
            Map.entry("题目", ColumnRole.NAME),
            Map.entry("目标", ColumnRole.CONTENT));

    /**
     * Columns that name a person (责任领导, 责任人, 领衔代表, 联系人及电话): kept in {@code extra} under
     * their header, never matched by key word nor taken for the 责任单位 column however their
     * cells read.
     */
    private static final List<String> PERSON_WORDS = List.of("领导", "责任人", "负责人", "联系人", "经办人",
            "代表", "提出人", "承办人", "填报人", "电话");

    static {
        exact(ColumnRole.NUMBER, "序号", "编号", "序", "No.", "NO.", "No", "NO", "no.", "Nr.", "#");
        exact(ColumnRole.NAME, "任务名称", "工作任务", "重点任务", "要点", "工作要点", "主要任务",
                "重点工作", "重点工作任务", "工作事项", "任务事项", "事项", "项目名称", "任务", "类别",
                "目标任务", "工作名称", "事项名称", "建议题目", "提案题目", "议案题目", "建议名称", "题目", "标题");
        exact(ColumnRole.CONTENT, "具体任务", "任务内容", "具体措施", "具体内容", "工作要求",
                "具体要求", "主要内容", "工作内容", "工作措施", "主要措施", "任务要求", "具体工作",
                "工作举措", "内容", "措施", "工作目标", "主要举措", "目标要求", "工作标准",
                "细化分工", "推进措施", "任务举措", "具体举措", "落实措施", "细化措施", "具体工作任务",
                "工作任务及措施", "细化任务", "分解任务", "实施内容", "建设内容", "主要工作", "具体工作措施");
        exact(ColumnRole.BASIS, "政策法规要求", "政策依据", "政策法规依据", "法规依据", "依据",
                "文件依据");
        exact(ColumnRole.RESPONSIBILITY, "责任单位", "责任部门", "责任科室", "责任处室", "落实单位",
                "牵头单位", "配合单位", "协同责任单位", "主体责任单位", "主管责任单位", "指导责任单位",
                "牵头部门", "配合部门", "主办单位", "协办单位", "承办单位", "实施单位", "负责单位",
                "责任主体", "参与单位", "协助单位", "责任分工", "主责单位", "主责部门", "协同单位",
                "协同部门", "配合责任单位", "牵头责任单位");
        exact(ColumnRole.DEADLINE, "完成时限", "时间节点", "时限要求", "完成时间", "责任时限", "时限",
                "完成期限", "时间要求", "截止时间", "办结时限",
                "进度安排", "时间安排", "时间进度", "计划完成时间", "完成时限要求", "办结时间", "推进时限");
        exact(ColumnRole.INDICATORS, "量化指标", "指标", "考核指标", "绩效指标");
        exact(ColumnRole.PROGRESS, "落实情况", "进展情况", "完成情况", "工作进展", "推进情况",
                "进展", "进度", "工作进度");
        exact(ColumnRole.STATUS, "状态", "完成状态", "任务状态", "进展状态");
        exact(ColumnRole.REMARKS, "备注", "说明");
        exact(ColumnRole.COMPLETED_ON, "实际完成时间", "实际完成日期", "完成日期", "办结时间", "办结日期",
                "销号时间", "销号日期");
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
                if (COMPLETION_OR_DEADLINE.equals(Texts.key(labels[c]))) {
                    candidate = c;
                }
            }
        }
        if (candidate >= 0 && deadlines > 1) {
            roles[candidate] = ColumnRole.COMPLETED_ON;
        }
    }

    private static void exact(ColumnRole role, String... words) {
        for (String w : words) {
            EXACT.put(w, role);
        }
    }

    /**
     * A header word followed by a note in brackets ({@code 牵头单位（责任人）},
     * {@code 完成时限(年月日)}) is read by the word before the note.
     *
     * @param text a header cell
     * @return its role, or null when the text is not a header word
     */
    static ColumnRole roleOf(String text) {
        String key = Texts.key(text);
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
        String key = Texts.key(text);
        return !BODY_AND_PERSON.matcher(key).find() && PERSON_WORDS.stream().anyMatch(key::contains);
    }

    /** @return true when the text is one of the known synonyms exactly */
    static boolean isKnownWord(String text) {
        String key = Texts.key(text);
        return EXACT.containsKey(key) || addedWord(key) != null;
    }

    /** A caller's header word (ReadOptions.vocabulary), compared as {@link Texts#key} compares cells. */
    private static ColumnRole addedWord(String key) {
        ColumnRole role = null;
        for (Map.Entry<String, String> e : VocabularyScope.current().words(Vocabulary.Kind.HEADER).entrySet()) {
            if (Texts.key(e.getKey()).equals(key)) {
                role = ColumnRole.valueOf(e.getValue().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            }
        }
        return role;
    }
}
