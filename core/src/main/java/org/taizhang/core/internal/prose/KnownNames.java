package org.taizhang.core.internal.prose;

import java.util.List;
import java.util.Optional;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.units.UnitDirectory;

/**
 * Gives the units of a prose plan the full names the caller's {@link UnitDirectory} knows them by,
 * as the table layer does for unit cells: prose units come from several places (notes, sentences,
 * document-wide statements), so the names are looked up once the plan is built.
 */
final class KnownNames {
    private final UnitDirectory directory;

    private KnownNames(UnitDirectory directory) {
        this.directory = directory;
    }

    /** @return the plan with every unit the directory knows under another name given that name */
    static WorkPlan apply(WorkPlan plan, UnitDirectory directory) {
        KnownNames names = new KnownNames(directory);
        WorkPlan.Builder b = WorkPlan.builder().from(plan).sections(List.of()).tasks(List.of());
        plan.sections().forEach(s -> b.addSections(names.section(s)));
        plan.tasks().forEach(t -> b.addTasks(names.task(t)));
        return b.build();
    }

    private Section section(Section s) {
        Section.Builder b = Section.builder().from(s).sections(List.of()).tasks(List.of());
        s.sections().forEach(c -> b.addSections(section(c)));
        s.tasks().forEach(t -> b.addTasks(task(t)));
        return b.build();
    }

    private Task task(Task t) {
        if (t.responsibility().isEmpty()) {
            return t;
        }
        Responsibility r = t.responsibility().get();
        Responsibility.Builder rb = Responsibility.builder().text(r.text());
        for (Assignment a : r.assignments()) {
            rb.addAssignments(Assignment.builder().from(a).unit(unit(a.unit())).build());
        }
        return Task.builder().from(t).responsibility(rb.build()).build();
    }

    private Unit unit(Unit u) {
        if (u.isPerson() || u.canonicalName().isPresent()) {
            return u;
        }
        // canonical names are the body's, as the table layer gives them
        Optional<String> known = directory.canonicalName(u.body()).filter(n -> !n.equals(u.body()));
        return known.map(n -> Unit.builder().from(u).canonicalName(n).build()).orElse(u);
    }
}
