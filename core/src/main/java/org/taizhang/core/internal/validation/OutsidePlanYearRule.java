package org.taizhang.core.internal.validation;

import java.time.LocalDate;
import java.util.Map;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/** {@code deadline.outside-plan-year}: a due date in another year than the plan's. */
final class OutsidePlanYearRule implements ValidationRule {
    static final String CODE = "deadline.outside-plan-year";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.INFO);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (context.plan().year().isEmpty()) {
            return;
        }
        int year = context.plan().year().get();
        for (OutlineEntry<Task> e : context.tasks()) {
            e.item().deadline().ifPresent(d -> {
                for (LocalDate due : d.dueDates()) {
                    if (due.getYear() != year) {
                        findings.task(CODE, e, Task.DEADLINE, "到期日 " + due + " 不在计划年度 " + year + " 年内", null);
                        return;
                    }
                }
            });
        }
    }
}
