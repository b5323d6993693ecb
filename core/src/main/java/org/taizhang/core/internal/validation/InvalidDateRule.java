package org.taizhang.core.internal.validation;

import java.util.Map;
import java.util.Optional;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code deadline.invalid-date}: an unparsed phrase that names a date that does not exist
 * ({@code 2022年13月底前}, {@code 2月30日}). The reader keeps such a phrase {@code UNPARSED} rather
 * than moving it to a day that exists; this rule says why.
 */
final class InvalidDateRule implements ValidationRule {
    static final String CODE = "deadline.invalid-date";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.ERROR);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        Integer year = context.plan().year().orElse(null);
        for (OutlineEntry<Task> e : context.tasks()) {
            e.item().deadline().ifPresent(d -> Fields.eachClause(d, clause -> {
                if (clause.kind() != DeadlineKind.UNPARSED) {
                    return;
                }
                Optional<String> bad = InvalidDates.find(clause.text(), year);
                bad.ifPresent(date -> findings.task(CODE, e, Task.DEADLINE,
                        "完成时限 " + Fields.quote(clause.text()) + " 中的日期“" + date + "”不存在", "请改为实际存在的日期"));
            }));
        }
    }
}
