package org.taizhang.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.Role;
import org.taizhang.core.Status;
import org.taizhang.core.rollup.MonthRollup;
import org.taizhang.core.rollup.PlanRollup;
import org.taizhang.core.rollup.Rollup;
import org.taizhang.core.rollup.SectionRollup;
import org.taizhang.core.rollup.TaskAsOf;
import org.taizhang.core.rollup.UnitRollup;

/** Where a plan stands, as plain text in Chinese for officials. */
final class SummaryText {
    private static final int LABEL_WIDTH = 48;

    private final PlanRollup r;

    SummaryText(PlanRollup r) {
        this.r = r;
    }

    void print(PrintWriter out) {
        out.println(r.plan().title().orElse("（无标题台账）"));
        out.println("截至" + Labels.date(r.asOf()) + "的工作进展");
        out.println();
        out.println("总体情况");
        out.println("  " + totals(r.rollup()));
        out.println();
        out.println("分部分进展（灯：红 逾期，黄 14天内到期，绿 按期推进，灰 无明确时限）");
        if (r.sections().isEmpty()) {
            out.println("  （台账没有分部分）");
        }
        for (SectionRollup s : r.sections()) {
            section(out, s, 1);
        }
        out.println();
        units(out);
        out.println("按月到期（" + r.months().get(0).month().getYear() + "年）");
        for (MonthRollup m : r.months()) {
            out.printf("  %2d月  %3d  %s%n", m.month().getMonthValue(), m.due(), "■".repeat(Math.min(m.due(), 40)));
        }
        out.println();
        tasks(out, "逾期任务", r.overdue(), true);
        tasks(out, "14天内到期任务", r.dueSoon(), false);
        out.flush();
    }

    private static String totals(Rollup x) {
        StringBuilder sb = new StringBuilder();
        sb.append("任务").append(x.tasks()).append("项");
        for (Status s : new Status[] {Status.DONE, Status.IN_PROGRESS, Status.NOT_STARTED, Status.UNKNOWN}) {
            if (x.count(s) > 0 || s == Status.DONE) {
                sb.append("，").append(Labels.status(s)).append(x.count(s)).append("项");
            }
        }
        sb.append("；完成率").append(Labels.percent(x.doneRatio()));
        sb.append("；逾期").append(x.overdue()).append("项，14天内到期").append(x.dueSoon()).append("项");
        x.nextDue().ifPresent(d -> sb.append("；下一个到期日").append(Labels.date(d)));
        sb.append("；").append(Labels.light(x.light()));
        return sb.toString();
    }

    private static void section(PrintWriter out, SectionRollup s, int depth) {
        Rollup x = s.rollup();
        String indent = "  ".repeat(depth);
        out.printf("%s[%s] %s%n", indent, x.light().label(), shorten(s.section().heading(), LABEL_WIDTH));
        out.printf("%s     任务%d项，已完成%d项（%s），逾期%d项，14天内到期%d项%s%n", indent, x.tasks(),
                x.count(Status.DONE), Labels.percent(x.doneRatio()), x.overdue(), x.dueSoon(),
                x.nextDue().map(d -> "，下一个到期日" + Labels.date(d)).orElse(""));
        for (SectionRollup c : s.sections()) {
            section(out, c, depth + 1);
        }
    }

    private void units(PrintWriter out) {
        Map<Role, List<UnitRollup>> byRole = new LinkedHashMap<>();
        for (UnitRollup u : r.units()) {
            byRole.computeIfAbsent(u.role(), k -> new java.util.ArrayList<>()).add(u);
        }
        out.println("责任单位");
        if (byRole.isEmpty()) {
            out.println("  （台账没有写明责任单位）");
        }
        byRole.forEach((role, units) -> {
            out.println("  " + Labels.role(role) + "单位（" + units.size() + "个）");
            for (UnitRollup u : units) {
                out.printf("    %s  任务%d项%s%n", u.unit(), u.tasks(), u.overdue() > 0 ? "，逾期" + u.overdue() + "项" : "");
            }
        });
        out.println();
    }

    private static void tasks(PrintWriter out, String heading, List<TaskAsOf> tasks, boolean overdue) {
        out.println(heading + "（" + tasks.size() + "项）");
        if (tasks.isEmpty()) {
            out.println("  无");
        }
        for (TaskAsOf t : tasks) {
            String due = overdue ? "应于" + Labels.date(t.overdueSince().orElseThrow()) + "前完成"
                    : Labels.date(t.dueSoonOn().orElseThrow()) + "到期";
            out.printf("  %s  %s%n", t.id(), shorten(t.task().label(), LABEL_WIDTH));
            out.printf("      %s，%s；%s；%s%n", due, Labels.status(t.task().status()),
                    t.units().isEmpty() ? "未写明责任单位" : String.join("、", t.units()), t.place());
        }
        out.println();
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
