package org.taizhang.core.rollup;

import java.time.LocalDate;
import org.taizhang.core.Status;

/** Adds tasks and groups up into a {@link Rollup}; not thread-safe. */
final class Tally {
    private int tasks;
    private final int[] byStatus = new int[Status.values().length];
    private int overdue;
    private int dueSoon;
    private int dated;
    private LocalDate nextDue;

    void add(TaskAsOf t) {
        tasks++;
        byStatus[t.task().status().ordinal()]++;
        overdue += t.isOverdue() ? 1 : 0;
        dueSoon += t.isDueSoon() ? 1 : 0;
        dated += t.hasDueDate() ? 1 : 0;
        if (t.task().status() != Status.DONE) {
            t.nextDue().ifPresent(this::nextDue);
        }
    }

    void add(Rollup r) {
        tasks += r.tasks();
        r.byStatus().forEach((s, n) -> byStatus[s.ordinal()] += n);
        overdue += r.overdue();
        dueSoon += r.dueSoon();
        dated += r.dated();
        r.nextDue().ifPresent(this::nextDue);
    }

    private void nextDue(LocalDate d) {
        if (nextDue == null || d.isBefore(nextDue)) {
            nextDue = d;
        }
    }

    Rollup rollup(TrafficLightPolicy policy) {
        Rollup counts = new Rollup(tasks, byStatus, overdue, dueSoon, dated, nextDue, Light.GREY);
        return counts.withLight(policy.light(counts));
    }
}
