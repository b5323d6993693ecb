package org.taizhang.core.internal.prose;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.Assignment;

/** The units document-wide statements have given so far, for the tasks that follow them. */
final class WideUnits {
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /**
     * @param statements statements met, in order
     */
    void addAll(List<WideStatement> statements) {
        for (WideStatement w : statements) {
            add(w);
        }
    }

    /**
     * @param statement a statement met
     */
    void add(WideStatement statement) {
        for (Assignment a : statement.assignments) {
            if (!names.contains(a.unit().name())) {
                names.add(a.unit().name());
                assignments.add(a);
            }
        }
    }

    /** @return the units in force, in the order given */
    List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    /** @return their names as written, joined by {@code 、} */
    String text() {
        return String.join("、", names);
    }
}
