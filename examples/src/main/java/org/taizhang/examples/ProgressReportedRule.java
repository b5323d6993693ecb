package org.taizhang.examples;

import java.time.LocalDate;
import java.util.Map;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * An example of a caller's own validation rule: a task whose due date has passed must say how it
 * went in its 落实情况. Registered for {@link java.util.ServiceLoader} in this module's
 * {@code module-info.java} ({@code provides … with …}) and in
 * {@code META-INF/services/org.taizhang.core.validation.ValidationRule}, so every
 * {@link org.taizhang.core.validation.Validator} built with this jar on its path runs it. Its code is
 * {@value #CODE}; switch it off with {@code disable("example.no-progress")} like any other.
 */
public final class ProgressReportedRule implements ValidationRule {
    /** The code of this rule's findings. */
    public static final String CODE = "example.no-progress";

    /** Found by {@link java.util.ServiceLoader}. */
    public ProgressReportedRule() {}

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (context.asOf().isEmpty()) {
            return; // without a day to judge on, nothing is due yet
        }
        LocalDate asOf = context.asOf().get();
        for (OutlineEntry<Task> e : context.tasks()) {
            Task t = e.item();
            boolean due = t.deadline().map(d -> d.dueDates().stream().anyMatch(asOf::isAfter)).orElse(false);
            boolean reported = t.progress().map(p -> !p.isBlank()).orElse(false) || t.status() == Status.DONE;
            if (due && !reported) {
                findings.task(CODE, e, Task.PROGRESS, "已到期，落实情况未填写", "填写截至 " + asOf + " 的落实情况");
            }
        }
    }
}
