package org.taizhang.json.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * The outline ids of a plan keyed by the JSON Pointer of the section or task in the canonical
 * document ({@code /sections/0/tasks/1} is {@code 1.2}). Ids are derived by core
 * ({@link WorkPlan#allSections()}, {@link WorkPlan#allTasks()}); this only places them.
 */
final class OutlineIds {
    /** Serialization attribute: the ids of the plan being written. */
    static final Object WRITE_ATTRIBUTE = OutlineIds.class.getName() + ".write";
    /** Deserialization attribute: the ids seen while reading, a {@code List<SeenId>}. */
    static final Object SEEN_ATTRIBUTE = OutlineIds.class.getName() + ".seen";

    private OutlineIds() {}

    /** An id as a document states it, with where it stands. */
    static final class SeenId {
        final String pointer;
        final String id;
        final String place;

        SeenId(String pointer, String id, String place) {
            this.pointer = pointer;
            this.id = id;
            this.place = place;
        }
    }

    /**
     * @param plan the plan
     * @return the id of every section and task, by JSON Pointer
     */
    static Map<String, String> byPointer(WorkPlan plan) {
        Map<String, String> ids = new HashMap<>();
        Iterator<OutlineEntry<Section>> sections = plan.allSections().iterator();
        Iterator<OutlineEntry<Task>> tasks = plan.allTasks().iterator();
        walk("", plan.sections(), plan.tasks(), sections, tasks, ids);
        return ids;
    }

    // Visits nodes in the order core numbers them: a node's sections depth first, then its tasks.
    private static void walk(String pointer, List<Section> sections, List<Task> tasks,
            Iterator<OutlineEntry<Section>> sectionIds, Iterator<OutlineEntry<Task>> taskIds,
            Map<String, String> out) {
        for (int i = 0; i < sections.size(); i++) {
            String here = pointer + "/sections/" + i;
            out.put(here, sectionIds.next().id());
            Section s = sections.get(i);
            walk(here, s.sections(), s.tasks(), sectionIds, taskIds, out);
        }
        for (int i = 0; i < tasks.size(); i++) {
            out.put(pointer + "/tasks/" + i, taskIds.next().id());
        }
    }
}
