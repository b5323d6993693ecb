package org.taizhang.core.internal.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.core.Assignment;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.units.UnitDirectory;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code unit.unknown}: with a {@link UnitDirectory}, a named unit it does not know, by its written or
 * canonical name; the closest known name is the hint. Collectives ({@code 各旗区}) are not names of
 * units and are not looked up.
 */
final class UnknownUnitRule implements ValidationRule {
    static final String CODE = "unit.unknown";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (context.units().isEmpty() || findings.isDisabled(CODE)) {
            return;
        }
        UnitDirectory dir = context.units().get();
        for (OutlineEntry<Task> e : context.tasks()) {
            Set<String> seen = new HashSet<>();
            for (Assignment a : e.item().responsibility().map(r -> r.assignments()).orElse(List.of())) {
                Unit u = a.unit();
                if (u.isCollective() || !seen.add(u.name()) || known(dir, u)) {
                    continue;
                }
                List<String> close = dir.suggest(u.canonicalName().orElse(u.body()));
                findings.task(CODE, e, Task.RESPONSIBILITY, "单位“" + u.name() + "”不在单位名录中",
                        close.isEmpty() ? null : "最接近的单位：" + close.get(0));
            }
        }
    }

    private static boolean known(UnitDirectory dir, Unit u) {
        // a scope written in front of the unit (涉及预算公开的市财政局) is no part of the body's name
        return dir.lookup(u.body()).isPresent() || u.canonicalName().flatMap(dir::lookup).isPresent();
    }
}
