package org.taizhang.core.internal.units;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.internal.vocabulary.WordSet;
import org.taizhang.core.units.UnitDirectory;

/**
 * Turns one group of list items (the text between role words) into unit drafts: scope qualifiers,
 * {@code 和}/{@code 及} between units, units run together, {@code 等相关部门}, and fields of work that
 * share a head noun ({@code 教育、民政等部门}).
 */
final class UnitPieces {
    private final UnitDirectory directory;

    UnitPieces(UnitDirectory directory) {
        this.directory = directory;
    }

    private static final List<String> GENERIC_TAILS = List.of(
            "部门", "单位", "机构", "相关部门", "有关部门", "有关单位", "相关单位", "其他部门", "其他单位",
            "其他有关部门", "其他相关部门", "有关机构", "相关机构", "相关主管部门", "有关主管部门");

    /**
     * @param items the list items of one group, in order
     * @return the drafts, in order
     */
    List<Draft> drafts(List<String> items) {
        return drafts(items, java.util.Collections.nCopies(items.size(), false));
    }

    /**
     * @param items the list items of one group, in order
     * @param joined for each item, true if only 、 stands between it and the item before
     * @return the drafts, in order
     */
    List<Draft> drafts(List<String> items, List<Boolean> joined) {
        List<Draft> drafts = new ArrayList<>();
        List<Draft> single = new ArrayList<>(items.size()); // the one draft of each item, or null
        String groupQualifier = null;
        for (String item : items) {
            int before = drafts.size();
            String rest = item.strip();
            String[] q = qualifier(rest);
            if (q != null) {
                groupQualifier = q[0];
                rest = q[1];
            }
            for (String piece : splitConnectives(rest)) {
                for (String unit : splitRunTogether(piece)) {
                    addPiece(drafts, unit, groupQualifier);
                }
            }
            if (q != null && drafts.size() > before) {
                drafts.get(before).qualifierWritten = true;
            }
            single.add(drafts.size() == before + 1 ? drafts.get(before) : null);
        }
        SharedParts.share(single, joined);
        resolveHeads(drafts);
        return drafts;
    }

    private void addPiece(List<Draft> drafts, String piece, String qualifier) {
        String p = piece.strip();
        String mark = leadMark(p);
        if (mark != null) {
            p = (LEAD_MARKS.indexOf(p.charAt(0)) >= 0 ? p.substring(1) : p.substring(0, p.length() - 1)).strip();
        }
        int dengAt = lastIndexOutsideBrackets(p, '等');
        String tail = dengAt > 0 ? p.substring(dengAt + 1) : "";
        if (dengAt > 0 && (GENERIC_TAILS.contains(tail) || isListTail(tail))) {
            Draft x = draft(p.substring(0, dengAt), qualifier);
            if (x.field) {
                x.head = UnitWords.genericHead(tail);
            }
            add(drafts, x, mark);
            // 等有关部门, 等市直有关部门 add the others; 等部门, 等13个部门 only describe the list
            if (UnitWords.namesMembers(tail)) {
                Draft g = new Draft(tail, false, true);
                g.qualifier = qualifier;
                drafts.add(g);
            }
            return;
        }
        if (p.endsWith("等") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.isEmpty()) {
            add(drafts, draft(p, qualifier), mark);
        }
    }

    /** Adds a draft, marked as a person if it names one; a draft marked ★ leads. */
    private static void add(List<Draft> drafts, Draft written, String mark) {
        if (written.name.isEmpty()) {
            return;
        }
        Draft d = written;
        if (Persons.isPerson(written.name)) {
            d = new Draft(written.name, false, false); // 王建国副市长: a person, not a field of work
            d.person = true;
        }
        if (mark != null) {
            d.assign(org.taizhang.core.Role.LEAD, mark);
        }
        drafts.add(d);
    }

    private static final String LEAD_MARKS = "★☆";

    /** @return the mark that makes a unit the lead (★市发改委), or null */
    private static String leadMark(String p) {
        if (p.length() > 1 && LEAD_MARKS.indexOf(p.charAt(0)) >= 0) {
            return p.substring(0, 1);
        }
        if (p.length() > 1 && LEAD_MARKS.indexOf(p.charAt(p.length() - 1)) >= 0) {
            return p.substring(p.length() - 1);
        }
        return null;
    }

    /** 等市直有关部门, 等13个部门: a kind of body closing the list. */
    private static boolean isListTail(String tail) {
        return tail.length() <= 10 && UnitWords.genericHead(tail) != null;
    }

    private Draft draft(String written, String qualifier) {
        String name = written.strip();
        boolean known = directory != null && directory.lookup(name).isPresent();
        Draft d = new Draft(name, !known && !UnitWords.looksLikeUnit(name), false);
        d.qualifier = qualifier;
        return d;
    }

    /** A field name takes the head noun of the next item that has one: 发展改革、市场监管部门. */
    private static void resolveHeads(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (!d.field || d.head != null) {
                continue;
            }
            for (int j = i + 1; j < drafts.size(); j++) {
                Draft e = drafts.get(j);
                String head = e.head != null ? e.head : UnitWords.genericHead(e.name);
                if (head != null) {
                    d.head = head;
                    break;
                }
            }
        }
    }

    /**
     * @param item a list item
     * @return {qualifier, rest} for {@code 旗区级以上政府} or {@code 涉及…的市级有关部门}, or null
     */
    static String[] qualifier(String item) {
        String q = "";
        String r = item;
        if (r.startsWith("涉及")) {
            int d = r.indexOf('的');
            if (d > 0 && d < r.length() - 1) {
                q = r.substring(0, d + 1);
                r = r.substring(d + 1);
            }
        }
        int y = r.indexOf("以上");
        if (y > 0 && y <= 8 && r.substring(0, y).contains("级") && y + 2 < r.length()) {
            q = q + r.substring(0, y + 2);
            r = r.substring(y + 2);
        }
        return q.isEmpty() ? null : new String[] {q, r};
    }

    /** Splits at 和, 及, 与 and 以及 where they join two units, never inside a name. */
    List<String> splitConnectives(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                depth++;
                continue;
            }
            if (UnitWords.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (depth > 0 || p == start || p == text.length() - 1) {
                continue;
            }
            if (c != '以' && c != '及' && c != '和' && c != '与') {
                continue; // the common case: no connective here, so no substring is made
            }
            int width = 1;
            boolean split;
            String left = text.substring(start, p);
            if (c == '以' && text.startsWith("以及", p) && p + 2 < text.length()) {
                width = 2;
                split = true;
            } else if (c == '及' && text.charAt(p + 1) != '其') {
                String right = text.substring(p + 1);
                split = isUnit(left) || startsGeneric(right);
            } else if (c == '和' || c == '与') {
                String right = text.substring(p + 1);
                // 各县党委和政府 is one collective: a bare 政府 or 部门 after 和 shares the owner before it
                split = isUnit(left) && isUnit(right) && right.length() >= 3;
            } else {
                continue;
            }
            if (split) {
                out.add(left);
                start = p + width;
                p = start - 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private boolean isUnit(String s) {
        return UnitWords.looksLikeUnit(s) || (directory != null && directory.lookup(s).isPresent());
    }

    private static boolean startsGeneric(String s) {
        return s.startsWith("相关") || s.startsWith("有关") || s.startsWith("其他") || s.startsWith("其它")
                || s.startsWith("各");
    }

    /** Splits units written with no separator: 区政府办区财政局, 宣传处会办公室. */
    List<String> splitRunTogether(String piece) {
        if (piece.length() < 5 || (directory != null && directory.lookup(piece).isPresent())) {
            return List.of(piece);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int p = 0; p < piece.length(); p++) {
            char c = piece.charAt(p);
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (UnitWords.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            if (depth > 0 || p - start < 2 || piece.length() - p < 3 || !UnitWords.endsLikeBody(piece, start, p)) {
                continue; // only a body's ending can end a name run together with the next
            }
            String left = piece.substring(start, p);
            String right = piece.substring(p);
            if (endsBetweenUnits(left, right)) {
                out.add(left);
                start = p;
            }
        }
        out.add(piece.substring(start));
        return out;
    }

    /** Endings of a branch, written after the name of the body it belongs to: 人民银行县支行. */
    private static final WordSet BRANCH_ENDS =
            WordSet.of(List.of("支行", "分行", "分局", "支局", "分公司", "支公司", "分中心"));

    private static boolean isBranch(String right) {
        return BRANCH_ENDS.endsWithAny(right);
    }

    private static boolean endsBetweenUnits(String left, String right) {
        if (!UnitWords.endsLikeBody(left) || !UnitWords.looksLikeUnit(right) || isBranch(right) || left.endsWith("总局")
                || left.endsWith("有关") || left.endsWith("相关") || isWordAcross(left, right)) {
            return false;
        }
        if (UnitWords.startsNewUnit(right)) {
            return !isBareGovernment(left) || isBareGovernment(right);
        }
        // an office inside a body written right after another one: 宣传处会办公室
        char last = left.charAt(left.length() - 1);
        return (last == '处' || last == '科' || last == '室')
                && (right.endsWith("室") || right.endsWith("处") || right.endsWith("科"))
                && !right.startsWith("室") && !right.startsWith("办公室");
    }

    /** Words that a body ending and a level character make together: 社区, 校区. */
    private static final List<String> WORDS_ACROSS = List.of("社区", "校区", "院区", "馆区", "站区", "所区");

    private static boolean isWordAcross(String left, String right) {
        String pair = left.substring(left.length() - 1) + right.charAt(0);
        return WORDS_ACROSS.contains(pair);
    }

    /** 市委, 区政府, 县人民政府: the start of many department names (市委宣传部, 市政府办公室). */
    private static boolean isBareGovernment(String s) {
        if (s.isEmpty()) {
            return false;
        }
        String r = s.substring(1);
        return "省市区县旗州盟镇乡".indexOf(s.charAt(0)) >= 0
                && (r.equals("委") || r.equals("政府") || r.equals("人民政府") || r.equals("党委")
                        || r.equals("委员会"));
    }

    private static int lastIndexOutsideBrackets(String s, char target) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (UnitWords.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (c == target && depth == 0) {
                found = i;
            }
        }
        return found;
    }
}
