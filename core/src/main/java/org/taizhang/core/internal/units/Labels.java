package org.taizhang.core.internal.units;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.internal.vocabulary.Chars;
import org.taizhang.core.internal.vocabulary.WordSet;

/**
 * Cuts a cell at its labels: {@code 牵头单位:市审批局、市发改委;责任单位:市直各部门,完成时限:2023年底前}.
 *
 * <p>What a label introduces is said by its last word, the head of the phrase: {@code 牵头单位},
 * {@code 配合部门}, {@code 牵头} introduce units; {@code 牵头领导}, {@code 责任人} people;
 * {@code 完成时限}, {@code 时间节点}, {@code 备注} a field that is no unit at all.
 */
final class Labels {
    private Labels() {}

    private static final int MAX_LABEL = 12;

    /** What a label introduces. */
    enum Kind {
        /** no label: text before the first label */
        NONE,
        /** units: 牵头单位, 配合, 责任部门 */
        UNITS,
        /** people: 牵头领导, 责任人 */
        PERSONS,
        /** something else: 完成时限, 备注, 联系人 */
        OTHER
    }

    /** Last words of a label that introduces units. */
    private static final WordSet UNIT_HEADS = WordSet.of(List.of(
            "单位", "部门", "科室", "处室", "股室", "机构", "主体", "牵头", "配合", "责任", "主办", "协办", "协助",
            "参与", "协同", "主管", "指导", "负责", "主责", "承办", "包联", "落实", "督导", "督办"));

    /**
     * Last words of a label that introduces neither units nor people: times, notes, contacts. A
     * label ending so is never read for units, even with a role word before it ({@code 责任时限}).
     */
    private static final WordSet FIELD_HEADS = WordSet.of(List.of(
            "时限", "时间", "节点", "期限", "日期", "时段", "年限", "周期", "频次", "进度", "备注", "注", "说明",
            "要求", "目标", "标准", "内容", "措施", "成果", "成效", "形式", "方式", "电话", "联系人", "依据",
            "来源", "情况", "进展", "任务", "指标", "方法"));

    /** Last words of a label whose field holds a time (the deadline written in the cell). */
    private static final WordSet TIME_HEADS =
            WordSet.of(List.of("时限", "时间", "节点", "期限", "日期", "时段", "年限"));

    private static final List<String> LABEL_WORDS = List.of(
            "单位", "部门", "领导", "科室", "处室", "牵头", "配合", "责任", "主办", "协办", "协助", "参与", "协同",
            "主体", "主管", "指导", "负责", "联系人", "包联");

    /**
     * @param text a cell text
     * @return its parts; the first has a null label when text comes before the first label
     */
    static List<CellParser.Segment> segments(SourceText source) {
        String text = source.text();
        List<int[]> labels = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (UnitWords.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if ((c == ':' || c == '：') && depth == 0) {
                int start = i;
                int floor = labels.isEmpty() ? 0 : labels.get(labels.size() - 1)[1] + 1;
                while (start > floor && i - start < MAX_LABEL && !isBoundary(text.charAt(start - 1))) {
                    start--;
                }
                int labelStart = start;
                int labelEnd = i;
                while (labelStart < labelEnd && Chars.isWhitespace(text.charAt(labelStart))) {
                    labelStart++;
                }
                while (labelEnd > labelStart && Chars.isWhitespace(text.charAt(labelEnd - 1))) {
                    labelEnd--;
                }
                String label = text.substring(labelStart, labelEnd);
                // the label becomes the role text, so it must be written in the cell as it stands
                if ((start == 0 || isBoundary(text.charAt(start - 1))) && kind(label) != Kind.NONE
                        && source.isWritten(labelStart, labelEnd)) {
                    labels.add(new int[] {start, i, labelStart, labelEnd});
                }
            }
        }
        List<CellParser.Segment> out = new ArrayList<>();
        if (labels.isEmpty()) {
            out.add(new CellParser.Segment(null, Kind.NONE, source));
            return out;
        }
        if (labels.get(0)[0] > 0) {
            out.add(new CellParser.Segment(null, Kind.NONE, source.sub(0, labels.get(0)[0])));
        }
        for (int k = 0; k < labels.size(); k++) {
            int[] l = labels.get(k);
            int end = k + 1 < labels.size() ? labels.get(k + 1)[0] : text.length();
            String label = text.substring(l[2], l[3]);
            out.add(new CellParser.Segment(label, kind(label), source.sub(l[1] + 1, end)));
        }
        return out;
    }

    /**
     * @param label text written before a colon
     * @return what it introduces, or {@link Kind#NONE} if it is no label
     */
    static Kind kind(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            return Kind.NONE;
        }
        if (Persons.isPersonLabel(label)) {
            return Kind.PERSONS;
        }
        if (FIELD_HEADS.endsWithAny(label.strip())) {
            return isFieldName(label) ? Kind.OTHER : Kind.NONE;
        }
        if (UNIT_HEADS.endsWithAny(label.strip()) || isLabel(label)) {
            return Kind.UNITS;
        }
        return Kind.NONE;
    }

    /**
     * @param label a label
     * @return true if its field holds a time ({@code 完成时限}, {@code 时间节点})
     */
    static boolean isTimeLabel(String label) {
        return TIME_HEADS.endsWithAny(label.strip());
    }

    /** A field name is a short phrase of words, not a unit (县教育局：… is no field). */
    private static boolean isFieldName(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Chars.isWhitespace(c)) {
                return false;
            }
        }
        return !UnitWords.looksLikeUnit(label);
    }


    /**
     * Writes a label in brackets before units ({@code 【牵头单位】市发改委【配合单位】市财政局}) as a label
     * with a colon; a bracket after a unit ({@code 市教育局（牵头单位）、}) or inside another bracket is
     * left as it is.
     *
     * @param source a cell text
     * @return the text with bracketed labels written {@code ；牵头单位：}
     */
    static SourceText unbracketLabels(SourceText source) {
        String text = source.text();
        SourceText.Builder out = source.rewrite();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = UnitWords.OPEN.indexOf(c) >= 0 ? UnitWords.matchingClose(text, i) : -1;
            if (close < 0) {
                out.keep(i);
                i++;
                continue;
            }
            int start = i + 1;
            int end = close;
            while (start < end && Chars.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Chars.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String inner = text.substring(start, end);
            Kind kind = kind(inner);
            if (close + 1 < text.length() && startsItem(text.charAt(close + 1))
                    && (kind == Kind.OTHER || kind == Kind.PERSONS || kind == Kind.UNITS && endsLikeLabel(inner))) {
                out.insert('；').keep(start, end).insert('：');
            } else {
                out.keep(i, close + 1);
            }
            i = close + 1;
        }
        return out.build();
    }

    private static boolean startsItem(char c) {
        return !UnitWords.isListSeparator(c) && !UnitWords.isClauseSeparator(c) && UnitWords.OPEN.indexOf(c) < 0
                && UnitWords.CLOSE.indexOf(c) < 0 && c != ':' && c != '：';
    }

    private static boolean endsLikeLabel(String inner) {
        return inner.endsWith("单位") || inner.endsWith("部门") || inner.endsWith("领导") || inner.endsWith("处室")
                || inner.endsWith("科室") || inner.endsWith("人");
    }

    private static boolean isBoundary(char c) {
        return UnitWords.isClauseSeparator(c) || UnitWords.isListSeparator(c) || c == ':' || c == '：'
                || UnitWords.OPEN.indexOf(c) >= 0 || UnitWords.CLOSE.indexOf(c) >= 0;
    }

    private static boolean isLabel(String label) {
        if (label.isEmpty()) {
            return false;
        }
        for (String w : LABEL_WORDS) {
            if (label.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
