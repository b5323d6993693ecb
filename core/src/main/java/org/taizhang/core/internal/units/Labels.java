package org.taizhang.core.internal.units;

import java.util.ArrayList;
import java.util.List;

/** Cuts a cell at its labels: {@code 牵头单位:市审批局、市发改委;责任单位:市直各部门}. */
final class Labels {
    private Labels() {}

    private static final int MAX_LABEL = 12;

    private static final List<String> LABEL_WORDS = List.of(
            "单位", "部门", "领导", "科室", "处室", "牵头", "配合", "责任", "主办", "协办", "协助", "参与", "协同",
            "主体", "主管", "指导", "负责");

    /**
     * @param text a cell text
     * @return its parts; the first has a null label when text comes before the first label
     */
    static List<CellParser.Segment> segments(String text) {
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
                while (start > 0 && i - start < MAX_LABEL && !isBoundary(text.charAt(start - 1))) {
                    start--;
                }
                String label = text.substring(start, i).strip();
                if ((start == 0 || isBoundary(text.charAt(start - 1))) && isLabel(label)) {
                    labels.add(new int[] {start, i});
                }
            }
        }
        List<CellParser.Segment> out = new ArrayList<>();
        if (labels.isEmpty()) {
            out.add(new CellParser.Segment(null, text));
            return out;
        }
        if (labels.get(0)[0] > 0) {
            out.add(new CellParser.Segment(null, text.substring(0, labels.get(0)[0])));
        }
        for (int k = 0; k < labels.size(); k++) {
            int[] l = labels.get(k);
            int end = k + 1 < labels.size() ? labels.get(k + 1)[0] : text.length();
            out.add(new CellParser.Segment(text.substring(l[0], l[1]).strip(), text.substring(l[1] + 1, end)));
        }
        return out;
    }

    private static boolean isBoundary(char c) {
        return UnitWords.isClauseSeparator(c) || UnitWords.isListSeparator(c)
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
