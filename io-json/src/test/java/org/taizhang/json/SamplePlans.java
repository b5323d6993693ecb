package org.taizhang.json;

import java.time.LocalDate;
import org.taizhang.core.Anchor;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Numbering;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;

/** Small hand-built plans shared by the tests. */
final class SamplePlans {
    private SamplePlans() {}

    /** The plan of the golden file: one part, one point, two tasks, and a task outside sections. */
    static WorkPlan golden() {
        Task first = Task.builder()
                .number("1")
                .content("严格落实重大行政决策程序规定，决策出台后10个工作日内公开。")
                .responsibility(Responsibility.builder()
                        .text("市司法局牵头，各旗区、市政府各部门负责落实")
                        .addAssignment(Assignment.of(Unit.of("市司法局"), Role.LEAD, "牵头"))
                        .addAssignment(Assignment.of(Unit.collective("各旗区"), Role.RESPONSIBLE, "负责落实"))
                        .addAssignment(Assignment.of(Unit.collective("市政府各部门"), Role.RESPONSIBLE,
                                "负责落实"))
                        .build())
                .deadline(Deadline.builder().text("决策出台后10个工作日内").kind(DeadlineKind.RELATIVE)
                        .anchor(Anchor.EVENT).event("决策出台").offset(Offset.of(10, PeriodUnit.WORKDAYS))
                        .build())
                .status(Status.IN_PROGRESS)
                .putExtra("备注二", "")
                .source(SourceRef.builder().sheet("任务台账").row(6)
                        .putCell("content", "B6").putCell("deadline", "E6").build())
                .addInferred("responsibility")
                .build();
        Task second = Task.builder()
                .number("2")
                .content("2022年度的市场监管信息10月底前补录完成，每年3月底前公布。")
                .responsibility(Responsibility.builder()
                        .text("区民社局、退役军人事务局")
                        .addAssignment(Assignment.of(Unit.of("区民社局"), Role.RESPONSIBLE))
                        .addAssignment(Assignment.of(Unit.builder().name("退役军人事务局")
                                .canonicalName("区退役军人事务局").qualifier("旗区级以上").build(),
                                Role.SUPPORT, "配合"))
                        .build())
                .deadline(Deadline.builder().text("2022年度的市场监管信息10月底前补录完成，每年3月底前公布")
                        .kind(DeadlineKind.COMPOSITE)
                        .addParts(Deadline.builder().text("10月底前补录完成").kind(DeadlineKind.ABSOLUTE)
                                .addDue(LocalDate.of(2022, 10, 31)).action("补录完成").build())
                        .addParts(Deadline.builder().text("每年3月底前公布").kind(DeadlineKind.RECURRING)
                                .rrule("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1")
                                .addDue(LocalDate.of(2022, 3, 31)).action("公布").build())
                        .build())
                .indicators("公开率100%")
                .build();
        Task loose = Task.builder()
                .name("全年工作")
                .deadline(Deadline.builder().text("全年持续推进").kind(DeadlineKind.ONGOING)
                        .until(LocalDate.of(2022, 12, 31)).provisional(true).build())
                .status(Status.DONE)
                .completedOn(LocalDate.of(2022, 11, 20))
                .build();
        Section point = Section.builder().number("一").numbering(Numbering.CN_PAREN)
                .title("加强政策解读").addTasks(first, second).build();
        Section part = Section.builder().number("一").numbering(Numbering.CN_COMMA)
                .title("推进重点领域信息公开").addSections(point)
                .source(SourceRef.builder().sheet("任务台账").row(4).build()).build();
        return WorkPlan.builder()
                .title("鄂尔多斯市2022年政务公开工作要点任务台账")
                .issuer("鄂尔多斯市人民政府办公室")
                .year(2022)
                .issuedOn(LocalDate.of(2022, 6, 30))
                .addSections(part)
                .addTasks(loose)
                .source(SourceRef.ofFile("ordos-2022-ledger.xlsx"))
                .build();
    }
}
