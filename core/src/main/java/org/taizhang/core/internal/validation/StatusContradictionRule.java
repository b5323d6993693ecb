package org.taizhang.core.internal.validation;

import java.util.Map;
import java.util.regex.Pattern;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code status.contradiction}: the recorded status and the 落实情况 text disagree: the text says the
 * work is done ({@code 已完成}, {@code 已办结}) while the status is 未开始, or says it has not started
 * ({@code 尚未启动}) while the status is 已完成. A text that says both (部分已完成，部分未完成) is not
 * judged.
 */
final class StatusContradictionRule implements ValidationRule {
    static final String CODE = "status.contradiction";
    private static final Pattern DONE = Pattern.compile("(已|均已|全部|按时|如期|顺利)(完成|办结|落实到位)|已销号");
    private static final Pattern NOT_STARTED = Pattern.compile("未开始|未启动|尚未开展|尚未启动|未开展");
    private static final Pattern UNDONE = Pattern.compile("未完成|尚未|没有完成|未办结");

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (OutlineEntry<Task> e : context.tasks()) {
            Task t = e.item();
            if (t.progress().isEmpty() || t.status() == Status.UNKNOWN || t.status() == Status.IN_PROGRESS) {
                continue;
            }
            String p = t.progress().get();
            boolean saysDone = DONE.matcher(p).find() && !UNDONE.matcher(p).find();
            boolean saysNotStarted = NOT_STARTED.matcher(p).find() && !DONE.matcher(p).find();
            if (t.status() == Status.NOT_STARTED && saysDone) {
                findings.task(CODE, e, Task.STATUS, "状态为未开始，落实情况却写明已完成", null);
            } else if (t.status() == Status.DONE && saysNotStarted) {
                findings.task(CODE, e, Task.STATUS, "状态为已完成，落实情况却写明尚未开始", null);
            }
        }
    }
}
