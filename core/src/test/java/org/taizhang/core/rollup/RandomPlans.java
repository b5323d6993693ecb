package org.taizhang.core.rollup;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;

/** Plans of 2022 for rollup properties: nested sections, every status, the deadline phrases offices write. */
final class RandomPlans {
    static final DeadlineContext PLAN_2022 = DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 3, 1));
    private static final List<String> DEADLINES = List.of("2022年9月底前", "3月底前", "年底前", "上半年",
            "6月底、9月底、12月底各开展一次", "每季度", "每月5日前", "全年持续推进", "适时完成", "印发后30日内",
            "决策出台后10个工作日内", "2022年度的市场监管信息10月底前补录完成，每年3月底前公布", "10月15日前",
            "2023年1月底前", "看情况");
    private static final List<String> UNITS = List.of("市司法局", "市财政局", "各旗区", "市政府各部门", "市统计局");
    private static final Gen<Status> STATUS = Generate.enumValues(Status.class);
    private static final Gen<Role> ROLE = Generate.enumValues(Role.class);
    private static final Gen<Integer> SMALL = Generate.range(0, 3);

    private RandomPlans() {}

    static Gen<WorkPlan> plans() {
        return in -> {
            WorkPlan.Builder p = WorkPlan.builder().title("某市2022年政务公开工作要点").year(2022);
            int parts = SMALL.generate(in);
            for (int i = 0; i < parts; i++) {
                p.addSections(section(in, 0));
            }
            for (int i = SMALL.generate(in); i > 0; i--) {
                p.addTasks(task(in));
            }
            return p.build();
        };
    }

    static Gen<LocalDate> days() {
        return Generate.range(0, 500).map(n -> LocalDate.of(2022, 1, 1).plusDays(n));
    }

    private static Section section(RandomnessSource in, int depth) {
        Section.Builder s = Section.builder().title("第" + depth + "层要点");
        if (depth < 2) {
            for (int i = SMALL.generate(in); i > 0; i--) {
                s.addSections(section(in, depth + 1));
            }
        }
        for (int i = Generate.range(0, 4).generate(in); i > 0; i--) {
            s.addTasks(task(in));
        }
        return s.build();
    }

    static Task task(RandomnessSource in) {
        Task.Builder t = Task.builder().content("公开相关信息").status(STATUS.generate(in));
        int d = Generate.range(-1, DEADLINES.size() - 1).generate(in);
        if (d >= 0) {
            t.deadline(Deadline.parse(DEADLINES.get(d), PLAN_2022));
        }
        Responsibility.Builder r = Responsibility.builder().text("责任单位");
        for (int i = SMALL.generate(in); i > 0; i--) {
            String name = UNITS.get(Generate.range(0, UNITS.size() - 1).generate(in));
            r.addAssignments(Assignment.of(name.startsWith("各") ? Unit.collective(name) : Unit.of(name), ROLE.generate(in)));
        }
        return t.responsibility(r.build()).build();
    }
}
