package org.taizhang.core.internal.units;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.Role;
import org.taizhang.core.internal.vocabulary.Chars;
import org.taizhang.core.internal.vocabulary.WordSet;

/**
 * Leaders written in a 责任单位 cell ({@code 责任领导：王建国}, {@code 李明副市长}, {@code 市政府分管领导}):
 * people, not units; they are assignees marked as persons.
 */
final class Persons {
    private Persons() {}

    /** Endings of a person's title or of a word for a person. */
    private static final WordSet TITLES = WordSet.of(List.of(
            "领导", "书记", "主任", "同志", "主席", "负责人", "责任人", "联系人", "长"));

    /** Endings of a label before people who answer for the task: 责任领导, 分管领导, 责任人 (a 联系人 is a contact). */
    private static final WordSet PERSON_LABELS = WordSet.of(List.of("领导", "责任人", "负责人", "包联人"));

    /**
     * @param label a label written before a colon
     * @return true if what follows it names people
     */
    static boolean isPersonLabel(String label) {
        String l = label.strip();
        return PERSON_LABELS.endsWithAny(l);
    }

    /**
     * @param inner the text inside a bracket
     * @return true for a note about people or another field ({@code 责任领导：王副市长},
     *     {@code 联系人：张三}, {@code 完成时限：6月底})
     */
    static boolean isPersonNote(String inner) {
        int colon = colon(inner);
        if (colon <= 0) {
            return false;
        }
        String label = inner.substring(0, colon).strip();
        return isPersonLabel(label) || Labels.kind(label) == Labels.Kind.OTHER;
    }

    /**
     * @param inner the text inside a bracket
     * @return the index of its first colon, or -1
     */
    static int colon(String inner) {
        int full = inner.indexOf('：');
        int half = inner.indexOf(':');
        return full < 0 ? half : half < 0 ? full : Math.min(full, half);
    }

    /**
     * The people named after a label such as {@code 牵头领导:}: every item is a person, and a title
     * written after a name with a space ({@code 王某某 副县长}) is one item with it.
     *
     * @param text the text after the label
     * @param role the role the label gives
     * @param label the label as written
     * @return the drafts, marked as persons, with the role given
     */
    static List<Draft> drafts(SourceText text, Role role, String label) {
        String s = text.text();
        List<int[]> items = new ArrayList<>(); // start, end, 1 if only white space came before it
        int start = 0;
        boolean onlySpace = false; // the separators since the item before were all white space
        int depth = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '；';
            if (UnitWords.OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (UnitWords.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            boolean separator = i == s.length() || (depth == 0
                    && (UnitWords.isListSeparator(c) || UnitWords.isClauseSeparator(c) || c == ':' || c == '：'));
            if (!separator) {
                continue;
            }
            if (i > start) {
                items.add(new int[] {start, i, onlySpace ? 1 : 0});
                onlySpace = true;
            }
            if (!Chars.isWhitespace(c)) {
                onlySpace = false;
            }
            start = i + 1;
        }
        List<Draft> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            int a = items.get(k)[0];
            int b = items.get(k)[1];
            // 王某某 副县长: the title after a bare name belongs to it
            if (k + 1 < items.size() && items.get(k + 1)[2] == 1 && !isPerson(s.substring(a, b))
                    && isPerson(s.substring(items.get(k + 1)[0], items.get(k + 1)[1]))
                    && text.isWritten(a, items.get(k + 1)[1])) {
                b = items.get(k + 1)[1];
                k++;
            }
            String name = Brackets.trimPunctuation(s.substring(a, b));
            if (!name.isEmpty() && hasLetter(name)) {
                Draft d = new Draft(name, false, false);
                d.person = true;
                d.assign(role, label);
                out.add(d);
            }
        }
        return out;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param name an item of a list
     * @return true if it names a person by title ({@code 李明副市长}, {@code 市政府分管领导})
     */
    static boolean isPerson(String name) {
        String core = UnitWords.stripTrailingBrackets(name.strip());
        if (core.length() < 2) {
            return false;
        }
        return TITLES.endsWithAny(core);
    }
}
