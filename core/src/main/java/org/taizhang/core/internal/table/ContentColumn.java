package org.taizhang.core.internal.table;

import java.util.List;
import org.taizhang.core.internal.vocabulary.MatchKey;

/** Which column holds a task's content when no header word names one. */
final class ContentColumn {
    /** Average characters from which an unknown column's cells read as sentences (a task's content). */
    static final int SENTENCE_LENGTH = 12;

    private ContentColumn() {}

    /**
     * A column that may hold a task's text or a group's title: a name, a content, or a column no
     * header word names (its header blank or unknown) and no sniffing placed, other than a
     * person's.
     */
    static boolean isTextColumn(ColumnRole[] roles, Header header, int c) {
        ColumnRole r = roles[c];
        return r == ColumnRole.NAME || r == ColumnRole.CONTENT
                || (r == ColumnRole.EXTRA && !HeaderWords.namesPerson(header.label(c)));
    }

    /**
     * The task's content column when no header word names one: the column of sentences
     * ({@link #sentenceColumn}) when there is one, else the first name column, the only text the
     * task has. Further name columns go to extra.
     */
    static void choose(Layout layout, ColumnRole[] roles, List<Integer> groupingColumns) {
        int firstName = -1;
        boolean hasContent = false;
        for (int c = 0; c < roles.length; c++) {
            if (groupingColumns.contains(c)) {
                continue;
            }
            if (roles[c] == ColumnRole.CONTENT) {
                hasContent = true;
            } else if (roles[c] == ColumnRole.NAME && firstName < 0) {
                firstName = c;
            } else if (roles[c] == ColumnRole.NAME) {
                roles[c] = ColumnRole.EXTRA;
            }
        }
        if (hasContent) {
            return;
        }
        int sentences = sentenceColumn(layout, roles, groupingColumns, firstName);
        if (sentences >= 0) {
            roles[sentences] = ColumnRole.CONTENT;
        } else if (firstName >= 0) {
            roles[firstName] = ColumnRole.CONTENT; // the only text column is the task itself
        }
    }

    /**
     * The unknown column (not a grouping level, not a person's) whose cells are the longest on
     * average; beside a name column only when that is at least {@value #SENTENCE_LENGTH}
     * characters (sentences, not names) and half as long again as the names. A column standing
     * after the progress, status or remarks column reports on the task rather than sets it, and
     * is never taken.
     *
     * @return the column, or -1
     */
    private static int sentenceColumn(Layout layout, ColumnRole[] roles, List<Integer> groupingColumns,
            int nameColumn) {
        int limit = roles.length;
        for (int c = 0; c < roles.length; c++) {
            ColumnRole r = roles[c];
            if (r == ColumnRole.PROGRESS || r == ColumnRole.STATUS || r == ColumnRole.REMARKS) {
                limit = c;
                break;
            }
        }
        double nameLength = nameColumn < 0 ? 0 : averageLength(layout, nameColumn);
        int best = -1;
        // with no name column either, the column with the longest text is all the task has
        double bestLength = nameColumn < 0 ? Double.MIN_VALUE : Math.max(SENTENCE_LENGTH, nameLength * 1.5);
        for (int c = 0; c < limit; c++) {
            if (roles[c] != ColumnRole.EXTRA || groupingColumns.contains(c) || !isTextColumn(roles, layout.run().header(), c)) {
                continue;
            }
            double avg = averageLength(layout, c);
            if (avg >= bestLength) {
                bestLength = avg;
                best = c;
            }
        }
        return best;
    }

    private static double averageLength(Layout layout, int column) {
        return layout.ownTexts(column, 200).stream().mapToInt(t -> MatchKey.of(t).length()).average().orElse(0);
    }
}
