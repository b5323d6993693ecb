package org.taizhang.core.internal.validation;

import java.util.Map;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/** {@code deadline.vague}: a phrase that names no date by design ({@code 适时完成}). */
final class VagueDeadlineRule implements ValidationRule {
    static final String CODE = "deadline.vague";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.INFO);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (OutlineEntry<Task> e : context.tasks()) {
            e.item().deadline().ifPresent(d -> Fields.eachClause(d, clause -> {
                if (clause.kind() == DeadlineKind.VAGUE) {
                    findings.task(CODE, e, Task.DEADLINE, "完成时限 " + Fields.quote(clause.text()) + " 没有具体日期", null);
                }
            }));
        }
    }
}
