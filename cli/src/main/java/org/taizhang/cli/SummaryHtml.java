package org.taizhang.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.Role;
import org.taizhang.core.Status;
import org.taizhang.core.rollup.Light;
import org.taizhang.core.rollup.MonthRollup;
import org.taizhang.core.rollup.PlanRollup;
import org.taizhang.core.rollup.Rollup;
import org.taizhang.core.rollup.SectionRollup;
import org.taizhang.core.rollup.TaskAsOf;
import org.taizhang.core.rollup.UnitRollup;

/**
 * Where a plan stands, as one self-contained HTML page: inline CSS and SVG, no scripts, nothing
 * fetched, laid out for a screen and for A4 landscape paper. Every ledger text goes through
 * {@link HtmlOut#text}.
 */
final class SummaryHtml {
    private final PlanRollup r;
    private final HtmlOut h = new HtmlOut();

    SummaryHtml(PlanRollup r) {
        this.r = r;
    }

    String render() {
        String title = r.plan().title().orElse("工作台账");
        h.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text(title).raw("（截至").text(Labels.date(r.asOf())).raw("）</title>\n")
                .raw("<style>\n").raw(SummaryStyle.CSS).raw("</style>\n</head>\n<body>\n");
        h.raw("<header>\n<h1 id=\"title\">").text(title).raw("</h1>\n<p class=\"asof\">截至 <time datetime=\"")
                .text(r.asOf().toString()).raw("\">").text(Labels.date(r.asOf())).raw("</time> 的工作进展</p>\n")
                .raw("<p class=\"legend\">");
        legend(Light.RED, "有逾期任务");
        legend(Light.YELLOW, "14天内有任务到期");
        legend(Light.GREEN, "按期推进");
        legend(Light.GREY, "无明确时限");
        h.raw("</p>\n</header>\n");
        totals();
        parts();
        h.raw("<div class=\"columns\">\n");
        units();
        months();
        h.raw("</div>\n");
        taskTable("overdue", "逾期任务", r.overdue(), true);
        taskTable("due-soon", "14天内到期任务", r.dueSoon(), false);
        h.raw("<footer>本页由 taizhang 根据台账生成；“逾期”“到期”按截至日期计算，未注明状态的一次性任务按未完成计。</footer>\n")
                .raw("</body>\n</html>\n");
        return h.toString();
    }

    private void legend(Light light, String meaning) {
        badge(light);
        h.raw(" ").text(meaning).raw("　");
    }

    private void badge(Light light) {
        h.raw("<span class=\"light ").raw(light.name().toLowerCase(java.util.Locale.ROOT)).raw("\" title=\"")
                .text(Labels.light(light)).raw("\">").text(light.label()).raw("</span>");
    }

    private void totals() {
        Rollup x = r.rollup();
        h.raw("<section class=\"totals\" aria-label=\"总体情况\">\n");
        card("任务总数", String.valueOf(x.tasks()), "");
        card("已完成", String.valueOf(x.count(Status.DONE)), "完成率 " + Labels.percent(x.doneRatio()));
        card("推进中", String.valueOf(x.count(Status.IN_PROGRESS)), "");
        card("未启动", String.valueOf(x.count(Status.NOT_STARTED)), "");
        card("未注明状态", String.valueOf(x.count(Status.UNKNOWN)), "");
        card("逾期", String.valueOf(x.overdue()), x.overdue() > 0 ? "alert" : "");
        card("14天内到期", String.valueOf(x.dueSoon()), "");
        card("下一个到期日", x.nextDue().map(Labels::date).orElse("—"), "date");
        h.raw("<div class=\"card\"><span class=\"label\">总体</span><b>");
        badge(x.light());
        h.raw("</b></div>\n</section>\n");
    }

    private void card(String label, String value, String note) {
        boolean alert = note.equals("alert");
        boolean date = note.equals("date");
        h.raw(alert ? "<div class=\"card alert\">" : date ? "<div class=\"card date\">" : "<div class=\"card\">")
                .raw("<span class=\"label\">").text(label).raw("</span><b>").text(value).raw("</b>");
        if (!note.isEmpty() && !alert && !date) {
            h.raw("<small>").text(note).raw("</small>");
        }
        h.raw("</div>\n");
    }

    private void parts() {
        h.raw("<section>\n<h2>分部分进展</h2>\n");
        if (r.sections().isEmpty()) {
            h.raw("<p class=\"none\">台账没有分部分。</p>\n</section>\n");
            return;
        }
        h.raw("<table class=\"parts\">\n<thead><tr><th>灯</th><th>部分 / 要点</th><th>任务</th><th>已完成</th>")
                .raw("<th class=\"ratio\">完成率</th><th>推进中</th><th>未启动</th><th>未注明</th><th>逾期</th>")
                .raw("<th>14天内到期</th><th>下一个到期日</th></tr></thead>\n<tbody>\n");
        for (SectionRollup s : r.sections()) {
            sectionRow(s, 1);
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void sectionRow(SectionRollup s, int depth) {
        Rollup x = s.rollup();
        h.raw("<tr class=\"level").num(Math.min(depth, 3)).raw("\"><td>");
        badge(x.light());
        h.raw("</td><td class=\"heading\">").text(s.section().heading()).raw("</td><td class=\"n\">").num(x.tasks())
                .raw("</td><td class=\"n\">").num(x.count(Status.DONE)).raw("</td><td class=\"ratio\">")
                .raw("<span class=\"bar\"><span style=\"width:").num(Math.round(x.doneRatio() * 100)).raw("%\"></span></span> ")
                .text(Labels.percent(x.doneRatio())).raw("</td><td class=\"n\">").num(x.count(Status.IN_PROGRESS))
                .raw("</td><td class=\"n\">").num(x.count(Status.NOT_STARTED))
                .raw("</td><td class=\"n\">").num(x.count(Status.UNKNOWN))
                .raw(x.overdue() > 0 ? "</td><td class=\"n late\">" : "</td><td class=\"n\">").num(x.overdue())
                .raw("</td><td class=\"n\">").num(x.dueSoon()).raw("</td><td>")
                .text(x.nextDue().map(Labels::date).orElse("—")).raw("</td></tr>\n");
        for (SectionRollup c : s.sections()) {
            sectionRow(c, depth + 1);
        }
    }

    private void units() {
        Map<Role, List<UnitRollup>> byRole = new LinkedHashMap<>();
        for (UnitRollup u : r.units()) {
            byRole.computeIfAbsent(u.role(), k -> new ArrayList<>()).add(u);
        }
        h.raw("<section class=\"units\">\n<h2>责任单位</h2>\n");
        if (byRole.isEmpty()) {
            h.raw("<p class=\"none\">台账没有写明责任单位。</p>\n</section>\n");
            return;
        }
        h.raw("<table>\n<thead><tr><th>单位</th><th>任务</th><th>逾期</th></tr></thead>\n");
        for (Map.Entry<Role, List<UnitRollup>> e : byRole.entrySet()) {
            h.raw("<tbody><tr class=\"group\"><th colspan=\"3\">").text(Labels.role(e.getKey())).raw("单位（")
                    .num(e.getValue().size()).raw("个）</th></tr>\n");
            for (UnitRollup u : e.getValue()) {
                h.raw("<tr><td>").text(u.unit()).raw("</td><td class=\"n\">").num(u.tasks())
                        .raw(u.overdue() > 0 ? "</td><td class=\"n late\">" : "</td><td class=\"n\">").num(u.overdue())
                        .raw("</td></tr>\n");
            }
            h.raw("</tbody>\n");
        }
        h.raw("</table>\n</section>\n");
    }

    private void months() {
        List<MonthRollup> months = r.months();
        int max = Math.max(1, months.stream().mapToInt(MonthRollup::due).max().orElse(1));
        int year = months.get(0).month().getYear();
        int width = 600;
        int height = 260;
        int top = 24;
        int chart = 190;
        int slot = (width - 40) / 12;
        h.raw("<section class=\"months\">\n<h2>按月到期（").num(year).raw("年）</h2>\n")
                .raw("<svg id=\"month-chart\" viewBox=\"0 0 ").num(width).raw(" ").num(height)
                .raw("\" width=\"100%\" role=\"img\" aria-labelledby=\"month-chart-title\">\n")
                .raw("<title id=\"month-chart-title\">").num(year).raw("年各月到期的任务时间节点数</title>\n")
                .raw("<line x1=\"30\" y1=\"").num(top + chart).raw("\" x2=\"").num(width - 5).raw("\" y2=\"")
                .num(top + chart).raw("\" class=\"axis\"/>\n");
        YearMonth current = YearMonth.from(r.asOf());
        for (int i = 0; i < months.size(); i++) {
            MonthRollup m = months.get(i);
            int barHeight = (int) Math.round((double) m.due() / max * chart);
            int x = 36 + i * slot;
            int barWidth = slot - 12;
            String cls = m.month().equals(current) ? "col now" : m.month().isBefore(current) ? "col past" : "col";
            h.raw("<g><title>").text(Labels.month(m.month())).raw("：").num(m.due()).raw("个到期</title>")
                    .raw("<rect class=\"").raw(cls).raw("\" x=\"").num(x).raw("\" y=\"").num(top + chart - barHeight)
                    .raw("\" width=\"").num(barWidth).raw("\" height=\"").num(barHeight).raw("\"/>")
                    .raw("<text class=\"value\" x=\"").num(x + barWidth / 2).raw("\" y=\"").num(top + chart - barHeight - 5)
                    .raw("\">").num(m.due()).raw("</text>")
                    .raw("<text class=\"month\" x=\"").num(x + barWidth / 2).raw("\" y=\"").num(top + chart + 20)
                    .raw("\">").num(m.month().getMonthValue()).raw("月</text></g>\n");
        }
        h.raw("</svg>\n<p class=\"note\">深色为已过去的月份，橙色为截至日期所在月份。</p>\n</section>\n");
    }

    private void taskTable(String id, String heading, List<TaskAsOf> tasks, boolean overdue) {
        h.raw("<section id=\"").raw(id).raw("\">\n<h2>").text(heading).raw("（").num(tasks.size()).raw("项）</h2>\n");
        if (tasks.isEmpty()) {
            h.raw("<p class=\"none\">无。</p>\n</section>\n");
            return;
        }
        h.raw("<table class=\"tasks\">\n<thead><tr><th>编号</th><th>任务</th><th>")
                .raw(overdue ? "应完成日期" : "到期日期")
                .raw("</th><th>状态</th><th>责任单位</th><th>台账位置</th></tr></thead>\n<tbody>\n");
        for (TaskAsOf t : tasks) {
            h.raw("<tr><td class=\"id\">").text(t.id()).raw("</td><td class=\"content\">").text(t.task().label())
                    .raw("</td><td class=\"date\">")
                    .text(Labels.date(overdue ? t.overdueSince().orElseThrow() : t.dueSoonOn().orElseThrow()))
                    .raw("</td><td>").text(Labels.status(t.task().status())).raw("</td><td>")
                    .text(t.units().isEmpty() ? "—" : String.join("、", t.units())).raw("</td><td class=\"place\">")
                    .text(t.place()).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }
}
