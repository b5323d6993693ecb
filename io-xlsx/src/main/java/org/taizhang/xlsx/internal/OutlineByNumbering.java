package org.taizhang.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.WorkPlan;

/**
 * Whether heading rows alone carry a plan's outline back to a reader. The table layer nests a
 * heading row by its numbering: a heading without a number is top level, one of a style already
 * open closes that level, any other nests below the last. A plan whose nesting follows that rule
 * (一、 over （一） over 1. …) is written with heading rows only; any other (a group named only by
 * its title inside a part, two levels of the same style) also gets a {@code 层级} column.
 */
final class OutlineByNumbering {
    private OutlineByNumbering() {}

    /** @return true when reading the plan's heading rows by their numbering gives its own nesting */
    static boolean suffices(WorkPlan plan) {
        return walk(plan.sections(), new ArrayList<>(), new ArrayList<>());
    }

    // open: the styles a reader has open; path: the styles of the section's real ancestors
    private static boolean walk(List<Section> sections, List<Numbering> path, List<Numbering> open) {
        for (Section s : sections) {
            Numbering style = s.numbering();
            int same = open.indexOf(style);
            if (style == Numbering.NONE) {
                open.clear();
            } else if (same >= 0) {
                open.subList(same, open.size()).clear();
            }
            if (!open.equals(path)) {
                return false;
            }
            open.add(style);
            path.add(style);
            boolean ok = walk(s.sections(), path, open);
            path.remove(path.size() - 1);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
