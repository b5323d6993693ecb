package org.taizhang.core.internal.units;

import java.util.List;

/**
 * Leaders written in a 责任单位 cell ({@code 责任领导：王建国}, {@code 李明副市长}, {@code 市政府分管领导}):
 * people, not units, so they get no assignment.
 */
final class Persons {
    private Persons() {}

    /** Endings of a person's title or of a word for a person. */
    private static final List<String> TITLES = List.of(
            "领导", "书记", "主任", "同志", "主席", "负责人", "责任人", "联系人", "长");

    /** Endings of a label before people: 责任领导, 分管领导, 责任人, 联系人. */
    private static final List<String> PERSON_LABELS = List.of("领导", "责任人", "负责人", "联系人", "包联人");

    /**
     * @param label a label written before a colon
     * @return true if what follows it names people
     */
    static boolean isPersonLabel(String label) {
        String l = label.strip();
        for (String end : PERSON_LABELS) {
            if (l.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param inner the text inside a bracket
     * @return true for a note about people ({@code 责任领导：王副市长})
     */
    static boolean isPersonNote(String inner) {
        int colon = Math.max(inner.indexOf('：'), inner.indexOf(':'));
        return colon > 0 && isPersonLabel(inner.substring(0, colon));
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
        for (String t : TITLES) {
            if (core.endsWith(t)) {
                return true;
            }
        }
        return false;
    }
}
