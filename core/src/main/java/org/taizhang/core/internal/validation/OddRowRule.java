package org.taizhang.core.internal.validation;

import java.util.Map;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code row.odd}: a row kept as a task that looks broken: it has no text of its own but a deadline
 * or a number (everything else came from cells above), or its content stops mid-clause, on a comma,
 * an enumeration comma or an opening bracket, as if cut off.
 */
final class OddRowRule implements ValidationRule {
    static final String CODE = "row.odd";
    /** Characters a complete 具体任务 does not end on. */
    private static final String CUT_OFF = "、，,；;：:（(“《-—";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (OutlineEntry<Task> e : context.tasks()) {
            Task t = e.item();
            if (onlyDeadlineOrNumber(t)) {
                findings.task(CODE, e, null, "这一行只有" + (own(t, Task.DEADLINE) ? "完成时限" : "序号")
                        + "，其余内容为空或取自上方单元格", "检查是否误拆行，或与上一行合并");
            } else if (t.content().map(OddRowRule::cutOff).orElse(false)) {
                findings.task(CODE, e, Task.CONTENT, "具体任务在句中截断：" + Fields.quote(t.content().get()),
                        "检查单元格内容是否完整");
            }
        }
    }

    private static boolean cutOff(String content) {
        String c = content.strip();
        return !c.isEmpty() && CUT_OFF.indexOf(c.charAt(c.length() - 1)) >= 0;
    }

    private static boolean onlyDeadlineOrNumber(Task t) {
        boolean anyOther = own(t, Task.NAME) || own(t, Task.CONTENT) || own(t, Task.RESPONSIBILITY)
                || own(t, Task.PROGRESS) || own(t, Task.BASIS) || own(t, Task.INDICATORS) || own(t, Task.REMARKS)
                || !t.extra().isEmpty();
        return !anyOther && (own(t, Task.DEADLINE) || own(t, Task.NUMBER));
    }

    /** @return true when the task has a value for the field from its own cell */
    private static boolean own(Task t, String field) {
        if (t.inferred().contains(field)) {
            return false;
        }
        switch (field) {
            case Task.NAME: return !Fields.blank(t.name());
            case Task.CONTENT: return !Fields.blank(t.content());
            case Task.RESPONSIBILITY: return Fields.hasUnit(t);
            case Task.PROGRESS: return !Fields.blank(t.progress());
            case Task.BASIS: return !Fields.blank(t.basis());
            case Task.INDICATORS: return !Fields.blank(t.indicators());
            case Task.REMARKS: return !Fields.blank(t.remarks());
            case Task.DEADLINE: return Fields.hasDeadline(t);
            default: return !Fields.blank(t.number());
        }
    }
}
