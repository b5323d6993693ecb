package org.taizhang.core.internal.validation;

import java.util.Map;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.internal.deadline.DeadlineParser;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code deadline.unparsed}: a phrase (or a clause of one) that could not be read as a time. A
 * phrase whose date does not exist is left to {@code deadline.invalid-date}, unless that is off.
 */
final class UnparsedDeadlineRule implements ValidationRule {
    static final String CODE = "deadline.unparsed";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        boolean invalidReported = !findings.isDisabled(InvalidDateRule.CODE);
        DeadlineContext dates = InvalidDateRule.dateContext(context.plan().year().orElse(null));
        for (OutlineEntry<Task> e : context.tasks()) {
            e.item().deadline().ifPresent(d -> Fields.eachClause(d, clause -> {
                if (clause.kind() != DeadlineKind.UNPARSED || clause.text().isBlank()
                        || invalidReported && DeadlineParser.impossibleDate(clause.text(), dates).isPresent()) {
                    return;
                }
                findings.task(CODE, e, Task.DEADLINE, "完成时限 " + Fields.quote(clause.text()) + " 无法识别为日期",
                        "写明年月日，如“2022年9月底前”“每季度末”");
            }));
        }
    }
}
