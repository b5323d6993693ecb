package org.taizhang.core.internal.validation;

import java.util.Map;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Role;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code role.many-leads}: a task with several 牵头 units in a plan whose tasks mostly have one.
 * Where several leads are the plan's habit, nothing is reported.
 */
final class ManyLeadsRule implements ValidationRule {
    static final String CODE = "role.many-leads";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.INFO);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        int one = 0;
        int many = 0;
        for (OutlineEntry<Task> e : context.tasks()) {
            long leads = leads(e.item());
            one += leads == 1 ? 1 : 0;
            many += leads > 1 ? 1 : 0;
        }
        if (many == 0 || one <= many) {
            return;
        }
        for (OutlineEntry<Task> e : context.tasks()) {
            long leads = leads(e.item());
            if (leads > 1) {
                findings.task(CODE, e, Task.RESPONSIBILITY, "有 " + leads + " 个牵头单位，本台账多数任务只有一个",
                        "确认是否应只有一个牵头单位");
            }
        }
    }

    private static long leads(Task t) {
        return t.responsibility().map(r -> r.assignments().stream().filter(a -> a.role() == Role.LEAD).count())
                .orElse(0L);
    }
}
