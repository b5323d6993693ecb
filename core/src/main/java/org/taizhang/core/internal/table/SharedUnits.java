package org.taizhang.core.internal.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Unit;

/**
 * One instance for equal units, assignments and responsibilities read in one ledger run: the same
 * body is named in thousands of rows, and the same cell text often stands in many. Every cell is
 * still read; equal results are then kept once, so that a large ledger's model holds each unit
 * once. Model values are immutable, so sharing them changes nothing a caller can see.
 */
final class SharedUnits {
    private final Map<Unit, Unit> units = new HashMap<>();
    private final Map<Assignment, Assignment> assignments = new HashMap<>();
    private final Map<Responsibility, Responsibility> responsibilities = new HashMap<>();

    /**
     * @param read an assignment as read
     * @return the equal assignment met before, else this one, its unit shared
     */
    Assignment assignment(Assignment read) {
        Assignment known = assignments.get(read);
        if (known != null) {
            return known;
        }
        Unit unit = units.putIfAbsent(read.unit(), read.unit());
        Assignment shared = unit == null || unit == read.unit() ? read : Assignment.builder().from(read).unit(unit).build();
        assignments.put(shared, shared);
        return shared;
    }

    /**
     * @param read a responsibility read from a cell (its assignments shared)
     * @return the equal responsibility met before, else this one
     */
    Responsibility responsibility(Responsibility read) {
        Responsibility known = responsibilities.putIfAbsent(read, read);
        return known == null ? read : known;
    }

    /**
     * @param read the assignments of one cell as read
     * @param into where the shared ones are added
     */
    void addAssignments(List<Assignment> read, List<Assignment> into) {
        for (Assignment a : read) {
            into.add(assignment(a));
        }
    }
}
