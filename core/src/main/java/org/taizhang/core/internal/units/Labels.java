package org.taizhang.core.internal.units;

import java.util.ArrayList;
import java.util.List;

/** Cuts a cell at its labels: {@code 牵头单位:市审批局、市发改委;责任单位:市直各部门}. */
final class Labels {
    private Labels() {}

    private static final int MAX_LABEL = 12;

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
                while (labelStart < labelEnd && Character.isWhitespace(text.charAt(labelStart))) {
                    labelStart++;
                }
                while (labelEnd > labelStart && Character.isWhitespace(text.charAt(labelEnd - 1))) {
                    labelEnd--;
                }
                String label = text.substring(labelStart, labelEnd);
                // the label becomes the role text, so it must be written in the cell as it stands
                if ((start == 0 || isBoundary(text.charAt(start - 1))) && isLabel(label)
                        && source.isWritten(labelStart, labelEnd)) {
                    labels.add(new int[] {start, i, labelStart, labelEnd});
                }
            }
        }
        List<CellParser.Segment> out = new ArrayList<>();
        if (labels.isEmpty()) {
            out.add(new CellParser.Segment(null, source));
            return out;
        }
        if (labels.get(0)[0] > 0) {
            out.add(new CellParser.Segment(null, source.sub(0, labels.get(0)[0])));
        }
        for (int k = 0; k < labels.size(); k++) {
            int[] l = labels.get(k);
            int end = k + 1 < labels.size() ? labels.get(k + 1)[0] : text.length();
            out.add(new CellParser.Segment(text.substring(l[2], l[3]), source.sub(l[1] + 1, end)));
        }
        return out;
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
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String inner = text.substring(start, end);
            if (close + 1 < text.length() && startsItem(text.charAt(close + 1))
                    && inner.length() <= MAX_LABEL && isLabel(inner) && endsLikeLabel(inner)) {
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
