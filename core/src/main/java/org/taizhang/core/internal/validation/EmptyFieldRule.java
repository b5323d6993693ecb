package org.taizhang.core.internal.validation;

import java.util.Map;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code task.no-content}, {@code task.no-unit}, {@code task.no-deadline}: the field is empty on a
 * task whose table has the column (a table without it is reported once, by {@code column.missing}).
 * For the content, a 任务名称 counts as well.
 */
final class EmptyFieldRule implements ValidationRule {
    private final String code;
    private final Severity severity;
    private final String field;

    EmptyFieldRule(String code, Severity severity, String field) {
        this.code = code;
        this.severity = severity;
        this.field = field;
    }

    @Override
    public Map<String, Severity> codes() {
        return Map.of(code, severity);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (OutlineEntry<Task> e : context.tasks()) {
            Task t = e.item();
            if (!isEmpty(t) || !hasColumn(context, t)) {
                continue;
            }
            findings.task(code, e, field, "没有" + Fields.chinese(field), null);
        }
    }

    private boolean isEmpty(Task t) {
        switch (field) {
            case Task.CONTENT:
                return !Fields.hasContent(t);
            case Task.RESPONSIBILITY:
                return !Fields.hasUnit(t);
            default:
                return !Fields.hasDeadline(t);
        }
    }

    private boolean hasColumn(ValidationContext context, Task t) {
        return context.hasColumn(t, field) || field.equals(Task.CONTENT) && context.hasColumn(t, Task.NAME);
    }
}
