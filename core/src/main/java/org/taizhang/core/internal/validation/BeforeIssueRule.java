package org.taizhang.core.internal.validation;

import java.time.LocalDate;
import java.util.Map;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code deadline.before-issue}: a due date before the plan was issued. A recurring deadline
 * ({@code 每月}) is not judged: its dates early in the year are the rule's, not the author's.
 */
final class BeforeIssueRule implements ValidationRule {
    static final String CODE = "deadline.before-issue";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (context.plan().issuedOn().isEmpty()) {
            return;
        }
        LocalDate issued = context.plan().issuedOn().get();
        for (OutlineEntry<Task> e : context.tasks()) {
            e.item().deadline().filter(d -> d.kind() != DeadlineKind.RECURRING).ifPresent(d -> {
                for (LocalDate due : d.dueDates()) {
                    if (due.isBefore(issued)) {
                        findings.task(CODE, e, Task.DEADLINE, "完成时限 " + Fields.quote(d.text()) + " 的到期日 " + due
                                + " 早于印发日期 " + issued, null);
                        return;
                    }
                }
            });
        }
    }
}
