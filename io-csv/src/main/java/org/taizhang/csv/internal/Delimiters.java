package org.taizhang.csv.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the delimiter of CSV text from its first records: the one of comma, tab and semicolon
 * that occurs, outside quotes, the same number of times on the most records.
 */
public final class Delimiters {
    private static final char[] CANDIDATES = {',', '\t', ';'};
    private static final int RECORDS = 20;

    private Delimiters() {}

    /**
     * @param sample the first characters of the text
     * @param tabByDefault whether to use a tab when nothing tells (a {@code .tsv} file)
     * @return the delimiter
     */
    public static char detect(String sample, boolean tabByDefault) {
        return (char) best(sample, tabByDefault)[0];
    }

    /**
     * Whether text looks like delimited records: its best delimiter occurs the same number of
     * times on at least two records, or on its only one.
     *
     * @param sample the first complete records of the text
     * @return true when it does
     */
    public static boolean isConsistent(String sample) {
        int[] best = best(sample, false);
        return best[1] >= Math.min(2, countPerRecord(sample).size()) && best[2] > 0;
    }

    /**
     * Whether text is a table even though its name does not say CSV (a {@code .txt} file): its
     * best delimiter splits at least three records, and four in five of them, into the same three
     * or more cells (spreadsheets pad every row to the table's width). Prose, even with ASCII
     * commas in some sentences, does not keep that up line after line.
     *
     * @param sample the first complete records of the text
     * @return true when it is a table
     */
    public static boolean isTable(String sample) {
        List<int[]> records = countPerRecord(sample);
        int[] best = best(sample, false);
        return best[2] >= 2 && best[1] >= 3 && best[1] * 5 >= records.size() * 4;
    }

    // {delimiter, records agreeing, count per record}
    private static int[] best(String sample, boolean tabByDefault) {
        List<int[]> counts = countPerRecord(sample);
        char best = tabByDefault ? '\t' : ',';
        int bestAgree = 0;
        int bestMode = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            Map<Integer, Integer> freq = new HashMap<>();
            for (int[] c : counts) {
                if (c[k] > 0) {
                    freq.merge(c[k], 1, Integer::sum);
                }
            }
            int mode = 0;
            int agree = 0;
            for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
                if (e.getValue() > agree || e.getValue() == agree && e.getKey() > mode) {
                    mode = e.getKey();
                    agree = e.getValue();
                }
            }
            if (agree > bestAgree || agree == bestAgree && agree > 0 && mode > bestMode) {
                best = CANDIDATES[k];
                bestAgree = agree;
                bestMode = mode;
            }
        }
        return new int[] {best, bestAgree, bestMode};
    }

    // counts of each candidate per complete record, quotes respected
    private static List<int[]> countPerRecord(String s) {
        List<int[]> out = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < s.length() && out.size() < RECORDS; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                out.add(current);
                current = new int[CANDIDATES.length];
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        current[k]++;
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.add(current); // a single line without a line break
        }
        return out;
    }
}
