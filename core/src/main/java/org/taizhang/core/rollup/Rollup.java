package org.taizhang.core.rollup;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.taizhang.core.Status;

/**
 * The counts of a group of tasks (a plan, a section, or a single task) on a day. Immutable and
 * thread-safe.
 */
public final class Rollup {
    private final int tasks;
    private final Map<Status, Integer> byStatus;
    private final int overdue;
    private final int dueSoon;
    private final int dated;
    private final LocalDate nextDue;
    private final Light light;

    Rollup(int tasks, int[] byStatus, int overdue, int dueSoon, int dated, LocalDate nextDue, Light light) {
        this.tasks = tasks;
        EnumMap<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, byStatus[s.ordinal()]);
        }
        this.byStatus = Collections.unmodifiableMap(m);
        this.overdue = overdue;
        this.dueSoon = dueSoon;
        this.dated = dated;
        this.nextDue = nextDue;
        this.light = light;
    }

    Rollup withLight(Light l) {
        int[] counts = new int[Status.values().length];
        byStatus.forEach((s, n) -> counts[s.ordinal()] = n);
        return new Rollup(tasks, counts, overdue, dueSoon, dated, nextDue, Objects.requireNonNull(l));
    }

    /** @return the number of tasks, each counted once */
    public int tasks() {
        return tasks;
    }

    /** @return the tasks by status, every status present (0 when none), in the order of {@link Status} */
    public Map<Status, Integer> byStatus() {
        return byStatus;
    }

    /**
     * @param status a status
     * @return the number of tasks with it
     */
    public int count(Status status) {
        return byStatus.get(status);
    }

    /** @return the tasks overdue on the day, by {@link TaskTiming#overdueSince} */
    public int overdue() {
        return overdue;
    }

    /** @return the tasks due soon on the day: not done, not overdue, a due date within 14 days */
    public int dueSoon() {
        return dueSoon;
    }

    /** @return the tasks with at least one due date */
    public int dated() {
        return dated;
    }

    /** @return the share of tasks done, from 0 to 1; 0 when there are no tasks */
    public double doneRatio() {
        return tasks == 0 ? 0 : (double) count(Status.DONE) / tasks;
    }

    /** @return the earliest due date on or after the day among the tasks not done */
    public Optional<LocalDate> nextDue() {
        return Optional.ofNullable(nextDue);
    }

    /** @return the light the policy gave */
    public Light light() {
        return light;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rollup && ((Rollup) o).tasks == tasks && ((Rollup) o).byStatus.equals(byStatus)
                && ((Rollup) o).overdue == overdue && ((Rollup) o).dueSoon == dueSoon
                && ((Rollup) o).dated == dated && Objects.equals(((Rollup) o).nextDue, nextDue)
                && ((Rollup) o).light == light;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tasks, byStatus, overdue, dueSoon, dated, nextDue, light);
    }

    @Override
    public String toString() {
        return tasks + " tasks " + byStatus + ", overdue " + overdue + ", due soon " + dueSoon
                + nextDue().map(d -> ", next due " + d).orElse("") + ", " + light;
    }
}
