package org.taizhang.core.internal.units;

import java.util.List;
import org.taizhang.core.internal.vocabulary.Chars;
import org.taizhang.core.internal.vocabulary.WordSet;
import org.taizhang.core.units.Conventions;

/**
 * Finds and removes the reading conventions and notes written inside a 责任单位 cell or its header:
 * {@code （列第一位者为牵头单位，下同）}, {@code 首位单位为牵头单位}, {@code 排名不分先后}.
 */
public final class ConventionText {
    private ConventionText() {}

    /**
     * A cell text with its conventions taken out.
     *
     * @param source what is left to read as units, knowing where each character stands in the cell
     * @param found the conventions written in it
     */
    public record Stripped(SourceText source, Conventions found) {
        /** @return what is left to read as units */
        public String text() {
            return source.text();
        }
    }

    private static final WordSet FIRST_WORDS =
            WordSet.of(List.of("第一", "首位", "首个", "第1", "排首", "排在前", "排名第一", "居首", "在前"));

    private static final List<String> NOTES = List.of("排名不分先后", "排序不分先后", "不分先后", "下同");

    /**
     * Takes out the conventions and notes written outside the brackets of names: in a bracket of
     * their own or as a clause of their own. A convention leaves a clause separator in its place, a
     * note a space, so that the names on either side stay apart.
     *
     * @param text a cell text or a column header, or null
     * @return the text without its conventions and notes, and the conventions found
     */
    public static Stripped strip(String text) {
        if (text == null) {
            return new Stripped(SourceText.of(""), Conventions.none());
        }
        boolean carried = text.contains("下同");
        SourceText all = SourceText.of(text);
        // a whole cell in brackets, (牵头单位:…，排名不分先后): its inside is the top level
        int start = 0;
        int end = text.length();
        while (true) {
            while (start < end && Chars.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Chars.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end - start > 2 && UnitWords.OPEN.indexOf(text.charAt(start)) >= 0
                    && UnitWords.matchingClose(text, start) == end - 1) {
                start++;
                end--;
            } else {
                break;
            }
        }
        Stripped brackets = stripBrackets(all.sub(start, end), carried);
        Stripped clauses = stripClauses(brackets.source(), carried);
        SourceText out = all.rewrite().keep(0, start).append(clauses.source()).keep(end, text.length()).build();
        return new Stripped(out, brackets.found().and(clauses.found()));
    }

    /** Removes bracketed conventions and notes: （列第一位者为牵头单位，下同）, （排名不分先后）. */
    private static Stripped stripBrackets(SourceText source, boolean carried) {
        String text = source.text();
        SourceText.Builder kept = source.rewrite();
        Conventions found = Conventions.none();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = UnitWords.OPEN.indexOf(c) >= 0 ? UnitWords.matchingClose(text, i) : -1;
            if (close > 0) {
                String inner = text.substring(i + 1, close);
                if (isConvention(inner)) {
                    found = found.and(convention(inner, carried));
                    kept.insert('；');
                } else if (isNote(inner)) {
                    kept.insert(' ');
                } else {
                    // a bracket inside a name (各县（市、区）) is part of the name, notes and all
                    kept.keep(i, close + 1);
                }
                i = close + 1;
                continue;
            }
            kept.keep(i);
            i++;
        }
        return new Stripped(kept.build(), found);
    }

    /** Removes unbracketed convention clauses: 注：首位单位为牵头单位，其他为配合单位. */
    private static Stripped stripClauses(SourceText source, boolean carried) {
        String text = source.text();
        SourceText.Builder kept = source.rewrite();
        Conventions found = Conventions.none();
        int n = text.length();
        int i = 0;
        int depth = 0; // bracket depth at the start of the clause
        while (i < n) {
            int end = i;
            while (end < n && !isClauseBreak(text.charAt(end))) {
                end++;
            }
            String clause = text.substring(i, end);
            int depthAtStart = depth;
            depth = depthAfter(clause, depth);
            // a convention or note written inside the brackets of a name is part of that name
            boolean topLevel = depthAtStart == 0 && depth == 0;
            if (topLevel && isConvention(clause) && isConventionClause(clause)) {
                int stop = end;
                while (stop < n && isClauseBreak(text.charAt(stop))) {
                    stop++;
                }
                int next = stop;
                while (next < n && !isClauseBreak(text.charAt(next))) {
                    next++;
                }
                String following = text.substring(stop, next);
                if (isOthersClause(following)) {
                    clause = clause + "，" + following;
                    end = next;
                    depth = depthAfter(following, depth);
                }
                found = found.and(convention(clause, carried));
                kept.insert('；');
            } else if (!(topLevel && isNote(clause))) {
                kept.keep(i, end);
            }
            if (end < n) {
                kept.keep(end);
            }
            i = end + 1;
        }
        return new Stripped(kept.build(), found);
    }

    private static int depthAfter(String clause, int depth) {
        int d = depth;
        for (int k = 0; k < clause.length(); k++) {
            char c = clause.charAt(k);
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                d++;
            } else if (UnitWords.CLOSE.indexOf(c) >= 0) {
                d = Math.max(0, d - 1);
            }
        }
        return d;
    }

    /** A clause that states a convention rather than lists units: no list separator, says 为/是. */
    private static boolean isConventionClause(String clause) {
        return clause.indexOf('、') < 0 && (clause.contains("为") || clause.contains("是"));
    }

    private static Conventions convention(String written, boolean carried) {
        String w = written.strip();
        boolean othersSupport = w.contains("其他") || w.contains("其余") || w.contains("其它")
                ? w.contains("配合") || w.contains("协办") || w.contains("协助") || w.contains("参与")
                : false;
        return Conventions.firstListedLeads(othersSupport, carried, w);
    }

    private static boolean isConvention(String s) {
        if (!s.contains("牵头") && !s.contains("主办")) {
            return false;
        }
        return FIRST_WORDS.containsAny(s);
    }

    private static boolean isOthersClause(String s) {
        return (s.startsWith("其他") || s.startsWith("其余") || s.startsWith("其它"))
                && (s.contains("配合") || s.contains("协办") || s.contains("参与") || s.contains("责任"));
    }

    /** Starts of a note that points elsewhere: 详见附表2, 见附件, 具体名单另行通知. */
    private static final WordSet REFERENCE_STARTS = WordSet.of(
            List.of("详见", "参见", "具体见", "另见", "见附", "见表", "见清单", "见名单", "附件", "附表", "具体名单", "名单见"));

    private static boolean isNote(String s) {
        String t = s.strip();
        if (t.startsWith("注") && t.length() > 1 && (t.charAt(1) == '：' || t.charAt(1) == ':')) {
            t = t.substring(2).strip();
        }
        if (NOTES.contains(t)) {
            return true;
        }
        return REFERENCE_STARTS.startsWithAny(t);
    }

    private static boolean isClauseBreak(char c) {
        return UnitWords.isClauseSeparator(c) || c == '，' || c == ',' || c == '\n' || c == '\r';
    }
}
