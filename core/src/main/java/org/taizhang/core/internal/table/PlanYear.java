package org.taizhang.core.internal.table;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The plan year of a ledger, from what the file says: the most common explicit year among its
 * deadline cells ({@code 2022年9月底前}), the earlier year on a tie. The title and the issue date
 * are asked before this; the caller's options after it. Never today's date: the same file must read
 * the same next year.
 */
final class PlanYear {
    private PlanYear() {}

    /**
     * @param layouts the runs of the document
     * @return the most common year written in their deadline cells, if any is written
     */
    static Optional<Integer> mostCommonDeadlineYear(List<Layout> layouts) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Layout layout : layouts) {
            layout.deadlineYearCounts().forEach((year, n) -> counts.merge(year, n, Integer::sum));
        }
        Integer best = null;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}
