package org.taizhang.cli.general;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** Views of a plan that a person checking a ledger looks at. */
final class Plans {
    private Plans() {}

    static List<Task> tasks(WorkPlan plan) {
        return plan.allTasks().stream().map(OutlineEntry::item).collect(Collectors.toList());
    }

    /** The headings of the sections at a depth (1 = top level), in outline order. */
    static List<String> headings(WorkPlan plan, int depth) {
        return plan.allSections().stream().filter(e -> e.path().size() == depth - 1)
                .map(e -> e.item().heading()).collect(Collectors.toList());
    }

    static List<Section> sections(WorkPlan plan, int depth) {
        return plan.allSections().stream().filter(e -> e.path().size() == depth - 1)
                .map(OutlineEntry::item).collect(Collectors.toList());
    }

    /** The task whose content (or name) starts with the text. */
    static Task task(WorkPlan plan, String start) {
        return tasks(plan).stream()
                .filter(t -> t.content().orElse("").startsWith(start) || t.name().orElse("").startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no task starting with " + start));
    }

    static String responsibility(Task t) {
        return t.responsibility().map(Responsibility::text).orElse("");
    }

    /** Each assignment as {@code unit:ROLE}. */
    static List<String> roles(Task t) {
        return t.responsibility().map(Responsibility::assignments).orElse(List.of()).stream()
                .map(Plans::role).collect(Collectors.toList());
    }

    private static String role(Assignment a) {
        Role r = a.role();
        return a.unit().name() + ":" + r;
    }

    static String deadline(Task t) {
        return t.deadline().map(Deadline::text).orElse("");
    }

    static Map<String, String> cells(Task t) {
        return t.source().orElseThrow().cells();
    }
}
