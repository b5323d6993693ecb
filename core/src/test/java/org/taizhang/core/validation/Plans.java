package org.taizhang.core.validation;

import java.time.LocalDate;
import java.util.List;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.units.ResponsibilityParser;

/** Small plans built in code, in the style of real ledgers, for the rule tests. */
final class Plans {
    static final String SHEET = "任务台账";

    private Plans() {}

    /** A ledger table with the four columns the rule asks for, header on row 3 (B…E). */
    static LedgerTable fullTable() {
        return LedgerTable.builder().addColumns(Task.NUMBER, Task.CONTENT, Task.RESPONSIBILITY, Task.DEADLINE, Task.PROGRESS)
                .source(SourceRef.builder().file("台账.xlsx").sheet(SHEET).row(3)
                        .putCell(Task.NUMBER, SHEET + "!A3").putCell(Task.CONTENT, SHEET + "!B3")
                        .putCell(Task.RESPONSIBILITY, SHEET + "!C3").putCell(Task.DEADLINE, SHEET + "!D3")
                        .putCell(Task.PROGRESS, SHEET + "!E3").build())
                .build();
    }

    /** A well-kept task of row {@code row}: content, a lead unit and a date in 2022. */
    static Task.Builder task(int row, String content, String units, String deadline) {
        Task.Builder t = Task.builder();
        SourceRef.Builder src = SourceRef.builder().file("台账.xlsx").sheet(SHEET).row(row);
        if (content != null) {
            t.content(content);
            src.putCell(Task.CONTENT, SHEET + "!B" + row);
        }
        if (units != null) {
            t.responsibility(ResponsibilityParser.parse(units));
            src.putCell(Task.RESPONSIBILITY, SHEET + "!C" + row);
        }
        if (deadline != null) {
            t.deadline(Deadline.parse(deadline, DeadlineContext.ofYear(2022)));
            src.putCell(Task.DEADLINE, SHEET + "!D" + row);
        }
        return t.source(src.build());
    }

    static Task good(int row) {
        return task(row, "全面公开" + row + "号文件的政策解读材料", "市司法局牵头，各旗区负责落实", "2022年9月底前")
                .progress("按计划推进").build();
    }

    /** A plan of one table holding the tasks, year 2022. */
    static WorkPlan ledger(Task... tasks) {
        return WorkPlan.builder().title("某市2022年政务公开工作要点任务台账").year(2022)
                .source(SourceRef.ofFile("台账.xlsx")).addTables(fullTable()).addTasks(tasks).build();
    }

    static Responsibility units(Assignment... as) {
        return Responsibility.builder().text("…").addAssignments(as).build();
    }

    static Assignment unit(String name, Role role) {
        return Assignment.of(Unit.of(name), role);
    }

    static ValidationReport validate(WorkPlan plan) {
        return Validator.builder().serviceRules(false).build().validate(plan);
    }

    static ValidationReport validate(WorkPlan plan, LocalDate asOf) {
        return Validator.builder().serviceRules(false).asOf(asOf).build().validate(plan);
    }

    static List<String> codes(ValidationReport r) {
        return r.findings().stream().map(Finding::code).toList();
    }
}
