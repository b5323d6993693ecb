package org.taizhang.core.internal.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.Assignment;
import org.taizhang.core.Role;
import org.taizhang.core.Unit;
import org.taizhang.core.internal.vocabulary.Chars;
import org.taizhang.core.units.UnitDirectory;

/**
 * Reads the text of one 责任单位 cell (conventions already taken out) into assignments.
 *
 * <p>The cell is cut into labelled parts ({@code 牵头单位:…;责任单位:…}); each part into tokens (list
 * items, separators, role words); a role word gives its role to the units listed since the previous
 * role word. Units with no role word get the part's default role. Work is linear in the text length
 * apart from the splitting of single list items, which is quadratic in the item's length only.
 */
public final class CellParser {
    private final UnitDirectory directory;
    private final UnitPieces pieces;

    /** @param directory known units, or null */
    public CellParser(UnitDirectory directory) {
        this.directory = directory;
        this.pieces = new UnitPieces(directory);
    }

    /**
     * What a cell gives: its assignments, and the labelled fields that name no units.
     *
     * @param assignments the assignments in the order written
     * @param fields the text of each labelled field that names no unit ({@code 完成时限} →
     *     {@code 2023年底前}), by label as written, in the order written
     */
    public record Parsed(List<Assignment> assignments, Map<String, String> fields) {}

    /**
     * @param text the cell text, conventions taken out
     * @param defaultRole the role of units with no role word (from the column)
     * @return the assignments in the order written, and the fields that are no units
     */
    public Parsed parse(SourceText text, Role defaultRole) {
        SourceText t = Labels.unbracketLabels(ListMarkers.strip(Brackets.dropUnmatched(trim(text))));
        List<Draft> drafts = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Segment s : Labels.segments(t)) {
            Role role = s.label == null ? defaultRole : RoleLexicon.roleOfLabel(s.label, defaultRole);
            if (s.kind == Labels.Kind.OTHER || s.kind == Labels.Kind.PERSONS) {
                // 责任领导：王某；县住建局、县城管局: units written after the field in a clause of their own
                int resume = unitsResume(s.text);
                SourceText own = resume < 0 ? s.text : s.text.sub(0, resume);
                if (s.kind == Labels.Kind.OTHER) {
                    // 完成时限:2023年底前 is never a unit; the caller may read it as the deadline
                    addField(fields, s.label, own.text());
                } else {
                    drafts.addAll(Persons.drafts(own, role, s.label));
                }
                if (resume >= 0) {
                    parseSegment(s.text.sub(resume + 1, s.text.length()), defaultRole, null, drafts, fields);
                }
            } else {
                parseSegment(s.text, role, s.label, drafts, fields);
            }
        }
        return new Parsed(settle(drafts), Collections.unmodifiableMap(fields));
    }

    /**
     * @param text the text after a label of people or of another field
     * @return the clause separator or line break after which the text goes on with a unit, or -1
     */
    private static int unitsResume(SourceText text) {
        String s = text.text();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (UnitWords.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (UnitWords.isClauseSeparator(c) || c == '\n')) {
                int end = i + 1;
                while (end < s.length() && !UnitWords.isListSeparator(s.charAt(end))
                        && !UnitWords.isClauseSeparator(s.charAt(end))) {
                    end++;
                }
                String next = s.substring(i + 1, end).strip();
                if (UnitWords.looksLikeUnit(next) && !Persons.isPerson(next) && RoleLexicon.at(next, 0) == null) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void addField(Map<String, String> fields, String label, String written) {
        String value = Brackets.trimPunctuation(written);
        if (!value.isEmpty()) {
            fields.merge(label, value, (a, b) -> a + "；" + b);
        }
    }

    /** A part of a cell with the label written before it, if any, and what the label introduces. */
    record Segment(String label, Labels.Kind kind, SourceText text) {}

    private static SourceText trim(SourceText text) {
        SourceText t = text.strip();
        // a whole cell in brackets: (牵头单位:市审批局;责任单位:市直各部门)
        while (t.length() > 2 && UnitWords.OPEN.indexOf(t.charAt(0)) >= 0
                && UnitWords.matchingClose(t.text(), 0) == t.length() - 1) {
            t = t.sub(1, t.length() - 1).strip();
        }
        if (t.text().startsWith("由")) {
            t = t.sub(1, t.length());
        }
        return t;
    }

    private enum Kind {
        ITEM, LIST_SEP, CLAUSE_SEP, ROLE, ROLE_IN_BRACKETS, UNIT_ROLE_IN_BRACKETS, PERSONS_IN_BRACKETS, FIELD_IN_BRACKETS
    }

    /** A piece of a segment: its kind, its text and where it stands in the segment. */
    private record Token(Kind kind, String text, RoleLexicon.Match role, int start, int end) {}

    /** Cuts a segment into tokens; every token text is written in the cell as it stands. */
    private static List<Token> tokens(SourceText source) {
        String s = source.text();
        List<Token> out = new ArrayList<>();
        int itemStart = 0; // the start of the list item being read
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                int close = UnitWords.matchingClose(s, i);
                // a bracket a rewrite changed is only ever part of an item
                if (close > 0 && !source.isWritten(i, close + 1)) {
                    i = close + 1;
                    continue;
                }
                if (close > 0) {
                    String inner = s.substring(i + 1, close);
                    RoleLexicon.Match m = RoleLexicon.whole(inner);
                    int unitEnd = m == null ? unitBeforeRole(inner) : -1;
                    if (m != null) {
                        flush(source, itemStart, i, out);
                        out.add(new Token(Kind.ROLE_IN_BRACKETS, m.text(), m, i, close + 1));
                        itemStart = close + 1;
                    } else if (unitEnd > 0) {
                        // 市教育局、市财政局（市教育局牵头）: the bracket names the unit that has the role
                        flush(source, itemStart, i, out);
                        out.add(new Token(Kind.UNIT_ROLE_IN_BRACKETS, inner.substring(0, unitEnd).strip(),
                                RoleLexicon.at(inner, unitEnd), i, close + 1));
                        itemStart = close + 1;
                    } else if (Persons.isPersonNote(inner)) {
                        // the names on either side of a note about people or times stay apart
                        flush(source, itemStart, i, out);
                        // 市发改委（责任领导：王副市长）: the leader is an assignee in the labelled role;
                        // 县医保局（完成时限：2023年9月）: a field, kept like one written outside brackets
                        boolean persons = Persons.isPersonLabel(inner.substring(0, Persons.colon(inner)));
                        out.add(new Token(persons ? Kind.PERSONS_IN_BRACKETS : Kind.FIELD_IN_BRACKETS, inner, null,
                                i + 1, close));
                        itemStart = close + 1;
                    }
                    i = close + 1;
                    continue;
                }
            }
            if (UnitWords.isClauseSeparator(c)) {
                flush(source, itemStart, i, out);
                out.add(new Token(Kind.CLAUSE_SEP, String.valueOf(c), null, i, i + 1));
                itemStart = i + 1;
            } else if (UnitWords.isListSeparator(c) || c == ':' || c == '：') {
                flush(source, itemStart, i, out);
                out.add(new Token(Kind.LIST_SEP, String.valueOf(c), null, i, i + 1));
                itemStart = i + 1;
            } else {
                RoleLexicon.Match m = RoleLexicon.at(s, i);
                String cur = m == null ? null : s.substring(itemStart, i).strip();
                // inside a name (市协同创新中心) a role word is neither first nor last
                if (m != null && source.isWritten(i, i + m.length())
                        && (cur.isEmpty() || UnitWords.looksLikeUnit(cur)
                                || Persons.isPerson(cur) || endsItem(s, i + m.length()))) {
                    flush(source, itemStart, i, out);
                    out.add(new Token(Kind.ROLE, m.text(), m, i, i + m.length()));
                    i += m.length();
                    itemStart = i;
                    continue;
                }
            }
            i++;
        }
        flush(source, itemStart, s.length(), out);
        return out;
    }

    /**
     * @param inner the text inside a bracket
     * @return where a unit name ends that is followed by a role word ending the text
     *     ({@code 市教育局牵头}), or -1
     */
    private static int unitBeforeRole(String inner) {
        for (int j = 2; j < inner.length(); j++) {
            RoleLexicon.Match m = RoleLexicon.at(inner, j);
            if (m != null && j + m.length() == inner.length() && m.kind() == RoleLexicon.Kind.PLAIN
                    && UnitWords.looksLikeUnit(inner.substring(0, j).strip())
                    && UnitWords.levelPrefix(inner.strip()) != 0) {
                return j;
            }
        }
        return -1;
    }

    /** Joins a list of levels to the item after it: 市、县两级政府 is one collective. */
    private static List<Token> joinLevelLists(List<Token> tokens, SourceText source) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() == Kind.ITEM && UnitWords.isLevelList(t.text()) && k + 2 < tokens.size()
                    && tokens.get(k + 1).kind() == Kind.LIST_SEP && tokens.get(k + 1).text().equals("、")
                    && tokens.get(k + 2).kind() == Kind.ITEM
                    && t.end() == tokens.get(k + 1).start() && tokens.get(k + 1).end() == tokens.get(k + 2).start()
                    && source.isWritten(t.start(), tokens.get(k + 2).end())) {
                int end = tokens.get(k + 2).end();
                tokens.set(k + 2, new Token(Kind.ITEM, source.substring(t.start(), end), null, t.start(), end));
                k++;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Joins a list of levels under one 各 into one collective: {@code 各县、区人民政府},
     * {@code 各旗、区人民政府}, {@code 各县、市、区}. The items after {@code 各县} are bare levels, the last
     * one possibly with the body of a place ({@code 区人民政府}); all are joined by 、 alone.
     */
    private static List<Token> joinCollectivePlaces(List<Token> tokens, SourceText source) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Kind.ITEM || !t.text().startsWith("各") || Owners.levelTier(t.text().substring(1)) == null) {
                out.add(t);
                continue;
            }
            // the places joined are of one tier: 各县、区 (counties and districts), never 各乡镇、省…
            String tier = Owners.levelTier(t.text().substring(1));
            int last = k;
            while (last + 2 < tokens.size() && adjacentByComma(tokens, last)) {
                Token next = tokens.get(last + 2);
                if (next.kind() != Kind.ITEM) {
                    break;
                }
                if (tier.equals(Owners.levelTier(next.text()))) {
                    last += 2;
                } else {
                    if (Owners.isLevelsWithPlaceBody(next.text(), tier)) {
                        last += 2;
                    }
                    break;
                }
            }
            int end = tokens.get(last).end();
            if (last == k || !source.isWritten(t.start(), end)) {
                out.add(t);
                continue;
            }
            out.add(new Token(Kind.ITEM, source.substring(t.start(), end), null, t.start(), end));
            k = last;
        }
        return out;
    }

    /** @return true if the item at {@code k} is followed by 、 and another token, all written together */
    private static boolean adjacentByComma(List<Token> tokens, int k) {
        Token sep = tokens.get(k + 1);
        return sep.kind() == Kind.LIST_SEP && sep.text().equals("、") && tokens.get(k).end() == sep.start()
                && sep.end() == tokens.get(k + 2).start();
    }

    private static boolean endsItem(String s, int at) {
        if (at >= s.length()) {
            return true;
        }
        char c = s.charAt(at);
        return UnitWords.isListSeparator(c) || UnitWords.isClauseSeparator(c) || UnitWords.OPEN.indexOf(c) >= 0;
    }

    /**
     * Ends the list item between {@code start} and {@code end}. Where a rewrite took something out of
     * it or put something in, each written stretch is an item of its own, so that no item joins text
     * the cell keeps apart; a stretch of mere punctuation is no item.
     */
    private static void flush(SourceText source, int start, int end, List<Token> out) {
        int from = start;
        while (from < end) {
            int to = source.writtenEnd(from, end);
            if (to == from) {
                from++; // a separator a rewrite put in
                continue;
            }
            boolean whole = from == start && to == end;
            int a = from;
            int b = to;
            while (a < b && Chars.isWhitespace(source.charAt(a))) {
                a++;
            }
            while (b > a && Chars.isWhitespace(source.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                // 以下各项均需各乡镇: the words that introduce the unit are no part of its name
                a += DutyWords.subjectStart(source.substring(a, b));
                // 市财政局等部门推进: the duty after the units is no part of a name
                int duty = DutyWords.start(source.substring(a, b));
                if (duty == 0) {
                    from = to;
                    continue;
                }
                b = a + duty;
                while (b > a && Chars.isWhitespace(source.charAt(b - 1))) {
                    b--;
                }
            }
            if (a < b && (whole || hasNameCharacter(source, a, b))) {
                out.add(new Token(Kind.ITEM, source.substring(a, b), null, a, b));
            }
            from = to;
        }
    }

    private static boolean hasNameCharacter(SourceText source, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Character.isLetterOrDigit(source.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private void parseSegment(SourceText text, Role defaultRole, String label, List<Draft> out,
            Map<String, String> fields) {
        List<Token> tokens = joinCollectivePlaces(joinLevelLists(tokens(text), text), text);
        List<Draft> pending = new ArrayList<>();
        List<String> group = new ArrayList<>();
        List<Boolean> joined = new ArrayList<>(); // for each item of the group: only 、 before it
        boolean afterRole = false;
        boolean together = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token tok = tokens.get(k);
            switch (tok.kind()) {
                case ITEM:
                    // 以上单位按职责分工负责: the units before, not a unit of its own
                    if (!Owners.isBackReference(tok.text())) {
                        group.add(tok.text());
                        joined.add(joinedByEnumerationComma(tokens, k));
                    }
                    break;
                case LIST_SEP:
                    break;
                case ROLE:
                case ROLE_IN_BRACKETS:
                    // a list followed by a role word is a list of units, never a duty description
                    afterRole = closeGroup(group, joined, false, pending, out);
                    RoleLexicon.Match m = tok.role();
                    if (m.kind() == RoleLexicon.Kind.TOGETHER) {
                        assign(pending, Role.LEAD, m.text());
                        together = true;
                    } else if (together) {
                        boolean support = m.role() == Role.SUPPORT;
                        assign(pending, Role.SUPPORT, support ? m.text() : "会同");
                        together = false;
                    } else if (tok.kind() == Kind.ROLE_IN_BRACKETS && moreUnitsFollow(tokens, k) && !pending.isEmpty()) {
                        // 市教育局（牵头）、市人社局: the bracket belongs to the unit it follows
                        Draft last = pending.remove(pending.size() - 1);
                        last.assign(m.role(), m.text());
                        assign(pending, defaultRole, label);
                    } else {
                        assign(pending, m.role(), m.text());
                    }
                    pending.clear();
                    afterRole = true;
                    break;
                case UNIT_ROLE_IN_BRACKETS:
                    afterRole = closeGroup(group, joined, false, pending, out);
                    giveRoleToNamed(tok.text(), tok.role(), pending, out);
                    break;
                case PERSONS_IN_BRACKETS:
                    afterRole = closeGroup(group, joined, false, pending, out);
                    int colon = Persons.colon(tok.text());
                    String leaderLabel = tok.text().substring(0, colon).strip();
                    out.addAll(Persons.drafts(text.sub(tok.start() + colon + 1, tok.end()),
                            RoleLexicon.roleOfLabel(leaderLabel, defaultRole), leaderLabel));
                    break;
                case FIELD_IN_BRACKETS:
                    int at = Persons.colon(tok.text());
                    addField(fields, tok.text().substring(0, at).strip(), tok.text().substring(at + 1));
                    break;
                case CLAUSE_SEP:
                default:
                    if (backReferenceFollows(tokens, k)) {
                        break; // 市民政局、市财政局。以上单位均为配合单位
                    }
                    closeGroup(group, joined, afterRole, pending, out);
                    finishPending(pending, together, defaultRole, label);
                    together = false;
                    afterRole = false;
                    break;
            }
        }
        closeGroup(group, joined, afterRole, pending, out);
        finishPending(pending, together, defaultRole, label);
    }

    private void giveRoleToNamed(String name, RoleLexicon.Match m, List<Draft> pending, List<Draft> out) {
        for (Draft d : out) {
            if (d.name.equals(name) && d.role == null) {
                d.assign(m.role(), m.text());
                pending.remove(d);
                return;
            }
        }
        List<Draft> named = pieces.drafts(List.of(name));
        assign(named, m.role(), m.text());
        out.addAll(named);
    }

    /** @return true if the item at {@code k} follows an item with only 、 between them */
    private static boolean joinedByEnumerationComma(List<Token> tokens, int k) {
        if (k < 2) {
            return false;
        }
        Token sep = tokens.get(k - 1);
        Token item = tokens.get(k - 2);
        return sep.kind() == Kind.LIST_SEP && sep.text().equals("、") && item.kind() == Kind.ITEM
                && item.end() == sep.start() && sep.end() == tokens.get(k).start();
    }

    private static boolean backReferenceFollows(List<Token> tokens, int k) {
        int j = k + 1;
        while (j < tokens.size() && tokens.get(j).kind() == Kind.LIST_SEP) {
            j++;
        }
        return j < tokens.size() && ((tokens.get(j).kind() == Kind.ROLE && tokens.get(j).role().backward())
                || (tokens.get(j).kind() == Kind.ITEM && Owners.isBackReference(tokens.get(j).text())));
    }

    /** Builds the drafts of a finished group; a group right after a role word may be a duty. */
    private boolean closeGroup(List<String> group, List<Boolean> joined, boolean afterRole, List<Draft> pending,
            List<Draft> out) {
        if (group.isEmpty()) {
            return afterRole;
        }
        boolean duty = afterRole
                && !UnitWords.looksLikeUnit(group.get(0))
                && !UnitWords.looksLikeUnit(group.get(group.size() - 1))
                && (directory == null || directory.lookup(group.get(0)).isEmpty());
        if (!duty) {
            List<Draft> drafts = pieces.drafts(group, joined);
            pending.addAll(drafts);
            out.addAll(drafts);
        }
        group.clear();
        joined.clear();
        return false;
    }

    private static void finishPending(List<Draft> pending, boolean together, Role defaultRole, String label) {
        if (together) {
            assign(pending, Role.SUPPORT, "会同");
        } else {
            assign(pending, defaultRole, label);
        }
        pending.clear();
    }

    private static void assign(List<Draft> drafts, Role role, String text) {
        for (Draft d : drafts) {
            if (d.role == null) {
                d.assign(role, text);
            }
        }
    }

    private static boolean moreUnitsFollow(List<Token> tokens, int k) {
        int j = k + 1;
        while (j < tokens.size() && tokens.get(j).kind() == Kind.LIST_SEP) {
            j++;
        }
        return j > k + 1 && j < tokens.size() && tokens.get(j).kind() == Kind.ITEM
                && UnitWords.looksLikeUnit(tokens.get(j).text());
    }

    /** Gives each draft its level prefix, head noun and directory name, and builds the units. */
    private List<Assignment> settle(List<Draft> drafts) {
        List<Assignment> out = new ArrayList<>(drafts.size());
        String lastOwner = null; // the place of the unit just before: 区, 各县（市、区）
        Draft previous = null;
        boolean previousCollective = false;
        for (Draft d : drafts) {
            if (d.person) {
                // a leader: no place to inherit or to pass on
                out.add(assignment(Unit.person(d.name), d));
                continue;
            }
            if (d.field && d.head == null) {
                continue; // words that name no body (解读, 不再逐项列出) are no unit
            }
            String name = d.name;
            String full = null;
            boolean collective = UnitWords.isCollective(name)
                    || (d.qualifier != null && (d.qualifier.contains("以上") || d.qualifier.contains("各级")));
            char prefix = UnitWords.levelPrefix(name);
            String owner = previous == null || d.qualifier != null ? null : Owners.sharedOwner(previous.name, name);
            String nextOwner = null;
            if (d.sharedStart != null) {
                // 各设区市、县（市、区）人民政府: every county, as every city
                full = d.sharedStart + name;
                collective = true;
                nextOwner = Owners.placeOfCollective(full);
            } else if (owner != null) {
                // 各县（市、区）党委、政府: the bare 政府 is the government of the same places
                full = owner + name;
                collective = collective || previousCollective;
                nextOwner = owner;
            } else if (prefix != 0 && !collective && d.qualifier == null) {
                nextOwner = String.valueOf(prefix);
            } else if (prefix == 0 && lastOwner != null && d.qualifier == null && !d.generic && inherits(d)) {
                full = lastOwner + name;
                collective = collective || lastOwner.startsWith("各");
                nextOwner = lastOwner;
            } else if (d.qualifier == null) {
                nextOwner = Owners.placeOfCollective(name);
                if (nextOwner == null && !collective) {
                    nextOwner = UnitWords.placeNameStart(name); // 宁波市财政局、税务局
                }
            }
            lastOwner = nextOwner;
            previous = d;
            previousCollective = collective;
            if (d.head != null) {
                full = (full == null ? name : full) + d.head;
            }
            if (directory != null) {
                Optional<String> known = directory.canonicalName(full == null ? name : full);
                if (known.isPresent()) {
                    full = known.get();
                }
            }
            Unit.Builder unit = Unit.builder();
            // the name as written: a scope written in front of the unit is part of it
            unit.name(d.qualifierWritten ? d.qualifier + name : name).collective(collective);
            if (full != null && !full.equals(name)) {
                unit.canonicalName(full);
            }
            if (d.qualifier != null) {
                unit.qualifier(d.qualifier);
            }
            out.add(assignment(unit.build(), d));
        }
        return out;
    }

    private static Assignment assignment(Unit unit, Draft d) {
        Assignment.Builder a = Assignment.builder();
        a.unit(unit).role(d.role == null ? Role.RESPONSIBLE : d.role);
        if (d.roleText != null && !d.roleText.isEmpty()) {
            a.roleText(d.roleText);
        }
        return a.build();
    }

    private static boolean inherits(Draft d) {
        if (d.field) {
            // a field of work (工业和信息化) only names a body together with its head noun
            return d.head != null && !UnitWords.isCollective(d.name);
        }
        return UnitWords.canInheritPrefix(d.name)
                && UnitWords.endsLikeBody(UnitWords.stripTrailingBrackets(d.name));
    }
}
