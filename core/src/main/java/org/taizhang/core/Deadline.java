package org.taizhang.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.taizhang.core.internal.deadline.DeadlineParser;
import org.taizhang.core.internal.deadline.Recurrence;

/**
 * A 完成时限: the phrase as written and what it means.
 *
 * <p>Every deadline keeps its {@link #text()}. What else it carries depends on its
 * {@link #kind()}:
 *
 * <ul>
 *   <li>{@link DeadlineKind#ABSOLUTE} and {@link DeadlineKind#MULTIPLE}: {@link #due()};
 *   <li>{@link DeadlineKind#RECURRING}: {@link #rrule()} and the due dates it gives in the plan
 *       year;
 *   <li>{@link DeadlineKind#ONGOING}: {@link #until()}, the end of the plan year;
 *   <li>{@link DeadlineKind#RELATIVE}: {@link #anchor()}, {@link #event()} and {@link #offset()},
 *       and a due date when the anchor's date is known;
 *   <li>{@link DeadlineKind#COMPOSITE}: {@link #parts()}, one deadline per clause;
 *   <li>{@link DeadlineKind#VAGUE} and {@link DeadlineKind#UNPARSED}: nothing more.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deadline {

    /** @return the phrase as written */
    public abstract String text();

    /** @return what kind of time the phrase states */
    public abstract DeadlineKind kind();

    /** @return the due dates, inclusive, in ascending order */
    @Value.NaturalOrder
    public abstract java.util.SortedSet<LocalDate> due();

    /** @return for an ongoing deadline, the last day it runs */
    public abstract Optional<LocalDate> until();

    /** @return for a recurring deadline, its RFC 5545 RRULE ({@code FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1}) */
    public abstract Optional<String> rrule();

    /** @return for a relative deadline, what it counts from */
    public abstract Optional<Anchor> anchor();

    /** @return for an {@link Anchor#EVENT} anchor, the event as written ({@code 决策出台}) */
    public abstract Optional<String> event();

    /** @return for a relative deadline, how long after the anchor */
    public abstract Optional<Offset> offset();

    /** @return the action the clause names ({@code 补录完成}, {@code 公布}, {@code 报送}), if any */
    public abstract Optional<String> action();

    /** @return for a composite deadline, one deadline per clause, in the order written */
    public abstract List<Deadline> parts();

    /**
     * @return true when a due date was computed in a year for which no official holiday
     *     arrangement is known, so that working days could be wrong
     */
    @Value.Default
    public boolean isProvisional() {
        return false;
    }

    /**
     * Reads a 完成时限 phrase. Never throws on ordinary text: what it cannot read becomes
     * {@link DeadlineKind#UNPARSED} with the text kept.
     *
     * @param text the phrase as written
     * @param context the plan year and issue date
     * @return the deadline
     */
    public static Deadline parse(CharSequence text, DeadlineContext context) {
        return DeadlineParser.parse(text, context);
    }

    /**
     * A deadline that could not be read.
     *
     * @param text the phrase as written
     * @return an {@link DeadlineKind#UNPARSED} deadline keeping the text
     */
    public static Deadline unparsed(String text) {
        return builder().text(text).kind(DeadlineKind.UNPARSED).build();
    }

    /**
     * A deadline with one due date.
     *
     * @param text the phrase as written
     * @param due the due date, inclusive
     * @return an {@link DeadlineKind#ABSOLUTE} deadline
     */
    public static Deadline absolute(String text, LocalDate due) {
        return builder().text(text).kind(DeadlineKind.ABSOLUTE).addDue(due).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Deadline}; not thread-safe. */
    public static class Builder extends ImmutableDeadline.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    /**
     * All due dates: this deadline's own and, for a composite, those of every part.
     *
     * @return the due dates in ascending order, without repeats
     */
    public List<LocalDate> dueDates() {
        if (parts().isEmpty()) {
            return List.copyOf(due());
        }
        TreeSet<LocalDate> all = new TreeSet<>(due());
        for (Deadline part : parts()) {
            all.addAll(part.dueDates());
        }
        return List.copyOf(all);
    }

    /**
     * The first due date strictly after a day. A recurring deadline goes on past the plan year: its
     * rule is followed into the next years.
     *
     * @param after the day
     * @return the next due date, or empty when none is left
     */
    public Optional<LocalDate> nextDue(LocalDate after) {
        LocalDate best = null;
        for (LocalDate d : dueDates()) {
            if (d.isAfter(after)) {
                best = d;
                break;
            }
        }
        List<Deadline> rules = parts().isEmpty() ? List.of(this) : parts();
        for (Deadline r : rules) {
            if (r.rrule().isEmpty()) {
                continue;
            }
            for (int y = after.getYear(); y <= after.getYear() + 1; y++) {
                for (LocalDate d : Recurrence.expand(r.rrule().get(), y)) {
                    if (d.isAfter(after) && (best == null || d.isBefore(best))) {
                        best = d;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a task with this deadline is overdue on a day, as DESIGN.md fixes it. A one-off
     * deadline ({@link DeadlineKind#ABSOLUTE}, a {@link DeadlineKind#RELATIVE} one whose due date is
     * known, a {@link DeadlineKind#COMPOSITE} whose last part is one-off) is overdue when the status
     * is not {@link Status#DONE} and its last due date is before {@code asOf} (due dates are
     * inclusive: a task due 09-30 is overdue from 10-01). A {@link DeadlineKind#MULTIPLE} or
     * {@link DeadlineKind#RECURRING} deadline (or a composite whose last part is one) is overdue when
     * the status is {@link Status#NOT_STARTED} and its first due date is before {@code asOf}.
     * Ongoing, vague and unparsed deadlines, and relative ones whose anchor date is unknown, are
     * never overdue.
     *
     * @param asOf the day asked about
     * @param status the task's status
     * @return true when overdue
     */
    public boolean isOverdue(LocalDate asOf, Status status) {
        return overdueSince(asOf, status).isPresent();
    }

    /**
     * The due date that makes a task overdue on a day, by the rule of
     * {@link #isOverdue(LocalDate, Status)}: the last due date for a one-off deadline, the first for
     * a multiple or recurring one.
     *
     * @param asOf the day asked about
     * @param status the task's status
     * @return the due date that has passed, or empty when the task is not overdue
     */
    public Optional<LocalDate> overdueSince(LocalDate asOf, Status status) {
        List<LocalDate> dates = dueDates();
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        DeadlineKind rule = parts().isEmpty() ? kind() : parts().get(parts().size() - 1).kind();
        LocalDate counted;
        switch (rule) {
            case ABSOLUTE:
            case RELATIVE:
                if (status == Status.DONE) {
                    return Optional.empty();
                }
                counted = dates.get(dates.size() - 1);
                break;
            case MULTIPLE:
            case RECURRING:
                if (status != Status.NOT_STARTED) {
                    return Optional.empty();
                }
                counted = dates.get(0);
                break;
            default:
                return Optional.empty();
        }
        return counted.isBefore(asOf) ? Optional.of(counted) : Optional.empty();
    }

    /**
     * Whether a task is overdue on a day, from its completion day alone: {@link
     * #isOverdue(LocalDate, Status)} with the status {@link Status#DONE} when the task was completed
     * on or before {@code asOf}, else {@link Status#NOT_STARTED} (nothing is known of its progress).
     *
     * @param asOf the day asked about
     * @param completedOn the day the task was completed, if it was
     * @return true when overdue
     */
    public boolean isOverdue(LocalDate asOf, Optional<LocalDate> completedOn) {
        boolean done = completedOn.map(c -> !c.isAfter(asOf)).orElse(false);
        return isOverdue(asOf, done ? Status.DONE : Status.NOT_STARTED);
    }

    @Value.Check
    protected void check() {
        if (!parts().isEmpty() && kind() != DeadlineKind.COMPOSITE) {
            throw new IllegalArgumentException("only a COMPOSITE deadline has parts: " + kind());
        }
    }

    /**
     * Reads naturally: {@code 2022年9月底前 → ABSOLUTE due 2022-09-30}, {@code 印发后30日内 →
     * RELATIVE 30 days after issue, due 2022-07-30}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(text()).append(" → ");
        describe(sb);
        return sb.toString();
    }

    private void describe(StringBuilder sb) {
        sb.append(kind());
        switch (kind()) {
            case RECURRING:
                rrule().ifPresent(r -> sb.append(' ').append(r));
                break;
            case ONGOING:
                until().ifPresent(u -> sb.append(" until ").append(u));
                break;
            case RELATIVE:
                offset().ifPresent(o -> sb.append(' ').append(o).append(" after ")
                        .append(anchor().orElse(Anchor.ISSUED) == Anchor.ISSUED ? "issue" : event().orElse("event")));
                break;
            case COMPOSITE:
                sb.append(" of ");
                for (int i = 0; i < parts().size(); i++) {
                    if (i > 0) {
                        sb.append("; ");
                    }
                    Deadline p = parts().get(i);
                    sb.append('(').append(p.text()).append(": ");
                    p.describe(sb);
                    sb.append(')');
                }
                return;
            default:
                break;
        }
        if (!due().isEmpty()) {
            sb.append(kind() == DeadlineKind.ABSOLUTE || kind() == DeadlineKind.MULTIPLE ? " due " : ", due ");
            int i = 0;
            for (LocalDate d : due()) {
                if (i++ > 0) {
                    sb.append(", ");
                }
                if (i > 6) {
                    sb.append("… (").append(due().size()).append(" dates)");
                    break;
                }
                sb.append(d);
            }
        }
        action().ifPresent(a -> sb.append(", action ").append(a));
        if (isProvisional()) {
            sb.append(" (provisional)");
        }
    }
}
