package org.taizhang.core.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Status;
import org.taizhang.core.Task;

/** One task on a day: its outline id, whether it is overdue or due soon, and its light. Immutable and thread-safe. */
public final class TaskAsOf {
    private final OutlineEntry<Task> entry;
    private final LocalDate overdueSince;
    private final LocalDate dueSoon;
    private final LocalDate nextDue;
    private final boolean dated;

    private final TrafficLightPolicy policy;

    private TaskAsOf(OutlineEntry<Task> entry, LocalDate asOf, TrafficLightPolicy policy) {
        Task t = entry.item();
        this.entry = entry;
        this.policy = policy;
        Deadline d = t.deadline().orElse(null);
        if (d == null) {
            overdueSince = null;
            nextDue = null;
            dueSoon = null;
            dated = false;
            return;
        }
        this.overdueSince = d.overdueSince(asOf, t.status()).orElse(null);
        this.nextDue = TaskTiming.nextDue(d, asOf);
        this.dueSoon = t.status() != Status.DONE && overdueSince == null && nextDue != null
                && TaskTiming.isSoon(nextDue, asOf) ? nextDue : null;
        this.dated = TaskTiming.hasDueDate(d);
    }

    /**
     * @param entry a task with its outline id
     * @param asOf the day asked about
     * @param policy how lights are given
     * @return the task on that day
     */
    public static TaskAsOf of(OutlineEntry<Task> entry, LocalDate asOf, TrafficLightPolicy policy) {
        return new TaskAsOf(Objects.requireNonNull(entry), Objects.requireNonNull(asOf), policy);
    }

    /** @return the outline id, such as {@code 1.2.3} */
    public String id() {
        return entry.id();
    }

    /** @return the task */
    public Task task() {
        return entry.item();
    }

    /** @return the task with its id and the sections above it */
    public OutlineEntry<Task> entry() {
        return entry;
    }

    /** @return true when overdue on the day */
    public boolean isOverdue() {
        return overdueSince != null;
    }

    /** @return the due date that has passed, when overdue */
    public Optional<LocalDate> overdueSince() {
        return Optional.ofNullable(overdueSince);
    }

    /** @return true when due soon on the day */
    public boolean isDueSoon() {
        return dueSoon != null;
    }

    /** @return the due date that makes it due soon */
    public Optional<LocalDate> dueSoonOn() {
        return Optional.ofNullable(dueSoon);
    }

    /** @return the first due date on or after the day, whatever the status */
    public Optional<LocalDate> nextDue() {
        return Optional.ofNullable(nextDue);
    }

    /** @return true when the deadline gives a due date */
    public boolean hasDueDate() {
        return dated;
    }

    /** @return the task's light, by the policy of the rollup */
    public Light light() {
        Tally one = new Tally();
        one.add(this);
        return one.rollup(policy).light();
    }

    /** @return the units responsible, as written with any qualifier, in the order of the ledger, without repeats */
    public List<String> units() {
        return task().responsibility().map(r -> r.assignments().stream()
                .map(TaskAsOf::unitAsWritten).distinct().toList()).orElse(List.of());
    }

    /**
     * Where a person finds the task: the address of its content cell ({@code 任务台账!C12},
     * {@code table 2, row 5, cell 3}, {@code line 14}), else of its first cell, else the place of
     * its row, else {@code #} and its outline id.
     *
     * @return the address
     */
    public String place() {
        Optional<SourceRef> source = task().source();
        if (source.isPresent()) {
            SourceRef s = source.get();
            String cell = s.cells().get(Task.CONTENT);
            if (cell == null && !s.cells().isEmpty()) {
                cell = s.cells().values().iterator().next();
            }
            String place = cell != null ? cell : s.place();
            if (!place.isEmpty()) {
                return place;
            }
        }
        return "#" + id();
    }

    static String unitAsWritten(Assignment a) {
        return a.unit().qualifiedName();
    }

    @Override
    public String toString() {
        return id() + (isOverdue() ? " overdue since " + overdueSince : "")
                + (isDueSoon() ? " due " + dueSoon : "");
    }
}
