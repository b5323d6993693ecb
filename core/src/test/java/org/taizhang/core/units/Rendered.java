package org.taizhang.core.units;

import java.util.stream.Collectors;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Unit;

/**
 * Writes assignments in one compact line for table-driven tests:
 * {@code [qualifier]body=>canonicalName*@ ROLE(roleText)}, assignments joined by {@code " | "};
 * {@code *} marks a collective, {@code @} a person.
 */
final class Rendered {
    private Rendered() {}

    static String of(Responsibility r) {
        return r.assignments().stream().map(Rendered::of).collect(Collectors.joining(" | "));
    }

    static String of(Assignment a) {
        Unit u = a.unit();
        return u.qualifier().map(q -> "[" + q + "]").orElse("")
                + u.body()
                + u.canonicalName().map(c -> "=>" + c).orElse("")
                + (u.isCollective() ? "*" : "")
                + (u.isPerson() ? "@" : "")
                + " " + a.role()
                + a.roleText().map(t -> "(" + t + ")").orElse("");
    }
}
