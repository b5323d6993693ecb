package org.taizhang.core.internal.table;

import java.util.ArrayList;
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
    private final Map<String, Responsibility> byText = new HashMap<>();

    /**
     * @param read an assignment as read
     * @return the equal assignment met before, else this one, its unit shared
     */
    private Assignment assignment(Assignment read) {
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
     * The responsibility of a cell, kept once for equal ones. A cell text that was met before is
     * looked up by the text, whose hash a workbook's shared string keeps, and its assignments are
     * compared once; only a new one has its units and assignments hashed and shared.
     *
     * @param text the cell text as written
     * @param read the assignments read from it
     * @return the responsibility
     */
    Responsibility responsibility(String text, List<Assignment> read) {
        Responsibility known = byText.get(text);
        if (known != null && known.assignments().equals(read)) {
            return known;
        }
        List<Assignment> assignments = new ArrayList<>(read.size());
        for (Assignment a : read) {
            assignments.add(assignment(a));
        }
        Responsibility built = Responsibility.builder().text(text).addAllAssignments(assignments).build();
        Responsibility equal = responsibilities.putIfAbsent(built, built);
        Responsibility shared = equal == null ? built : equal;
        byText.putIfAbsent(text, shared);
        return shared;
    }
}
