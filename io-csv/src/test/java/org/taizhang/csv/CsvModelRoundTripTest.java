package org.taizhang.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.taizhang.core.Deadline;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Numbering;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.testing.PlanView;
import org.taizhang.core.testing.RoundTrip;

/**
 * Model → CSV ({@link CsvLedgerWriter}) → model ({@link Ledgers#read}) through the whole read path
 * (this reader and the table layer) keeps every field CSV holds: the plan title; each section's
 * number, numbering and title; each task's number, name, content, basis, indicators,
 * responsibility text, deadline text, progress, status, remarks and extra columns.
 *
 * <p>Not held, so not compared: issuer, issue date, year beyond the title, notes, parsed
 * assignments and deadline meanings (parsed again from the text), sources and {@code inferred}.
 *
 * <p>The generated plans are constrained only where CSV itself cannot tell two readings apart:
 * <ul>
 *   <li>cell texts have no white space around them and a task always has some content: the table
 *       layer trims cells, and a blank cell is an absent value;</li>
 *   <li>sections are parts ({@code 一、}) holding tasks and points ({@code （一）}), with one-line
 *       titles: a heading row is one cell that must start with its outline number, since CSV has
 *       no merge to mark it;</li>
 *   <li>task names never start with an outline number: a name column whose every cell starts with
 *       {@code （一）} is read as points, in every format;</li>
 *   <li>in a plan with no point ({@code （一）}) rows, no task without a name follows a named task
 *       in the same part, and the tasks of one part are all numbered or none is: there a blank
 *       cell below a value is exactly what a CSV export of merged cells looks like (the Wuhai
 *       export), so it reads as "same as above". Once the points are rows of their own, blank
 *       cells are never read that way (see docs/csv.md).</li>
 * </ul>
 */
class CsvModelRoundTripTest {
    @TempDir
    Path dir;

    private static final List<String> FRAGMENTS = List.of("市司法局", "牵头", "，", "各旗区、市政府各部门负责落实",
            "全年持续推进", "2022年9月底前", "\n", "“五公开”", "1.", "；2.", "abc", "=SUM(A1:A3)", "+86", "-1",
            "@cmd", "\t", "＝１＋１", "含,逗号", "含\"引号\"", "分号;", "'撇号", "政策解读", "（八）", "😀");
    private static final List<String> LEADS = List.of("", "", "", "=", "+", "-", "@", "\t", "＝", "＋", "－", "＠", "'");
    private static final List<String> CN_NUMBERS = List.of("一", "二", "三", "四", "五", "六", "七", "八");
    private static final List<String> EXTRA_KEYS = List.of("联系人及电话", "督查编号");

    private WorkPlan roundTrip(WorkPlan plan) {
        return RoundTrip.through(new CsvLedgerWriter(), plan, dir.resolve("round.csv"));
    }

    @Test
    void the_ordos_like_plan_reads_back_as_written() {
        WorkPlan plan = CsvLedgerWriterTest.ordosLike();
        assertThat(PlanView.of(roundTrip(plan))).isEqualTo(PlanView.of(plan));
    }

    @Test
    void a_part_holds_its_own_tasks_and_then_its_points() {
        Task own = Task.builder().number("1").content("部分本身的任务").build();
        Task inPoint = Task.builder().number("2").content("要点下的任务").build();
        Section point = Section.builder().number("一").numbering(Numbering.CN_PAREN).title("要点")
                .addTask(inPoint).build();
        Section part = Section.builder().number("一").numbering(Numbering.CN_COMMA).title("部分")
                .addTask(own).addSection(point).build();
        WorkPlan plan = WorkPlan.builder().addSection(part).build();

        WorkPlan back = roundTrip(plan);

        assertThat(back.sections().get(0).tasks()).extracting(t -> t.content().orElse("")).containsExactly("部分本身的任务");
        assertThat(back.sections().get(0).sections().get(0).tasks()).extracting(t -> t.content().orElse(""))
                .containsExactly("要点下的任务");
    }

    @Test
    void blank_cells_below_a_value_stay_blank_when_the_points_are_rows() {
        Task named = Task.builder().number("1").name("政策发布").content("首发权威信息")
                .responsibility(Responsibility.ofText("区政府办")).deadline(Deadline.unparsed("全年")).build();
        Task bare = Task.builder().content("开展解读").build();
        Section point = Section.builder().number("一").numbering(Numbering.CN_PAREN).title("政策公开")
                .addTask(named).addTask(bare).build();
        Section part = Section.builder().number("一").numbering(Numbering.CN_COMMA).title("提高政策公开质量")
                .addSection(point).build();
        WorkPlan plan = WorkPlan.builder().title("2022年政务公开工作要点任务台账").addSection(part).build();

        WorkPlan back = roundTrip(plan);

        Task second = back.sections().get(0).sections().get(0).tasks().get(1);
        assertThat(second.number()).isEmpty();
        assertThat(second.name()).isEmpty();
        assertThat(second.responsibility()).isEmpty();
        assertThat(second.deadline()).isEmpty();
        assertThat(second.inferred()).isEmpty();
        assertThat(PlanView.of(back)).isEqualTo(PlanView.of(plan));
    }

    @Test
    void a_leader_column_is_kept_in_extra_and_not_read_as_units() throws Exception {
        // 牵头领导 names an official, not a body: it must not join the responsibility
        Path file = Files.writeString(dir.resolve("leader.csv"),
                "序号,具体任务,责任单位,完成时限,牵头领导\r\n1,做好政策解读,市政府办,全年,张三\r\n");

        Task task = Ledgers.read(file).tasks().get(0);

        assertThat(task.responsibility().map(Responsibility::text)).contains("市政府办");
        assertThat(task.extra()).containsExactly(Map.entry("牵头领导", "张三"));
        assertThat(task.source().orElseThrow().cells()).containsEntry("牵头领导", "E2");
    }

    @Test
    void any_generated_plan_reads_back_with_the_fields_csv_holds() {
        qt().withExamples(80).withShrinkCycles(20).forAll(plans())
                .checkAssert(plan -> assertThat(PlanView.of(roundTrip(plan))).isEqualTo(PlanView.of(plan)));
    }

    // ---- generators ----

    private static Gen<String> texts() {
        Gen<String> body = lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(1, 4).map(l -> String.join("", l));
        return Generate.pick(LEADS).zip(body, Generate.pick(List.of("任务", "公开", "落实")), (lead, b, tail) -> {
            String t = (lead + b).strip();
            return t.isEmpty() ? tail : t;
        });
    }

    private static Gen<Optional<String>> optionalTexts() {
        return texts().toOptionals(30);
    }

    /** A name never starts with an outline number, which would make the column read as points. */
    private static Gen<Optional<String>> names() {
        return optionalTexts().map(o -> o.map(n -> n.startsWith("（八）") || n.startsWith("1.") ? "名" + n : n));
    }

    private static Gen<Task> tasks() {
        Gen<Optional<String>> numbers = Generate.range(1, 40).map((Integer n) -> String.valueOf(n)).toOptionals(30);
        return in -> {
            Task.Builder t = Task.builder();
            numbers.generate(in).ifPresent(t::number);
            names().generate(in).ifPresent(t::name);
            t.content(texts().generate(in));
            optionalTexts().generate(in).ifPresent(v -> t.basis(v));
            optionalTexts().generate(in).ifPresent(r -> t.responsibility(Responsibility.ofText(r)));
            optionalTexts().generate(in).ifPresent(d -> t.deadline(Deadline.unparsed(d)));
            optionalTexts().generate(in).ifPresent(t::indicators);
            optionalTexts().generate(in).ifPresent(t::progress);
            t.status(Generate.enumValues(Status.class).generate(in));
            optionalTexts().generate(in).ifPresent(t::remarks);
            for (String key : EXTRA_KEYS) {
                optionalTexts().generate(in).ifPresent(v -> t.putExtra(key, v));
            }
            return t.build();
        };
    }

    private static Gen<List<Task>> taskLists(int min, int max) {
        return lists().of(tasks()).ofSizeBetween(min, max);
    }

    private static String headingTitle(String text) {
        String t = text.replace("\n", "").strip();
        return t.isEmpty() ? "任务" : t;
    }

    private static Gen<Section> points(int index) {
        return in -> Section.builder().number(CN_NUMBERS.get(index)).numbering(Numbering.CN_PAREN)
                .title(headingTitle(texts().generate(in))).addAllTasks(taskLists(1, 3).generate(in)).build();
    }

    private static Gen<Section> parts(int index) {
        return in -> {
            Section.Builder s = Section.builder().number(CN_NUMBERS.get(index)).numbering(Numbering.CN_COMMA)
                    .title(headingTitle(texts().generate(in)));
            s.addAllTasks(taskLists(0, 2).generate(in));
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
            plan.addAllTasks(taskLists(0, 3).generate(in));
            int parts = Generate.range(0, 3).generate(in);
            for (int p = 0; p < parts; p++) {
                plan.addSections(parts(p).generate(in));
            }
            WorkPlan built = plan.build();
            return hasPoints(built) ? built : withoutBlankBelowAValue(built);
        };
    }

    private static boolean hasPoints(WorkPlan plan) {
        return plan.allSections().stream().anyMatch(e -> e.item().numbering() == Numbering.CN_PAREN);
    }

    /**
     * The one reading CSV cannot hold (see the class comment): within each part, named tasks after
     * unnamed ones, and either every task numbered or none.
     */
    private static WorkPlan withoutBlankBelowAValue(WorkPlan plan) {
        UnaryOperator<List<Task>> fix = tasks -> {
            boolean numbered = tasks.stream().anyMatch(t -> t.number().isPresent());
            List<Task> out = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                out.add(numbered && t.number().isEmpty() ? Task.builder().from(t).number(String.valueOf(i + 1)).build() : t);
            }
            out.sort(Comparator.comparing(t -> t.name().isPresent()));
            return out;
        };
        return WorkPlan.builder().from(plan).tasks(fix.apply(plan.tasks()))
                .sections(plan.sections().stream()
                        .map(s -> Section.builder().from(s).tasks(fix.apply(s.tasks())).build()).toList())
                .build();
    }
}
