package org.taizhang.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Plain Java records holding what a {@code taizhang/1} document holds, field for field, for the
 * baseline of the JSON benchmark: plain Jackson writing and reading these is what JSON costs without
 * Taizhang's mix-ins, strict checks and outline ids.
 */
final class JsonRecords {
    private JsonRecords() {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PlanDoc(String format, Header plan, List<SectionRec> sections) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Header(String title, Integer year, List<String> notes) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SectionRec(String id, String number, String numbering, String title, List<SectionRec> sections,
            List<TaskRec> tasks) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record TaskRec(String id, String content, Resp responsibility, DeadlineRec deadline, String progress,
            String status, String remarks) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Resp(String text, List<AssignmentRec> assignments) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record AssignmentRec(String unit, String canonical, String role, String roleText, Boolean collective,
            String qualifier) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DeadlineRec(String text, String kind, List<String> due, String until) {}

    /**
     * @param plan a plan of parts holding points holding tasks
     * @return the same as records, with the outline ids the canonical JSON writes
     */
    static PlanDoc of(WorkPlan plan) {
        List<SectionRec> sections = new ArrayList<>();
        java.util.Iterator<OutlineEntry<Section>> ids = plan.allSections().iterator();
        java.util.Iterator<OutlineEntry<Task>> taskIds = plan.allTasks().iterator();
        for (Section s : plan.sections()) {
            sections.add(section(s, ids, taskIds));
        }
        return new PlanDoc("taizhang/1", new Header(plan.title().orElse(null), plan.year().orElse(null),
                plan.notes()), sections);
    }

    private static SectionRec section(Section s, java.util.Iterator<OutlineEntry<Section>> ids,
            java.util.Iterator<OutlineEntry<Task>> taskIds) {
        String id = ids.next().id();
        List<SectionRec> children = new ArrayList<>();
        for (Section c : s.sections()) {
            children.add(section(c, ids, taskIds));
        }
        List<TaskRec> tasks = new ArrayList<>();
        for (Task t : s.tasks()) {
            tasks.add(new TaskRec(taskIds.next().id(), t.content().orElse(null),
                    t.responsibility().map(JsonRecords::responsibility).orElse(null),
                    t.deadline().map(JsonRecords::deadline).orElse(null), t.progress().orElse(null),
                    t.status().name(), t.remarks().orElse(null)));
        }
        return new SectionRec(id, s.number().orElse(null), s.numbering().name(), s.title(), children, tasks);
    }

    private static Resp responsibility(Responsibility r) {
        List<AssignmentRec> out = new ArrayList<>();
        for (Assignment a : r.assignments()) {
            out.add(new AssignmentRec(a.unit().name(), a.unit().canonicalName().orElse(null), a.role().name(),
                    a.roleText().orElse(null), a.unit().isCollective() ? Boolean.TRUE : null,
                    a.unit().qualifier().orElse(null)));
        }
        return new Resp(r.text(), out);
    }

    private static DeadlineRec deadline(Deadline d) {
        return new DeadlineRec(d.text(), d.kind().name(), d.due().stream().map(Object::toString).toList(),
                d.until().map(Object::toString).orElse(null));
    }
}
