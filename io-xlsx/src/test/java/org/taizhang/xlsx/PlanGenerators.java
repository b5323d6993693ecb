package org.taizhang.xlsx;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.taizhang.core.Deadline;
import org.taizhang.core.Numbering;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Random plans for round-trip properties: parts ({@code 一、}) holding tasks and points
 * ({@code （一）}) holding tasks, Chinese text with line breaks, formula-like text, and text that
 * looks like an OOXML escape.
 */
final class PlanGenerators {
    private static final List<String> FRAGMENTS = List.of("市司法局", "牵头", "，", "各旗区、市政府各部门负责落实",
            "全年持续推进", "2022年9月底前", "\n", "“五公开”", "1.", "；2.", "abc", "=SUM(A1:A3)", "+86", "-1",
            "@cmd", "\t", "＝１＋１", "_x0041_", "政策解读", "（八）", "%", "&<>\"'");
    private static final List<String> LEADS = List.of("", "", "", "=", "+", "-", "@", "\t", "＝", "＋", "－", "＠");
    private static final List<String> CN_NUMBERS = List.of("一", "二", "三", "四", "五", "六", "七", "八");
    private static final List<String> EXTRA_KEYS = List.of("联系人及电话", "督查编号");

    private PlanGenerators() {}

    /**
     * Plans whose texts have no white space around them, as the table layer trims cell texts, and
     * whose task names do not start with an outline number: a name column whose every cell reads
     * {@code （八）…} is a column of points in any format, so such names cannot round-trip.
     *
     * @return the generator
     */
    static Gen<WorkPlan> trimmedPlans() {
        return in -> trim(plans().generate(in));
    }

    private static WorkPlan trim(WorkPlan p) {
        WorkPlan.Builder b = WorkPlan.builder();
        p.title().ifPresent(b::title);
        p.tasks().forEach(t -> b.addTasks(trim(t)));
        p.sections().forEach(s -> b.addSections(trim(s)));
        return b.build();
    }

    private static Section trim(Section s) {
        Section.Builder b = Section.builder().from(s).title(strip(s.title(), "任务"));
        b.tasks(s.tasks().stream().map(PlanGenerators::trim).toList());
        b.sections(s.sections().stream().map(PlanGenerators::trim).toList());
        return b.build();
    }

    private static Task trim(Task t) {
        Task.Builder b = Task.builder();
        t.number().ifPresent(b::number);
        t.name().ifPresent(v -> b.name(notOutlineNumbered(strip(v, "名称"))));
        b.content(strip(t.content().orElse(""), "内容"));
        t.responsibility().ifPresent(r -> b.responsibility(Responsibility.ofText(strip(r.text(), "市政府"))));
        t.deadline().ifPresent(d -> b.deadline(Deadline.unparsed(strip(d.text(), "全年"))));
        t.progress().ifPresent(v -> b.progress(strip(v, "推进")));
        b.status(t.status());
        t.remarks().ifPresent(v -> b.remarks(strip(v, "无")));
        t.extra().forEach((k, v) -> b.putExtra(k, strip(v, "无")));
        return b.build();
    }

    private static String notOutlineNumbered(String name) {
        return name.matches("(?s)([（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[.、．]|[①-⑳]).*")
                ? "任务" + name : name;
    }

    private static String strip(String text, String ifBlank) {
        String s = text.strip();
        return s.isEmpty() ? ifBlank : s;
    }

    /** Non-blank text that may start like a formula and may hold line breaks. */
    static Gen<String> texts() {
        Gen<String> body = lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(1, 4).map(l -> String.join("", l));
        return Generate.pick(LEADS).zip(body, Generate.pick(List.of("任务", "公开", "落实")), (lead, b, tail) -> {
            String t = lead + b;
            return t.isBlank() ? t + tail : t;
        });
    }

    private static Gen<Optional<String>> optionalTexts() {
        return texts().toOptionals(30);
    }

    static Gen<Task> tasks() {
        Gen<Optional<String>> numbers = Generate.range(1, 40).map((Integer n) -> String.valueOf(n)).toOptionals(30);
        Gen<Optional<String>> extraValue = optionalTexts();
        return in -> {
            Task.Builder t = Task.builder();
            numbers.generate(in).ifPresent(t::number);
            optionalTexts().generate(in).ifPresent(t::name);
            t.content(texts().generate(in));
            optionalTexts().generate(in).ifPresent(r -> t.responsibility(Responsibility.ofText(r)));
            optionalTexts().generate(in).ifPresent(d -> t.deadline(Deadline.unparsed(d)));
            optionalTexts().generate(in).ifPresent(t::progress);
            t.status(Generate.enumValues(Status.class).generate(in));
            optionalTexts().generate(in).ifPresent(t::remarks);
            for (String key : EXTRA_KEYS) {
                extraValue.generate(in).ifPresent(v -> t.putExtra(key, v));
            }
            return t.build();
        };
    }

    static Gen<Section> points(int index) {
        return in -> Section.builder().number(CN_NUMBERS.get(index)).numbering(Numbering.CN_PAREN)
                .title(texts().generate(in).replace("\n", ""))
                .addAllTasks(lists().of(tasks()).ofSizeBetween(1, 3).generate(in)).build();
    }

    static Gen<Section> parts(int index) {
        return in -> {
            Section.Builder s = Section.builder().number(CN_NUMBERS.get(index)).numbering(Numbering.CN_COMMA)
                    .title(texts().generate(in).replace("\n", ""));
            s.addAllTasks(lists().of(tasks()).ofSizeBetween(0, 2).generate(in));
            int points = Generate.range(0, 3).generate(in);
            for (int p = 0; p < points; p++) {
                s.addSections(points(p).generate(in));
            }
            return s.build();
        };
    }

    static Gen<WorkPlan> plans() {
        return in -> {
            WorkPlan.Builder plan = WorkPlan.builder();
            String title = Generate.pick(List.of("", "2022年政务公开工作要点任务台账", "=台账")).generate(in);
            if (!title.isEmpty()) {
                plan.title(title);
            }
            plan.addAllTasks(lists().of(tasks()).ofSizeBetween(0, 2).generate(in));
            int parts = Generate.range(0, 3).generate(in);
            for (int p = 0; p < parts; p++) {
                plan.addSections(parts(p).generate(in));
            }
            return plan.build();
        };
    }
}
