package org.taizhang.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import org.taizhang.core.Anchor;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Numbering;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;
import org.taizhang.json.LedgerJson;

/**
 * Builds a small work plan in code and writes it as canonical JSON ({@code taizhang/1}).
 *
 * <pre>
 * java org.taizhang.examples.BuildAndWritePlan            # prints the JSON
 * java org.taizhang.examples.BuildAndWritePlan plan.json  # writes the file
 * </pre>
 */
public final class BuildAndWritePlan {
    private BuildAndWritePlan() {}

    /**
     * Writes the plan to the file named by the first argument, or to standard output.
     *
     * @param args an optional output path
     * @throws LedgerException when the file cannot be written
     */
    public static void main(String[] args) throws LedgerException {
        WorkPlan plan = buildPlan();
        if (args.length > 0) {
            // The format comes from the extension; io-json on the class path provides ".json".
            Ledgers.write(plan, Path.of(args[0]));
        } else {
            LedgerJson.write(plan, System.out);
            System.out.flush();
        }
    }

    /**
     * A plan with a title, a year, one part, one point and two tasks.
     *
     * @return the plan
     */
    public static WorkPlan buildPlan() {
        // Responsibilities and deadlines keep the text as written beside what it means. Readers
        // fill these in with ResponsibilityParser and Deadline.parse; here they are spelled out.
        Task publishRules = Task.builder()
                .content("做好现行有效政府规章的集中规范公开，建立健全动态更新工作机制。")
                .responsibility(Responsibility.builder()
                        .text("市司法局牵头，各旗区、市政府各部门负责落实")
                        .addAssignment(Assignment.of(Unit.of("市司法局"), Role.LEAD, "牵头"))
                        .addAssignment(Assignment.of(Unit.collective("各旗区"), Role.RESPONSIBLE, "负责落实"))
                        .addAssignment(Assignment.of(Unit.collective("市政府各部门"), Role.RESPONSIBLE, "负责落实"))
                        .build())
                .deadline(Deadline.absolute("2022年9月底前", LocalDate.of(2022, 9, 30)))
                .build();

        Task explainDecisions = Task.builder()
                .content("重大行政决策出台后及时开展政策解读。")
                .responsibility(Responsibility.builder()
                        .text("市政府办公室牵头，市司法局配合")
                        .addAssignment(Assignment.of(Unit.of("市政府办公室"), Role.LEAD, "牵头"))
                        .addAssignment(Assignment.of(Unit.of("市司法局"), Role.SUPPORT, "配合"))
                        .build())
                .deadline(Deadline.builder()
                        .text("决策出台后10个工作日内")
                        .kind(DeadlineKind.RELATIVE)
                        .anchor(Anchor.EVENT)
                        .event("决策出台")
                        .offset(Offset.of(10, PeriodUnit.WORKDAYS))
                        .build())
                .build();

        Section point = Section.builder()
                .number("一").numbering(Numbering.CN_PAREN)
                .title("继续做好规章和规范性文件的集中公开")
                .addTask(publishRules)
                .addTask(explainDecisions)
                .build();

        Section part = Section.builder()
                .number("一").numbering(Numbering.CN_COMMA)
                .title("提高政策公开质量，提升政务服务效能")
                .addSection(point)
                .build();

        return WorkPlan.builder()
                .title("鄂尔多斯市2022年政务公开工作要点任务台账")
                .year(2022)
                .addSection(part)
                .build();
    }
}
