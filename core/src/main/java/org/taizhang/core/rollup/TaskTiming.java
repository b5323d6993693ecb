package org.taizhang.core.rollup;

import java.time.LocalDate;
import java.util.Optional;
import org.taizhang.core.Deadline;
import org.taizhang.core.Status;
import org.taizhang.core.Task;

/**
 * Overdue, due soon and next due date of one task on a day, as DESIGN.md fixes them. Overdue is
 * {@link Deadline#overdueSince(LocalDate, Status)}; due soon is: not done, not overdue, a due date
 * in [day, day + {@value #DUE_SOON_DAYS} days].
 */
public final class TaskTiming {
    /** How many days ahead "due soon" looks, the day itself not counted. */
    public static final int DUE_SOON_DAYS = 14;

    private TaskTiming() {}

    /**
     * @param task a task
     * @param asOf the day asked about
     * @return the due date that has passed and makes the task overdue, or empty
     */
    public static Optional<LocalDate> overdueSince(Task task, LocalDate asOf) {
        return task.deadline().flatMap(d -> d.overdueSince(asOf, task.status()));
    }

    /**
     * @param task a task
     * @param asOf the day asked about
     * @return the first due date on or after the day (a recurring deadline followed into the next
     *     year), whatever the status
     */
    public static Optional<LocalDate> nextDue(Task task, LocalDate asOf) {
        return task.deadline().map(d -> nextDue(d, asOf));
    }

    /** @return the first due date on or after the day, or null; the rule is expanded only when it must be */
    static LocalDate nextDue(Deadline d, LocalDate asOf) {
        if (!hasRule(d)) {
            for (LocalDate day : d.parts().isEmpty() ? d.due() : d.dueDates()) {
                if (!day.isBefore(asOf)) {
                    return day;
                }
            }
            return null;
        }
        return d.nextDue(asOf.minusDays(1)).orElse(null);
    }

    private static boolean hasRule(Deadline d) {
        if (d.rrule().isPresent()) {
            return true;
        }
        for (Deadline p : d.parts()) {
            if (p.rrule().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param task a task
     * @param asOf the day asked about
     * @return the due date within the next {@value #DUE_SOON_DAYS} days that makes the task due soon,
     *     or empty when it is done, overdue, or has none
     */
    public static Optional<LocalDate> dueSoon(Task task, LocalDate asOf) {
        if (task.status() == Status.DONE || overdueSince(task, asOf).isPresent()) {
            return Optional.empty();
        }
        return nextDue(task, asOf).filter(d -> isSoon(d, asOf));
    }

    static boolean isSoon(LocalDate due, LocalDate asOf) {
        return !due.isAfter(asOf.plusDays(DUE_SOON_DAYS));
    }

    /**
     * @param task a task
     * @return true when its deadline gives at least one due date
     */
    public static boolean hasDueDate(Task task) {
        return task.deadline().map(TaskTiming::hasDueDate).orElse(false);
    }

    static boolean hasDueDate(Deadline d) {
        if (!d.due().isEmpty() || d.rrule().isPresent()) {
            return true;
        }
        for (Deadline p : d.parts()) {
            if (hasDueDate(p)) {
                return true;
            }
        }
        return false;
    }
}
