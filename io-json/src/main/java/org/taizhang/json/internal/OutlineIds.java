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
    /** Serialization attribute: the {@link Sequence} of ids of the plan being written. */
    static final Object WRITE_ATTRIBUTE = OutlineIds.class.getName() + ".write";
    /** Deserialization attribute: the ids seen while reading, a {@code List<SeenId>}. */
    static final Object SEEN_ATTRIBUTE = OutlineIds.class.getName() + ".seen";

    private OutlineIds() {}

    /**
     * An id as a document states it, with where it stands. The place for a message is made only
     * when the id is wrong: a large document states hundreds of thousands of ids.
     */
    static final class SeenId {
        final String pointer;
        final String id;
        private final int line;
        private final int column;

        SeenId(String pointer, String id, int line, int column) {
            this.pointer = pointer;
            this.id = id;
            this.line = line;
            this.column = column;
        }

        /** @return the JSONPath of the id, then its line and column: {@code $.sections[0].id (line 1, column 30)} */
        String place() {
            StringBuilder path = new StringBuilder("$");
            for (String segment : pointer.substring(1).split("/")) {
                if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                    path.append('[').append(segment).append(']');
                } else if (!segment.isEmpty()) {
                    path.append('.').append(segment);
                }
            }
            path.append(".id");
            return line < 1 ? path.toString() : path + " (line " + line + ", column " + column + ")";
        }
    }

    /**
     * The ids of a plan in the order a document is written: sections depth first, each section's
     * own sections before its tasks, which is the order core numbers them in. Writing asks for the
     * next id of each section and task as it starts it, so that no map from JSON Pointer to id is
     * built for a large plan. Should an object not be the one expected, its id is looked up by its
     * pointer instead.
     */
    static final class Sequence {
        private final WorkPlan plan;
        private final Iterator<OutlineEntry<Section>> sections;
        private final Iterator<OutlineEntry<Task>> tasks;
        private Map<String, String> byPointer;

        Sequence(WorkPlan plan) {
            this.plan = plan;
            this.sections = plan.allSections().iterator();
            this.tasks = plan.allTasks().iterator();
        }

        /**
         * @param bean the section or task being written
         * @param pointer its JSON Pointer, asked for only when it is not the next one expected
         * @return its id, or null when it has none
         */
        String idOf(Object bean, java.util.function.Supplier<String> pointer) {
            Iterator<? extends OutlineEntry<?>> next = bean instanceof Section ? sections
                    : bean instanceof Task ? tasks : null;
            if (next != null && next.hasNext()) {
                OutlineEntry<?> e = next.next();
                if (e.item() == bean) {
                    return e.id();
                }
            }
            if (byPointer == null) {
                byPointer = byPointer(plan);
            }
            return byPointer.get(pointer.get());
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
