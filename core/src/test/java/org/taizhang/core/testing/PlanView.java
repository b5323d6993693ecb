package org.taizhang.core.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.Deadline;
import org.taizhang.core.Numbering;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * What a spreadsheet or CSV file holds of a plan, for round-trip tests: the title, the outline and
 * every task's texts as written. Parsed assignments and deadline meanings (re-read from the text),
 * source references and {@code inferred} are left out. Shared by the format modules' tests through
 * core's test jar.
 *
 * @param title the plan title
 * @param sections the sections
 * @param tasks the tasks outside any section
 */
public record PlanView(Optional<String> title, List<SectionView> sections, List<TaskView> tasks) {

    /**
     * @param p a plan
     * @return its view
     */
    public static PlanView of(WorkPlan p) {
        return new PlanView(p.title(), p.sections().stream().map(SectionView::of).toList(),
                p.tasks().stream().map(TaskView::of).toList());
    }

    /**
     * A task's texts.
     *
     * @param number the number
     * @param name the name
     * @param content the content
     * @param basis the basis
     * @param responsibility the responsibility text
     * @param deadline the deadline text
     * @param indicators the indicators
     * @param progress the progress
     * @param status the status
     * @param remarks the remarks
     * @param extra the extra columns
     */
    public record TaskView(Optional<String> number, Optional<String> name, Optional<String> content,
            Optional<String> basis, Optional<String> responsibility, Optional<String> deadline,
            Optional<String> indicators, Optional<String> progress, Status status, Optional<String> remarks,
            Map<String, String> extra) {

        /**
         * @param t a task
         * @return its view
         */
        public static TaskView of(Task t) {
            return new TaskView(t.number(), t.name(), t.content(), t.basis(),
                    t.responsibility().map(Responsibility::text), t.deadline().map(Deadline::text), t.indicators(),
                    t.progress(), t.status(), t.remarks(), t.extra());
        }
    }

    /**
     * A section's heading and contents.
     *
     * @param number the number
     * @param numbering the numbering style
     * @param title the title
     * @param sections the child sections
     * @param tasks the tasks
     */
    public record SectionView(Optional<String> number, Numbering numbering, String title, List<SectionView> sections,
            List<TaskView> tasks) {

        /**
         * @param s a section
         * @return its view
         */
        public static SectionView of(Section s) {
            return new SectionView(s.number(), s.numbering(), s.title(),
                    s.sections().stream().map(SectionView::of).toList(), s.tasks().stream().map(TaskView::of).toList());
        }
    }
}
