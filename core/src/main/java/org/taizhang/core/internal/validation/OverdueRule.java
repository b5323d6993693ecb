package org.taizhang.core.internal.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code task.overdue}, only with an as-of date D, as DESIGN.md defines overdue: a one-off deadline
 * ({@code ABSOLUTE}, a {@code RELATIVE} with a due date, a {@code COMPOSITE} whose last part is
 * one-off) when the status is not 已完成 and its last due date is before D; a {@code MULTIPLE} or
 * {@code RECURRING} one when the status is 未开始 and its first due date is before D. Ongoing, vague
 * and unparsed deadlines are never overdue.
 */
final class OverdueRule implements ValidationRule {
    static final String CODE = "task.overdue";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (context.asOf().isEmpty()) {
            return;
        }
        LocalDate asOf = context.asOf().get();
        for (OutlineEntry<Task> e : context.tasks()) {
            Task t = e.item();
            Optional<LocalDate> due = t.deadline().flatMap(d -> overdueDate(d, t.status(), asOf));
            due.ifPresent(d -> findings.task(CODE, e, Task.DEADLINE,
                    "已逾期：到期日 " + d + "，截至 " + asOf + " 未完成", null));
        }
    }

    static Optional<LocalDate> overdueDate(Deadline d, Status status, LocalDate asOf) {
        List<LocalDate> dates = d.dueDates();
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        if (oneOff(d)) {
            LocalDate last = dates.get(dates.size() - 1);
            return status != Status.DONE && last.isBefore(asOf) ? Optional.of(last) : Optional.empty();
        }
        if (d.kind() == DeadlineKind.MULTIPLE || d.kind() == DeadlineKind.RECURRING
                || d.kind() == DeadlineKind.COMPOSITE) {
            LocalDate first = dates.get(0);
            return status == Status.NOT_STARTED && first.isBefore(asOf) ? Optional.of(first) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean oneOff(Deadline d) {
        switch (d.kind()) {
            case ABSOLUTE:
            case RELATIVE:
                return true;
            case COMPOSITE:
                return !d.parts().isEmpty() && oneOff(d.parts().get(d.parts().size() - 1));
            default:
                return false;
        }
    }
}
