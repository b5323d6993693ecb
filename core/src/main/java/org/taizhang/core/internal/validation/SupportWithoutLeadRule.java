package org.taizhang.core.internal.validation;

import java.util.List;
import java.util.Map;
import org.taizhang.core.Assignment;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Role;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code role.support-without-lead}: units that 配合 with no unit that leads. Any role but
 * {@link Role#SUPPORT} leads: 牵头, 主体, 主管, 指导 and a plain 负责 all give the supporters someone to
 * support.
 */
final class SupportWithoutLeadRule implements ValidationRule {
    static final String CODE = "role.support-without-lead";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (OutlineEntry<Task> e : context.tasks()) {
            List<Assignment> as = e.item().responsibility().map(r -> r.assignments()).orElse(List.of());
            if (!as.isEmpty() && as.stream().allMatch(a -> a.role() == Role.SUPPORT)) {
                findings.task(CODE, e, Task.RESPONSIBILITY, "只有配合单位，没有牵头单位", "请写明牵头单位");
            }
        }
    }
}
